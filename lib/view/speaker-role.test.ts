import { expect, test } from 'vitest';
import { speakerRole } from './speaker-role';

test.each<[string, string, string[], string | null]>([
  ['an appositive after the surname', 'Markets rose after Yellen, the Fed chair, said rates would hold.', ['Janet Yellen', 'Yellen'], 'the Fed chair'],
  ['a title before the full name', 'Before the summit, Slovak Prime Minister Robert Fico warned, "NATO…"', ['Robert Fico'], 'Slovak Prime Minister'],
  ['a possessive role', 'It was, said Zelensky, Ukraine’s president, a turning point.', ['Volodymyr Zelensky', 'Zelensky'], 'Ukraine’s president'],
  ['a lower-case title after the outlet', "but the BBC's North America editor Jon Sopel said the president", ['Jon Sopel'], "BBC's North America editor"],
  ['a relative clause is not a role', 'Smith, who has led the group since 2019, said no.', ['Smith'], null],
  ['no role given', 'Ann Lee said the plan would fail.', ['Ann Lee'], null],
  ['a description has no role of its own', 'officials, the paper said, denied it', ['officials'], null],
  ['a name inside another word is not a mention', 'Leeds, the city, voted. Lee said no.', ['Lee'], null],
])('speakerRole: %s', (_case, text, names, role) => {
  expect(speakerRole(text, names)).toBe(role);
});
