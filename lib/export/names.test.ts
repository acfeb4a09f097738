import { expect, test } from 'vitest';
import { bylineNames } from './names';

test.each([
  ['Andre Damon', [{ given: 'Andre', family: 'Damon' }]],
  [
    'By Jane Smith and John Doe',
    [
      { given: 'Jane', family: 'Smith' },
      { given: 'John', family: 'Doe' },
    ],
  ],
  [
    'by Ana Ruiz, Tom Becker & Li Wei',
    [
      { given: 'Ana', family: 'Ruiz' },
      { given: 'Tom', family: 'Becker' },
      { given: 'Li', family: 'Wei' },
    ],
  ],
  ['Ludwig van Beethoven', [{ given: 'Ludwig', family: 'van Beethoven' }]],
  ['Mary Ann de la Cruz', [{ given: 'Mary Ann', family: 'de la Cruz' }]],
  ['Reuters', [{ literal: 'Reuters' }]],
  ['staff reporter', [{ literal: 'staff reporter' }]],
  ['The Associated Press Washington Bureau Staff', [{ literal: 'The Associated Press Washington Bureau Staff' }]],
  ['', []],
  [null, []],
])('bylineNames(%j)', (byline, names) => {
  expect(bylineNames(byline)).toEqual(names);
});
