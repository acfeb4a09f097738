// Passages without quotation marks that the page presents as someone's own words by a signature
// (docs/annotation-guide.md section 1, "written by a source"): an embedded post signed
// `— Name (@handle) Month D, YYYY` or `A post shared by Name (@handle) on …`, and the answers of
// a roundup, blocks between rules (`=====`, `-----`) each ending on `Name, role, Organisation`.
// Each is one direct quote of the signer; the signature line itself is never a quote.

import type { Span } from '../text/paragraphs';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles';

export interface SignedPassage extends Span {
  /** The signer as the signature names them, and where. */
  name: string;
  nameStart: number;
  nameEnd: number;
  cue: string;
  /** The signature line, which is never a quote. */
  signature: Span;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** `— Name (@handle) December 11, 2016`: the signature of an embedded tweet. */
const POST_SIGNATURE = new RegExp(`[\\u2014\\u2013]\\s{0,3}([^\\n()\\u2014]{0,80}?)\\s{0,3}\\((@\\w{1,30})\\)\\s{0,3}${MONTH}\\s{1,3}\\d{1,2},\\s{0,3}(\\d{4})`, 'g');
/** `A post shared by Name (@handle) on Dec 3, 2016 at 10:15am PST`: the signature of an embedded photo post. */
const SHARED_SIGNATURE = new RegExp(
  `A (?:post|photo|video) shared by ([^\\n()]{0,80}?)\\s{0,3}\\((@[\\w.]{1,30})\\)\\s{1,3}on\\s{1,3}${MONTH}\\s{1,3}\\d{1,2},\\s{0,3}(\\d{4})(?:\\s{1,3}at\\s{1,3}\\d{1,2}:\\d{2}\\s{0,2}[ap]m(?:\\s{1,3}[A-Z]{2,4})?)?`,
  'g',
);

/** Posts on the service were at most 140 characters before November 2017, 280 after (links counted). */
const postLimit = (year: number): number => (year >= 2018 ? 280 : 140);

/** Links and handles that trail a post's text (`pic.twitter.com/…`, `https://t.co/…@user`). */
const TRAILING_LINK = /(?:https?:\/\/|pic\.twitter\.com\/)\S*$|\s@\w{1,30}$/;

/** A run of five or more rule characters (`==========`, `-----`): a horizontal rule between blocks. */
const RULE = /([=*_~\u2014-])\1{4,}/g;

/** `Name Name, role…, Organisation` closing a block, after the end of its last sentence. */
const BLOCK_SIGNATURE = /(?:[.!?"\u201d\u2019)]\s{0,3}|\n\s*)((?:[A-Z][\p{L}'\u2019.-]*\s+){1,3}[A-Z][\p{L}'\u2019.-]*),\s+([^,\n]{2,60}),\s+([^\n]{2,120}?)\s*$/u;

/** Words that make `, partner,` or `, president and CEO,` a role in a signature. */
const SIGNATURE_ROLES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...ROLE_NOUNS, 'partner', 'cfo', 'coo', 'cto', 'vp', 'co-founder', 'cofounder']);

const isSpace = (c: string): boolean => /\s/.test(c);

/** Sentence ends in [from, to): offsets just after sentence punctuation (and a closing mark) followed by space. */
function sentenceStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  const end = /[.!?\u2026]["\u201d\u2019')\]]*\s+/g;
  end.lastIndex = from;
  for (let m = end.exec(text); m && m.index < to; m = end.exec(text)) {
    const at = m.index + m[0].length;
    if (at < to) starts.push(at);
  }
  return starts;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Where an embedded post's text begins, given where it ends and where its paragraph begins. */
function postStart(text: string, paragraphStart: number, end: number, limit: number): number {
  // A post set off as its own paragraph is the whole paragraph before its signature line.
  if (text.slice(paragraphStart, end).trim() === '') return -1;
  // In text the extractor ran together, a double space still marks where the post began; within it,
  // the post is as many whole sentences before the signature as fit the service's length limit.
  const gap = text.lastIndexOf('  ', end - 1);
  const newline = text.lastIndexOf('\n', end - 1);
  const from = Math.max(paragraphStart, gap >= 0 ? gap + 2 : 0, newline + 1);
  const candidates = [from, ...sentenceStarts(text, from, end)];
  return candidates.find((at) => end - at <= limit) ?? candidates[candidates.length - 1]!;
}

function previousParagraph(paragraphs: readonly Span[], index: number): Span | null {
  return index > 0 ? (paragraphs[index - 1] ?? null) : null;
}

function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function stripTrailingLinks(text: string, start: number, end: number): number {
  for (let guard = 0; guard < 20 && end > start; guard++) {
    const tail = text.slice(Math.max(start, end - 200), end);
    const m = TRAILING_LINK.exec(tail);
    if (!m) break;
    end -= tail.length - m.index;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
  }
  return end;
}

function embeddedPosts(text: string, paragraphs: readonly Span[], pattern: RegExp, cue: string): SignedPassage[] {
  const out: SignedPassage[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const signature = { start: m.index, end: m.index + m[0].length };
    const handle = m[2]!;
    const display = m[1]!.trim();
    const name = /\p{L}/u.test(display) ? display : handle;
    const nameStart = /\p{L}/u.test(display) ? text.indexOf(display, m.index) : text.indexOf(handle, m.index);
    const p = paragraphIndexAt(paragraphs, signature.start);
    const paragraph = paragraphs[p];
    if (!paragraph) continue;
    let end = signature.start;
    while (end > paragraph.start && isSpace(text.charAt(end - 1))) end--;
    let start = postStart(text, paragraph.start, end, postLimit(Number(m[3])));
    if (start < 0) {
      const before = previousParagraph(paragraphs, p);
      if (!before) continue;
      start = before.start;
      end = before.end;
    }
    const body = trimSpan(text, start, stripTrailingLinks(text, start, end));
    if (body.end - body.start < 2) continue;
    out.push({ ...body, name, nameStart, nameEnd: nameStart + name.length, cue, signature });
  }
  return out;
}

/** Blocks between horizontal rules; a roundup's signed answers are such blocks. */
function ruledBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  RULE.lastIndex = 0;
  for (let m = RULE.exec(text); m; m = RULE.exec(text)) {
    blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (blocks.length) blocks.push({ start, end: text.length });
  return blocks;
}

function signedAnswers(text: string): SignedPassage[] {
  const out: SignedPassage[] = [];
  for (const block of ruledBlocks(text)) {
    const { start, end } = trimSpan(text, block.start, block.end);
    // The signature is at most a few hundred characters: look only at the block's tail.
    const tailStart = Math.max(start, end - 300);
    const m = BLOCK_SIGNATURE.exec(text.slice(tailStart, end));
    if (!m) continue;
    const roleWords = m[2]!.toLowerCase().split(/[\s/&]+/);
    if (!roleWords.some((w) => SIGNATURE_ROLES.has(w))) continue;
    const nameStart = tailStart + m.index + m[0].indexOf(m[1]!);
    const body = trimSpan(text, start, nameStart);
    // An answer is more than its signature: at least a short sentence.
    if (body.end - body.start < 10) continue;
    const name = m[1]!.trim();
    out.push({ ...body, name, nameStart, nameEnd: nameStart + name.length, cue: 'signature', signature: { start: nameStart, end } });
  }
  // One signed block is a letter or a caption; a roundup signs several.
  return out.length >= 2 ? out : [];
}

/** Signed passages in text order. */
export function findSignedPassages(text: string, paragraphs: readonly Span[]): SignedPassage[] {
  return [...embeddedPosts(text, paragraphs, POST_SIGNATURE, '\u2014'), ...embeddedPosts(text, paragraphs, SHARED_SIGNATURE, 'shared by'), ...signedAnswers(text)].sort(
    (a, b) => a.start - b.start,
  );
}
