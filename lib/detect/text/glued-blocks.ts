// Blocks that extraction ran together without a space or a full stop: a caption or heading glued to
// the sentence after it (`Courtesy of AcmeThe listing says …`, `Keep It ShortSomeone once told me …`).
// Brand names glue content words (`SoftBank`, `PlayStation`); prose glued to prose opens with a
// closed-class word, so only those mark a boundary.

/** Capitalised words that open a sentence and never end a brand name: determiners, pronouns, indefinite pronouns. */
const GLUED_OPENERS: ReadonlySet<string> = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'An',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'His',
  'Her',
  'Their',
  'Our',
  'Someone',
  'Somebody',
  'Everyone',
  'Everybody',
  'Nobody',
  'There',
]);
// The longest opener, so reading one stays bounded.
const LONGEST_OPENER = 9;

const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAsciiLetter = (c: number): boolean => isAsciiLower(c) || (c >= 0x41 && c <= 0x5a);

/**
 * Offset `at` holds the capital of a closed-class word glued to a lower-case word of three letters
 * or more before it (`ZillowThe`, `TennisSomeone`): where a new block begins.
 */
export function isGluedBlockStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x41 || c > 0x5a || at < 3) return false;
  for (let i = at - 3; i < at; i++) if (!isAsciiLower(text.charCodeAt(i))) return false;
  let end = at + 1;
  while (end < text.length && end - at <= LONGEST_OPENER && isAsciiLower(text.charCodeAt(end))) end++;
  if (end < text.length && isAsciiLetter(text.charCodeAt(end))) return false;
  return GLUED_OPENERS.has(text.slice(at, end));
}
