// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { listenForMarkKeys, markCommandOf } from './mark-keys';

const key = (code: string, init: KeyboardEventInit = {}): KeyboardEvent =>
  new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true, ...init });

afterEach(() => {
  document.body.innerHTML = '';
});

test.each([
  ['Period', 'next-mark'],
  ['Comma', 'previous-mark'],
  ['Enter', 'open-mark'],
  ['NumpadEnter', 'open-mark'],
  ['KeyH', 'toggle-marks'],
])('Alt+Shift+%s is %s', (code, command) => {
  expect(markCommandOf(key(code))).toBe(command);
});

test.each([
  ['without Alt', key('Period', { altKey: false })],
  ['without Shift', key('Period', { shiftKey: false })],
  ['with Ctrl too', key('Period', { ctrlKey: true })],
  ['with Meta too', key('Period', { metaKey: true })],
  ['another key', key('KeyJ')],
  ['mid-composition', key('Period', { isComposing: true })],
])('not ours: %s', (_name, event) => {
  expect(markCommandOf(event)).toBeNull();
});

test('a key the page handled first (defaultPrevented) is left to the page', () => {
  const stop = listenForMarkKeys(window, () => true);
  const ran: string[] = [];
  const stopRecording = listenForMarkKeys(window, (command) => (ran.push(command), false));
  document.body.addEventListener('keydown', (event) => event.preventDefault(), { once: true });
  document.body.dispatchEvent(key('Period'));
  expect(ran).toEqual([]);
  stop();
  stopRecording();
});

test.each([
  ['a text field', '<input id="t">'],
  ['a text area', '<textarea id="t"></textarea>'],
  ['an editable element', '<div contenteditable="true"><p id="t">x</p></div>'],
])('while the reader types in %s the key goes through untouched', (_name, html) => {
  document.body.innerHTML = html;
  const ran: string[] = [];
  const stop = listenForMarkKeys(window, (command) => (ran.push(command), true));
  const event = key('Period');
  document.getElementById('t')!.dispatchEvent(event);
  expect(ran).toEqual([]);
  expect(event.defaultPrevented).toBe(false);
  stop();
});

test('the key is kept from the page only when it did something', () => {
  let acts = false;
  const stop = listenForMarkKeys(window, () => acts);
  const ignored = key('Period');
  document.body.dispatchEvent(ignored);
  expect(ignored.defaultPrevented).toBe(false);
  acts = true;
  const taken = key('Period');
  document.body.dispatchEvent(taken);
  expect(taken.defaultPrevented).toBe(true);
  stop();
});
