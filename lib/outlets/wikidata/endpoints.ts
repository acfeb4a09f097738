// Where the optional lookup asks. Every request goes to `base` (Wikidata itself; a loopback
// server in the browser tests) and only after the reader's click.

export const WIKIDATA = 'https://www.wikidata.org';

/** An item id as Wikidata writes it: Q and digits, no leading zero. */
export const isItemId = (id: string): boolean => /^Q[1-9]\d{0,11}$/.test(id);

/** The item's own JSON: labels, descriptions, statements, last revision. */
export const entityUrl = (base: string, id: string): string => `${base}/wiki/Special:EntityData/${id}.json`;

/** Up to 7 items whose label or alias matches `term`, in English. */
export const searchUrl = (base: string, term: string): string =>
  `${base}/w/api.php?${new URLSearchParams({ action: 'wbsearchentities', search: term, language: 'en', uselang: 'en', type: 'item', limit: '7', format: 'json' })}`;

/** The most ids one wbgetentities request takes. */
export const MAX_LABEL_IDS = 50;

/** The English labels (or the language-independent `mul` ones) of the items a statement names. */
export const labelsUrl = (base: string, ids: readonly string[]): string =>
  `${base}/w/api.php?${new URLSearchParams({ action: 'wbgetentities', ids: ids.slice(0, MAX_LABEL_IDS).join('|'), props: 'labels', languages: 'en|mul', format: 'json' })}`;

/** The host permission to ask for: scheme and host, never a port (Firefox's match patterns cannot name one). */
export function permissionPattern(base: string): string {
  const { protocol, hostname } = new URL(base);
  return `${protocol}//${hostname}/*`;
}

/** The item's page on Wikidata, and one revision of it: what the card links to. */
export const itemPage = (id: string): string => `${WIKIDATA}/wiki/${id}`;
export const revisionPage = (id: string, revision: number): string => `${WIKIDATA}/w/index.php?title=${id}&oldid=${revision}`;
