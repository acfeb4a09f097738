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
    [['a.html', '--max-bytes', '64M'], { maxBytes: 64 * 1024 * 1024 }],
    [['a.html', '--max-bytes=1000'], { maxBytes: 1000 }],
    [['a.html'], { maxBytes: 32 * 1024 * 1024 }],
  ])('%j', (argv, expected) => {
    const parsed = parseAnnotateArgs(argv);
    expect(parsed.ok && parsed.args).toMatchObject(expected);
  });

  it.each([
    [[], 'no file given'],
    [['a.html', '--url'], '--url needs a value'],
    [['a.html', '--format', 'xml'], '--format must be json or text'],
    [['a.html', '--verbose'], 'unknown option --verbose'],
    [['a.html', '--url', '--format', 'text'], '--url needs a value'],
    [['a.html', '--url', 'javascript:alert(1)'], '--url must be an http(s) address'],
    [['a.html', '--url', 'story.html'], '--url must be an http(s) address'],
    [['a.html', '--max-bytes', 'lots'], '--max-bytes needs a size'],
    [['a.html', '--max-bytes', '0'], '--max-bytes needs a size'],
  ])('rejects %j', (argv, message) => {
    const parsed = parseAnnotateArgs(argv);
    expect(parsed.ok ? null : parsed.message).toContain(message);
  });
});
