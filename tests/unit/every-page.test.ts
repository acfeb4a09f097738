import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../lib/annotate';
import { parseHtmlDocument } from '../../lib/dom/parse-html';

// Every saved page, labelled or not (blind-f keeps its pages beside its labels), through the Node pipeline: nothing throws, and every
// offset (quotes, their speakers, claims) is a valid index into the text it came with.

const fixtures = resolve(import.meta.dirname, '../fixtures');
const pages = ['dev', 'pages', 'blind-f'].flatMap((set) =>
  readdirSync(join(fixtures, set))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `${set}/${f}`),
);

const isSpanIn = (span: { start: number; end: number }, length: number): boolean =>
  Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;

describe('every page', () => {
  it('has pages to test', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s', (page) => {
    const result = annotateDocument(parseHtmlDocument(readFileSync(join(fixtures, page), 'utf8')), { force: true });
    if (!result.ok) {
      expect(result).toMatchObject({ reason: 'not-article', message: expect.stringMatching(/\S/) });
      return;
    }
    const { text, quotes, claims } = result.annotation;
    for (const quote of quotes) expect(isSpanIn(quote, text.length), JSON.stringify(quote)).toBe(true);
    for (const { speaker } of quotes) if (speaker) expect(isSpanIn(speaker, text.length), JSON.stringify(speaker)).toBe(true);
    for (const claim of claims) expect(isSpanIn(claim, text.length), JSON.stringify(claim)).toBe(true);
    for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start, `quote ${i} out of order`).toBeGreaterThanOrEqual(quotes[i - 1]!.start);
    for (const claim of claims) {
      if (claim.quote !== null) expect(Number.isInteger(claim.quote) && claim.quote >= 0 && claim.quote < quotes.length, JSON.stringify(claim)).toBe(true);
    }
  });
});
