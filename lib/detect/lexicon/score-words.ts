// Words of English sports and voting reports that make `3-1`, `6-3`, `52-48` a score or a tally
// rather than a range: the verbs before it (`won 3-1`, `ruled 6-3`) and the nouns after it
// (`a 5-4 decision`, `a 52-48 vote`) or that it is said of (`the vote was 6 to 3`). From common news usage.

export const SCORE_VERBS: ReadonlySet<string> = new Set([
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'beating', 'defeated', 'defeats',
  'drew', 'draw', 'draws', 'tied', 'ties', 'led', 'leads', 'leading', 'trailed', 'trails', 'trailing', 'edged', 'routed',
  'thrashed', 'ruled', 'rules', 'voted', 'passed', 'rejected', 'approved', 'finished', 'ended',
]);

export const SCORE_NOUNS: ReadonlySet<string> = new Set([
  'decision', 'ruling', 'verdict', 'vote', 'victory', 'win', 'loss', 'defeat', 'draw', 'tie', 'margin', 'majority',
  'split', 'scoreline', 'aggregate',
]);

export const SCORE_SUBJECTS: ReadonlySet<string> = new Set(['vote', 'score', 'tally', 'scoreline', 'result', 'count']);
