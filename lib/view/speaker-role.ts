import { bareName } from './speakers';

// A speaker's role where the article's own words give it, as an appositive after the name
// ("Yellen, the Fed chair, said") or a title before it ("Slovak Prime Minister Robert Fico").

const TITLE_WORDS =
  'minister president secretary chair chairman chairwoman chairperson director senator governor mayor spokesman spokeswoman spokesperson editor correspondent reporter commander general chief CEO professor analyst ambassador leader adviser advisor economist researcher executive officer prosecutor judge lawyer attorney representative colonel founder head premier chancellor king queen pope envoy manager coach historian scientist expert author columnist commissioner administrator';
/** Title words with either case of their first letter (the pattern cannot be case-insensitive: \p{Lu} would match every letter). */
const TITLE = `(?:${TITLE_WORDS.split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

/** Up to five capitalised words (or of/for/the between them) ending in a title word, right before the name. */
const TITLE_BEFORE = new RegExp(`((?:[\\p{Lu}][\\p{L}'’.&-]*\\s+|(?:of|for|the|and)\\s+){0,5}${TITLE})\\s+$`, 'u');
/** An appositive after the name that starts like a description: `, the Fed chair,` / `, Ukraine's president.` */
const APPOSITIVE_AFTER = /^,\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^,;:.!?"“”()\n]{2,70}?)\s*[,;.]/u;
/** Appositives that are clauses, not roles. */
const NOT_A_ROLE = /\b(?:who|which|that|said|says|told|added|according)\b/i;
const MAX_OCCURRENCES = 20;

function* occurrences(text: string, name: string): Generator<number> {
  let at = text.indexOf(name);
  for (let seen = 0; at >= 0 && seen < MAX_OCCURRENCES; seen++) {
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')) yield at;
    at = text.indexOf(name, at + name.length);
  }
}

const titleBefore = (text: string, at: number): string | null => {
  const match = TITLE_BEFORE.exec(
    text
      .slice(Math.max(0, at - 90), at)
      .split(/[.!?;:,"“”\n]/)
      .at(-1) ?? '',
  );
  if (!match) return null;
  const role = match[1]!.trim().replace(/^(?:the|and|of|for)\s+/i, '');
  // A title word alone after a capitalised run that is another name ("Jones General") is too weak.
  return /\p{Lu}/u.test(role) || role.split(/\s+/).length > 1 ? role : null;
};

const appositiveAfter = (text: string, end: number): string | null => {
  const match = APPOSITIVE_AFTER.exec(text.slice(end, end + 90));
  return match && !NOT_A_ROLE.test(match[1]!) ? match[1]!.trim() : null;
};

/** The role the article gives the speaker named by any of `names`, at its first mention that has one; null when none. */
export function speakerRole(text: string, names: readonly string[]): string | null {
  const forms = [...new Set(names.map(bareName).filter((n) => /\p{Lu}/u.test(n)))].sort((a, b) => b.length - a.length);
  for (const name of forms) {
    for (const at of occurrences(text, name)) {
      const role = appositiveAfter(text, at + name.length) ?? titleBefore(text, at);
      if (role) return role;
    }
  }
  return null;
}
