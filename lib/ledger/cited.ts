import type { CitedKind, CitedSource, Mention } from './types';

// Outlets, agencies, studies, reports and documents the text cites, found by the words around a
// name that make it a source: `according to X`, `a recent X report`, `a study in X`,
// `published on X`, and — when X is an outlet — `X reported`, `told X`.

/** A capitalised word (Quarterly, InfoBrics, US, Al-Jazeera) and the joints a name keeps inside it. */
// Inner full stops only (U.S.): a full stop before a space ends the sentence, and the name.
const CAP = String.raw`[A-Z](?:[A-Za-z0-9&-]|['’](?!s\b)|\.(?=[A-Za-z]))*`;
const NAME = String.raw`${CAP}(?:(?:\s+(?:of|for|and|on|de|la|le|du|del|di|&))?\s+${CAP})*`;
const NOUN = String.raw`reports?|study|studies|survey|poll|analysis|investigation|paper|documents?|memo|assessment|audit|review|estimates?|data|figures|statement|briefing`;
const LEAD = String.raw`(?:(?:an?|the)\s+)?(?:(?:recent|new|latest|leaked|confidential|internal|\d{4})\s+)?`;

interface Context {
  pattern: RegExp;
  /** Only names that are outlets count in this context (`X said` is mostly people). */
  outletsOnly: boolean;
  /** The context makes the name a publication (`published on X`, `a study in X`). */
  publication?: boolean;
}

