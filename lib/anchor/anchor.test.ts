// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { anchorSelector, anchorSpans, describeRange, startAnchoring } from './anchor';
import { describeSpan } from './selectors';
import { buildTextIndex } from './text-index';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in the text`);
  return { start, end: start + needle.length };
}

/** The text of each range and the paragraph (by id) it starts in. */
const describeRanges = (ranges: Array<Range | null>) => ranges.map((range) => range && [range.toString(), range.startContainer.parentElement?.closest('[id]')?.id]);

describe('anchorSpans', () => {
  const page =
    '<nav id="nav">Home World 5% off</nav><article>' +
    '<p id="p1">First paragraph says "<em>hello</em>\n   world".</p>' +
    '<aside id="ad">Advertisement: save 5% today</aside>' +
    '<p id="p2">Second one has 5%\u00a0more, said the <a href="#">Treasury</a>.</p></article>' +
    '<footer id="footer">About us. Said the Treasury.</footer>';
  const articleText = 'First paragraph says "hello world".\n\nSecond one has 5% more, said the Treasury.';

  test('finds each span in the article, not in furniture with the same words, and keeps the input order', () => {
    const spans = [
      spanOf(articleText, '5%'),
      spanOf(articleText, '"hello world"'),
      spanOf(articleText, 'the Treasury'),
      spanOf(articleText, 'First paragraph says "hello world".'),
    ];
    expect(describeRanges(anchorSpans(mount(page), articleText, spans))).toEqual([
      ['5%', 'p2'],
      ['"hello\n   world"', 'p1'],
      ['the Treasury', 'p2'],
      ['First paragraph says "hello\n   world".', 'p1'],
    ]);
  });

  test('nested and overlapping spans each get their own range', () => {
    const quote = spanOf(articleText, 'Second one has 5% more');
    const claim = spanOf(articleText, '5% more');
    const overlapping = spanOf(articleText, 'more, said');
    expect(describeRanges(anchorSpans(mount(page), articleText, [quote, claim, overlapping]))).toEqual([
      ['Second one has 5%\u00a0more', 'p2'],
      ['5%\u00a0more', 'p2'],
      ['more, said', 'p2'],
    ]);
  });

  test('repeated words are told apart by their order in the text', () => {
    const text = 'He said yes. She said yes. They said yes.';
    const root = mount('<p id="a">He said yes.</p><p id="b">She said yes.</p><p id="c">They said yes.</p>');
    const spans = [spanOf(text, 'yes', 2), spanOf(text, 'yes', 0), spanOf(text, 'yes', 1)];
    expect(describeRanges(anchorSpans(root, text, spans))).toEqual([
      ['yes', 'c'],
      ['yes', 'a'],
      ['yes', 'b'],
    ]);
  });

  test('a paragraph framed by furniture on both sides is still found', () => {
    const text = 'Intro line.\n\nThe whole quoted paragraph stands alone here.\n\nOutro line.';
    const root = mount('<p>Intro line.</p><div>Share this</div><p id="q">The whole quoted paragraph stands alone here.</p><div>Related</div><p>Outro line.</p>');
    const ranges = anchorSpans(root, text, [spanOf(text, 'The whole quoted paragraph stands alone here.')]);
    expect(describeRanges(ranges)).toEqual([['The whole quoted paragraph stands alone here.', 'q']]);
  });

  test('text changed slightly on the page is found approximately', () => {
    const text = 'The government will spend 3 billion on new schools next year.';
    const root = mount('<p>The government would spend 3 billion on new schools next year.</p>');
    const [range] = anchorSpans(root, text, [spanOf(text, 'government will spend 3 billion on new schools')]);
    expect(range?.toString()).toBe('government would spend 3 billion on new schools');
  });

  test.each([
    ['text missing from the page', { start: 6, end: 10 }],
    ['an empty span', { start: 3, end: 3 }],
    ['end before start', { start: 8, end: 2 }],
    ['negative offsets', { start: -5, end: -1 }],
    ['not numbers', { start: Number.NaN, end: 4 }],
    ['beyond the text', { start: 500, end: 600 }],
    ['whitespace only', { start: 5, end: 6 }],
  ])('null, never an exception, for %s', (_name, span) => {
    const root = mount('<p>Alpha gamma delta.</p>');
    expect(anchorSpans(root, 'Alpha beta gamma delta.', [span, { start: 0, end: 5 }]).map((range) => range?.toString() ?? null)).toEqual([null, 'Alpha']);
  });

  test('a long page anchors every span in its own paragraph', () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i}: the figure rose by ${i % 17}% to ${i * 3} units, officials said.`);
    const root = mount(paragraphs.map((text, i) => `<p id="p${i}">${text}</p><div>Advert: ${i % 17}% off</div>`).join(''));
    const text = paragraphs.join('\n\n');
    const spans = paragraphs.flatMap((paragraph) => {
      const offset = text.indexOf(paragraph);
      const claim = paragraph.indexOf('% ');
      return [
        { start: offset + claim - 1, end: offset + claim + 1 },
        { start: offset + paragraph.indexOf('officials'), end: offset + paragraph.length },
      ];
    });

    const ranges = anchorSpans(root, text, spans);

    const misplaced = ranges.filter((range, i) => range?.startContainer.parentElement?.id !== `p${Math.floor(i / 2)}`);
    expect(misplaced).toEqual([]);
  });

  test('no spans, no work', () => {
    expect(anchorSpans(mount('<p>x</p>'), 'x', [])).toEqual([]);
  });
});

