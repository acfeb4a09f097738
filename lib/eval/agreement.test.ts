import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../model';
import { sameSpeaker, sameValue } from './agreement';

describe('sameSpeaker', () => {
  it.each([
    ['Volodymyr Zelensky', 'Volodymyr Zelensky', [], true],
    ['zelensky', 'Volodymyr Zelensky', [], true],
    ['President Volodymyr Zelensky', 'Volodymyr Zelensky', [], true],
    ['Zel', 'Volodymyr Zelensky', [], false],
    ['The Times', 'The New York Times', ['the Times'], true],
    ['he', 'Barack Obama', [], false],
    ['They', 'officials', ['they'], false],
    ['US officials', 'officials', [], true],
    ['', 'officials', [], false],
    [null, 'officials', [], false],
    ['Mr. Obama', 'Barack Obama', ['Mr Obama'], true],
  ] as const)('%j for %j (aliases %j) is %s', (predicted, speaker, aliases, right) => {
    expect(sameSpeaker(predicted, { speaker, aliases })).toBe(right);
  });
});

describe('sameValue', () => {
  it.each<[ClaimValue | undefined, ClaimValue | undefined, boolean | null]>([
    [31000, 31000, true],
    [31150, 31000, true],
    [31200, 31000, false],
    [[300000, 350000], [300000, 350000], true],
    [300000, [300000, 350000], false],
    [[31000, 32000], 31000, true],
    [null, 31000, false],
    [0, 0, true],
    [5, null, null],
    [5, undefined, null],
  ])('%j against gold %j → %s', (predicted, gold, right) => {
    expect(sameValue(predicted, gold)).toBe(right);
  });
});
