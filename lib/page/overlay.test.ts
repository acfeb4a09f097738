// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { createOverlay, OVERLAY_TAG } from './overlay';

const hosts = (): number => document.querySelectorAll(OVERLAY_TAG).length;

test('adds nothing to the page until first used, then one host with the mount point in its shadow root', () => {
  const overlay = createOverlay(document, '.card { color: red; }');
  expect(hosts()).toBe(0);
  const mountPoint = overlay.attach();
  expect(hosts()).toBe(1);
  expect(document.querySelector(OVERLAY_TAG)?.shadowRoot?.contains(mountPoint)).toBe(true);
  overlay.attach();
  expect(hosts()).toBe(1);
  overlay.remove();
  expect(hosts()).toBe(0);
});

test('a host the page removed is put back on the next use', () => {
  const overlay = createOverlay(document, '');
  overlay.attach();
  document.querySelector(OVERLAY_TAG)?.remove();
  expect(overlay.attach().isConnected).toBe(true);
  expect(hosts()).toBe(1);
  overlay.remove();
});

test('a layer is another mount point in the same shadow root, with its own style', () => {
  const overlay = createOverlay(document, '');
  const layer = overlay.addLayer('.note { color: purple; }');
  const shadow = overlay.attach().getRootNode() as ShadowRoot;
  expect(shadow.contains(layer)).toBe(true);
  expect([...shadow.querySelectorAll('style')].map((s) => s.textContent)).toContain('.note { color: purple; }');
  expect(hosts()).toBe(1);
  overlay.remove();
});
