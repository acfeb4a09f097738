import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const devPage = join(root, 'tests/fixtures/dev/wsws-nato-troops.html');

function annotate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/annotate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 110_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const file = (name: string, content: string | Buffer): string => {
  writeFileSync(join(scratch, name), content);
  return join(scratch, name);
};
const paragraph = `<p>${'The mayor said the new bridge would carry 40,000 cars a day when it opens next spring. '.repeat(6)}</p>`;
const articleHtml = `<html lang="en"><head><title>Bridge opens</title></head><body><article>${paragraph.repeat(3)}</article></body></html>`;
const article = file('article.html', articleHtml);
const noArticle = file('empty-page.html', '<html><head><title>Nothing</title></head><body></body></html>');
const binary = file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
const plainText = file('notes.html', 'Just some notes, no markup at all.');
const missing = join(scratch, 'missing.html');
const emptyDir = join(scratch, 'no-pages');
mkdirSync(emptyDir);
mkdirSync(join(scratch, 'french'));
const onePageDir = join(scratch, 'one-page');
mkdirSync(onePageDir);
writeFileSync(join(onePageDir, 'bridge.html'), articleHtml);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('npm run annotate', () => {
  it('says "English only for now" on a page in another language instead of guessing', () => {
    const phrase = 'Le maire a déclaré mardi que le nouveau pont porterait 40 000 voitures par jour à son ouverture, le 3 mars. ';
    const french = file('french/pont.html', `<html lang="fr"><head><title>Pont</title></head><body><article>${`<p>${phrase.repeat(6)}</p>`.repeat(3)}</article></body></html>`);
    const { status, stdout, stderr } = annotate(french);
    expect(status).toBe(0);
    expect(stderr).toBe(`sourcelight: ${french}: warning: English only for now: this page is in French\n`);
    expect(JSON.parse(stdout)).toMatchObject({ quotes: [], claims: [], skipped: 'English only for now: this page is in French' });
  });

  it('runs as the package bin (npx sourcelight), output identical to npm run annotate', () => {
    const bin = spawnSync(process.execPath, [join(root, 'cli/sourcelight.js'), article], { cwd: scratch, encoding: 'utf8', timeout: 110_000 });
    expect(bin.stderr).toBe('');
    expect(bin.status).toBe(0);
    expect(bin.stdout).toBe(annotate(article).stdout);
  });

  it('prints one JSON object in the shape of the guide for one file', () => {
    const { status, stdout, stderr } = annotate(devPage, '--url', 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['article', 'text', 'quotes', 'claims', 'outlet', 'sources']);
    expect(out.outlet).toMatchObject({ host: 'wsws.org', profile: { name: 'World Socialist Web Site', wikidata: { id: 'Q1377139' } } });
    expect(out.sources.cited.map((c: { name: string }) => c.name)).toContain('the New York Times');
    expect(out.article).toMatchObject({
      title: expect.stringContaining('NATO troops'),
      byline: 'Alex Lantier',
      siteName: expect.any(String),
      publishedTime: expect.stringMatching(/^2024-02-27/),
      lang: 'en',
    });
    expect(out.text).toContain('31,000 Ukrainian soldiers have died in this war');
    expect(Array.isArray(out.quotes) && Array.isArray(out.claims)).toBe(true);
  });

  it('--format text prints the outlet and the sources after the quotes and claims', () => {
    const { stdout } = annotate(devPage, '--format', 'text');
    expect(stdout).toMatch(/\nOutlet\nWorld Socialist Web Site \(wsws\.org\) — Wikidata Q1377139\nWikipedia RSP: No consensus/);
    expect(stdout).toMatch(/\nSources\nPeople quoted: .*Emmanuel Macron/);
    expect(stdout).toContain('Cited [outlet] the US Army War College Quarterly');
  });

  it('falls back to --url for the canonical URL', () => {
    const { stdout } = annotate(article, '--url', 'https://city.example/bridge');
    expect(JSON.parse(stdout).article.canonicalUrl).toBe('https://city.example/bridge');
  });

  it('prints a readable summary with --format text', () => {
    const { status, stdout } = annotate(article, '--format', 'text', '--full');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Bridge opens');
    expect(lines[1]).toMatch(/^\d+ quotes? \(\d+ direct, \d+ indirect\), \d+ claims? \(\d+ sourced\), \d+ words$/);
    const markedText = stdout.slice(stdout.indexOf('\nText\n'));
    expect(markedText.replace(/[⟦⟧⟨⟩]/g, '')).toContain('The mayor said the new bridge would carry 40,000 cars');
  });

  it('annotates the rest of a batch, reports each bad file on one line and exits 1', () => {
    const { status, stdout, stderr } = annotate(missing, article, emptyDir, binary, plainText, noArticle);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `sourcelight: ${missing}: no such file or directory`,
      `sourcelight: ${emptyDir}: no .html files in this directory`,
      `sourcelight: ${binary}: not an HTML file (binary data)`,
      `sourcelight: ${plainText}: not an HTML file (no markup)`,
      `sourcelight: ${noArticle}: no article found on this page`,
    ]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([article]);
  });

  it('prints one JSON line per page of a directory, in name order', () => {
    const { status, stdout } = annotate(scratch);
    expect(status).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual([join(scratch, 'article.html')]);
  });

  it('prints JSON Lines for a directory even when it holds one page', () => {
    const { status, stdout } = annotate(onePageDir);
    expect(status).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual([join(onePageDir, 'bridge.html')]);
  });

  it.each([
    [[missing], `sourcelight: ${missing}: no such file or directory`],
    [[binary], `sourcelight: ${binary}: not an HTML file (binary data)`],
    [[article, '--format', 'xml'], 'sourcelight: --format must be json or text'],
    [[], 'sourcelight: no file given (try --help)'],
  ])('fails with one line on stderr: %j', (args, line) => {
    const { status, stdout, stderr } = annotate(...args);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(line);
    noStackTrace(stderr);
  });

  it('explains itself with --help', () => {
    const { status, stdout } = annotate('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npx sourcelight FILE.html\|DIR/);
  });

  it('reads only regular files: a FIFO and a device fail at once, the rest of the batch is annotated', () => {
    const fifo = join(scratch, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const { status, stdout, stderr } = annotate(fifo, '/dev/zero', article);
    expect(status).toBe(1);
    expect(stderr).toContain(`sourcelight: ${fifo}: not a regular file`);
    expect(stderr).toContain('sourcelight: /dev/zero: not a regular file');
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual([article]);
  });

  it('refuses a file over --max-bytes, naming it', () => {
    const { status, stderr } = annotate(article, '--max-bytes', '1K');
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^sourcelight: ${article}: \\d+ KiB, over the limit of 1 KiB \\(raise it with --max-bytes\\)$`));
  });

  it("honours the page's declared charset", () => {
    const latin = join(scratch, 'latin.html');
    const page = Buffer.concat([
      Buffer.from('<html lang="en"><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('bridge'),
      Buffer.from([0x94]),
      Buffer.from('</title></head>'),
      Buffer.from(articleHtml.slice(articleHtml.indexOf('<body>'))),
    ]);
    writeFileSync(latin, page);
    const { status, stdout, stderr } = annotate(latin);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).article.title).toBe('Café “bridge”');
  });

  it('says when invalid bytes were replaced, and still annotates', () => {
    const broken = file(
      'broken.html',
      Buffer.concat([Buffer.from(articleHtml.replace('<head>', '<head><meta charset="utf-8">').replace('Bridge opens', 'Bridge')), Buffer.from([0xff])]),
    );
    const { status, stdout, stderr } = annotate(broken);
    expect(status).toBe(0);
    expect(stderr.trim()).toBe(`sourcelight: ${broken}: warning: bytes that are not valid utf-8 were replaced with U+FFFD (�)`);
    expect(JSON.parse(stdout).text).toContain('40,000 cars');
  });

  it('keeps escape sequences of the page out of the terminal', () => {
    const hostile = file('hostile.html', articleHtml.replace('Bridge opens', 'Bridge\u001b]0;owned\u0007 opens'));
    const { stdout } = annotate(hostile, '--format', 'text');
    expect(stdout).not.toContain('\u001b');
    expect(stdout.split('\n')[0]).toBe('Bridge\\u{1b}]0;owned\\u{7} opens');
  });

  it.each([
    [['--url', 'javascript:alert(1)'], '--url must be an http(s) address'],
    [['--url', '--format', 'text'], '--url needs a value'],
  ])('rejects %j', (args, message) => {
    const { status, stderr } = annotate(article, ...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
