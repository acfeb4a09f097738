import { expect, test } from 'vitest';
import type { QuoteItem } from '../messages';
import { bareName, groupSpeakers, nameKey, singular } from './speakers';

const quote = (speaker: string | null): QuoteItem => ({
  start: 0,
  end: 1,
  kind: 'direct',
  cue: 'said',
  speaker: speaker ? { name: speaker, start: 0, end: 1 } : null,
  text: 'x',
  anchored: true,
});

test.each([
  ['officials', 'official'],
  ['spokespeople', 'spokesperson'],
  ['witnesses', 'witness'],
  ['policemen', 'policeman'],
  ['authorities', 'authority'],
  ['analysts', 'analyst'],
  ['official', 'official'],
  ['boss', 'boss'],
])('singular(%s) = %s', (plural, one) => expect(singular(plural)).toBe(one));

test.each([
  ['Mr. Smith', 'Smith'],
  ['Mr Obama', 'Obama'],
  ['the New York Times', 'New York Times'],
  ['a senior law enforcement official', 'senior law enforcement official'],
  ['President Joe Biden', 'Joe Biden'],
])('bareName(%s) = %s', (name, bare) => expect(bareName(name)).toBe(bare));

test.each([
  ['official', '~official'],
  ['officials', '~official'],
  ['senior law enforcement official', '~official enforcement law senior'],
  ['two senior administration officials', '~official administration senior'],
  ['Postal Service spokesman', 'postal service spokesman'],
  ['Mr. Smith', 'smith'],
])('nameKey(%s) = %s', (name, key) => expect(nameKey(name)).toBe(key));

// Each row: the speakers of the quotes in order → the groups shown, as "label [variants] (count)".
test.each<[string, Array<string | null>, string[], number]>([
  ['descriptions with one head noun', ['official', 'officials', 'senior law enforcement official', 'officials'], ['officials [official, senior law enforcement official] (4)'], 0],
  ['a surname and the full name', ['Mr. Smith', 'John Smith', 'Smith'], ['John Smith [Mr. Smith, Smith] (3)'], 0],
  ['a surname two people share stays apart', ['John Smith', 'Mary Smith', 'Mr. Smith'], ['John Smith (1)', 'Mary Smith (1)', 'Mr. Smith (1)'], 0],
  ['unknown speakers are left out of the groups', [null, 'Ann Lee', null], ['Ann Lee (1)'], 2],
  ['organisations keep their words', ['New York Times', 'the New York Times', 'Washington Post'], ['New York Times [the New York Times] (2)', 'Washington Post (1)'], 0],
  ['a title before the name', ['President Barack Obama', 'Obama', 'Mr Obama'], ['President Barack Obama [Obama, Mr Obama] (3)'], 0],
  [
    'descriptions with different words before one head are different people',
    ['a police spokesman', 'a hospital spokesman', 'the police spokesman'],
    ['a police spokesman [the police spokesman] (2)', 'a hospital spokesman (1)'],
    0,
  ],
  [
    'a bare head noun next to two fuller descriptions belongs to neither',
    ['a police spokesman', 'spokesman', 'a hospital spokesman'],
    ['a police spokesman (1)', 'spokesman (1)', 'a hospital spokesman (1)'],
    0,
  ],
  [
    'a description goes with the fullest one that has all its words',
    ['an official', 'a senior official', 'a senior administration official'],
    ['an official [a senior official, a senior administration official] (3)'],
    0,
  ],
  ['a named spokesman is not the group of spokesmen', ['Postal Service spokesman', 'a police spokesman'], ['Postal Service spokesman (1)', 'a police spokesman (1)'], 0],
])('groupSpeakers: %s', (_case, speakers, shown, unknown) => {
  const { groups, unknown: rest } = groupSpeakers(speakers.map(quote));
  expect(groups.map((g) => `${g.label}${g.variants.length ? ` [${g.variants.join(', ')}]` : ''} (${g.items.length})`)).toEqual(shown);
  expect(rest).toHaveLength(unknown);
});

test('every quote is in exactly one group, with its index', () => {
  const speakers = ['Ann Lee', null, 'Lee', 'officials', 'an official', null, 'Bo Kim'];
  const { groups, unknown } = groupSpeakers(speakers.map(quote));
  const indices = [...groups.flatMap((g) => g.items), ...unknown].map((i) => i.index).sort((a, b) => a - b);
  expect(indices).toEqual(speakers.map((_, i) => i));
});
