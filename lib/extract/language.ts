/**
 * Detection reads English only. Its rules on another language guess (on a French page it took a
 * date and French words for figures), so a page is first checked for English: by its words, since
 * many pages declare the wrong `lang` or none.
 */

// Short, frequent English words that are rarely words of the other languages news is written in.
const ENGLISH = new Set(
  'the of and to in is that for it was on with as he his by at from are this be have has had not but they their which were been who would will its an or said says we you there what about when more than after also into'.split(
    ' ',
  ),
);

const WORD = /\p{L}+/gu;
/** How many of the text's first words are sampled: enough to judge, bounded on huge pages. */
const SAMPLE_WORDS = 3000;
/** Too few words to judge from the text: the page's declared language decides. */
const MIN_WORDS = 40;
/** English prose runs at 21–30% of these words (170 saved pages); other languages and lorem ipsum at most 8%. */
const MIN_ENGLISH_SHARE = 0.12;

/** Not English: the page's declared language (null when it declares English or none) and why, in English for the command line. */
export type LanguageVerdict = { english: true } | { english: false; lang: string | null; reason: string };

/** Whether `text` is English enough to detect on; `declared` is the page's own `lang`, if any. */
export function judgeLanguage(text: string, declared: string | null): LanguageVerdict {
  let words = 0;
  let english = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    if (ENGLISH.has(match[0].toLowerCase())) english += 1;
    if (words >= SAMPLE_WORDS) break;
  }
  const lang = declared?.trim() || null;
  const declaredEnglish = !lang || /^en\b/i.test(lang);
  if (words < MIN_WORDS ? declaredEnglish : english / words >= MIN_ENGLISH_SHARE) return { english: true };
  const named = lang && !declaredEnglish ? languageName(lang) : null;
  return { english: false, lang: declaredEnglish ? null : lang, reason: `English only for now: ${named ? `this page is in ${named}` : 'this page does not read as English'}` };
}

/** The name of language `lang` in language `locale` ('fr' → 'French'), or null for a tag Intl does not know. */
export function languageName(lang: string, locale = 'en'): string | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(lang) ?? null;
  } catch {
    return null;
  }
}
