// The shapes every stage shares. `start`/`end` are UTF-16 offsets into the article's plain text
// (Readability's textContent), `end` exclusive — exactly docs/annotation-guide.md section 3.

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  /** The publisher's logo URL from JSON-LD (never fetched by the extension: it would be a request). */
  publisherLogo?: string | null;
  /** What kind of piece the page says it is: Opinion, Analysis, Perspective or Sponsored; null for news or when it says nothing. */
  genre?: string | null;
}

/** A link inside the extracted article: its absolute address and its words. */
export interface ArticleLink {
  href: string;
  text: string;
}

/** A stretch of the article's text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Article {
  meta: ArticleMeta;
  /** The article's outbound http(s) links, in order (the source ledger's linked domains). */
  links?: ArticleLink[];
  /** Readability's textContent: every offset below indexes into it. */
  text: string;
  /** The page's block quotations (`<blockquote>`) in `text`, in order; detection reads them as set-apart quotations. */
  blockQuotes?: TextRange[];
}

export type QuoteKind = 'direct' | 'indirect';

export interface SpeakerRef {
  /** The resolved, fullest name the article uses (`Volodymyr Zelensky`). */
  name: string;
  /** The mention the cue attaches to (`Zelensky`, `he`). */
  start: number;
  end: number;
}

export interface Quote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** The attributing word or phrase (`said`, `according to`, `:`), or null when inferred from context. */
  cue: string | null;
  speaker: SpeakerRef | null;
}

export type ClaimValue = number | [number, number] | null;

export interface Claim {
  start: number;
  end: number;
  value: ClaimValue;
  /** The counted noun or measure (`troops`, `%`, `USD`), when found. */
  unit: string | null;
  /** Approximators and bounds (`at least`, `nearly`, `more than`). */
  qualifier: string | null;
  /** Index into `quotes` of the innermost quote the claim stands in, or null. */
  quote: number | null;
  /** Whose figure it is: the speaker of that quote or of the reported speech around it; null = the article's own. */
  source: string | null;
}

export interface Annotation {
  article: ArticleMeta;
  text: string;
  /** The article's links (Article.links); not part of the annotation guide's shape. */
  links?: ArticleLink[];
  quotes: Quote[];
  claims: Claim[];
  /** Why detection did not run (a page not in English); `quotes` and `claims` are then empty. */
  skipped?: string;
}
