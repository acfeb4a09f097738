import { describe, expect, it } from 'vitest';
import { decodePage } from './decode-page';

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('decodePage', () => {
  it.each([
    ['UTF-8 without a declaration', bytes('<p>caf', [0xc3, 0xa9], '</p>'), 'café', 'utf-8', false],
    ['the page’s <meta charset>', bytes('<meta charset="iso-8859-2"><p>', [0xb3], 'odz</p>'), 'łodz', 'iso-8859-2', true],
    ['http-equiv content-type', bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>', [0xcf, 0xf0, 0xe8], '</p>'), 'При', 'windows-1251', true],
    ['a UTF-8 byte-order mark', bytes([0xef, 0xbb, 0xbf], '<p>', [0xe2, 0x80, 0x9c], 'x', [0xe2, 0x80, 0x9d], '</p>'), '“x”', 'utf-8', true],
    ['undeclared bytes that are not UTF-8, as windows-1252', bytes('<p>', [0x93], 'quoted', [0x94], '</p>'), '“quoted”', 'windows-1252', false],
  ])('decodes %s', (_, page, expected, encoding, declared) => {
    const decoded = decodePage(page);
    expect(decoded.text).toContain(expected);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.declared).toBe(declared);
    expect(decoded.replaced).toBe(false);
  });

  it('says when bytes invalid in the declared charset were replaced', () => {
    const decoded = decodePage(bytes('<meta charset="utf-8"><p>bad ', [0xff, 0xfe], ' bytes</p>'));
    expect(decoded.replaced).toBe(true);
    expect(decoded.text).toContain('bad \uFFFD\uFFFD bytes');
  });

  it('does not count a page’s own U+FFFD as a replacement', () => {
    expect(decodePage(bytes('<meta charset="utf-8"><p>', [0xef, 0xbf, 0xbd], '</p>')).replaced).toBe(false);
  });
});
