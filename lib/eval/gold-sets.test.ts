import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findGoldSets, readGoldSet } from './gold-sets';

const root = mkdtempSync(join(tmpdir(), 'sourcelight-gold-'));
const gold = (set: string, id: string, extra: object = {}) => {
  mkdirSync(join(root, set), { recursive: true });
  writeFileSync(join(root, set, `${id}.gold.json`), JSON.stringify({ url: `https://x.example/${id}`, quotes: [], claims: [], ...extra }));
};
gold('labelled', 'b');
gold('labelled', 'a', { html: 'pages/a-page.html' });
gold('dev', 'z');
gold('aaa', 'y');
mkdirSync(join(root, 'pages'));
writeFileSync(join(root, 'pages', 'p.html'), '<p>x</p>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gold sets', () => {
  it('lists the directories with gold files, dev first, then by name', () => {
    expect(findGoldSets(root).map((s) => s.name)).toEqual(['dev', 'aaa', 'labelled']);
  });

  it("reads a set's pages in file order, the page beside the gold file unless it names another", () => {
    const set = readGoldSet(join(root, 'labelled'), 'labelled');
    expect(set.pages.map((p) => [p.id, p.htmlPath])).toEqual([
      ['a', join(root, 'labelled', 'pages/a-page.html')],
      ['b', join(root, 'labelled', 'b.html')],
    ]);
  });

  it('names the file that is not a gold file', () => {
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'x.gold.json'), '{"quotes": []}');
    expect(() => readGoldSet(join(root, 'broken'), 'broken')).toThrow(`${join(root, 'broken', 'x.gold.json')}: not a gold file (no quotes and claims arrays)`);
  });
});
