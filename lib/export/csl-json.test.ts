import { describe, expect, test } from 'vitest';
import { sampleLibrary } from '../library/sample-library';
import { cslDate, cslItem, cslJsonJob } from './csl-json';
import { exportText } from './job';
import type { OutletTypeOf } from './outlet-type';

const [wsws, globalResearch] = sampleLibrary().articles;

// From the CSL data schema (csl-data.json, CSL 1.0.2): the variables an item may carry that this
// export uses, the three item types it may choose, and the shapes of names and dates.
const CSL_VARIABLES = new Set(['id', 'type', 'title', 'container-title', 'author', 'issued', 'accessed', 'URL', 'language']);
const NAME_PARTS = new Set(['family', 'given', 'literal']);

function checkAgainstSchema(item: Record<string, unknown>): void {
  expect(typeof item.id === 'string' || typeof item.id === 'number').toBe(true);
  expect(['article-newspaper', 'article-magazine', 'webpage']).toContain(item.type);
  for (const key of Object.keys(item)) expect(CSL_VARIABLES).toContain(key);
  for (const key of ['title', 'container-title', 'URL', 'language']) if (key in item) expect(typeof item[key]).toBe('string');
  for (const name of (item.author as Record<string, unknown>[] | undefined) ?? []) {
    for (const [part, value] of Object.entries(name)) {
      expect(NAME_PARTS).toContain(part);
      expect(typeof value).toBe('string');
    }
  }
  for (const key of ['issued', 'accessed']) {
    if (!(key in item)) continue;
    const date = item[key] as { 'date-parts': unknown[][] };
    expect(Object.keys(date)).toEqual(['date-parts']);
    expect(date['date-parts'].length).toBeGreaterThanOrEqual(1);
    expect(date['date-parts'].length).toBeLessThanOrEqual(2);
    for (const parts of date['date-parts']) {
      expect(parts.length).toBeGreaterThanOrEqual(1);
      expect(parts.length).toBeLessThanOrEqual(3);
      parts.forEach((part) => expect(Number.isInteger(part)).toBe(true));
    }
  }
}

test('the export is a JSON array of schema-conforming items, one per article', async () => {
  const items = JSON.parse(await exportText(cslJsonJob(sampleLibrary().articles))) as Record<string, unknown>[];
  expect(items).toHaveLength(2);
  items.forEach(checkAgainstSchema);
});

describe('cslItem', () => {
  const kinds: OutletTypeOf = (article) => (article.id === wsws!.id ? 'newspaper' : 'magazine');

  test.each([
    ['a newspaper', wsws!, kinds, 'article-newspaper'],
    ['a magazine', globalResearch!, kinds, 'article-magazine'],
    ['an outlet of unknown kind', wsws!, undefined, 'webpage'],
  ])('type of %s', (_, article, outletType, type) => {
    expect(cslItem(article, outletType).type).toBe(type);
  });

  test('fields Zotero reads: title, container-title, author, issued, accessed, URL, language', () => {
    expect(cslItem(wsws!)).toEqual({
      id: wsws!.id,
      type: 'webpage',
      title: 'NATO powers discuss sending troops to Ukraine',
      'container-title': 'World Socialist Web Site',
      author: [{ given: 'Andre', family: 'Damon' }],
      issued: { 'date-parts': [[2024, 2, 27]] },
      accessed: { 'date-parts': [[2026, 11, 30]] },
      URL: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
      language: 'en',
    });
  });

  test('a byline of a person and an agency', () => {
    expect(cslItem(globalResearch!).author).toEqual([{ given: 'Jane', family: 'Smith' }, { literal: 'Reuters' }]);
  });
});

test.each([
  ['2024-02-27T03:00:00Z', [[2024, 2, 27]]],
  ['2024-02', [[2024, 2]]],
  ['2024', [[2024]]],
  ['yesterday', null],
  [null, null],
])('cslDate(%j)', (iso, parts) => {
  expect(cslDate(iso)).toEqual(parts && { 'date-parts': parts });
});
