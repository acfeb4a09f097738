// The article's source ledger: whom it quotes, what it cites, where it links.

export interface Mention {
  /** The sentence that quotes, cites or links, whitespace collapsed. */
  sentence: string;
  /** Offsets of the mention in the article text. */
  start: number;
  end: number;
}

export interface PersonQuoted {
  name: string;
  count: number;
  /** The quoted words, in order. */
  quotes: string[];
}

export type CitedKind = 'outlet' | 'agency' | 'study' | 'report' | 'document' | 'organisation';

export interface CitedSource {
  /** The fullest name the article uses (`the New York Times`, `US Army War College Quarterly`). */
  name: string;
  kind: CitedKind;
  /** The outlet's domain when the outlet tables know the name. */
  domain: string | null;
  /** The tables' name for that outlet. */
  outlet: string | null;
  mentions: Mention[];
}

export interface LinkedDomain {
  /** Registrable domain (or host) of the links. */
  domain: string;
  /** The outlet the tables file under that domain, or null. */
  outlet: string | null;
  count: number;
  hrefs: string[];
  /** Where the first link's words stand in the text, when they are found. */
  mention: Mention | null;
}

export interface SourceLedger {
  people: PersonQuoted[];
  cited: CitedSource[];
  links: LinkedDomain[];
}
