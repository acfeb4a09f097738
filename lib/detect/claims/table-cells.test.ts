import { describe, expect, test } from 'vitest';
import { detectClaims } from './claims';

const claimed = (text: string) => detectClaims(text, []).map((c) => ({ text: text.slice(c.start, c.end), value: c.value }));
const rows = (cells: string[][]) => cells.map((row) => row.map((cell) => `      ${cell}\n`).join('      \n')).join('\n    \n');

describe('a table of figures, one cell per line, states its counts', () => {
  test('a count beside its share is a claim, as the share is', () => {
    const text = `Busiest volunteers this season:\n${rows([['By hours'], ['Ada Quill', '412', '31.5%'], ['Bo Renner', '96', '7.3%'], ['(Unknown)', '8', '0.6%']])}`;
    expect(claimed(text)).toEqual([
      { text: '412', value: 412 },
      { text: '31.5%', value: 31.5 },
      { text: '96', value: 96 },
      { text: '7.3%', value: 7.3 },
      { text: '8', value: 8 },
      { text: '0.6%', value: 0.6 },
    ]);
  });

  test('a column of counts without shares, grouped or not', () => {
    const text = rows([['Harbour towns'], ['Port Ellery', '52,300'], ['Carrow Bay', '48,100'], ['Dunmere', '9,750']]);
    expect(claimed(text).map((c) => c.value)).toEqual([52300, 48100, 9750]);
  });

  test('the numbers of the rows, versions and a lone counter are not claims', () => {
    const ranked = rows([
      ['Rank', 'Town', 'People'],
      ['1', 'Port Ellery', '52,300'],
      ['2', 'Carrow Bay', '48,100'],
      ['3', 'Dunmere', '9,750'],
    ]);
    expect(claimed(ranked).map((c) => c.text)).toEqual(['52,300', '48,100', '9,750']);
    const releases = rows([
      ['Release', 'Date'],
      ['2.1.4', 'May 2019'],
      ['2.2', 'June 2019'],
      ['2.2.1', 'July 2019'],
    ]);
    expect(claimed(releases)).toEqual([]);
    expect(claimed('Share this story\n  386\nThe harbour reopened on Monday.')).toEqual([]);
  });
});
