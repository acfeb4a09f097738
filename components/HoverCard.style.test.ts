// @vitest-environment jsdom
import axe from 'axe-core';
import { expect, test } from 'vitest';
import { HOVER_CARD_STYLE } from './HoverCard.style';

// The card lives in a closed shadow root on the page, out of axe-core's reach in the browser
// tests; its colours are checked here, with axe-core's own contrast arithmetic, in both schemes.

const [light = '', dark = ''] = HOVER_CARD_STYLE.split('@media (prefers-color-scheme: dark)');
const tokens = (css: string): Record<string, string> => Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
// axe-core's colour utilities, which its published types leave out.
interface AxeColor {
  parseString(colour: string): void;
}
const { Color, getContrast } = (axe.commons as unknown as { color: { Color: new () => AxeColor; getContrast(bg: AxeColor, fg: AxeColor): number } }).color;
const contrast = (foreground: string, background: string): number => {
  const fg = new Color();
  const bg = new Color();
  fg.parseString(foreground);
  bg.parseString(background);
  return getContrast(bg, fg);
};

test.each([
  ['light', tokens(light)],
  ['dark', tokens(dark)],
])('every text colour of the card keeps 4.5:1 on its background (%s)', (_scheme, colours) => {
  for (const [text, background] of [
    ['ink', 'paper'],
    ['muted', 'paper'],
    ['quote-ink', 'quote'],
    ['claim-ink', 'claim'],
    ['problem', 'paper'],
  ] as const) {
    const ratio = contrast(colours[text]!, colours[background]!);
    expect(ratio, `${text} on ${background}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the old hint colour fails the check, so the check can fail', () => {
  expect(contrast('#888888', '#fdfdfc')).toBeLessThan(4.5);
});
