import { describe, expect, it } from 'vitest';
import type { Annotation, Claim, Quote } from '../model';
import { terminalSafe, claimSource, formatAnnotationText, formatClaim, formatCounts, formatHeading, formatQuote, formatValue, markText, tidyLines } from './format-text';

const text = 'Zelensky claimed "31,000 Ukrainian soldiers have died." Officials said about 56 were hurt.';
const direct: Quote = { start: 18, end: 54, kind: 'direct', cue: 'claimed', speaker: { name: 'Volodymyr Zelensky', start: 0, end: 8 } };
const indirect: Quote = { start: 71, end: 90, kind: 'indirect', cue: 'said', speaker: null };
const claim = (over: Partial<Claim>): Claim => ({ start: 18, end: 24, value: 31000, unit: 'soldiers', qualifier: null, quote: 0, source: null, ...over });

const annotation: Annotation = {
  article: { title: 'War summit', byline: 'Alex Writer', siteName: 'Example News', publishedTime: '2024-02-27', lang: 'en', canonicalUrl: 'https://news.example/a', excerpt: null },
  text,
  quotes: [direct, indirect],
  claims: [claim({ qualifier: 'at least' }), claim({ start: 77, end: 79, value: 56, unit: null, qualifier: 'about', quote: 1 })],
};

describe('text format', () => {
  it('heads with title, byline, site and date, skipping what is missing', () => {
    expect(formatHeading(annotation)).toBe('War summit — Alex Writer — Example News — 2024-02-27');
    expect(formatHeading({ ...annotation, article: { ...annotation.article, title: null, byline: null } })).toBe('(untitled) — Example News — 2024-02-27');
  });

  it('counts quotes by kind, sourced claims and words', () => {
    expect(formatCounts(annotation)).toBe('2 quotes (1 direct, 1 indirect), 2 claims (1 sourced), 13 words');
  });

  it.each([
    [direct, '[direct] Volodymyr Zelensky (claimed): “31,000 Ukrainian soldiers have died.”'],
    [indirect, '[indirect] unknown speaker (said): “about 56 were hurt.”'],
    [{ ...direct, cue: null }, '[direct] Volodymyr Zelensky: “31,000 Ukrainian soldiers have died.”'],
  ])('prints a quote: %#', (quote, line) => {
    expect(formatQuote(quote, text)).toBe(line);
  });

  it.each([
    [claim({ qualifier: 'at least' }), '31,000 (value 31000, unit soldiers, at least) — source: Volodymyr Zelensky'],
    [claim({ quote: null, source: 'officials' }), '31,000 (value 31000, unit soldiers) — source: officials'],
    [claim({ quote: null, value: [30000, 32000], unit: null }), '31,000 (value 30000–32000) — source: article'],
    [claim({ quote: null, value: null }), '31,000 (no value, unit soldiers) — source: article'],
  ])('prints a claim: %#', (c, line) => {
    expect(formatClaim(c, text, annotation.quotes)).toBe(line);
  });

  it.each([
    [claim({ quote: 0 }), 'Volodymyr Zelensky'],
    [claim({ quote: 1, source: 'officials' }), 'officials'],
    [claim({ quote: 7 }), null],
    [claim({ quote: null }), null],
  ])('finds the source of a claim: %#', (c, source) => {
    expect(claimSource(c, annotation.quotes)).toBe(source);
  });

  it.each([
    [0, 'value 0'],
    [null, 'no value'],
  ] as const)('prints value %j', (value, out) => {
    expect(formatValue(value)).toBe(out);
  });

  it('marks quotes and the claims inside them, nested', () => {
    expect(markText(annotation)).toBe('Zelensky claimed "⟦⟨31,000⟩ Ukrainian soldiers have died.⟧" Officials said ⟦about ⟨56⟩ were hurt.⟧');
  });

  it('keeps marks inside the text when offsets are out of range', () => {
    const broken = { ...annotation, quotes: [{ ...direct, start: -5, end: 10_000 }], claims: [claim({ start: 40, end: 30 })] };
    expect(markText(broken)).toBe(`⟦${text}⟧`);
  });

  it.each([
    ['\n    First paragraph.\n        Second.\n', 'First paragraph.\nSecond.'],
    ['One.\n   \n\n  \nTwo.', 'One.\n\nTwo.'],
    ['', ''],
  ])('tidies the lines of %j', (text, out) => {
    expect(tidyLines(text)).toBe(out);
  });

  it('adds the marked text only when asked', () => {
    expect(formatAnnotationText(annotation)).not.toContain('⟦');
    const full = formatAnnotationText(annotation, { full: true }).split('\n');
    expect(full.slice(0, 3)).toEqual(['War summit — Alex Writer — Example News — 2024-02-27', 'https://news.example/a', formatCounts(annotation)]);
    expect(full).toContain('Quotes');
    expect(full).toContain(`1. ${formatClaim(annotation.claims[0]!, text, annotation.quotes)}`);
    expect(full.at(-1)).toBe(markText(annotation));
  });

  it.each([
    ['\u001b]0;pwned\u0007Title', '\\u{1b}]0;pwned\\u{7}Title'],
    ['\u001b]52;c;ZXZpbA==\u001b\\', '\\u{1b}]52;c;ZXZpbA==\\u{1b}\\'],
    ['abc\u202edcba', 'abc\\u{202e}dcba'],
    ['\u009b2J', '\\u{9b}2J'],
    ['line\n\ttab “kept”', 'line\n\ttab “kept”'],
  ])('shows control characters of %j as escapes', (raw, shown) => {
    expect(terminalSafe(raw)).toBe(shown);
  });

  it('escapes what a page puts in its title and quotes', () => {
    const hostile = { ...annotation, article: { ...annotation.article, title: 'War\u001b[2J summit' } };
    expect(formatAnnotationText(hostile)).not.toMatch(/\u001b/);
  });

  it('prints a page with 300,000 claims', () => {
    const many = { ...annotation, claims: Array.from({ length: 300_000 }, () => annotation.claims[1]!) };
    const out = formatAnnotationText(many);
    expect(out.split('\n').filter((line) => line.startsWith('300000. '))).toHaveLength(1);
  });
});
