import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../store/schema';
import { sampleLibrary } from '../library/sample-library';
import { bibtexEntry, bibtexJob, citationKeys } from './bibtex';
import { exportText } from './job';

const [wsws, globalResearch] = sampleLibrary().articles as [ArticleRecord, ArticleRecord];

/** Parsed by Better BibTeX's parser, as Zotero reads BibTeX. */
function parsed(bibtex: string) {
  const library = parse(bibtex, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('escapeBibtex: special characters read back as themselves', () => {
  test.each([['AT&T profits up 5% to $3bn'], ['#1 in the poll_results'], ['{braces} and \\backslash'], ['x^2 ~ approx'], ['Zürich, Łódź and “quotes”']])('%s', (title) => {
    const [entry] = parsed(bibtexEntry({ ...wsws, title }, 'key'));
    expect(entry!.fields.title).toBe(title);
  });
});

test('one entry per article: @online for the web, @article for newspapers, fields Zotero imports', async () => {
  const text = await exportText(bibtexJob([wsws, globalResearch], (article) => (article === wsws ? 'newspaper' : 'web')));
  const [article, online] = parsed(text);
  expect(article).toMatchObject({
    type: 'article',
    key: 'damon2024nato',
    fields: {
      title: 'NATO powers discuss sending troops to Ukraine',
      author: [{ firstName: 'Andre', lastName: 'Damon' }],
      journal: 'World Socialist Web Site',
      journaltitle: 'World Socialist Web Site',
      date: '2024-02-27',
      year: '2024',
      month: '2',
      url: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
      urldate: '2026-11-30',
    },
  });
  expect(online).toMatchObject({
    type: 'online',
    key: 'smith2024macron',
    fields: { organization: ['globalresearch.ca'], author: [{ firstName: 'Jane', lastName: 'Smith' }, { name: 'Reuters' }] },
  });
});

test.each([
  ['https://example.com/a%20b?q=1#part', 'https://example.com/a%20b?q=1#part'],
  ['https://example.com/{x}\\y', 'https://example.com/%7Bx%7D%5Cy'],
])('url %s reads back as %s', (url, read) => {
  const [entry] = parsed(bibtexEntry({ ...wsws, url }, 'key'));
  expect(entry!.fields.url).toBe(read);
});

test('citation keys are unique and ASCII', () => {
  const keys = citationKeys([
    wsws,
    wsws,
    wsws,
    { ...wsws, byline: 'Łukasz Ćwik', title: 'Über alles' },
    { ...wsws, byline: null, title: null, publishedTime: null, siteName: null, url: 'x' },
  ]);
  expect(keys).toEqual(['damon2024nato', 'damon2024natoa', 'damon2024natob', 'cwik2024uber', 'x']);
});
