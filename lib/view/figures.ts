import type { ClaimItem } from '../messages';
import type { Indexed } from './group';
import { bareName, groupKeys } from './speakers';

// The popup's figures: whose they are, the sizeable ones before the small bare counts, and the
// article's own figures told apart from figures it gives with no source at all.

export const REPORTERS_OWN = 'the reporter’s own';
export const NO_SOURCE_GIVEN = 'no source given';

export type FigureGroupKind = 'source' | 'reporter' | 'unsourced';

export interface FigureGroup {
  key: string;
  kind: FigureGroupKind;
  label: string;
  /** The figures worth reading first, in the article's order. */
  main: Array<Indexed<ClaimItem>>;
  /** Small bare counts (`two`, `3`), folded away. */
  small: Array<Indexed<ClaimItem>>;
}

const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozen|a couple|a pair|both|half a dozen)$/i;
/** The largest count still "small": a handful of people, a few incidents. */
const SMALL_MAX = 12;

/** A bare small count: a number word or a one- or two-digit number up to a dozen, with no currency, percent or measure. */
export function isSmallCount(claim: Pick<ClaimItem, 'text' | 'value' | 'unit'>): boolean {
  const text = claim.text.trim();
  if (typeof claim.value !== 'number' || Math.abs(claim.value) > SMALL_MAX) return false;
  if (claim.unit && /^(?:%|percent|per cent|[A-Z]{3}|[$€£¥]|miles?|km|kilomet(?:er|re)s?|degrees?|feet|foot|pounds?|kg|tons?|tonnes?)$/i.test(claim.unit)) return false;
  return NUMBER_WORD.test(text) || /^\d{1,2}$/.test(text);
}

/**
 * A figure given without a source: the sentence around it attributes it to nobody yet says it is
 * reported, estimated or expected (the guide's source-less passives and "reportedly", decision 6),
 * so it is not the reporter's own finding either.
 */
const UNSOURCED =
  /\b(?:reportedly|allegedly|reports? (?:say|said|suggest)|amid reports|(?:is|are|was|were|has been|have been|had been) (?:reportedly |widely )?(?:expected|estimated|believed|thought|said|reported|projected|feared|understood|rumou?red)|(?:it is|it was) (?:estimated|believed|said|reported|thought)|widely believed|by (?:some|one|most) (?:estimates?|accounts?|counts?)|estimates? (?:suggest|put|range|vary)|sources? (?:say|said))\b/i;

/** The sentence of `text` around [start, end): from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number, reach = 300): string {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  const from = before.search(/[.!?\n][^.!?\n]*$/);
  const to = after.search(/[.!?\n]/);
  return `${from < 0 ? before : before.slice(from + 1)}${text.slice(start, end)}${to < 0 ? after : after.slice(0, to + 1)}`;
}

/** Whether a figure the article gives with no speaker is reported as coming from somewhere unnamed. */
export const isUnsourced = (text: string, claim: Pick<ClaimItem, 'start' | 'end'>): boolean => UNSOURCED.test(sentenceAround(text, claim.start, claim.end));

/**
 * Figures grouped by source (name variants together), sources in order of first figure, then
 * "no source given", then the reporter's own; each group's small bare counts set apart.
 */
export function groupFigures(claims: readonly ClaimItem[], text: string): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  const keyOf = groupKeys(claims.flatMap((c) => (c.source?.trim() ? [c.source.trim()] : [])));
  claims.forEach((item, index) => {
    const source = item.source?.trim();
    let key: string;
    let kind: FigureGroupKind;
    let label: string;
    if (source) {
      key = `source:${keyOf.get(source)!}`;
      kind = 'source';
      label = source;
    } else if (isUnsourced(text, item)) {
      [key, kind, label] = ['unsourced', 'unsourced', NO_SOURCE_GIVEN];
    } else {
      [key, kind, label] = ['reporter', 'reporter', REPORTERS_OWN];
    }
    const group = groups.get(key) ?? { key, kind, label, main: [], small: [] };
    // The fullest form of a source's name labels its group.
    if (kind === 'source' && bareName(label).length > bareName(group.label).length) group.label = label;
    (isSmallCount(item) ? group.small : group.main).push({ item, index });
    groups.set(key, group);
  });
  const order: Record<FigureGroupKind, number> = { source: 0, unsourced: 1, reporter: 2 };
  return [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind]);
}
