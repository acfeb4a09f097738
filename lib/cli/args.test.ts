import { describe, expect, it } from 'vitest';
import { parseAnnotateArgs } from './args';

describe('parseAnnotateArgs', () => {
  it.each([
    [['a.html'], { paths: ['a.html'], url: null, format: 'json', full: false, help: false }],
    [['a.html', '--url', 'https://x.example/a'], { paths: ['a.html'], url: 'https://x.example/a' }],
    [['--url=https://x.example/a', 'a.html'], { paths: ['a.html'], url: 'https://x.example/a' }],
    [['--format', 'text', '--full', 'a.html', 'dir'], { paths: ['a.html', 'dir'], format: 'text', full: true }],
    [['--format=json', 'a.html'], { format: 'json' }],
    [['--help'], { help: true, paths: [] }],
    [['-h'], { help: true }],
  ])('%j', (argv, expected) => {
    const parsed = parseAnnotateArgs(argv);
    expect(parsed.ok && parsed.args).toMatchObject(expected);
  });

  it.each([
    [[], 'no file given'],
    [['a.html', '--url'], '--url needs a value'],
    [['a.html', '--format', 'xml'], '--format must be json or text'],
    [['a.html', '--verbose'], 'unknown option --verbose'],
  ])('rejects %j', (argv, message) => {
    const parsed = parseAnnotateArgs(argv);
    expect(parsed.ok ? null : parsed.message).toContain(message);
  });
});
