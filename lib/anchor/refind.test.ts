// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { describeRange } from './anchor';
import { refindAll, stillShows, wordsOf } from './refind';

const PAGE = `<article>
  <p id="a">The minister said the plan would <b>cost</b> 40 million euros over two years, officials confirmed.</p>
  <p id="b">Critics said the figure of 40 million was far too low for a project of this size.</p>
  <p id="c">“We will not cut taxes,” the minister told reporters on Monday afternoon in Brussels.</p>
</article>`;

/** A fresh page, and the selectors of `words` found in paragraph `id` as anchoring records them. */
function setUp(id: string, words: string) {
  document.body.innerHTML = PAGE;
  const node = [...document.getElementById(id)!.childNodes].find((n) => n.textContent!.includes(words))!;
  const range = document.createRange();
  const at = node.textContent!.indexOf(words);
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  return { range, selectors: describeRange(document.body, range) };
}

describe('refindAll', () => {
  test.each([
    ['the article re-rendered with the same words', 'c', 'We will not cut taxes', () => (document.body.innerHTML = PAGE), 'found'],
    [
      'paragraphs appended before it',
      'c',
      'We will not cut taxes',
      () => document.querySelector('article')!.prepend(Object.assign(document.createElement('p'), { textContent: 'Breaking: more news.' })),
      'found',
    ],
    [
      'a word inside it changed (not → now)',
      'c',
      'We will not cut taxes',
      () => (document.getElementById('c')!.firstChild!.textContent = '“We will now cut taxes,” the minister told reporters on Monday afternoon in Brussels.'),
      'changed',
    ],
    ['its paragraph removed', 'c', 'We will not cut taxes', () => document.getElementById('c')!.remove(), 'gone'],
    // "40 million" is still in paragraph b, in other surroundings: not the same figure.
    ['the same words only elsewhere', 'a', '40 million', () => (document.getElementById('a')!.textContent = 'The minister would not say what the plan costs.'), 'gone'],
    ['nothing changed', 'a', '40 million', () => undefined, 'found'],
  ])('%s: %s', (_name, id, words, change, state) => {
    const { selectors } = setUp(id, words);
    change();
    const [found] = refindAll(document.body, [selectors]);
    expect(found?.state).toBe(state);
    if (found?.state === 'found') expect(found.range.toString()).toBe(words);
  });

  test('no selectors, no work', () => expect(refindAll(document.body, [])).toEqual([]));
});

describe('stillShows', () => {
  test.each([
    ['untouched', () => undefined, true],
    ['its text node rewritten', (r: Range) => ((r.startContainer as Text).data = 'Something else entirely, said nobody.'), false],
    ['its paragraph removed (the range collapses onto what remains)', () => document.getElementById('c')!.remove(), false],
    ['the whole article replaced', () => (document.body.innerHTML = PAGE), false],
  ])('%s', (_name, change, shows) => {
    const { range } = setUp('c', 'We will not cut taxes');
    change(range);
    expect(stillShows(range, wordsOf('We will not cut taxes'))).toBe(shows);
  });
});
