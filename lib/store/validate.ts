import { isTextPositionSelector, isTextQuoteSelector } from '../anchor/selectors';
import type { NewCorrection } from './corrections';

// Requests reach the store from other contexts, so their shape is checked before anything is
// written: a malformed record would be kept for good. Each check returns why not, or null.

const MAX_BODY = 100_000;
const MAX_TAGS = 30;
const MAX_TAG = 80;
const MAX_TEXT = 20_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

export function targetProblem(target: unknown): string | null {
  if (!isObject(target)) return 'The note has no target.';
  if (target.kind === 'page') return null;
  const selectors = target.selectors;
  if (target.kind === 'passage' && Array.isArray(selectors) && selectors.length === 2 && isTextQuoteSelector(selectors[0]) && isTextPositionSelector(selectors[1])) {
    return selectors[0].exact.length > 0 && selectors[0].exact.length <= MAX_TEXT ? null : 'The passage is empty or too long to keep.';
  }
  return 'The passage could not be described.';
}

export function pageProblem(page: unknown): string | null {
  if (!isObject(page) || typeof page.url !== 'string' || !isObject(page.meta)) return 'The page is not described.';
  return null;
}

function tagsProblem(tags: unknown): string | null {
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return 'Tags must be words.';
  if (tags.length > MAX_TAGS) return `A note takes at most ${MAX_TAGS} tags.`;
  return tags.some((t: string) => t.length > MAX_TAG) ? `A tag is at most ${MAX_TAG} characters.` : null;
}

function bodyProblem(body: unknown): string | null {
  if (typeof body !== 'string') return 'The note has no text.';
  return body.length > MAX_BODY ? `A note is at most ${MAX_BODY.toLocaleString('en')} characters.` : null;
}

/** Why `note` cannot be added, or null. */
export function noteProblem(note: unknown): string | null {
  if (!isObject(note)) return 'The note has no text.';
  return bodyProblem(note.body) ?? tagsProblem(note.tags) ?? targetProblem(note.target);
}

export function changeProblem(change: unknown): string | null {
  if (!isObject(change)) return 'Nothing to change.';
  return (change.body === undefined ? null : bodyProblem(change.body)) ?? (change.tags === undefined ? null : tagsProblem(change.tags));
}

export function itemProblem(item: unknown): string | null {
  if (!isObject(item) || typeof item.text !== 'string' || !isStringOrNull(item.speaker)) return 'The item is not described.';
  if (item.kind !== 'quote' && item.kind !== 'claim') return 'Only quotes and claims can be kept.';
  if (item.text.length > MAX_TEXT) return 'The item is too long to keep.';
  return targetProblem(item.target);
}

const CORRECTION_KINDS = { 'not-quote': 'quote', 'wrong-speaker': 'quote', 'not-figure': 'claim' } as const;
const MAX_CORRECTED_TEXT = 100_000;

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Why `correction` cannot be kept, or null. */
export function correctionProblem(correction: NewCorrection | undefined): string | null {
  if (typeof correction !== 'object' || correction === null) return 'No correction given.';
  const { kind, item, text, start, end, before, speaker, detected } = correction;
  if (!(kind in CORRECTION_KINDS) || CORRECTION_KINDS[kind] !== item) return 'Not a correction Sourcelight knows.';
  if (typeof text !== 'string' || !text || text.length > MAX_CORRECTED_TEXT || typeof before !== 'string' || before.length > 200) return 'The corrected item has no words.';
  if (!isOffset(start) || !isOffset(end) || end <= start) return 'The corrected item has no place in the text.';
  if (typeof detected !== 'object' || detected === null) return 'The correction does not say what was detected.';
  if (kind === 'wrong-speaker' ? typeof speaker !== 'string' || !speaker.trim() || speaker.length > 200 : speaker !== null) return 'Name who said it.';
  return null;
}
