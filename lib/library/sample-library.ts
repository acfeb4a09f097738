import type { ArticleRecord, CorrectionRecord, ItemRecord, NoteRecord, Target } from '../store/schema';
import type { Library } from './library';

// Collections for the tests, the bench and the browser tests: two articles about one war whose
// casualty figures disagree (31,000 vs 300,000 vs 400,000), and a synthetic one of any size.

const at = (iso: string): number => Date.parse(iso);

function passage(text: string, start: number, prefix = '', suffix = ''): Target {
  return {
    kind: 'passage',
    selectors: [
      { type: 'TextQuoteSelector', exact: text, prefix, suffix },
      { type: 'TextPositionSelector', start, end: start + text.length },
    ],
  };
}

const wsws: ArticleRecord = {
  id: '7f1c2a4e-0b5d-4c8e-9a31-2d6f8e4b1c01',
  key: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
  url: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
  canonicalUrl: null,
  title: 'NATO powers discuss sending troops to Ukraine',
  byline: 'Andre Damon',
  siteName: 'World Socialist Web Site',
  publishedTime: '2024-02-27T03:00:00Z',
  lang: 'en',
  firstSeen: at('2026-11-30T09:12:00Z'),
  lastSeen: at('2026-12-01T17:40:00Z'),
};

const globalResearch: ArticleRecord = {
  id: '7f1c2a4e-0b5d-4c8e-9a31-2d6f8e4b1c02',
  key: 'https://www.globalresearch.ca/nato-troops-ukraine/5851234',
  url: 'https://www.globalresearch.ca/nato-troops-ukraine/5851234',
  canonicalUrl: null,
  title: 'Macron: "Nothing Should Be Excluded" — NATO Troops to Ukraine?',
  byline: 'By Jane Smith and Reuters',
  siteName: null,
  publishedTime: '2024-02-28',
  lang: 'en',
  firstSeen: at('2026-12-01T10:00:00Z'),
  lastSeen: at('2026-12-01T10:30:00Z'),
};

const created = at('2026-12-01T10:05:00Z');

const quote = (id: string, article: ArticleRecord, text: string, speaker: string | null, cue: string | null, start: number, prefix = ''): ItemRecord => ({
  kind: 'quote',
  quoteKind: 'direct',
  cue,
  id,
  articleId: article.id,
  text,
  speaker,
  target: passage(text, start, prefix),
  created,
  updated: created,
});

const claim = (
  id: string,
  article: ArticleRecord,
  [prefix, text, suffix]: [string, string, string],
  value: number | [number, number] | null,
  unit: string | null,
  qualifier: string | null,
  source: string | null,
  start: number,
): ItemRecord => ({
  kind: 'claim',
  value,
  unit,
  qualifier,
  id,
  articleId: article.id,
  text,
  speaker: source,
  target: passage(text, start, prefix, suffix),
  created,
  updated: created,
});

export function sampleLibrary(): Library {
  const items = [
    quote(
      'a1b2c3d4-0000-4000-8000-000000000001',
      wsws,
      'NATO and EU member states are considering that they will send their troops to Ukraine on a bilateral basis.',
      'Robert Fico',
      'warned',
      412,
      'Prime Minister Robert Fico warned, "',
    ),
    quote('a1b2c3d4-0000-4000-8000-000000000002', wsws, '31,000 Ukrainian soldiers have died in this war', 'Volodymyr Zelensky', 'claimed', 1286),
    claim(
      'a1b2c3d4-0000-4000-8000-000000000003',
      wsws,
      ['eration of this escalation. "', '31,000', ' Ukrainian soldiers have died in th'],
      31000,
      'soldiers',
      null,
      'Volodymyr Zelensky',
      1286,
    ),
    claim(
      'a1b2c3d4-0000-4000-8000-000000000004',
      wsws,
      ['acgregor estimates that at least ', '400,000', ' Ukrainian soldiers have been kill'],
      400000,
      'soldiers',
      'at least',
      'Douglas Macgregor',
      3020,
    ),
    claim(
      'a1b2c3d4-0000-4000-8000-000000000005',
      globalResearch,
      ['war," Zelensky claimed. "Not ', '300,000', ' or 150,000 soldiers killed.'],
      300000,
      'soldiers',
      null,
      'Volodymyr Zelensky',
      1359,
    ),
    quote('a1b2c3d4-0000-4000-8000-000000000006', globalResearch, 'Nothing should be excluded.', 'Emmanuel Macron', 'said', 200),
  ];
  const notes: NoteRecord[] = [
    {
      id: 'b1b2c3d4-0000-4000-8000-000000000001',
      articleId: wsws.id,
      body: 'Compare with **Macgregor**: an order of magnitude apart.',
      tags: ['casualties', '#ukraine war'],
      target: items[2]!.target,
      created: at('2026-12-01T11:00:00Z'),
      updated: at('2026-12-01T11:30:00Z'),
    },
    {
      id: 'b1b2c3d4-0000-4000-8000-000000000002',
      articleId: globalResearch.id,
      body: '=HYPERLINK("http://evil.example","click")',
      tags: ['check'],
      target: { kind: 'page' },
      created: at('2026-12-01T12:00:00Z'),
      updated: at('2026-12-01T12:00:00Z'),
    },
  ];
  return { articles: [wsws, globalResearch], items, notes };
}

