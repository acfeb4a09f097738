import type { ArticleLink } from '../model';
import type { OutletIndex } from '../outlets/profile';
import { citedSources, isOrganisationName, isOutletName } from './cited';
import { linkedDomains } from './links';
import { peopleQuoted } from './people';
import { sentenceFinder } from './sentence-at';
import type { SourceLedger } from './types';

export interface LedgerInput {
  text: string;
  quotes: ReadonlyArray<{ start: number; end: number; speaker: { name: string; start: number; end: number } | null }>;
  links: readonly ArticleLink[];
}

/**
 * Whom the article leans on: the people it quotes, the outlets and documents it cites (a quoted
 * speaker that is an outlet — `the New York Times wrote` — counts there), and where it links.
 */
export function buildLedger(input: LedgerInput, index: OutletIndex): SourceLedger {
  const { text } = input;
  const mention = sentenceFinder(text);
  const domainNamed = (name: string): string | null => index.domainNamed(name);
  const isSource = (name: string): boolean => isOutletName(name, domainNamed) || isOrganisationName(name);
  const quotes = input.quotes.map((q) => ({ text: text.slice(q.start, q.end), speaker: q.speaker }));
  const people = peopleQuoted(quotes, isSource);
  const quotedSources = input.quotes.flatMap((q) => (q.speaker && isSource(q.speaker.name) ? [q.speaker] : []));
  const cited = citedSources(text, { domainNamed, people: new Set(people.map((p) => p.name)), mention }, quotedSources);
  for (const source of cited) {
    if (source.domain) source.outlet = index.profile(source.domain)?.name ?? null;
  }
  return { people, cited, links: linkedDomains(input.links, text, index, mention) };
}
