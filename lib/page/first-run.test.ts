import { fakeBrowser } from '#imports';
import { beforeEach, expect, test } from 'vitest';
import { firstMarkedPage } from './first-run';

beforeEach(() => fakeBrowser.reset());

test('the first marked page is first once; later pages are not', async () => {
  expect(await firstMarkedPage()).toBe(true);
  expect(await firstMarkedPage()).toBe(false);
  expect(await firstMarkedPage()).toBe(false);
});

test('storage that cannot answer shows no legend rather than failing', async () => {
  Object.assign(fakeBrowser.storage.local, { get: () => Promise.reject(new Error('no storage')) });
  expect(await firstMarkedPage()).toBe(false);
});