/**
 * A reader's correction on the sample's wsws article (the page's key, the words and text before
 * them as the detector found them): by default, the kept quote '31,000 Ukrainian soldiers have
 * died in this war' given to a fictional Ann Lee instead of the detector's Volodymyr Zelensky.
 */
export function sampleCorrection(over: Partial<CorrectionRecord> = {}): CorrectionRecord {
  const text = '31,000 Ukrainian soldiers have died in this war';
  return {
    id: 'c1b2c3d4-0000-4000-8000-000000000001',
    pageKey: wsws.key,
    url: wsws.url,
    kind: 'wrong-speaker',
    item: 'quote',
    text,
    start: 1286,
    end: 1286 + text.length,
    before: 'consideration of this escalation. "',
    detected: { quoteKind: 'direct', cue: 'claimed', speaker: 'Volodymyr Zelensky' },
    speaker: 'Ann Lee',
    created: at('2026-12-01T10:10:00Z'),
    ...over,
  };
}

const OUTLETS = ['The Daily Ledger', 'Weekly Review', 'Morning Post', 'The Observer-Tribune', 'Civic Wire'];
const SPEAKERS = ['Ana Ruiz', 'Tom Becker', 'Li Wei', 'Amara Okafor', 'Jonas Berg', 'the ministry'];
const UNITS = ['soldiers', 'people', 'USD', '%', 'tonnes'];
const WORDS = ['budget', 'ceasefire', 'harbour', 'election', 'vaccine', 'drought', 'tariff', 'strike', 'census', 'reactor'];

/** `rows` kept quotes, figures and notes, one article per 50 rows; the same every time. */
export function syntheticLibrary(rows: number): Library {
  const articles: ArticleRecord[] = [];
  const items: ItemRecord[] = [];
  const notes: NoteRecord[] = [];
  const id = (kind: number, n: number): string => `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
  const hour = (n: number): number => Date.UTC(2026, 0, 1) + n * 3_600_000;
  for (let n = 0; n < rows; n++) {
    if (n % 50 === 0) {
      const a = n / 50;
      const url = `https://news${a % OUTLETS.length}.example/${a}`;
      articles.push({
        id: id(0, a),
        key: url,
        url,
        canonicalUrl: null,
        title: `The ${WORDS[a % WORDS.length]} story, part ${a}`,
        byline: SPEAKERS[a % 5]!,
        siteName: OUTLETS[a % OUTLETS.length]!,
        publishedTime: new Date(hour(a)).toISOString().slice(0, 10),
        lang: 'en',
        firstSeen: hour(a + 24),
        lastSeen: hour(a + 48),
      });
    }
    const article = articles[articles.length - 1]!;
    const word = WORDS[n % WORDS.length]!;
    const speaker = SPEAKERS[n % SPEAKERS.length]!;
    if (n % 3 === 0) {
      items.push(quote(id(1, n), article, `We will not accept this ${word}, not now and not in ${2020 + (n % 9)}.`, speaker, 'said', n * 10));
    } else if (n % 3 === 1) {
      const value = (n % 97) * 1000 + 500;
      const unit = UNITS[n % UNITS.length]!;
      items.push(
        claim(id(2, n), article, [`officials said `, value.toLocaleString('en'), ` ${unit} in the ${word} figures`], value, unit, n % 2 ? 'about' : null, speaker, n * 10),
      );
    } else {
      notes.push({
        id: id(3, n),
        articleId: article.id,
        body: `Follow up on the ${word} numbers with ${speaker}; note ${n}.`,
        tags: [word, n % 2 ? 'follow-up' : 'checked'],
        target: { kind: 'page' },
        created: hour(n),
        updated: hour(n + 1),
      });
    }
  }
  return { articles, items, notes };
}
