import type { ArticleRecord, ClaimItemRecord, Library, NoteRecord, QuoteItemRecord, Target } from '../export/records';

// Collections for the tests, the bench and the browser tests: two articles about one war whose
// casualty figures disagree (31,000 vs 300,000 vs 400,000), and a synthetic one of any size.

function target(text: string, prefix = '', suffix = '', start = 0): Target {
  return {
    quote: { type: 'TextQuoteSelector', exact: text, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end: start + text.length },
  };
}

const wsws: ArticleRecord = {
  id: '7f1c2a4e-0b5d-4c8e-9a31-2d6f8e4b1c01',
  url: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
  canonicalUrl: null,
  title: 'NATO powers discuss sending troops to Ukraine',
  byline: 'Andre Damon',
  siteName: 'World Socialist Web Site',
  publishedTime: '2024-02-27T03:00:00Z',
  lang: 'en',
  firstSeen: '2026-11-30T09:12:00Z',
  lastSeen: '2026-12-01T17:40:00Z',
};

const globalResearch: ArticleRecord = {
  id: '7f1c2a4e-0b5d-4c8e-9a31-2d6f8e4b1c02',
  url: 'https://www.globalresearch.ca/nato-troops-ukraine/5851234',
  canonicalUrl: null,
  title: 'Macron: "Nothing Should Be Excluded" — NATO Troops to Ukraine?',
  byline: 'By Jane Smith and Reuters',
  siteName: null,
  publishedTime: '2024-02-28',
  lang: 'en',
  firstSeen: '2026-12-01T10:00:00Z',
  lastSeen: '2026-12-01T10:30:00Z',
};

const quote = (id: string, article: ArticleRecord, text: string, speaker: string | null, cue: string | null, start: number, prefix = ''): QuoteItemRecord => ({
  kind: 'quote',
  id,
  articleId: article.id,
  text,
  speaker,
  cue,
  quoteKind: 'direct',
  target: target(text, prefix, '', start),
  created: '2026-12-01T10:05:00Z',
});

const claim = (
  id: string,
  article: ArticleRecord,
  text: string,
  value: ClaimItemRecord['value'],
  unit: string | null,
  qualifier: string | null,
  source: string | null,
  context: string,
  start: number,
): ClaimItemRecord => ({
  kind: 'claim',
  id,
  articleId: article.id,
  text,
  value,
  unit,
  qualifier,
  source,
  context,
  target: target(text, context.slice(0, context.indexOf(text)), '', start),
  created: '2026-12-01T10:06:00Z',
});

export function sampleLibrary(): Library {
  const items = [
    quote('a1b2c3d4-0000-4000-8000-000000000001', wsws, 'NATO and EU member states are considering that they will send their troops to Ukraine on a bilateral basis.', 'Robert Fico', 'warned', 412, 'Prime Minister Robert Fico warned, "'),
    quote('a1b2c3d4-0000-4000-8000-000000000002', wsws, '31,000 Ukrainian soldiers have died in this war', 'Volodymyr Zelensky', 'claimed', 1280),
    claim('a1b2c3d4-0000-4000-8000-000000000003', wsws, '31,000', 31000, 'soldiers', null, 'Volodymyr Zelensky', '31,000 Ukrainian soldiers have died in this war', 1286),
    claim('a1b2c3d4-0000-4000-8000-000000000004', wsws, '400,000', 400000, 'soldiers', 'at least', 'Douglas Macgregor', 'at least 400,000 Ukrainian soldiers have been killed', 3020),
    claim('a1b2c3d4-0000-4000-8000-000000000005', globalResearch, '300,000', 300000, 'soldiers', 'not', 'Volodymyr Zelensky', 'Not 300,000 or 150,000 soldiers killed', 1359),
    quote('a1b2c3d4-0000-4000-8000-000000000006', globalResearch, 'Nothing should be excluded.', 'Emmanuel Macron', 'said', 200),
  ];
  const notes: NoteRecord[] = [
    {
      id: 'b1b2c3d4-0000-4000-8000-000000000001',
      articleId: wsws.id,
      body: 'Compare with **Macgregor**: an order of magnitude apart.',
      tags: ['casualties', '#ukraine war'],
      created: '2026-12-01T11:00:00Z',
      updated: '2026-12-01T11:30:00Z',
      target: items[2]!.target,
      itemId: items[2]!.id,
    },
    {
      id: 'b1b2c3d4-0000-4000-8000-000000000002',
      articleId: globalResearch.id,
      body: '=HYPERLINK("http://evil.example","click")',
      tags: ['check'],
      created: '2026-12-01T12:00:00Z',
      updated: '2026-12-01T12:00:00Z',
      target: null,
      itemId: null,
    },
  ];
  return { articles: [wsws, globalResearch], items, notes };
}

const OUTLETS = ['The Daily Ledger', 'Weekly Review', 'Morning Post', 'The Observer-Tribune', 'Civic Wire'];
const SPEAKERS = ['Ana Ruiz', 'Tom Becker', 'Li Wei', 'Amara Okafor', 'Jonas Berg', 'the ministry'];
const UNITS = ['soldiers', 'people', 'USD', '%', 'tonnes'];
const WORDS = ['budget', 'ceasefire', 'harbour', 'election', 'vaccine', 'drought', 'tariff', 'strike', 'census', 'reactor'];

/** `rows` kept quotes, figures and notes, spread over one article per 50 rows; deterministic. */
export function syntheticLibrary(rows: number): Library {
  const articles: ArticleRecord[] = [];
  const items: (QuoteItemRecord | ClaimItemRecord)[] = [];
  const notes: NoteRecord[] = [];
  const id = (kind: number, n: number): string => `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
  const day = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
  for (let n = 0; n < rows; n++) {
    if (n % 50 === 0) {
      const a = n / 50;
      const site = OUTLETS[a % OUTLETS.length]!;
      articles.push({
        id: id(0, a),
        url: `https://news${a % OUTLETS.length}.example/${a}`,
        canonicalUrl: null,
        title: `The ${WORDS[a % WORDS.length]} story, part ${a}`,
        byline: SPEAKERS[a % 5]!,
        siteName: site,
        publishedTime: day(a).slice(0, 10),
        lang: 'en',
        firstSeen: day(a + 24),
        lastSeen: day(a + 48),
      });
    }
    const article = articles[articles.length - 1]!;
    const word = WORDS[n % WORDS.length]!;
    const speaker = SPEAKERS[n % SPEAKERS.length]!;
    if (n % 3 === 0) {
      items.push(quote(id(1, n), article, `We will not accept this ${word}, not now and not in ${2020 + (n % 9)}.`, speaker, 'said', n * 10));
    } else if (n % 3 === 1) {
      const value = (n % 97) * 1000 + 500;
      const text = value.toLocaleString('en');
      const unit = UNITS[n % UNITS.length]!;
      items.push(claim(id(2, n), article, text, value, unit, n % 2 ? 'about' : null, speaker, `${text} ${unit} in the ${word} figures`, n * 10));
    } else {
      notes.push({
        id: id(3, n),
        articleId: article.id,
        body: `Follow up on the ${word} numbers with ${speaker}; note ${n}.`,
        tags: [word, n % 2 ? 'follow-up' : 'checked'],
        created: day(n),
        updated: day(n + 1),
        target: null,
        itemId: null,
      });
    }
  }
  return { articles, items, notes };
}
