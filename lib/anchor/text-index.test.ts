// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { markOwnUi } from '../dom/own-ui';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets, textOffsetOf } from './text-index';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextIndex', () => {
  test('takes text nodes in document order and skips code, hidden templates, inputs and our own UI', () => {
    const root = mount(
      '<p>One <em>two</em></p><script>var x = 1;</script><style>p{}</style><noscript>enable JS</noscript>' +
        '<template>tpl</template><textarea>typed</textarea><div id="ours"><b>card</b></div><p>three</p>',
    );
    markOwnUi(root.querySelector('#ours')!);
    const index = buildTextIndex(root);
    expect(index.text).toBe('One twothree');
    expect(index.nodeStarts).toEqual([0, 4, 7]);
    expect(index.squeezed.text).toBe('Onetwothree');
  });

  test('a page element that bears our old host name is page text: only our own UI is skipped, by identity', () => {
    const root = mount('<p>He said</p><sourcelight-root><b>"we will"</b></sourcelight-root><p>today.</p>');
    expect(buildTextIndex(root).text).toBe('He said"we will"today.');
  });

  test('from the document, the head and its title are not page text', () => {
    document.head.innerHTML = '<title>Headline</title>';
    mount('<h1>Headline</h1><svg><title>icon</title></svg><p>Body</p>');
    expect(buildTextIndex(document).text).toBe('HeadlineBody');
  });

  test('with the index of a part already built, the same index as without, the part taken as it is', () => {
    const root = mount('<p>Lead</p><article id="story"><style>p{}</style><p>One <em>two</em></p><script>x</script><p>three</p><noscript>no</noscript></article><p>Tail</p>');
    const part = buildTextIndex(root.querySelector('#story')!);
    const whole = buildTextIndex(root, part);
    const walked = buildTextIndex(root);
    expect(whole.text).toBe('LeadOne twothreeTail');
    expect(whole.nodeStarts).toEqual(walked.nodeStarts);
    expect(whole.nodes.length).toBe(walked.nodes.length);
    expect(whole.nodes.every((node, i) => node === walked.nodes[i])).toBe(true);
    expect(whole.nodes.slice(1, 4).every((node, i) => node === part.nodes[i])).toBe(true);
  });

  test('an empty root gives an empty index', () => {
    const index = buildTextIndex(mount(''));
    expect(index.text).toBe('');
    expect(rangeFromOffsets(index, 0, 5).collapsed).toBe(true);
  });
});

describe('rangeFromOffsets', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = mount('<p>He said <em>it was</em> "<a href="#">dis\u00adtressing</a>"\u00a0today.</p><p>Next one.</p>');
  });

  test.each([
    ['inside one text node', 'He said', 'He said'],
    ['from a text node into <em>', 'said it', 'said it'],
    ['across <em> and <a>', 'was "dis\u00adtressing', 'was "dis\u00adtressing'],
    ['out of <a> across an nbsp', 'tressing"\u00a0today', 'tressing"\u00a0today'],
    ['across paragraphs', 'today.Next', 'today.Next'],
  ])('%s', (_name, needle, expected) => {
    const index = buildTextIndex(root);
    const start = index.text.indexOf(needle);
    const range = rangeFromOffsets(index, start, start + needle.length);
    expect(range.toString()).toBe(expected);
    expect(range.startContainer.nodeType).toBe(Node.TEXT_NODE);
    expect(range.endContainer.nodeType).toBe(Node.TEXT_NODE);
  });

  test('a span ending where a node ends does not reach into the next node', () => {
    const index = buildTextIndex(root);
    const end = index.text.indexOf('it was') + 'it was'.length;
    const range = rangeFromOffsets(index, end - 3, end);
    expect(range.endContainer.textContent).toBe('it was');
    expect(range.endOffset).toBe(6);
  });

  test('offsets outside the text are clamped', () => {
    const index = buildTextIndex(root);
    expect(rangeFromOffsets(index, -10, 2).toString()).toBe('He');
    expect(rangeFromOffsets(index, index.text.length - 4, 1e9).toString()).toBe('one.');
    expect(rangeFromOffsets(index, 5, 2).collapsed).toBe(true);
  });
});

describe('offsetsFromRange', () => {
  test.each([
    ['He said', 'He said'],
    ['across <em> and <a>', 'it was "dis\u00adtressing"'],
    ['across paragraphs', 'today.Next'],
  ])('is the inverse of rangeFromOffsets: %s', (_name, needle) => {
    const index = buildTextIndex(mount('<p>He said <em>it was</em> "<a href="#">dis\u00adtressing</a>"\u00a0today.</p><p>Next one.</p>'));
    const start = index.text.indexOf(needle);
    const offsets = { start, end: start + needle.length };
    expect(offsetsFromRange(index, rangeFromOffsets(index, offsets.start, offsets.end))).toEqual(offsets);
  });

  test('a range with element boundaries covers the text of the elements', () => {
    const root = mount('<p>One</p><p id="two">Two <b>bold</b></p><p>Three</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('two')!);
    expect(offsetsFromRange(index, range)).toEqual({ start: 3, end: 11 });
    range.selectNode(document.getElementById('two')!);
    const { start, end } = offsetsFromRange(index, range);
    expect(index.text.slice(start, end)).toBe('Two bold');
  });

  test('a boundary inside skipped content moves to the next indexed text', () => {
    const root = mount('<p>Before</p><script>code()</script><p>After</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root.querySelector('script')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 3);
    expect(offsetsFromRange(index, range)).toEqual({ start: 6, end: 9 });
  });

  test('a range outside the root clamps to its ends', () => {
    document.body.innerHTML = '<header>Menu</header><main><p>Body text</p></main><footer>End</footer>';
    const index = buildTextIndex(document.querySelector('main')!);
    const range = document.createRange();
    range.setStart(document.querySelector('header')!.firstChild!, 1);
    range.setEnd(document.querySelector('footer')!.firstChild!, 2);
    expect(offsetsFromRange(index, range)).toEqual({ start: 0, end: index.text.length });
  });
});

describe('textOffsetOf', () => {
  test('is where the node starts in the root’s indexed text, code, nested skipped elements and our own UI left out', () => {
    const root = mount(
      '<header>Site <script>var a = "<b>";</script><noscript><style>p{}</style>no js</noscript></header><div id="ours">card</div>' +
        '<iframe>fallback</iframe><main><p>Lead <em>words</em></p><article id="story"><p>Body</p></article></main>',
    );
    markOwnUi(root.querySelector('#ours')!);
    const story = root.querySelector('#story')!;
    const index = buildTextIndex(root);
    expect(index.text.slice(textOffsetOf(root, story))).toBe('Body');
    expect(textOffsetOf(root, story)).toBe(index.text.indexOf('Body'));
  });
});
