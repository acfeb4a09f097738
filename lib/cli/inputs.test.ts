import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from './inputs';

const root = mkdtempSync(join(tmpdir(), 'sourcelight-inputs-'));
const pages = join(root, 'pages');
const empty = join(root, 'empty');
mkdirSync(pages);
mkdirSync(empty);
mkdirSync(join(pages, 'nested.html'));
for (const name of ['b.html', 'a.htm', 'c.HTML', 'notes.txt', 'a.gold.json']) writeFileSync(join(pages, name), '<p>x</p>');
writeFileSync(join(empty, 'readme.txt'), 'x');
symlinkSync(join(root, 'loop.html'), join(root, 'loop.html'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputs', () => {
  it("takes a directory's HTML files, sorted, and nothing else", () => {
    expect(listInputs([pages])).toEqual(['a.htm', 'b.html', 'c.HTML'].map((name) => ({ file: join(pages, name) })));
  });

  it('keeps the order of the paths given', () => {
    expect(listInputs([join(pages, 'b.html'), join(pages, 'a.htm')])).toEqual([{ file: join(pages, 'b.html') }, { file: join(pages, 'a.htm') }]);
  });

  it('passes a named file on whatever its extension, for the reader to judge', () => {
    expect(listInputs([join(pages, 'notes.txt')])).toEqual([{ file: join(pages, 'notes.txt') }]);
  });

  it.each([
    [join(root, 'missing.html'), 'no such file or directory'],
    [empty, 'no .html files in this directory'],
    [join(root, 'loop.html'), 'symbolic link loop'],
  ])('reports %s', (path, error) => {
    expect(listInputs([path])).toEqual([{ path, error }]);
  });
});
