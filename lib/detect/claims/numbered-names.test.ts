import { describe, expect, test } from 'vitest';
import { numberedNames } from './numbered-names';

describe('numberedNames', () => {
  test.each<[string, string[]]>([
    ['The grocer sells its 365 by Whole Foods Market range.', ['365']],
    ['Staff opened the 24 by Harbour Lane café.', ['24']],
    ['They sold 365 by Christmas Eve and 40 by March.', []],
    ['Output rose 12 by Monday Morning.', []],
    ['It grew by 12 percent, led by Acme Corp.', []],
    ['Prices rose $5 by Big Box Stores.', []],
    ['The Zephyr 9 ships soon; the Zephyr 9 lineup has two phones and the eReader 3 one.', ['zephyr 9']],
    ['Another 14 people died. Another 14 were hurt, and Tuesday 14 left.', []],
  ])('%s', (text, names) => {
    expect([...numberedNames(text)]).toEqual(names);
  });
});
