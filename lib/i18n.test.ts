import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { t } from './i18n';

const ROOT = join(import.meta.dirname, '..');

test('every __MSG_key__ the manifest names is in the English messages', () => {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const named = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(0);
  expect(named.filter((key) => !(key in english))).toEqual([]);
});

test('every message says where it is shown, for translators', () => {
  expect(Object.entries(english).filter(([, m]) => !m.description)).toEqual([]);
});

test('without a browser translation, the English string', () => {
  expect(t('cardEscToClose')).toBe('Esc to close');
});

test('placeholders are filled as browser.i18n fills them', () => {
  expect(t('popupListing', ['1,000', '50,000'])).toBe('Listing 1,000 of 50,000 items.');
});