describe('anchorSelector', () => {
  const original = '<p>Intro.</p><p>The minister said "we will not raise taxes" on Monday.</p>';

  function describeQuoteIn(html: string, needle: string) {
    const index = buildTextIndex(mount(html));
    const { start, end } = spanOf(index.text, needle);
    return describeSpan(index.text, start, end);
  }

  test('finds the span where the position selector says when the text there is the quote', () => {
    const selectors = describeQuoteIn(original, 'we will not raise taxes');
    expect(anchorSelector(mount(original), selectors)?.toString()).toBe('we will not raise taxes');
  });

  test.each([
    ['text was inserted before it', '<p>Update: new figures.</p><p>Intro.</p><p>The minister said "we will not raise taxes" on Monday.</p>', 'we will not raise taxes'],
    ['the quote was edited', '<p>Intro.</p><p>The minister said "we shall not raise taxes" on Monday.</p>', 'we shall not raise taxes'],
    ['the markup and whitespace changed', '<div><p>Intro.</p><p>The minister said "<b>we will</b>\n not raise taxes" on Monday.</p></div>', 'we will\n not raise taxes'],
  ])('re-finds a note when %s', (_name, changed, expected) => {
    const selectors = describeQuoteIn(original, 'we will not raise taxes');
    expect(anchorSelector(mount(changed), selectors)?.toString()).toBe(expected);
  });

  test('re-finds a selection described by describeRange, also after the page changed', () => {
    const root = mount(original);
    const range = document.createRange();
    range.setStart(root.querySelectorAll('p')[1]!.firstChild!, 4);
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 12);
    const selectors = describeRange(root, range);
    expect(anchorSelector(root, selectors)?.toString()).toBe('minister');
    expect(anchorSelector(mount(`<p>Breaking.</p>${original}`), selectors)?.toString()).toBe('minister');
  });

  test('null when the quote is gone', () => {
    const selectors = describeQuoteIn(original, 'we will not raise taxes');
    expect(anchorSelector(mount('<p>Nothing about it any more.</p>'), selectors)).toBeNull();
  });

  test('a position selector alone is used as is, when it fits the page', () => {
    const root = mount(original);
    expect(anchorSelector(root, [{ type: 'TextPositionSelector', start: 0, end: 5 }])?.toString()).toBe('Intro');
    expect(anchorSelector(root, [{ type: 'TextPositionSelector', start: 0, end: 999 }])).toBeNull();
    expect(anchorSelector(root, [])).toBeNull();
  });

  test('malformed selectors from storage are ignored, not thrown on', () => {
    const root = mount(original);
    const stored = JSON.parse('[{"type":"TextQuoteSelector","exact":null},{"type":"TextPositionSelector","start":0,"end":5}]');
    expect(anchorSelector(root, stored)?.toString()).toBe('Intro');
  });
});

