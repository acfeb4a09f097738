import type { Result } from '../../messages';
import { entityUrl, isItemId, labelsUrl, MAX_LABEL_IDS, searchUrl } from './endpoints';
import { parseEntity, parseLabels, unlabelledItems, withLabels, type WikidataEntity } from './entity';
import { parseSearch, type WikidataCandidate } from './search';
import { t } from '../../i18n';

// The lookup's requests, made with the fetch it is given (the page's own in the extension, a
// recorded answer in tests). Failures come back as a message a reader can act on, never thrown.

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

// No cookies (a reader signed in to Wikidata stays anonymous to it) and no referrer.
const INIT: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

export const offlineMessage = (): string => t('wikidataOffline');

async function getJson(fetcher: Fetcher, url: string, missing: string): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetcher(url, INIT);
  } catch {
    // fetch rejects only when no answer came at all: no network, DNS, a blocked request.
    return { ok: false, error: offlineMessage() };
  }
  if (response.status === 404) return { ok: false, error: missing };
  if (!response.ok) return { ok: false, error: t('wikidataHttpError', `${response.status}`) };
  try {
    return { ok: true, value: await response.json() };
  } catch {
    return { ok: false, error: t('wikidataUnreadable') };
  }
}

/**
 * The item `id` from Wikidata: one request for the item, then (when its statements name other
 * items, such as its owner or country) one for those items' labels. A failed label request leaves
 * their ids in place rather than failing the lookup.
 */
export async function fetchEntity(fetcher: Fetcher, base: string, id: string): Promise<Result<WikidataEntity>> {
  if (!isItemId(id)) return { ok: false, error: t('wikidataNotItemId', id) };
  const json = await getJson(fetcher, entityUrl(base, id), t('wikidataItemGone', id));
  if (!json.ok) return json;
  const entity = parseEntity(json.value, id);
  if (!entity.ok) return entity;
  const ids = unlabelledItems(entity.value, MAX_LABEL_IDS);
  if (!ids.length) return entity;
  const labels = await getJson(fetcher, labelsUrl(base, ids), '');
  return labels.ok ? { ok: true, value: withLabels(entity.value, parseLabels(labels.value)) } : entity;
}

/** Items whose label or alias matches `term`, for the reader to pick the outlet from. */
export async function searchItems(fetcher: Fetcher, base: string, term: string): Promise<Result<WikidataCandidate[]>> {
  const json = await getJson(fetcher, searchUrl(base, term.trim()), 'Wikidata’s search could not be found.');
  return json.ok ? parseSearch(json.value) : json;
}
