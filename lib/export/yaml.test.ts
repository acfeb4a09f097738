import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { frontMatter, yamlString } from './yaml';

test.each([
  'plain',
  'yes',
  'null',
  '2024-02-27',
  'No: 3 # of them',
  '- a list?',
  '"quoted" and \\ backslash',
  'line\nbreak\ttab',
  'separators \u2028 \u2029 \u0085',
  '@at `tick` {brace} [bracket] *star &anchor !tag %percent',
  '',
])('yamlString(%j) reads back as the same string', (value) => {
  expect(parse(`key: ${yamlString(value)}`)).toEqual({ key: value });
});

test('frontMatter: strings, lists, empty lists; nulls left out', () => {
  const block = frontMatter([
    ['title', 'Macron: "Nothing Should Be Excluded"'],
    ['author', null],
    ['tags', ['ukraine-war', 'casualties']],
    ['aliases', []],
  ]);
  expect(block.startsWith('---\n') && block.endsWith('\n---')).toBe(true);
  expect(parse(block.slice(4, -4))).toEqual({ title: 'Macron: "Nothing Should Be Excluded"', tags: ['ukraine-war', 'casualties'], aliases: [] });
});