describe('startAnchoring', () => {
  test('indexes the page and the article in steps of their own, then anchors one span a step, as anchorSpans does', () => {
    const text = 'He said yes. She said no.';
    const root = mount('<p>He said yes.</p><p>She said no.</p>');
    const spans = [spanOf(text, 'no'), spanOf(text, 'yes')];
    const anchoring = startAnchoring(root, text, spans);
    const steps: Array<Array<string | null>> = [];
    let more = true;
    while (more) {
      more = anchoring.step();
      steps.push(anchoring.ranges.map((r) => r?.toString() ?? null));
    }
    expect(steps).toEqual([
      [null, null],
      [null, null],
      [null, 'yes'],
      ['no', 'yes'],
    ]);
    expect(describeRanges(anchoring.ranges)).toEqual(describeRanges(anchorSpans(root, text, spans)));
  });

  test('nothing to anchor: no step indexes the page', () => {
    expect(startAnchoring(mount('<p>x</p>'), 'x', []).step()).toBe(false);
  });
});

describe('anchoring with the article’s container first', () => {
  const page =
    '<header id="top">Breaking: the Treasury said 5% <script>var words = "the Treasury said";</script></header>' +
    '<h1 id="title">Budget day</h1>' +
    '<article id="story"><p id="p1">The Treasury said growth would be 5% next year.</p>' +
    '<p id="p2">Critics said the figure was "too rosy".</p></article>' +
    '<footer id="footer">Contact the newsroom.</footer>';
  const articleText = 'Budget day\n\nThe Treasury said growth would be 5% next year.\n\nCritics said the figure was "too rosy".';
  const spans = [spanOf(articleText, 'Budget day'), spanOf(articleText, '5%'), spanOf(articleText, '"too rosy"'), spanOf(articleText, 'The Treasury')];

  test('finds what the page-wide search finds, with the same selectors; a span outside the container is found in the page', () => {
    const root = mount(page);
    const scope = root.querySelector('#story')!;
    const run = (options: { scope?: Node }) => {
      const anchoring = startAnchoring(root, articleText, spans, options);
      while (anchoring.step());
      return anchoring;
    };
    const wide = run({});
    const scoped = run({ scope });
    expect(describeRanges(scoped.ranges)).toEqual([
      ['Budget day', 'title'],
      ['5%', 'p1'],
      ['"too rosy"', 'p2'],
      ['The Treasury', 'p1'],
    ]);
    expect(describeRanges(scoped.ranges)).toEqual(describeRanges(wide.ranges));
    // Positions index the whole root's text either way (the quote's context stops at the container's edge).
    expect(scoped.selectors.map((s) => s?.[1])).toEqual(wide.selectors.map((s) => s?.[1]));
    const text = buildTextIndex(root).text;
    for (const selector of scoped.selectors) expect(text.slice(selector![1].start, selector![1].end)).toBe(selector![0].exact);
  });

  test('the page is indexed once more only when the container leaves a span unfound', () => {
    const root = mount(page);
    const scope = root.querySelector('#story')!;
    const steps = (list: typeof spans) => {
      const anchoring = startAnchoring(root, articleText, list, { scope });
      let count = 1;
      while (anchoring.step()) count++;
      return count;
    };
    const inside = spans.slice(1);
    // Index the container, squeeze the article, one step per span.
    expect(steps(inside)).toBe(2 + inside.length);
    // …then index the page, and one step for the span left.
    expect(steps(spans)).toBe(2 + spans.length + 1 + 1);
  });
});
