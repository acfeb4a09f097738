import { describe, expect, test } from 'vitest';
import {
  endsInThing,
  hasAdverbEnding,
  hasInflectionalS,
  hasNegativeContraction,
  isAdverb,
  isContraction,
  isPossessive,
  looksAgentNoun,
  looksAgentPlural,
  looksGerund,
  looksInflectedVerb,
  looksOusAdjective,
  looksParticiple,
  looksParticipleOrEn,
  looksPastForm,
  looksPlural,
  looksPluralPossessive,
  looksPossessive,
  looksThirdPersonSingular,
  looksVerbal,
  withoutContractedAuxiliary,
  withoutNegation,
  withoutPossessive,
} from './word-class';

// Invented words and plain English ones; the `false positive` rows are the guesses the rules live with.
describe('verb forms by their ending', () => {
  test.each<[string, boolean, boolean, boolean, boolean]>([
    // word, looksPastForm, looksGerund, looksParticiple, looksParticipleOrEn
    ['vetoed', true, false, true, true],
    ['glorbed', true, false, true, true],
    ['vowing', false, true, true, true],
    ['snarfling', false, true, true, true],
    ['spoken', false, false, false, true],
    ['vow', false, false, false, false],
    ['need', true, false, true, true], // false positive: a base form
    ['hundred', true, false, true, true], // false positive: a number word
    ['bring', false, true, true, true], // false positive: a base form
    ['thing', false, true, true, true], // false positive: a noun
    ['women', false, false, false, true], // false positive: a plural noun
  ])('%s', (word, past, gerund, participle, participleOrEn) => {
    expect(looksPastForm(word)).toBe(past);
    expect(looksGerund(word)).toBe(gerund);
    expect(looksParticiple(word)).toBe(participle);
    expect(looksParticipleOrEn(word)).toBe(participleOrEn);
  });

  test.each<[string, boolean]>([
    ['something', true],
    ['nothing', true],
    ['everything', true],
    ['snarfling', false],
    ['breathing', true], // false positive: a gerund
    ['clothing', true], // false positive: a gerund or a noun
    ['plaything', true], // false positive: a noun
  ])('endsInThing(%s) is %s', (word, expected) => expect(endsInThing(word)).toBe(expected));

  test.each<[string, boolean]>([
    ['glorbed', true],
    ['glorbing', true],
    ['said', true],
    ['told', true],
    ['wrote', true],
    ['report', false],
    ['says', false],
  ])('looksInflectedVerb(%s) is %s', (word, expected) => expect(looksInflectedVerb(word)).toBe(expected));

  test.each<[string, boolean]>([
    ['was', true], // an auxiliary
    ['would', true],
    ['rose', true], // a finite form without -ed
    ['glorbed', true],
    ['seed', true], // false positive: a noun in -ed
    ['glorbs', false], // -s forms are not in it: `the plan glorbs` is not read as a verb here
    ['glorb', false],
  ])('looksVerbal(%s) is %s', (word, expected) => expect(looksVerbal(word)).toBe(expected));
});

describe('the -s ending', () => {
  test.each<[string, boolean, boolean, boolean]>([
    // word, looksPlural (= looksThirdPersonSingular), hasInflectionalS, looksOusAdjective
    ['zindlers', true, true, false],
    ['glorbs', true, true, false],
    ['boss', true, false, false],
    ['news', true, true, false], // false positive: a singular noun
    ['this', true, true, false], // false positive: a determiner
    ['famous', true, true, true],
    ['s', true, false, false],
    ['zindler', false, false, false],
  ])('%s', (word, plural, inflectional, ous) => {
    expect(looksPlural(word)).toBe(plural);
    expect(looksThirdPersonSingular(word)).toBe(plural);
    expect(hasInflectionalS(word)).toBe(inflectional);
    expect(looksOusAdjective(word)).toBe(ous);
  });
});

describe('adverbs', () => {
  test.each<[string, boolean, boolean]>([
    // word, hasAdverbEnding, isAdverb
    ['glorbly', true, true],
    ['openly', true, true],
    ['only', true, false],
    ['family', true, false],
    ['daily', true, false],
    ['ugly', true, false], // too short to be counted
    ['costly', true, true], // false positive: an adjective
    ['glorb', false, false],
  ])('%s', (word, ending, adverb) => {
    expect(hasAdverbEnding(word)).toBe(ending);
    expect(isAdverb(word)).toBe(adverb);
  });
});

describe('possessives and contractions', () => {
  test.each<[string, boolean, boolean, string]>([
    // text, looksPossessive, isPossessive, withoutPossessive
    ["Zindler's", true, true, 'Zindler'],
    ['Zindler\u2019s', true, true, 'Zindler'],
    ["voters'", true, true, 'voters'],
    ["'s", true, false, ''],
    ["it's", true, true, 'it'], // false positive: `it is`
    ['Zindler', false, false, 'Zindler'],
  ])('%s', (text, looks, possessive, without) => {
    expect(looksPossessive(text)).toBe(looks);
    expect(isPossessive({ text })).toBe(possessive);
    expect(withoutPossessive(text)).toBe(without);
  });

  test.each<[string, boolean]>([
    ["Glorbmen's", true],
    ["Children's", true],
    ["Zindlers'", true],
    ["Zindler's", false],
  ])('looksPluralPossessive(%s) is %s', (text, expected) => expect(looksPluralPossessive(text)).toBe(expected));

  test.each<[string, boolean]>([
    ["aren't", true],
    ["we're", true],
    ["she'd", true],
    ["Zindler's", false],
  ])('isContraction(%s) is %s', (text, expected) => expect(isContraction(text)).toBe(expected));

  test.each<[string, string]>([
    ["they've", 'they'],
    ["she's", 'she'],
    ["we'll", 'we'],
    ['they', 'they'],
    // the false positive the rule lives with: a possessive loses its ending too (callers ask for a pronoun)
    ["zindler's", 'zindler'],
  ])('withoutContractedAuxiliary(%s) is %s', (norm, expected) => expect(withoutContractedAuxiliary(norm)).toBe(expected));

  test.each<[string, boolean, string]>([
    ["wouldn't", true, 'would'],
    ['didn\u2019t', true, 'did'],
    ["can't", true, 'ca'], // the stem is not a word; the rules only look it up
    ['would', false, 'would'],
  ])('%s', (norm, negated, without) => {
    expect(hasNegativeContraction(norm)).toBe(negated);
    expect(withoutNegation(norm)).toBe(without);
  });
});

describe('agent nouns', () => {
  test.each<[string, boolean, boolean]>([
    // word, looksAgentNoun, looksAgentPlural
    ['glorber', true, false],
    ['glorbist', true, false],
    ['glorbers', false, true],
    ['glorbians', false, true],
    ['water', true, false], // false positive: not a person
    ['events', false, true], // false positive: not people
    ['glorb', false, false],
  ])('%s', (word, singular, plural) => {
    expect(looksAgentNoun(word)).toBe(singular);
    expect(looksAgentPlural(word)).toBe(plural);
  });
});