const CONTEXTS: Context[] = [
  { pattern: new RegExp(String.raw`\baccording to\s+${LEAD}(?<name>${NAME})(?:['’]s)?(?:\s+(?<noun>${NOUN})\b)?`, 'dg'), outletsOnly: false },
  { pattern: new RegExp(String.raw`\b${LEAD}(?<name>${NAME})(?:['’]s)?\s+(?<noun>${NOUN})\b`, 'dg'), outletsOnly: false },
  {
    pattern: new RegExp(String.raw`\b(?<noun>${NOUN}|article|op-ed|editorial|piece)\s+(?:published\s+|appearing\s+)?in\s+(?:the\s+)?(?<name>${NAME})`, 'dg'),
    outletsOnly: false,
    publication: true,
  },
  { pattern: new RegExp(String.raw`\b(?<noun>${NOUN}|article|op-ed|editorial|piece)\s+(?:published\s+)?(?:by|from)\s+(?:the\s+)?(?<name>${NAME})`, 'dg'), outletsOnly: false },
  {
    pattern: new RegExp(String.raw`\b(?:published|reported|disclosed|revealed|broadcast|aired|appeared)\s+(?:on|in)\s+(?:the\s+)?(?<name>${NAME})`, 'dg'),
    outletsOnly: false,
    publication: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?<name>${NAME})\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|writes|cited|cites|revealed|disclosed|published|found|noted|said|says|estimated|estimates|claimed|claims|quoted)\b`,
      'dg',
    ),
    outletsOnly: true,
  },
  { pattern: new RegExp(String.raw`\b(?:told|warned|informed|in an interview with|speaking to)\s+(?:the\s+)?(?<name>${NAME})`, 'dg'), outletsOnly: true },
];

/** Words that open a capitalised run without being part of a name. */
const NOT_NAME =
  /^(?:The|A|An|He|She|They|It|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|But|And|Or|So|Yet|In|On|At|As|If|When|While|After|Before|Since|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Last words that make a name a publication or broadcaster. */
const MEDIA_WORD =
  /^(?:Times|Post|Journal|Quarterly|Review|News|Herald|Tribune|Guardian|Telegraph|Gazette|Magazine|Monthly|Weekly|Daily|Press|Agency|Agence|Observer|Economist|Mail|Express|Independent|Chronicle|Standard|Mirror|Bulletin|Radio|TV|Television|Broadcasting|Network|Channel|Wire|Insider|Examiner|Register|Courier|Dispatch|Inquirer|Sentinel|Star|Sun)$/;

const NOUN_KIND: Array<[RegExp, CitedKind]> = [
  [/^(study|studies|survey|poll|analysis|paper)$/i, 'study'],
  [/^(documents?|memo|statement|briefing)$/i, 'document'],
  [/./, 'report'],
];

/** The name without leading non-name words (`Last August the Times` → `Times`) or a final full stop. */
function trimName(raw: string, at: number): { name: string; start: number } | null {
  const words = raw.split(/(\s+)/);
  let start = at;
  while (words.length && (NOT_NAME.test(words[0] ?? '') || /^\s+$/.test(words[0] ?? '') || /^(?:of|for|and|on|de|la|le|du|del|di|&)$/.test(words[0] ?? ''))) {
    start += (words.shift() ?? '').length;
  }
  const name = words.join('').replace(/\.+$/, '').replace(/\s+/g, ' ');
  return name && /[A-Za-z]{2}/.test(name) ? { name, start } : null;
}

const stripThe = (name: string): string => name.replace(/^the\s+/i, '');

export interface CiteOptions {
  /** The outlet tables' domain for a name, or null. */
  domainNamed: (name: string) => string | null;
  /** Names the article quotes as people: a name quoted is a person, not a document. */
  people: ReadonlySet<string>;
  mention: (start: number, end: number) => Mention;
}

interface Found {
  name: string;
  start: number;
  end: number;
  noun: string | null;
  outletLike: boolean;
}

/** `Zelensky` is the Volodymyr Zelensky the article quotes. */
function quotedAsPerson(name: string, people: ReadonlySet<string>): boolean {
  const bare = stripThe(name);
  return people.has(name) || people.has(bare) || [...people].some((p) => p.endsWith(` ${bare}`));
}

export const isOutletName = (name: string, domainNamed: CiteOptions['domainNamed']): boolean =>
  domainNamed(name) !== null || MEDIA_WORD.test(stripThe(name).split(' ').pop() ?? '');

/** Photo credits name agencies without citing them (`Photo: Reuters`, `Featured image is from X`). */
const CREDIT = /^(?:(?:featured |top |main )?(?:photo|image|picture|illustration|video|credit)s?\b|\((?:photo|image)s?\b)/i;

/** Last words of an organisation's name (`Energy Information Administration`, `University of Wyoming` is caught by its first). */
const ORGANISATION =
  /\b(?:Office|Administration|Agency|Department|Ministry|University|Institute|Center|Centre|Council|Commission|Bureau|Foundation|Association|Organi[sz]ation|Fund|Bank|Committee|Corporation|Company|Inc|Ltd|Intel)\b/;

/** A quoted speaker that is an organisation or an acronym (IMF, EIA), not a person. */
export const isOrganisationName = (name: string): boolean => ORGANISATION.test(name) || /^[A-Z]{2,6}$/.test(name);

/** Speakers that are outlets or organisations, cited where the article quotes them. */
export type QuotedSource = { name: string; start: number; end: number };

export function citedSources(text: string, options: CiteOptions, quotedSources: readonly QuotedSource[] = []): CitedSource[] {
  const found: Found[] = [];
  const pending: Found[] = [];
  for (const { pattern, outletsOnly, publication = false } of CONTEXTS) {
    for (const match of text.matchAll(pattern)) {
      const span = match.indices?.groups?.name;
      const raw = match.groups?.name;
      if (!span || !raw) continue;
      const trimmed = trimName(raw, span[0]);
      if (!trimmed) continue;
      const end = trimmed.start + trimmed.name.length;
      // `according to Russian officials`: the capitalised word only qualifies the noun after it.
      const after = /^\s+([a-z]+)/.exec(text.slice(end))?.[1];
      const noun = match.groups?.noun ?? null;
      if (!noun && after && !outletsOnly && /s$/.test(after) && !new RegExp(`^(?:${NOUN})$`).test(after)) continue;
      if (quotedAsPerson(trimmed.name, options.people)) continue;
      const outletLike = publication || isOutletName(trimmed.name, options.domainNamed);
      const item = { name: trimmed.name, start: trimmed.start, end, noun, outletLike };
      if (outletsOnly && !outletLike) pending.push(item);
      else found.push(item);
    }
  }
  // `told AP`, `warned the Post`: a short form counts when the full name is cited elsewhere.
  found.push(...pending.filter((p) => found.some((f) => f.outletLike && abbreviates(p.name, f.name))));
  for (const q of quotedSources) found.push({ name: q.name, start: q.start, end: q.end, noun: null, outletLike: isOutletName(q.name, options.domainNamed) });
  return group(found, text, options);
}

const initials = (name: string): string =>
  stripThe(name)
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/** `Post` shortens `Washington Post`; `AP` abbreviates `Associated Press`. */
function abbreviates(short: string, long: string): boolean {
  const bare = stripThe(short);
  const full = stripThe(long);
  if (!bare.includes(' ') && full.includes(' ') && full.endsWith(` ${bare}`)) return true;
  return /^[A-Z]{2,6}$/.test(bare) && initials(full) === bare;
}

/** One entry per source: `the Times` joins `the New York Times`, `AP` joins `Associated Press`. */
function group(found: Found[], text: string, options: CiteOptions): CitedSource[] {
  const groups = new Map<string, { names: string[]; items: Found[] }>();
  const keyOf = (name: string): string => stripThe(name).toLowerCase();
  for (const item of [...found].sort((a, b) => b.name.length - a.name.length)) {
    const key = keyOf(item.name);
    const home = groups.get(key) ?? [...groups.values()].find(({ names }) => names.some((n) => abbreviates(item.name, n)));
    if (home) {
      home.items.push(item);
      if (!home.names.includes(item.name)) home.names.push(item.name);
    } else groups.set(key, { names: [item.name], items: [item] });
  }
  const sources: CitedSource[] = [];
  for (const { names, items } of groups.values()) {
    // One mention per citing sentence: a quote's speaker and its cue context name the same citation.
    const seen = new Set<string>();
    const mentions = items
      .sort((a, b) => a.start - b.start)
      .map((i) => options.mention(i.start, i.end))
      .filter((m) => !CREDIT.test(m.sentence) && !seen.has(m.sentence) && seen.add(m.sentence));
    if (!mentions.length) continue;
    const name = names[0] ?? '';
    const domain = names.map(options.domainNamed).find((d) => d !== null) ?? null;
    const outletLike = items.some((i) => i.outletLike);
    const noun = items.find((i) => i.noun)?.noun ?? null;
    const kind: CitedKind = /\bAgen(?:cy|ce)\b/.test(name) ? 'agency' : outletLike ? 'outlet' : noun ? (NOUN_KIND.find(([p]) => p.test(noun))?.[1] ?? 'report') : 'organisation';
    sources.push({ name: fullestWriting(name, text), kind, domain, outlet: null, mentions });
  }
  return sources.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** `New York Times` as the article writes it, with its `the` when it uses one. */
const fullestWriting = (name: string, text: string): string => (new RegExp(`\\bthe ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text) ? `the ${name}` : name);
