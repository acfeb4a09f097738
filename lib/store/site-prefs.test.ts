import { fakeBrowser } from '#imports';
import { beforeEach, expect, test } from 'vitest';
import { isAlwaysAnnotated, listAlwaysAnnotateOrigins, setAlwaysAnnotate } from './site-prefs';

beforeEach(() => fakeBrowser.reset());

test('nothing is annotated automatically until the user asks', async () => {
  expect(await listAlwaysAnnotateOrigins()).toEqual([]);
  expect(await isAlwaysAnnotated('https://example.com')).toBe(false);
});

test('turning a site on and off is remembered in storage.local, once per origin', async () => {
  await setAlwaysAnnotate('https://example.com', true);
  await setAlwaysAnnotate('https://example.com', true);
  await setAlwaysAnnotate('https://news.example.org', true);
  expect(await listAlwaysAnnotateOrigins()).toEqual(['https://example.com', 'https://news.example.org']);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({
    'sitePrefs.alwaysAnnotate': ['https://example.com', 'https://news.example.org'],
  });
  await setAlwaysAnnotate('https://example.com', false);
  expect(await isAlwaysAnnotated('https://example.com')).toBe(false);
  expect(await isAlwaysAnnotated('https://news.example.org')).toBe(true);
});
