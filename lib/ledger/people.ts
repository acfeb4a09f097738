import type { PersonQuoted } from './types';

export interface QuotedSpan {
  text: string;
  speaker: { name: string } | null;
}

/** Speakers with the number of quotes and the quoted words; `isSource` names that are outlets, not people. */
export function peopleQuoted(quotes: readonly QuotedSpan[], isSource: (name: string) => boolean): PersonQuoted[] {
  const people = new Map<string, PersonQuoted>();
  for (const quote of quotes) {
    const name = quote.speaker?.name;
    if (!name || isSource(name)) continue;
    const person = people.get(name) ?? { name, count: 0, quotes: [] };
    person.count += 1;
    person.quotes.push(quote.text.replace(/\s+/g, ' ').trim());
    people.set(name, person);
  }
  return [...people.values()].sort((a, b) => b.count - a.count);
}
