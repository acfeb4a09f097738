import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compiledPath, compileFromCsvs } from '../../scripts/support/outlet-data';
import { compileNewspapers, compilePerennial, parseCsv } from './compile';
import type { OutletTables } from './tables';

describe('the compiled outlet tables', () => {
  test.each(['newssites', 'perennial', 'stateMedia', 'newspapers'] as Array<keyof OutletTables>)('%s matches its CSV (after editing a CSV, run npm run outlets)', (table) => {
    expect(readFileSync(compiledPath(table), 'utf8') === compileFromCsvs()[table]).toBe(true);
  });
});

describe('compiling', () => {
  test('a malformed CSV is refused, naming its line', () => {
    expect(() => parseCsv('domain,qid\na.com,Q1\n"b.com,Q2\n', 'x.csv')).toThrow(/x\.csv: line 3/);
  });

  test('an RSP entry shared by several domains is stored once', () => {
    const csv = [
      'domain,name,status,status_label,qualifier,entries,summary,rsp_last,wiki_url,rsp_url,snapshot',
      'a.com,A,gr | gu,Generally reliable | Generally unreliable,news | opinion,A | A (opinion),Good. || Bad.,2024 | 2023,https://w/A,https://r#A | https://r#A_op,2026-04-18',
      'a.co.uk,A,gr,Generally reliable,news,A,Good.,2024,https://w/A,https://r#A,2026-04-18',
    ].join('\n');
    const table = compilePerennial(csv);
    expect(table.entries).toHaveLength(2);
    expect(table.entries[1]).toEqual(['A (opinion)', 'gu', 'Generally unreliable', 'opinion', 'Bad.', '2023', 'https://r#A_op', '2026-04-18']);
    expect(table.domains).toEqual([
      ['a.com', 0, 1],
      ['a.co.uk', 0],
    ]);
  });

  test('newspaper facts are kept only for a clear match of their domain', () => {
    const csv = [
      'domain,qid,name,owner,country,language,founded,match,n_items_on_domain,wikidata_modified',
      'sister.com,Q2,Sister Weekly,,,,,domain-root,1,2023-01-01',
      'confirmed.com,Q3,Confirmed,,,,,domain-root,2,2023-01-01',
      'alone.com,Q4,Alone,,,,,domain-root,1,2023-01-01',
      'crowded.com,Q5,Crowded,,,,,domain-root,3,2023-01-01',
      'subpath.com,Q6,Subpath,,,,,subpath-or-subdomain-only,1,2023-01-01',
    ].join('\n');
    const kept = compileNewspapers(csv, [
      ['sister.com', 'Q1', 'Main Daily'],
      ['confirmed.com', 'Q3', 'Confirmed'],
    ]).map((r) => r[0]);
    expect(kept).toEqual(['confirmed.com', 'alone.com']);
  });
});
