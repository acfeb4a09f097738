import { describe, expect, it } from 'vitest';
import { norm, normalize } from './normalize';

describe('normalize', () => {
  it.each([
    ['“Quoted” — Text', '"quoted" - text'],
    ['It’s ‘fine’', "it's 'fine'"],
    ['  several \n\t  spaces\u00a0here  ', 'several spaces here'],
    ['ÉLAN', 'élan'],
    ['', ''],
  ])('%j → %j', (text, out) => {
    expect(norm(text)).toBe(out);
  });

  it('maps each normalised index back to the original text', () => {
    const { out, map } = normalize('a  “B”');
    expect(out).toBe('a "b"');
    expect(map).toEqual([0, 1, 3, 4, 5, 6]);
  });
});
