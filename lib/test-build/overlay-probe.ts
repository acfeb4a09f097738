import type { CardProbe } from '../messages';

// Test builds only (wired in entrypoints/content.ts behind import.meta.env.SOURCELIGHT_TEST_BUILD).
// The overlay's shadow root is closed, so neither the page nor a test driving the page can look
// inside it; the tests ask the content script, which holds the mount point, what the card shows.

export function probeCard(mountPoint: HTMLElement): CardProbe {
  const card = mountPoint.querySelector<HTMLElement>('.card');
  if (!card) return null;
  const { x, y, width, height } = card.getBoundingClientRect();
  // Focus moves into the card a frame after it renders: a test types only once it is there.
  const active = (mountPoint.getRootNode() as Document | ShadowRoot).activeElement;
  const focused = active instanceof HTMLElement && card.contains(active) ? active.innerText || active.getAttribute('aria-label') : null;
  return { text: card.innerText, box: { x, y, width, height }, position: getComputedStyle(card).position, focused };
}
