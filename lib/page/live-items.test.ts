// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { touches } from './live-items';
import { containerOf } from './mutation-watch';

// Which mutation records may have changed the words under a mark: only those are checked, so a
// page that keeps changing something else costs next to nothing.

let mark: Range;

beforeEach(() => {
  document.body.innerHTML = '<header><span id="clock">12:00</span></header><article id="story"><p id="a">First <b id="b">bold</b> words.</p><p id="c">Other words.</p></article>';
  mark = document.createRange();
  mark.setStart(document.getElementById('a')!.firstChild!, 0);
  mark.setEnd(document.getElementById('b')!.firstChild!, 4);
});

/** The records `change` produces, taken synchronously from an observer on the body. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const $ = (id: string): HTMLElement => document.getElementById(id)!;

test.each([
  ['the clock ticking in the header', () => ($('clock').textContent = '12:01'), false],
  ['a paragraph appended to the article', () => $('story').append(Object.assign(document.createElement('p'), { textContent: 'More.' })), false],
  ['another paragraph rewritten', () => ($('c').textContent = 'Changed.'), false],
  ['a text node inside the mark edited', () => (($('b').firstChild as Text).data = 'bald'), true],
  ['a node inside the mark replaced', () => $('b').replaceWith(document.createTextNode('plain')), true],
  ['a node inserted inside the mark', () => $('b').before(document.createElement('img')), true],
  ['the mark’s paragraph removed', () => $('a').remove(), true],
])('%s touches the mark: %s', (_name, change, touched) => {
  expect(recordsOf(change).some((record) => touches(mark, record))).toBe(touched);
});

test('the article’s container is the smallest element holding every mark', () => {
  const other = document.createRange();
  other.selectNodeContents($('c'));
  expect(containerOf([mark, other], document.body)).toBe($('story'));
  expect(containerOf([mark], document.body)).toBe($('a'));
  expect(containerOf([], document.body)).toBe(document.body);
});
