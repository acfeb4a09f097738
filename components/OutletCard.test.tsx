// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, expect, test } from 'vitest';
import type { ArticleMeta } from '../lib/model';
import { outletIndex } from '../lib/outlets/load-tables';
import { lookupOutlet } from '../lib/outlets/lookup';
import { OutletCard } from './OutletCard';

const article = (canonicalUrl: string, extra: Partial<ArticleMeta> = {}): ArticleMeta => ({
  title: 'T',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  canonicalUrl,
  excerpt: null,
  ...extra,
});

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const show = (meta: ArticleMeta, pageUrl: string | null = null): string => {
  const lookup = lookupOutlet({ canonicalUrl: meta.canonicalUrl, pageUrl }, outletIndex());
  render(<OutletCard article={meta} outlet={{ phase: 'found', lookup, sources: null }} />, root);
  return root.textContent ?? '';
};

test('every fact names its source, date and licence; the RSP summary carries the CC BY-SA attribution', () => {
  const text = show(article('https://www.wsws.org/en/x.html', { genre: 'Perspective' }));
  expect(text).toContain('Perspective');
  expect(text).toContain('(2021-11-27, Apache-2.0)');
  expect(text).toContain('(2026-04-18, CC BY-SA 4.0)');
  expect(root.querySelector('.outlet-summary')?.textContent).toMatch(/by Wikipedia contributors, licensed CC BY-SA 4\.0/);
  expect(root.querySelector<HTMLAnchorElement>('.outlet-summary a')?.href).toMatch(/Perennial_sources#/);
});

test('an unknown outlet says there is no open data, naming what the page calls itself', () => {
  const text = show(article('https://infobrics.org/post/1', { siteName: 'InfoBrics' }));
  expect(text).toContain('InfoBrics');
  expect(text).toContain('infobrics.org');
  expect(text).toContain('No open data about this outlet.');
});

test('a looking-up card and a failed one say so', () => {
  render(<OutletCard article={article('https://wsws.org/')} outlet={{ phase: 'looking' }} />, root);
  expect(root.textContent).toContain('Looking the outlet up…');
  render(<OutletCard article={article('https://wsws.org/')} outlet={{ phase: 'failed', message: 'Sourcelight could not read its outlet data.' }} />, root);
  expect(root.textContent).toContain('could not read its outlet data');
});
