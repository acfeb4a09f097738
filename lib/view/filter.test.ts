import { expect, test } from 'vitest';
import { itemFilter } from './filter';

test('nothing typed filters nothing', () => {
  expect(itemFilter('')).toBeNull();
  expect(itemFilter('   ')).toBeNull();
});

test.each<[string, Array<string | null>, boolean]>([
  ['zelensky', ['Volodymyr Zelensky', '31,000 soldiers'], true],
  ['ZELENSKY soldiers', ['Volodymyr Zelensky', '31,000 soldiers'], true],
  ['zelensky tanks', ['Volodymyr Zelensky', '31,000 soldiers'], false],
  ['macron', ['Emmanuel Macrón', null], true],
  ['31,0', ['31,000'], true],
  ['said', [null, 'warned'], false],
])('itemFilter(%j) on %j = %s', (query, fields, shown) => {
  expect(itemFilter(query)!(...fields)).toBe(shown);
});
