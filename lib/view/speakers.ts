import type { QuoteItem } from '../messages';
import type { Indexed } from './group';

// The popup's speakers: one entry per person or group however the article names them, so
// "Mr. Smith" sits with "John Smith" and "official" with "officials" and "a senior law
// enforcement official". Pure string work over the names the detector resolved.

export interface SpeakerGroup {
  /** Stable id of the group (what collapsing and filtering remember). */
  key: string;
  /** The name shown: the fullest proper name, or the description used most. */
  label: string;
  /** The other names the article uses for it, in order of first use. */
  variants: string[];
  items: Array<Indexed<QuoteItem>>;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|gen|sen|rep|gov|lt|col|capt|sgt|rev|fr|president|senator|governor|general|judge|justice)\.?\s+/i;
const ARTICLE = /^(?:the|a|an|some|several|two|three|many|other|one|another)\s+/i;

/** The name without the honorific or article it was introduced with (`Mr. Smith` → `Smith`). */
export const bareName = (name: string): string => {
  let bare = name.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== bare;) [previous, bare] = [bare, bare.replace(HONORIFIC, '').replace(ARTICLE, '')];
  return bare;
};

/** A description (`senior law enforcement official`) rather than a proper name: no capital letter in it. */
const isDescription = (bare: string): boolean => !/\p{Lu}/u.test(bare);

/** A plural noun's singular, for the few shapes speaker nouns take (officials, spokespeople, witnesses). */
export function singular(noun: string): string {
  const word = noun.toLowerCase();
  if (word === 'people') return 'person';
  if (word.endsWith('people')) return `${word.slice(0, -6)}person`;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * What names the same speaker: a description by its head noun, singular, and the words before it
 * (`officials` → `~official`, `a senior law enforcement official` → `~official enforcement law
 * senior`); a proper name by its words, lower case.
 */
export function nameKey(name: string): string {
  const bare = bareName(name);
  if (!isDescription(bare)) return bare.toLowerCase();
  const parts = bare.toLowerCase().split(' ');
  const modifiers = [...new Set(parts.slice(0, -1))].sort();
  return [`~${singular(parts.at(-1) ?? bare)}`, ...modifiers].join(' ');
}

const words = (key: string): string[] => key.split(' ');

/**
 * The one fuller name a name is short for, else the name itself: a surname for the one full name
 * that ends with it (`smith` → `john smith`); a description for the one fullest description of the
 * same head whose words include all of its own (`official` → `senior law enforcement official`),
 * so `a police spokesman` and `a hospital spokesman` stay two people and a bare `spokesman` next to
 * both belongs to neither.
 */
function fullerKey(key: string, keys: string[]): string {
  const short = words(key);
  const fuller = key.startsWith('~')
    ? maximal(keys.filter((other) => other !== key && coversDescription(words(other), short)))
    : keys.filter((other) => {
        const long = words(other);
        return !other.startsWith('~') && long.length > short.length && long.slice(-short.length).join(' ') === key;
      });
  return fuller.length === 1 ? fuller[0]! : key;
}

/** Whether a description (head first, then its other words) has the same head and every word of another. */
const coversDescription = (long: string[], short: string[]): boolean => long[0] === short[0] && short.slice(1).every((word) => long.includes(word, 1));

/** The descriptions no other of them covers: the fullest ones. */
const maximal = (keys: string[]): string[] => keys.filter((key) => !keys.some((other) => other !== key && coversDescription(words(other), words(key))));

/** Each name's group: names of one speaker (`Smith`, `Mr. Smith`, `John Smith`) share a key. */
export function groupKeys(names: readonly string[]): Map<string, string> {
  const own = new Map(names.map((name) => [name, nameKey(name)]));
  const keys = [...new Set(own.values())];
  const merged = new Map(keys.map((key) => [key, fullerKey(key, keys)]));
  return new Map([...own].map(([name, key]) => [name, merged.get(key)!]));
}

/** Quotes grouped by speaker, name variants together; groups in order of first quote, unknown speakers last. */
export function groupSpeakers(quotes: readonly QuoteItem[]): { groups: SpeakerGroup[]; unknown: Array<Indexed<QuoteItem>> } {
  const keyOf = groupKeys(quotes.flatMap((q) => (q.speaker?.name.trim() ? [q.speaker.name.trim()] : [])));
  const groups = new Map<string, { names: Map<string, number>; items: Array<Indexed<QuoteItem>> }>();
  const unknown: Array<Indexed<QuoteItem>> = [];
  quotes.forEach((item, index) => {
    const name = item.speaker?.name.trim();
    if (!name) return void unknown.push({ item, index });
    const key = keyOf.get(name)!;
    const group = groups.get(key) ?? { names: new Map<string, number>(), items: [] };
    group.names.set(name, (group.names.get(name) ?? 0) + 1);
    group.items.push({ item, index });
    groups.set(key, group);
  });
  return {
    groups: [...groups].map(([key, { names, items }]) => {
      const label = labelOf(key, names);
      return { key, label, variants: [...names.keys()].filter((n) => n !== label), items };
    }),
    unknown,
  };
}

/** A person by their fullest name; a group by the description the article uses most (the first on a tie). */
function labelOf(key: string, names: Map<string, number>): string {
  const all = [...names];
  if (key.startsWith('~')) return all.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  return all.reduce((best, next) => (bareName(next[0]).length > bareName(best[0]).length ? next : best))[0];
}

/** The names the page gives its speakers, each once, in order of first quote: what "Wrong speaker" offers. */
export const speakerNames = (quotes: readonly QuoteItem[]): string[] => [...new Set(quotes.flatMap((q) => (q.speaker?.name.trim() ? [q.speaker.name.trim()] : [])))];
