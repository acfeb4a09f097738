// Words that, written just before a number, make the number part of a name or reference rather
// than an amount: legal and document references (`Article 5`, `Section 230`, `Page A1`), transport
// and place codes (`Flight 370`, `Route 66`, `Gate 4`), the levels of alert and grading scales
// (`category 5 hurricane`, `level 3 lockdown`, `stage 4 cancer`), product and series names (`Boeing 737`,
// `Windows 11`, `Apollo 11`), and street-type words that close an address (`10 Downing Street`).
// Collected from common news usage; matched case-insensitively.

/** Heads that make the next number a reference however they are written (`article 5`, `page 12`, `p. 3`). */
export const IDENTIFIER_HEADS: ReadonlySet<string> = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'chapters', 'clause', 'paragraph', 'para',
  'page', 'pages', 'p', 'pp', 'vol', 'volume', 'annex', 'appendix', 'amendment', 'resolution', 'proposition',
  'flight', 'route', 'highway', 'interstate', 'gate', 'terminal', 'platform', 'pier', 'berth', 'room',
  'suite', 'apartment', 'apt', 'precinct', 'exit', 'junction', 'seat', 'version', 'episode', 'psalm', 'verse',
  'fig', 'figure', 'category', 'level', 'stage', 'grade', 'tier', 'phase', 'defcon',
]);

/** Heads that make the next number a name only when capitalised (`World War 2`, `Day 3`, `Boeing 737`). */
export const CAPITALISED_IDENTIFIER_HEADS: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'issue', 'part', 'rule', 'title', 'bill', 'act', 'directive', 'regulation', 'prop',
  'floor', 'block', 'lot', 'unit', 'ward', 'district', 'zone', 'sector', 'bay', 'row', 'box',
  'channel', 'studio', 'track', 'model', 'mark', 'mk', 'type', 'class', 'step', 'season', 'series', 'game', 'round', 'match', 'week', 'day', 'year', 'war',
  'boeing', 'airbus', 'apollo', 'windows', 'iphone', 'galaxy', 'pixel', 'formula', 'covid', 'sars',
  'vatican', 'cop', 'hymn', 'table', 'item', 'line', 'lines', 'group', 'force', 'league', 'division', 'building',
  'bug', 'http', 'ticket', 'case', 'gen', 'generation',
]);

/** Street-type words: a number before a capitalised name ending in one of these is an address. */
export const ADDRESS_SUFFIXES: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'dr',
  'way', 'square', 'sq', 'place', 'pl', 'court', 'ct', 'terrace', 'crescent', 'close', 'parkway', 'plaza',
]);

/** Words before a lower-case `number` that make it a rank (`ranked number five`, `at number 3`, `the number one priority`). */
export const RANK_LEADS: ReadonlySet<string> = new Set([
  'at', 'ranked', 'ranking', 'ranks', 'rank', 'reached', 'hit', 'hits', 'peaked', 'the', 'its', 'their', 'his', 'her', 'our',
]);
