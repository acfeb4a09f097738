import type { MessageKey } from '../../i18n';
import type { Result } from '../../messages';
import { isItemId } from './endpoints';
import { formatWikidataTime, type WikidataTime } from './time';
import { t } from '../../i18n';

// What the card shows from an item's JSON (Special:EntityData/Q….json, the wbgetentities format):
// its label and description, and the statements that say who runs an outlet and since when. Pure:
// the JSON in, plain facts out; an item's own values (owner, country) are ids until their labels
// are filled in from a second answer (withLabels).

/** The statements shown, in this order: the card's words for each in English (kept with a saved lookup) and their message. */
export const PROPERTIES: ReadonlyArray<readonly [property: string, label: string, message: MessageKey]> = [
  ['P31', 'Instance of', 'wikidataInstanceOf'],
  ['P123', 'Publisher', 'wikidataPublisher'],
  ['P127', 'Owned by', 'wikidataOwnedBy'],
  ['P112', 'Founded by', 'wikidataFoundedBy'],
  ['P17', 'Country', 'wikidataCountry'],
  ['P159', 'Headquarters', 'wikidataHeadquarters'],
  ['P407', 'Language', 'wikidataLanguage'],
  ['P1387', 'Political alignment', 'wikidataAlignment'],
  ['P571', 'Inception', 'wikidataInception'],
  ['P576', 'Dissolved', 'wikidataDissolved'],
  ['P856', 'Official website', 'wikidataWebsite'],
];

export interface WikidataValue {
  /** The item the value names (Q…), or null for a date, a URL, an unknown value. */
  item: string | null;
  /** What to show: the item's label (its id until the label is known), the date, the URL, or "unknown value". */
  text: string;
  /** When the statement held, from its start and end time qualifiers ("since 2019", "2017-03 – 2019"). */
  period: string | null;
}

export interface WikidataStatement {
  property: string;
  label: string;
  values: WikidataValue[];
}

export interface WikidataEntity {
  id: string;
  /** The id asked for, when Wikidata answered with another item (the two were merged). */
  redirectedFrom: string | null;
  label: string | null;
  description: string | null;
  statements: WikidataStatement[];
  /** The item's last edit (ISO time): the data's date. */
  modified: string | null;
  /** The revision read, for a permanent link. */
  revision: number | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The label in English, else the language-independent one (`mul`), else none: the card's words are English. */
export function pickTerm(terms: unknown): string | null {
  if (!isObject(terms)) return null;
  for (const language of ['en', 'mul']) {
    const term = terms[language];
    if (isObject(term) && typeof term.value === 'string' && term.value.trim()) return term.value;
  }
  return null;
}

interface Snak {
  snaktype?: unknown;
  datavalue?: { type?: unknown; value?: unknown };
}

/** A snak's value as text, with the item it names; null for a value the card cannot show. */
function snakValue(snak: unknown): { item: string | null; text: string } | null {
  if (!isObject(snak)) return null;
  const { snaktype, datavalue } = snak as Snak;
  if (snaktype === 'somevalue') return { item: null, text: 'unknown value' };
  if (snaktype === 'novalue') return { item: null, text: 'none' };
  if (snaktype !== 'value' || !isObject(datavalue)) return null;
  const { type, value } = datavalue;
  if (type === 'wikibase-entityid' && isObject(value) && typeof value.id === 'string' && isItemId(value.id)) return { item: value.id, text: value.id };
  if (type === 'time' && isObject(value) && typeof value.time === 'string' && typeof value.precision === 'number') {
    const text = formatWikidataTime(value as unknown as WikidataTime);
    return text ? { item: null, text } : null;
  }
  if (type === 'string' && typeof value === 'string') return { item: null, text: value };
  if (type === 'monolingualtext' && isObject(value) && typeof value.text === 'string') return { item: null, text: value.text };
  return null;
}

function qualifierTime(statement: Json, property: string): string | null {
  const qualifiers = statement.qualifiers;
  if (!isObject(qualifiers)) return null;
  const snak = asArray(qualifiers[property])[0];
  const value = snakValue(snak);
  return value && value.item === null && value.text !== 'none' ? value.text : null;
}

function period(statement: Json): string | null {
  const start = qualifierTime(statement, 'P580');
  const end = qualifierTime(statement, 'P582');
  if (start && end) return `${start} – ${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return null;
}

/** Wikidata's "best" statements: the preferred ones when there are any, else the normal ones; never deprecated. */
function bestStatements(statements: unknown): Json[] {
  const all = asArray(statements).filter(isObject);
  const preferred = all.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : all.filter((s) => s.rank === 'normal');
}

function statementsOf(claims: unknown): WikidataStatement[] {
  if (!isObject(claims)) return [];
  return PROPERTIES.flatMap(([property, label]) => {
    const values = bestStatements(claims[property]).flatMap((statement) => {
      const value = snakValue(statement.mainsnak);
      return value ? [{ ...value, period: period(statement) }] : [];
    });
    return values.length ? [{ property, label, values }] : [];
  });
}

/** The item in a Special:EntityData answer to a request for `askedId`. */
export function parseEntity(json: unknown, askedId: string): Result<WikidataEntity> {
  const entities = isObject(json) && isObject(json.entities) ? json.entities : null;
  if (!entities) return { ok: false, error: t('wikidataUnreadable') };
  // A merged item answers under the id it was merged into.
  const entity = entities[askedId] ?? Object.values(entities)[0];
  if (!isObject(entity) || 'missing' in entity || typeof entity.id !== 'string') return { ok: false, error: t('wikidataNoSuchItem', askedId) };
  return {
    ok: true,
    value: {
      id: entity.id,
      redirectedFrom: entity.id === askedId ? null : askedId,
      label: pickTerm(entity.labels),
      description: pickTerm(entity.descriptions),
      statements: statementsOf(entity.claims),
      modified: typeof entity.modified === 'string' ? entity.modified : null,
      revision: typeof entity.lastrevid === 'number' ? entity.lastrevid : null,
    },
  };
}

/** The items the statements name, whose labels the card still needs (at most `limit`). */
export function unlabelledItems(entity: WikidataEntity, limit: number): string[] {
  const ids = entity.statements.flatMap((s) => s.values.filter((v) => v.item && v.text === v.item).map((v) => v.item as string));
  return [...new Set(ids)].slice(0, limit);
}

/** Labels from a wbgetentities answer (props=labels): id → label; items without one are left out. */
export function parseLabels(json: unknown): Map<string, string> {
  const entities = isObject(json) && isObject(json.entities) ? json.entities : {};
  const labels = new Map<string, string>();
  for (const [id, entity] of Object.entries(entities)) {
    const label = isObject(entity) ? pickTerm(entity.labels) : null;
    if (label) labels.set(id, label);
  }
  return labels;
}

/** The entity with each item value shown by its label, where `labels` has one. */
export const withLabels = (entity: WikidataEntity, labels: ReadonlyMap<string, string>): WikidataEntity => ({
  ...entity,
  statements: entity.statements.map((s) => ({ ...s, values: s.values.map((v) => (v.item && labels.has(v.item) ? { ...v, text: labels.get(v.item)! } : v)) })),
});
