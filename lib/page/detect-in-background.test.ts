import { fakeBrowser } from '#imports';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { detectText } from '../background/detect-text';
import { detect } from '../detect/detect';
import { parseHtmlDocument } from '../dom/parse-html';
import { extractArticle } from '../extract/extract';
import { fail, handleMessages, ok } from '../messages';
import { detectInBackground } from './detect-in-background';

// The content script sends the article's text to the background, which detects: what comes back
// must be what detection gives in the page, item for item.

const FIXTURE = join(import.meta.dirname, '../../tests/fixtures/dev/wsws-nato-troops.html');

let stop: () => void = () => undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => stop());

test('detection in the background gives what detection in the page gives', async () => {
  stop = handleMessages({ 'sourcelight/detect': ({ text, blockQuotes }) => ok(detectText(text, blockQuotes)) });
  const extracted = extractArticle(parseHtmlDocument(readFileSync(FIXTURE, 'utf8')), { force: true });
  if (!extracted.ok) throw new Error(extracted.message);
  const { text } = extracted.article;
  const here = detect(text);
  expect(here.quotes.length + here.claims.length).toBeGreaterThan(10);
  expect(await detectInBackground(text)).toEqual(here);
});

test('the article’s block quotations reach detection in the background', async () => {
  stop = handleMessages({ 'sourcelight/detect': ({ text, blockQuotes }) => ok(detectText(text, blockQuotes)) });
  const text = 'Nora Vale told the inquiry that the plant was unsafe, she said under oath.\nI reported the leak twice. Nobody called me back.';
  const block = { start: text.indexOf('I reported'), end: text.length };
  const here = detect(text, [block]);
  expect(here.quotes.map((q) => text.slice(q.start, q.end))).toContain('I reported the leak twice. Nobody called me back.');
  expect(await detectInBackground(text, [block])).toEqual(here);
});

test('a background that fails makes detection fail with its reason', async () => {
  stop = handleMessages({ 'sourcelight/detect': () => fail('out of memory') });
  await expect(detectInBackground('He said "yes".')).rejects.toThrow(/out of memory/);
});
