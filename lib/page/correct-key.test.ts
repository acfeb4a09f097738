// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { isCorrectKey } from './correct-key';

const key = (init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

test.each<[string, KeyboardEventInit, boolean]>([
  ['Alt+Shift+C', { code: 'KeyC', altKey: true, shiftKey: true }, true],
  ['a bare C', { code: 'KeyC' }, false],
  ['Alt+C', { code: 'KeyC', altKey: true }, false],
  ['Ctrl+Alt+Shift+C', { code: 'KeyC', altKey: true, shiftKey: true, ctrlKey: true }, false],
  ['Alt+Shift+D', { code: 'KeyD', altKey: true, shiftKey: true }, false],
])('%s is the correct key: %s', (_case, init, taken) => {
  expect(isCorrectKey(key(init))).toBe(taken);
});

test('not while the reader types in a field', () => {
  document.body.innerHTML = '<input>';
  expect(isCorrectKey(key({ code: 'KeyC', altKey: true, shiftKey: true }, document.querySelector('input')!))).toBe(false);
});
