import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { groupByArticle } from '../library/by-article';
import { liveLibrary } from '../library/library';
import { sampleCorrection, sampleLibrary } from '../library/sample-library';
import { exportText } from './job';
import { articleMarkdown, blockId, escapeMarkdown, obsidianTag } from './markdown';
import { markdownZipJob } from './markdown-zip';
import { runExport } from './run';

const [wsws, globalResearch] = groupByArticle(sampleLibrary());

function frontMatterOf(markdown: string): unknown {
  const match = markdown.match(/^---\n([\s\S]*?)\n---\n/);
  expect(match).not.toBeNull();
  return parse(match![1]!);
}

describe('escapeMarkdown', () => {
  test.each([
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['[[not a link]]', '\\[\\[not a link\\]\\]'],
    ['#not-a-tag', '\\#not-a-tag'],
    ['==not highlighted==', '\\=\\=not highlighted\\=\\='],
    ['%%not a comment%%', '\\%\\%not a comment\\%\\%'],
    ['costs $5 and $6', 'costs \\$5 and \\$6'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['&amp; entity', '\\&amp; entity'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['a - b. c & d', 'a - b. c & d'],
  ])('%s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

test.each([
  ['#ukraine war', 'ukraine-war'],
  ['  Policy/Energy ', 'Policy/Energy'],
  ['what?!', 'what'],
  ['élection_2024', 'élection_2024'],
])('obsidianTag(%j) = %j', (tag, expected) => {
  expect(obsidianTag(tag)).toBe(expected);
});

describe('articleMarkdown', () => {
  const markdown = articleMarkdown(wsws!);

  test('front matter: title, url, outlet, author, dates, tags as a list without #', () => {
    expect(frontMatterOf(markdown)).toEqual({
      title: 'NATO powers discuss sending troops to Ukraine',
      url: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
      outlet: 'World Socialist Web Site',
      author: 'Andre Damon',
      published: '2024-02-27',
      accessed: '2026-11-30',
      tags: ['casualties', 'ukraine-war'],
    });
  });

  test('values that YAML would misread are quoted', () => {
    const [article] = groupByArticle(sampleLibrary()).slice(1);
    expect((frontMatterOf(articleMarkdown(article!)) as { title: string }).title).toBe('Macron: "Nothing Should Be Excluded" — NATO Troops to Ukraine?');
  });

  test('kept quotes are blockquotes, each followed by its block id on a line of its own', () => {
    expect(markdown).toContain(
      '> NATO and EU member states are considering that they will send their troops to Ukraine on a bilateral basis.\n' +
        '> — **Robert Fico** (warned), direct quote · [in the article](https://www.wsws.org/en/articles/2024/02/27/pers-f27.html#:~:text=Fico%20warned%2C%20%22-,NATO%20and%20EU%20member,on%20a%20bilateral%20basis.)\n\n' +
        '^a1b2c3d4-0000-4000-8000-000000000001\n',
    );
  });

  test('figures with value, unit, qualifier and source', () => {
    expect(markdown).toContain('> estimates that at least 400,000 Ukrainian soldiers have been\n> — **400,000** soldiers (at least), source: Douglas Macgregor');
  });

  test('notes beneath, linked to the block of the item they are on, with their tags', () => {
    const notes = markdown.slice(markdown.indexOf('## Notes'));
    expect(markdown.indexOf('## Notes')).toBeGreaterThan(markdown.indexOf('## Figures'));
    expect(notes).toContain('On [[#^a1b2c3d4-0000-4000-8000-000000000003|the claim above]].');
    expect(notes).toContain('Compare with **Macgregor**: an order of magnitude apart.');
    expect(notes).toContain('#casualties #ukraine-war');
  });

  test('a page note without a passage and an article without a site name (its host is the outlet)', () => {
    const other = articleMarkdown(globalResearch!);
    expect((frontMatterOf(other) as { outlet: string }).outlet).toBe('globalresearch.ca');
    expect(other).toContain('=HYPERLINK');
  });

  test('a corrected speaker in place of the detector’s, which is noted; an item the reader rejected says so', () => {
    const notAFigure = sampleCorrection({ id: 'c2', kind: 'not-figure', item: 'claim', text: '400,000', before: 'Macgregor estimates that at least ', speaker: null });
    const [corrected] = groupByArticle(liveLibrary({ ...sampleLibrary(), corrections: [sampleCorrection(), notAFigure] }));
    const text = articleMarkdown(corrected!);
    expect(text).toContain('> — **Ann Lee** (claimed), direct quote — speaker corrected by the reader (detected: Volodymyr Zelensky) · [in the article]');
    expect(text).toContain('> — **400,000** soldiers (at least), source: Douglas Macgregor — *not a figure*, by the reader’s correction');
    expect(text).toContain('> — **31,000** soldiers, source: Ann Lee — source follows the reader’s correction of its quote (detected: Volodymyr Zelensky)');
    // The items the reader did not correct read as before.
    expect(text).toContain('> — **Robert Fico** (warned), direct quote · [in the article]');
  });

  test('block ids keep only letters, digits and dashes', () => {
    expect(blockId('note_1:a.b')).toBe('note-1-a-b');
  });
});

test('the zip holds one Markdown file per article, with safe distinct names', async () => {
  const library = sampleLibrary();
  library.articles.push({ ...library.articles[0]!, id: 'copy', title: 'nato powers discuss sending troops to ukraine' });
  const job = markdownZipJob(library);
  const progress: number[] = [];
  const blob = await runExport(job, { onProgress: (fraction) => progress.push(fraction) });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  expect(Object.keys(files)).toEqual([
    'NATO powers discuss sending troops to Ukraine.md',
    'Macron Nothing Should Be Excluded — NATO Troops to Ukraine.md',
    'nato powers discuss sending troops to ukraine (2).md',
  ]);
  expect(strFromU8(files['NATO powers discuss sending troops to Ukraine.md']!)).toBe(articleMarkdown(groupByArticle(library)[0]!));
  expect(progress.at(-1)).toBe(1);
  expect(blob.type).toBe('application/zip');
  expect((await exportText(markdownZipJob({ articles: [], items: [], notes: [] }))).length).toBeGreaterThan(0);
});
