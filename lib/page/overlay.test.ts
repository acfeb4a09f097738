// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { isInsideOwnUi, isOwnUi } from '../dom/own-ui';
import { createOverlay } from './overlay';

/** What the page sees of us: elements added beside <head> and <body>. */
const hosts = (): Element[] => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);

test('adds nothing to the page until first used, then one host with the mount point in its shadow root', () => {
  const overlay = createOverlay(document, '.card { color: red; }');
  expect(hosts()).toHaveLength(0);
  const mountPoint = overlay.attach();
  expect(hosts()).toHaveLength(1);
  expect((mountPoint.getRootNode() as ShadowRoot).host).toBe(hosts()[0]);
  overlay.attach();
  expect(hosts()).toHaveLength(1);
  overlay.remove();
  expect(hosts()).toHaveLength(0);
});

test('the page cannot claim or reach the host: a built-in element, its shadow root closed, known to us by identity', () => {
  const overlay = createOverlay(document, '');
  const mountPoint = overlay.attach();
  const [host] = hosts();
  expect(host?.localName).toBe('div');
  expect(host?.shadowRoot).toBeNull();
  expect(() => host?.attachShadow({ mode: 'open' })).toThrow();
  expect(host && isOwnUi(host)).toBe(true);
  expect(isInsideOwnUi(mountPoint)).toBe(true);
  expect(isInsideOwnUi(document.body)).toBe(false);
  expect(host?.getAttribute('style')).toContain('display: block !important');
  overlay.remove();
});

test('a host the page removed is put back on the next use', () => {
  const overlay = createOverlay(document, '');
  overlay.attach();
  hosts()[0]?.remove();
  expect(overlay.attach().isConnected).toBe(true);
  expect(hosts()).toHaveLength(1);
  overlay.remove();
});

test('a layer is another mount point in the same shadow root, with its own style', () => {
  const overlay = createOverlay(document, '');
  const layer = overlay.addLayer('.note { color: purple; }');
  const shadow = overlay.attach().getRootNode() as ShadowRoot;
  expect(shadow.contains(layer)).toBe(true);
  expect([...shadow.querySelectorAll('style')].map((s) => s.textContent)).toContain('.note { color: purple; }');
  expect(hosts()).toHaveLength(1);
  overlay.remove();
});
