// What kind of word a token is, as the rules ask it: a lexicon lookup or a guess from the word's
// ending. There is no part-of-speech tagger here, so an ending is a guess that over-matches
// (`need` is no past form, `bring` no gerund, `news` no plural); each rule that asks lives with
// that, and the test table beside this file shows what each guess says. A new word-class test goes
// here, not inline in a rule.

import { AUXILIARIES, FINITE_VERB_FORMS } from './grammar';

/** `-ed`: a past tense or past participle (`vetoed`, `was praised`); also `need`, `bed`, `hundred`. */
export const looksPastForm = (norm: string): boolean => norm.endsWith('ed');

/** `-ing`: a gerund or present participle (`vowing`); also `bring`, `king`, `thing`. */
export const looksGerund = (norm: string): boolean => norm.endsWith('ing');

/** `-thing`: the pronouns that end like a gerund (`something`, `nothing`); also the gerunds `breathing`, `clothing`, `soothing`. */
export const endsInThing = (norm: string): boolean => norm.endsWith('thing');

/** `-ed` or `-ing`: a participle (`asked about …`, `speaking to …`). */
export const looksParticiple = (norm: string): boolean => looksPastForm(norm) || looksGerund(norm);

/** A participle, the `-en` past participles included (`spoken`, `written`); also `women`, `garden`. */
export const looksParticipleOrEn = (norm: string): boolean => looksParticiple(norm) || norm.endsWith('en');

/** The irregular past forms of the commonest reporting verbs. */
const IRREGULAR_REPORTING_PASTS: ReadonlySet<string> = new Set(['said', 'told', 'wrote']);

/** A verb inflected for tense or aspect, not its base or a noun of the same spelling (`reported`, `saying`, `said` against `report`). */
export const looksInflectedVerb = (norm: string): boolean => looksParticiple(norm) || IRREGULAR_REPORTING_PASTS.has(norm);

/** A finite verb or a participle: an auxiliary, a common finite form without `-ed` (`rose`), or an `-ed` form. */
export const looksVerbal = (norm: string): boolean => AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm) || looksPastForm(norm);

/** `-s`: a plural noun (`voters`); also `news`, `boss`, `this`. */
export const looksPlural = (word: string): boolean => word.endsWith('s');

/** `-s` on a verb: the third person singular (`says` against `say`); also `discuss`. */
export const looksThirdPersonSingular = (norm: string): boolean => norm.endsWith('s');

/** An `-s` that can be an inflection (`voters`, `breaks`), not the `-ss` of `class` or `boss`. */
export const hasInflectionalS = (word: string): boolean => word.length > 1 && word.endsWith('s') && !word.endsWith('ss');

/** `-ous`: an adjective (`various`, `famous`) that ends in `s` without being a plural. */
export const looksOusAdjective = (word: string): boolean => word.endsWith('ous');

/** `-ly`: the ending of most adverbs (`openly`); also `only`, `family`, `Kelly`. */
export const hasAdverbEnding = (norm: string): boolean => norm.endsWith('ly');

/** Words ending in `-ly` that are not adverbs (`family`, `assembly`, `rally`, `July`, `daily`). */
const LY_NON_ADVERBS: ReadonlySet<string> = new Set([
  'family',
  'assembly',
  'rally',
  'ally',
  'supply',
  'reply',
  'italy',
  'july',
  'belly',
  'bully',
  'jelly',
  'lily',
  'holly',
  'sally',
  'kelly',
  'emily',
  'molly',
  'billy',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'anomaly',
  'monopoly',
  'homily',
  'melancholy',
  'only',
  'early',
  'likely',
  'unlikely',
  'friendly',
  'elderly',
]);

/** An `-ly` adverb (`privately`, `repeatedly`), not a noun or adjective that happens to end so. */
export const isAdverb = (norm: string): boolean => norm.length > 4 && hasAdverbEnding(norm) && !LY_NON_ADVERBS.has(norm);

const POSSESSIVE_ENDING = /['\u2019]s?$/;

/** A possessive ending, `'s` or a plural's bare apostrophe (`Ana's`, `voters'`); also a contraction such as `it's`. */
export const looksPossessive = (text: string): boolean => POSSESSIVE_ENDING.test(text);

/** A possessive token: more than the bare `'s`. */
export const isPossessive = (t: { readonly text: string }): boolean => looksPossessive(t.text) && t.text.length > 2;

/** The word without its possessive ending (`Ana's` → `Ana`, `voters'` → `voters`). */
export const withoutPossessive = (text: string): string => text.replace(POSSESSIVE_ENDING, '');

/** A plural possessive (`Fishermen's`, `Children's`, `Farmers'`). */
const PLURAL_POSSESSIVE = /(?:men|ren|people)['\u2019]s$|s['\u2019]$/i;
export const looksPluralPossessive = (text: string): boolean => PLURAL_POSSESSIVE.test(text);

/** `aren't`, `we're`, `she'd`: a contraction. */
const CONTRACTION = /['\u2019](?:t|re|ll|ve|d|m)$/;
export const isContraction = (text: string): boolean => CONTRACTION.test(text);

/** `they've` → `they`, `she's` → `she`: the word before a contracted auxiliary (the word itself when there is none). */
const CONTRACTED_AUXILIARY = /['\u2019](?:re|ll|ve|d|m|s)$/;
export const withoutContractedAuxiliary = (norm: string): string => norm.replace(CONTRACTED_AUXILIARY, '');

const NEGATION = /n['\u2019]t$/;

/** A verb with `n't` (`wouldn't`, `didn't`). */
export const hasNegativeContraction = (norm: string): boolean => NEGATION.test(norm);

/** The auxiliary without its negation (`wouldn't` → `would`; `can't` → `ca`). */
export const withoutNegation = (norm: string): string => norm.replace(NEGATION, '');

/** Plural nouns for people by what they do (`commenters`, `participants`, `economists`, `Norwegians`); also `plans`, `events`. */
const AGENT_PLURAL = /(?:ers|ors|ists|ants|ents|ians|ans|ees|men)$/;
export const looksAgentPlural = (norm: string): boolean => AGENT_PLURAL.test(norm);

/** Singular nouns for a person by what they do (`poster`, `commenter`, `resident`, `activist`); also `water`, `event`. */
const AGENT_SINGULAR = /(?:er|or|ist|ant|ent)$/;
export const looksAgentNoun = (norm: string): boolean => AGENT_SINGULAR.test(norm);
