// @vitest-environment jsdom
// Random pages, hostile ones among them, through what the content script does with a page:
// extract → detect → anchor. Whatever the markup (scripts, handlers, javascript: links, entities,
// deep nesting, right-to-left and zero-width characters, an element of our old host's name), no
// stage throws, every span lies in the article text, every range found lies in the page's body
// and covers text, and the page's markup is as it was.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { anchorSpans } from '../anchor/anchor';
import { detect } from '../detect/detect';
import { extractArticle } from '../extract/extract';

const word = fc.constantFrom(
  'the',
  'council',
  'said',
  'Mayor',
  'Ana',
  'Lopez',
  'warned',
  'according',
  'to',
  '40',
  'homes',
  '$4.5',
  'million',
  '12%',
  '2.3',
  'metres',
  '"We',
  'will',
  'act,"',
  '“not',
  'now,”',
  '&amp;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x202E;',
  '\u200b',
  '\u200d',
  'שלום',
  'مرحبا',
  '😀',
  'e\u0301',
  '&nbsp;',
  '1,000',
  'per',
  'cent',
  'officials',
  'reported',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((words) => words.join(' '));

const leafTag = fc.constantFrom('p', 'span', 'em', 'b', 'blockquote', 'h2', 'li', 'td', 'div', 'sourcelight-root', 'q', 'figcaption');
const hostileLeaf = fc.constantFrom(
  '<script>document.body.setAttribute("data-ran", "1")</script>',
  '<img src="x:" onerror="document.body.setAttribute(\'data-ran\', \'1\')">',
  "<a href=\"javascript:document.body.setAttribute('data-ran', '1')\">the report</a>",
  '<style>p { display: none }</style>',
  '<template><p>"Hidden," said nobody.</p></template>',
  '<svg><text>"Drawn," said the map</text></svg>',
  '<br>',
  '<!-- "A comment," said the markup -->',
  '<textarea>"Typed," said the reader</textarea>',
);

type Tree = string;
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.array(tie('node'), { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join('\n')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence.map((s) => `<p>${s}.</p>`),
    hostileLeaf,
    fc.tuple(leafTag, sentence).map(([tag, s]) => `<${tag}>${s}</${tag}>`),
    fc.tuple(leafTag, tie('tree')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
    fc.tuple(fc.integer({ min: 20, max: 200 }), sentence).map(([depth, s]) => `${'<div>'.repeat(depth)}<p>${s}</p>${'</div>'.repeat(depth)}`),
  ),
}));

const pageHtml = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council acts on floods</title></head><body><article><h1>Council acts on floods</h1>${body}</article></body></html>`;

test('any page goes through extract → detect → anchor without throwing, spans in the text, ranges in the page, the page unchanged', () => {
  fc.assert(
    fc.property(tree, (body) => {
      const doc = new DOMParser().parseFromString(pageHtml(body), 'text/html');
      const before = doc.documentElement.outerHTML;
      const extracted = extractArticle(doc, { force: true });
      if (!extracted.ok) {
        expect(extracted.message).toMatch(/\w/);
        return;
      }
      const { text } = extracted.article;
      const { quotes, claims } = detect(text);
      const spans = [...quotes, ...claims, ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))];
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThan(span.end);
      }
      const ranges = anchorSpans(doc.body, text, spans);
      expect(ranges).toHaveLength(spans.length);
      for (const range of ranges) {
        if (!range) continue;
        expect(doc.body.contains(range.commonAncestorContainer)).toBe(true);
        expect(range.toString().trim()).not.toBe('');
      }
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.body.hasAttribute('data-ran')).toBe(false);
    }),
    { numRuns: 30 },
  );
}, 120_000);
