import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

// Wikidata as recorded (tests/fixtures/wikidata), on 127.0.0.1: the test build's lookup is pointed
// here with `?wikidata=ORIGIN` on the popup or side panel page. Every request is recorded.

const RECORDED = resolve(import.meta.dirname, '../fixtures/wikidata');

export interface WikidataServer {
  origin: string;
  /** Path and query of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function answer(url: URL): Promise<{ status: number; body: string }> {
  const entity = /^\/wiki\/Special:EntityData\/(Q\d+)\.json$/.exec(url.pathname);
  if (entity) {
    const body = await readFile(join(RECORDED, `entity-${entity[1]}.json`), 'utf8').catch(() => null);
    return body ? { status: 200, body } : { status: 404, body: `Not Found: No entity with ID ${entity[1]} was found.` };
  }
  if (url.pathname === '/w/api.php' && url.searchParams.get('action') === 'wbgetentities') {
    // The recorded labels, only of the ids asked for, as the API answers.
    const all = JSON.parse(await readFile(join(RECORDED, 'labels.json'), 'utf8')) as { entities: Record<string, unknown> };
    const ids = (url.searchParams.get('ids') ?? '').split('|');
    return { status: 200, body: JSON.stringify({ entities: Object.fromEntries(ids.map((id) => [id, all.entities[id] ?? { id, missing: '' }])), success: 1 }) };
  }
  if (url.pathname === '/w/api.php' && url.searchParams.get('action') === 'wbsearchentities') {
    const name = (url.searchParams.get('search') ?? '').toLowerCase().replace(/\W+/g, '-');
    const body = await readFile(join(RECORDED, `search-${name}.json`), 'utf8').catch(() => readFile(join(RECORDED, 'search-empty.json'), 'utf8'));
    return { status: 200, body };
  }
  return { status: 404, body: 'not found' };
}

export async function serveWikidata(): Promise<WikidataServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    void answer(url).then(({ status, body }) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
