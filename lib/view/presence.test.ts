import { expect, test } from 'vitest';
import type { ItemPresence } from '../messages';
import { notShownReason } from './presence';

test.each<[ItemPresence, RegExp]>([
  ['changed', /changed these words/],
  ['gone', /no longer on the page/],
  ['not-found', /could not be found/],
  ['checking', /could not be found/],
])('clicking an item %s that is not shown says why', (presence, reason) => expect(notShownReason(presence)).toMatch(reason));
