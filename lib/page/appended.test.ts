// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { blockQuotesOf, newParagraphs, noteAdded, textOf } from './appended';

// The observer's callback only notes what was added; the reading, once the additions settle,
// judges what is a paragraph worth reading.

const added = (...nodes: Node[]): MutationRecord[] => [{ type: 'childList', addedNodes: nodes as unknown as NodeList } as unknown as MutationRecord];

test('noting added elements reads none of their text (the callback runs on every mutation)', () => {
  const el = document.createElement('div');
  el.innerHTML = '<p>Later that day, 25 ships left the harbour.</p>';
  let reads = 0;
  Object.defineProperty(el, 'textContent', { get: () => (reads++, 'Later that day, 25 ships left the harbour.') });
  const waiting = new Set<Element>();
  noteAdded(added(el, document.createElement('br'), document.createTextNode('a text node')), waiting);
  expect([...waiting]).toEqual([el]);
  expect(reads).toBe(0);
});

test('an element with too little text (a clock, a button) is noted but never read', () => {
  document.body.innerHTML =
    '<article><p>The article, with its 40 ships.</p><p id="clock">12:01</p><div id="more"><p>Later that day, 25 ships left the harbour.</p></div></article>';
  const waiting = new Set<Element>();
  noteAdded(added(document.getElementById('clock')!, document.getElementById('more')!), waiting);
  expect(waiting.size).toBe(2);
  const read = newParagraphs(waiting, 'The article, with its 40 ships.', []);
  expect(read.texts).toEqual(['Later that day, 25 ships left the harbour.']);
});

test('added paragraphs in a block quotation are told to detection as one', () => {
  document.body.innerHTML =
    '<article><p>The article, with its 40 ships.</p><div id="more"><p>Ann Ito wrote to the harbour board about it.</p><blockquote><p>I counted 25 ships leaving before noon.</p></blockquote></div></article>';
  const read = newParagraphs([document.getElementById('more')!], 'The article, with its 40 ships.', []);
  const text = textOf(read.texts);
  expect(blockQuotesOf(read).map((r) => text.slice(r.start, r.end))).toEqual(['I counted 25 ships leaving before noon.']);
});
