import { parseHTML } from 'linkedom';

/**
 * A Document for `html` outside the browser (the command line, the evaluation, the bench).
 * linkedom has no document URL, so `url` becomes the page's `<base>`: Readability resolves the
 * article's links against `baseURI`, and a `<base>` also survives the clone it works on.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  const { document } = parseHTML(asWholePage(html)) as unknown as { document: Document };
  if (url && isAbsoluteUrl(url)) setBase(document, url);
  return document;
}

const PAGE_TAGS = /<!doctype[^>]*>|<\/?html[^>]*>|<\/?body[^>]*>/gi;

/**
 * linkedom builds the tree as written, without the browser's implied <html>, <head> and <body>
 * (a fragment leaves `document.body` null and Readability nothing to read), so a page missing
 * them gets them here.
 */
export function asWholePage(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  if (hasBody) return `<html>${html}</html>`;
  const htmlTag = /<html[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const [head, rest] = splitHead(html);
  const body = rest.replace(PAGE_TAGS, '');
  return `<!doctype html>${htmlTag}${head}<body>${body}</body></html>`;
}

/** The page's `<head>…</head>` and the markup around it; an empty head when it has none. */
function splitHead(html: string): [string, string] {
  const start = html.search(/<head[\s>]/i);
  const close = start < 0 ? -1 : html.toLowerCase().indexOf('</head>', start);
  if (close < 0) return ['<head></head>', html];
  const end = close + '</head>'.length;
  return [html.slice(start, end), html.slice(0, start) + html.slice(end)];
}

function isAbsoluteUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function setBase(document: Document, url: string): void {
  const existing = document.querySelector('base[href]');
  if (existing) {
    // A page's own relative <base> is relative to its address.
    existing.setAttribute('href', new URL(existing.getAttribute('href') ?? '', url).href);
    return;
  }
  const head = document.head ?? document.documentElement;
  if (!head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}
