import { expect, test } from 'vitest';
import type { ItemPresence, LostReason } from '../messages';
import { lostLabel, notShownReason } from './presence';

test.each<[LostReason, string]>([
  ['changed', 'changed on the page'],
  ['gone', 'no longer on the page'],
])('an item %s is labelled %j', (reason, label) => expect(lostLabel(reason)).toBe(label));

test.each<[ItemPresence, RegExp]>([
  ['changed', /changed these words/],
  ['gone', /no longer on the page/],
  ['not-found', /could not be found/],
  ['checking', /could not be found/],
])('clicking an item %s that is not shown says why', (presence, reason) => expect(notShownReason(presence)).toMatch(reason));
