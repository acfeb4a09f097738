import { describe, expect, test } from 'vitest';
import { safeStem, uniqueFileNames } from './file-name';

describe('safeStem', () => {
  test.each([
    ['plain title', 'Ukraine war: what next?', 'Ukraine war what next'],
    ['Windows-forbidden characters', 'a<b>c:d"e/f\\g|h?i*j', 'a b c d e f g h i j'],
    ['control characters', 'tab\there\u0000nul', 'tab here nul'],
    ['Obsidian link characters', 'Issue #4 [draft] ^x', 'Issue 4 draft x'],
    ['reserved device name', 'CON', '_CON'],
    ['reserved with extension-like dot', 'aux.report', '_aux.report'],
    ['reserved COM with superscript', 'COM¹', '_COM¹'],
    ['not reserved when longer', 'Console wars', 'Console wars'],
    ['trailing dots and spaces', 'The end...  ', 'The end'],
    ['leading dot', '.hidden', 'hidden'],
    ['nothing left', '???', 'Untitled'],
    ['decomposed accents composed (NFC)', 'Cafe\u0301', 'Café'],
  ])('%s', (_, title, stem) => {
    expect(safeStem(title)).toBe(stem);
  });

  test('long names are cut to 120 bytes of UTF-8 without splitting a character', () => {
    const stem = safeStem('Ελληνικά '.repeat(30));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(120);
    expect(stem).not.toMatch(/\uFFFD/);
    const emoji = safeStem('😀'.repeat(100));
    expect(emoji).toBe('😀'.repeat(30));
  });
});

test.each([
  [
    ['Vote', 'vote', 'VOTE'],
    ['Vote.md', 'vote (2).md', 'VOTE (3).md'],
  ],
  [
    ['A', 'A (2)', 'A'],
    ['A.md', 'A (2).md', 'A (3).md'],
  ],
  [
    ['CON', 'con'],
    ['_CON.md', '_con (2).md'],
  ],
])('uniqueFileNames %j, compared case-insensitively', (titles, names) => {
  expect(uniqueFileNames(titles, 'md')).toEqual(names);
});
