// English closed-class words the claim scanner needs: determiners that make a small number refer
// back to things already named (`the two sides`, `these two issues`), and the function words that
// end the counted noun after a figure (`31,000 Ukrainian soldiers have died` → `soldiers`).
// From standard English grammar (determiners, auxiliaries, prepositions, conjunctions, pronouns).

/**
 * Determiners before a small number word that make it anaphoric (`the two sides`), not a count. A
 * possessive (`my four children`, `their two daughters`, `its three plants`) states how many its
 * owner has: a count.
 */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'all', 'whose', 'both',
]);

/** Words between such a determiner and the number that keep it anaphoric (`the other two`). */
export const ANAPHORIC_MODIFIERS: ReadonlySet<string> = new Set([
  'other', 'remaining', 'first', 'last', 'same', 'only', 'final', 'latter', 'former', 'above',
]);

/** Words that end a counted noun phrase after a figure. */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
  'without', 'per', 'as', 'than', 'over', 'under', 'into', 'onto', 'about', 'after', 'before', 'since',
  'until', 'during', 'including', 'across', 'against', 'among', 'between', 'through', 'toward', 'towards',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'if', 'because', 'so',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no',
  'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your',
  'i', 'me', 'my', 'this', 'these', 'those', 'there', 'here', 'each', 'every', 'all', 'some', 'any',
  'more', 'less', 'fewer', 'most', 'least', 'themselves', 'itself', 'himself', 'herself', 'ourselves', 'then', 'also', 'only', 'just', 'even',
  'still', 'now', 'ago', 'later', 'earlier', 'said', 'says', 'say', 'told', 'according', 'annually', 'daily',
  'monthly', 'weekly', 'next', 'last', 'yet', 'too', 'very', 'up', 'down', 'out',
]);

/** Plural nouns without a final -s, so the counted noun is found in `40 of 200 men left`. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'men', 'women', 'children', 'people', 'police', 'personnel', 'staff', 'teeth', 'feet', 'mice', 'geese',
  'cattle', 'sheep', 'fish', 'deer', 'livestock', 'clergy', 'faithful', 'youth', 'aircraft', 'offspring',
  'data', 'criteria', 'phenomena', 'alumni', 'militia', 'crew', 'troops',
]);

/** Words before `half` that make it one side of something (`the first half`, `the other half`), not an amount. */
export const HALF_SIDES: ReadonlySet<string> = new Set([
  'first', 'second', 'last', 'latter', 'other', 'back', 'front', 'top', 'bottom', 'lower', 'upper', 'better',
]);

/** Capitalised words before a number that do not name it (`I 100% agree`, `Only 20`). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'only', 'just', 'some', 'about', 'nearly', 'almost', 'over', 'under', 'around', 'roughly', 'and', 'or',
  'but', 'of', 'in', 'to', 'by', 'from', 'with', 'for', 'on', 'at', 'than',
]);
