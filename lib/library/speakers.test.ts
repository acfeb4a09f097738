import { expect, test } from 'vitest';
import { libraryRows, type LibraryRow } from './rows';
import { sampleLibrary } from './sample-library';
import { speakers } from './speakers';

const rows = libraryRows(sampleLibrary());
const quote = (speaker: string, id: string): LibraryRow => ({ ...rows[0]!, id, speaker });

test('every kept quote per speaker, with the outlets; figures and notes are not quotes', () => {
  expect(speakers(rows).map((s) => [s.name, s.quotes.length, s.outlets])).toEqual([
    ['Emmanuel Macron', 1, ['globalresearch.ca']],
    ['Robert Fico', 1, ['World Socialist Web Site']],
    ['Volodymyr Zelensky', 1, ['World Socialist Web Site']],
  ]);
});

test.each([
  ['a surname joins the one full name ending with it', ['Volodymyr Zelensky', 'Zelensky', 'zelensky'], [['Volodymyr Zelensky', 3]]],
  [
    'an ambiguous surname stays apart',
    ['Anna Smith', 'John Smith', 'Smith'],
    [
      ['Anna Smith', 1],
      ['John Smith', 1],
      ['Smith', 1],
    ],
  ],
  ['accents and case do not split a name', ['José Núñez', 'jose nunez'], [['José Núñez', 2]]],
])('%s', (_, names, expected) => {
  expect(speakers(names.map((name, i) => quote(name, `q${i}`))).map((s) => [s.name, s.quotes.length])).toEqual(expected);
});
