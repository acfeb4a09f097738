import type { Result } from '../../messages';
import { isItemId } from './endpoints';
import { t } from '../../i18n';

// The items a wbsearchentities answer offers, for the reader to pick the outlet from. Pure.

export interface WikidataCandidate {
  id: string;
  label: string;
  description: string | null;
  /** The alias that matched, when the search matched one and not the label. */
  matchedAlias: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function parseSearch(json: unknown): Result<WikidataCandidate[]> {
  if (!isObject(json)) return { ok: false, error: t('wikidataUnreadable') };
  if (isObject(json.error)) {
    const reason = text(json.error.info) ?? text(json.error.code) ?? t('wikidataSearchNoReason');
    return { ok: false, error: t('wikidataSearchRefused', reason.replace(/\.$/, '')) };
  }
  if (!Array.isArray(json.search)) return { ok: false, error: t('wikidataUnreadable') };
  const candidates = json.search.flatMap((hit): WikidataCandidate[] => {
    if (!isObject(hit) || typeof hit.id !== 'string' || !isItemId(hit.id)) return [];
    const display = isObject(hit.display) ? hit.display : {};
    const label = text(isObject(display.label) ? display.label.value : null) ?? text(hit.label) ?? hit.id;
    const description = text(isObject(display.description) ? display.description.value : null) ?? text(hit.description);
    const match = isObject(hit.match) ? hit.match : {};
    const matchedAlias = match.type === 'alias' ? text(match.text) : null;
    return [{ id: hit.id, label, description, matchedAlias }];
  });
  return { ok: true, value: candidates };
}
