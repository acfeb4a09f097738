// Scores, tallies and odds written as two figures (`won 3-1`, `ruled 6-3`, `a 5-4 decision`, `the
// vote was 7 to 2`, `a 50-50 chance`): one figure of two sides, not a range and not two counts.
import type { Amount } from './amount';
import { tokenWord } from './amount-context';
import { NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { SCORE_NOUNS, SCORE_SUBJECTS, SCORE_VERBS } from '../lexicon/score-words';
import type { Token } from './numeric-tokens';

const wordAt = (tokens: readonly Token[], i: number): string | null => tokenWord(tokens[i]);

const isTallyFigure = (a: Amount): boolean =>
  !!a.numeral && a.numeral.integerDigits <= 3 && !a.numeral.grouped && !a.numeral.fractional && a.multiplier === 1 && !a.currency && !a.percent && !a.measure && !a.glued;

/** `won 3-1`, `ruled 6-3`, `a 5-4 decision`, `a 50-50 chance`: a score, a tally or odds, one figure of two sides, not a range. */
export function isScore(tokens: readonly Token[], a: Amount, b: Amount): boolean {
  if (!isTallyFigure(a) || !isTallyFigure(b)) return false;
  // `a 50-50 chance`, `2-2`: even sides are never a range.
  if (a.value === b.value && tokens[a.last + 1]?.spaced === false) return true;
  const after = wordAt(tokens, b.last + 1);
  if (after !== null && SCORE_NOUNS.has(after)) return true;
  // `the vote was 6 to 3`, `the final score was 3-1`.
  for (let j = a.first - 2; j >= a.first - 3 && j >= 0; j--) if (SCORE_SUBJECTS.has(wordAt(tokens, j) ?? '') && wordAt(tokens, j + 1) !== 'of') return true;
  if (!SCORE_VERBS.has(wordAt(tokens, a.first - 1) ?? '')) return false;
  // `won 3-1 yesterday` cannot be a range; `won 2-3 seats` counts seats, so a rising pair must end the phrase.
  return (a.value ?? 0) > (b.value ?? 0) || after === null || NOUN_PHRASE_STOPS.has(after);
}
