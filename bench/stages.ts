import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { anchorSpans } from '../lib/anchor/anchor';
import { detectClaims } from '../lib/detect/claims/claims';
import { detectQuotes } from '../lib/detect/quotes/quotes';
import { parseHtmlDocument } from '../lib/dom/parse-html';
import { extractArticle } from '../lib/extract/extract';
import type { Claim, Quote, TextRange } from '../lib/model';

// The pipeline cut into timed stages. A later stage is one more entry in STAGES: it reads what
// the stages before it left on the page and leaves its own output there.

/** One page going through the stages. */
export interface PageRun {
  html: string;
  url?: string;
  doc?: Document;
  text?: string;
  blockQuotes?: TextRange[];
  quotes?: Quote[];
  claims?: Claim[];
  /** A DOM with Range support for anchoring, built once per page outside the timing. */
  live?: JSDOM;
}

export interface Stage {
  name: string;
  /** Readability's own time, shown beside the pipeline as the yardstick and not part of it. */
  yardstick?: boolean;
  /** Untimed, before each timed run: a fresh input when the stage consumes its own. */
  prepare?: (page: PageRun) => unknown;
  /** The timed work. */
  run: (page: PageRun, prepared: unknown) => void;
  /** After the page's last run: frees what `prepare` built. */
  release?: (page: PageRun) => void;
}

const spansOf = (page: PageRun) => [...(page.quotes ?? []), ...(page.claims ?? [])];

export const STAGES: readonly Stage[] = [
  {
    name: 'parse',
    run: (page) => {
      page.doc = parseHtmlDocument(page.html, page.url);
    },
  },
  {
    name: 'readability',
    yardstick: true,
    // Readability rewrites the DOM it reads, so each run gets a copy, as extract gives it.
    prepare: (page) => page.doc?.cloneNode(true) ?? parseHtmlDocument(page.html, page.url),
    run: (_, doc) => {
      new Readability(doc as Document).parse();
    },
  },
  {
    name: 'extract',
    run: (page) => {
      const extracted = page.doc ? extractArticle(page.doc, { force: true }) : null;
      page.text = extracted?.ok ? extracted.article.text : '';
      page.blockQuotes = extracted?.ok ? extracted.article.blockQuotes : [];
    },
  },
  {
    name: 'quotes',
    run: (page) => {
      page.quotes = detectQuotes(page.text ?? '', page.blockQuotes);
    },
  },
  {
    name: 'claims',
    run: (page) => {
      page.claims = detectClaims(page.text ?? '', page.quotes ?? []);
    },
  },
  {
    name: 'anchor',
    // jsdom is slow to build and only needed when there is something to anchor.
    prepare: (page) => {
      if (!spansOf(page).length) return null;
      page.live ??= new JSDOM(page.html, { url: page.url || undefined, virtualConsole: new VirtualConsole() });
      return page.live.window.document.body;
    },
    run: (page, body) => {
      if (body) anchorSpans(body as Node, page.text ?? '', spansOf(page));
    },
    release: (page) => {
      page.live?.window.close();
      page.live = undefined;
    },
  },
];
