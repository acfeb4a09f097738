// Every gold quote and claim of the dev pages, anchored in the live page it was extracted from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { anchorSpans } from '../../lib/anchor/anchor';
import { squeezeText } from '../../lib/anchor/squeeze';
import { extractArticle } from '../../lib/extract/extract';
import { findArticleContainer } from '../../lib/page/article-container';

const DEV_DIR = join(import.meta.dirname, '../fixtures/dev');

interface GoldSpan {
  text: string;
  start: number;
  end: number;
}

interface Gold {
  id: string;
  url: string;
  quotes: GoldSpan[];
  claims: GoldSpan[];
}

const golds: Gold[] = readdirSync(DEV_DIR)
  .filter((name) => name.endsWith('.gold.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(DEV_DIR, name), 'utf8')) as Gold);

const squeezed = (text: string) => squeezeText(text).text;

describe('anchoring the gold spans of the dev pages', () => {
  test.each(golds.map((gold) => [gold.id, gold] as const))('%s', (_id, gold) => {
    const html = readFileSync(join(DEV_DIR, `${gold.id}.html`), 'utf8');
    const { document, Range } = new JSDOM(html, { url: gold.url, virtualConsole: new VirtualConsole() }).window;
    const extracted = extractArticle(document, { force: true });
    if (!extracted.ok) throw new Error(extracted.message);
    const { text } = extracted.article;
    const spans = [...gold.quotes, ...gold.claims];
    // The gold offsets index this very extraction.
    expect(spans.filter((span) => text.slice(span.start, span.end) !== span.text)).toEqual([]);

    const ranges = anchorSpans(document.body, text, spans);

    const missed = spans.filter((span, i) => squeezed(ranges[i]?.toString() ?? '') !== squeezed(span.text));
    expect(missed.map((span) => span.text)).toEqual([]);

    // Right text is not enough: the article's own occurrence, so the ranges keep the text's order.
    const inTextOrder = spans
      .map((span, i) => ({ span, range: ranges[i] }))
      .sort((a, b) => a.span.start - b.span.start)
      .flatMap(({ range }) => (range ? [range] : []));
    const outOfOrder = inTextOrder.filter((range, i) => i > 0 && inTextOrder[i - 1]!.compareBoundaryPoints(Range.START_TO_START, range) > 0);
    expect(outOfOrder.map((range) => range.toString())).toEqual([]);

    // Looked for in the article's container first (as the extension does), each lands on the very same words.
    const scope = extracted.landmarks && findArticleContainer(document, extracted.landmarks);
    const scoped = anchorSpans(document.body, text, spans, { scope });
    const boundaries = (range: Range | null | undefined) => range && [range.startContainer, range.startOffset, range.endContainer, range.endOffset];
    const moved = spans.filter((_, i) => !boundaries(scoped[i])?.every((b, k) => b === boundaries(ranges[i])?.[k]));
    expect(moved.map((span) => span.text)).toEqual([]);
  });
});
