// Attribution from beyond the quote's sentence (guide section 1, "by the sentences around it"):
//   - a paragraph ending `He said:` or `X told reporters:` introduces the paragraphs after it, a
//     quotation, a list of reported points, or a block quotation without marks;
//   - a quotation standing alone (its own sentence or paragraph) continues the speaker of the
//     quotation before it, or of a cue in the sentence before, or the speaker the previous
//     paragraph is about; a quotation that runs on after a closing mark-less paragraph too.

import type { TextIndex } from './document';
import type { QuotedSpan } from './quote-marks';
import { cueAt, isUndoneAct, isPassive, type Cue } from './cue-phrases';
import { speakerOfCue } from './attribution';
import type { Mention } from './speaker-phrases';
import { tokenAt } from '../text/tokens';

export interface Introduction {
  cue: Cue;
  speaker: Mention;
  /** The paragraph is a block quotation without marks: set apart by the page, or several sentences under `X explains:`. */
  block?: 'blockquote' | 'paragraph';
}

/** Paragraph index → the `X said:` introduction it stands under; `introducers` introduce a block quotation, read elsewhere. */
export function colonIntroductions(ix: TextIndex, introducers: ReadonlySet<number> = new Set()): Map<number, Introduction> {
  const out = new Map<number, Introduction>();
  const { paragraphs, sentences, text } = ix;
  const lastSentence = new Int32Array(paragraphs.length).fill(-1);
  const sentenceCount = new Int32Array(paragraphs.length);
  sentences.forEach((s, i) => {
    lastSentence[s.paragraph] = i;
    sentenceCount[s.paragraph] = (sentenceCount[s.paragraph] ?? 0) + 1;
  });
  paragraphs.forEach((para, p) => {
    const last = lastSentence[p] ?? -1;
    if (text.charAt(para.end - 1) !== ':' || last < 0 || introducers.has(p)) return;
    const s = ix.sentence(last);
    let intro: Introduction | null = null;
    for (let k = s.endToken - 1; k >= s.firstToken && k >= s.endToken - 12 && !intro; k--) {
      const cue = cueAt(ix, k);
      // An act not done reports nothing; any infinitive, even of an act done (`jumped in to tell her that …:`),
      // reports its own clause, not the paragraphs below.
      if (!cue || isPassive(ix, cue) || isUndoneAct(ix, cue) || ix.tok(cue.first - 1).norm === 'to') continue;
      const speaker = speakerOfCue(ix, cue, s.firstToken);
      if (speaker) intro = { cue, speaker };
    }
    if (!intro) return;
    for (let q = p + 1; q < paragraphs.length && q <= p + 12; q++) {
      const item = paragraphs[q];
      if (!item) break;
      const quoted = /^["\u201c\u2018'\u00ab\u201e]/.test(text.charAt(item.start));
      // A paragraph of several sentences right under the colon is a block quotation of the speaker's
      // text; after a list of reported points it is the writer's again.
      if (!quoted && ((sentenceCount[q] ?? 0) > 1 || item.end - item.start > 300)) {
        if (q === p + 1) out.set(q, { ...intro, block: 'paragraph' });
        break;
      }
      out.set(q, intro);
      if (quoted) break;
    }
  });
  return out;
}

/** The quotation stands as its own sentence(s): nothing but punctuation around its marks. */
export function standsAlone(ix: TextIndex, q: QuotedSpan, openSentence: number, closeSentence: number): boolean {
  const tk = ix.tokens;
  const s0 = ix.sentence(openSentence);
  const s1 = ix.sentence(closeSentence);
  if (tokenAt(tk, s0.start) < tokenAt(tk, q.open)) return false;
  if (q.close < 0) return true;
  const after = tokenAt(tk, q.close + 1);
  return after >= s1.endToken;
}
