// Test builds only (read behind import.meta.env.SOURCELIGHT_TEST_BUILD, so release builds leave it
// out). The browser tests open the popup or side panel with `?wikidata=http://127.0.0.1:PORT`, and
// the Wikidata lookup asks that loopback server, which serves recorded answers, instead of Wikidata.

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** The loopback origin a test page's query names with `wikidata`, or null: never any other host. */
export function testWikidataBase(search: string): string | null {
  const value = new URLSearchParams(search).get('wikidata');
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname) && url.pathname === '/' && !url.search ? url.origin : null;
  } catch {
    return null;
  }
}
