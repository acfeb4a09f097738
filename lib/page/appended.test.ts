// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { newParagraphs, noteAdded } from './appended';

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
  document.body.innerHTML = '<article><p>The article, with its 40 ships.</p><p id="clock">12:01</p><div id="more"><p>Later that day, 25 ships left the harbour.</p></div></article>';
  const waiting = new Set<Element>();
  noteAdded(added(document.getElementById('clock')!, document.getElementById('more')!), waiting);
  expect(waiting.size).toBe(2);
  const read = newParagraphs(waiting, 'The article, with its 40 ships.', []);
  expect(read.texts).toEqual(['Later that day, 25 ships left the harbour.']);
});
