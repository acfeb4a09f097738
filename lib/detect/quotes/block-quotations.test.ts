import { describe, expect, test } from 'vitest';
import { detectQuotes } from './quotes';

interface Found {
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
}

/** `text` with each `[[…]]` passage a block quotation of the page (the marks removed). */
function withBlocks(marked: string): { text: string; blocks: { start: number; end: number }[] } {
  const blocks: { start: number; end: number }[] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[\s\S]*?\]\])/)) {
    if (!part.startsWith('[[')) {
      text += part;
      continue;
    }
    const start = text.length;
    text += part.slice(2, -2);
    blocks.push({ start, end: text.length });
  }
  return { text, blocks };
}

const found = (marked: string): Found[] => {
  const { text, blocks } = withBlocks(marked);
  return detectQuotes(text, blocks)
    .filter((q) => q.kind === 'direct')
    .map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, speaker: q.speaker?.name ?? null }));
};
const direct = (text: string, speaker: string | null): Found => ({ text, kind: 'direct', speaker });

describe('block quotations without quotation marks', () => {
  test.each([
    [
      'every paragraph of prose under a colon introduction',
      'The water board sent a notice to every farm. As the board explains:\n[[Wells in the lower valley are to be capped by June. Owners will be paid for each well.\nNo new permits will be issued this year.]]\nFarmers were angry.',
      [direct('Wells in the lower valley are to be capped by June. Owners will be paid for each well.', 'board'), direct('No new permits will be issued this year.', 'board')],
    ],
    [
      'a first-person block after a paragraph whose last cue names the speaker',
      'Nora Vale told the inquiry that the plant was unsafe, she said under oath. It had been so for years.\n[[I reported the leak twice. Nobody called me back.\nWe kept working because we had no choice.]]\nThe inquiry resumes on Monday.',
      [direct('I reported the leak twice. Nobody called me back.', 'Nora Vale'), direct('We kept working because we had no choice.', 'Nora Vale')],
    ],
    [
      'a pronoun as the last subject before a first-person block',
      'Omar Reyes has run the ferry since 1998. He wrote in a letter to the council that the pier is failing. Here is what he found.\n[[My crew checked every pile. Half of them are rotten.]]',
      [direct('My crew checked every pile. Half of them are rotten.', 'Omar Reyes')],
    ],
  ])('%s', (_name, marked, expected) => {
    expect(found(marked)).toEqual(expected);
  });

  test.each([
    ['an epigraph with no introduction', 'The town woke to snow.\n[[I have seen winters come and go. This one is different.]]\nThe roads were closed by noon.'],
    ['a third-person block after a cue without a colon', 'Nora Vale said the plant was unsafe.\n[[The plant opened in 1970. It employs two hundred people.]]'],
    ['table rows and code lines inside a block', 'The figures, as the ministry reports:\n[[Region North 120 40%\nRegion South 180 60%]]'],
    [
      "the same paragraph without the page's hint",
      'Nora Vale told the inquiry that the plant was unsafe, she said under oath. It had been so for years.\nI reported the leak twice. Nobody called me back.',
    ],
  ])('not a quote: %s', (_name, marked) => {
    expect(found(marked)).toEqual([]);
  });

  test('a pull quote repeating the article is not quoted again', () => {
    const marked =
      'Nora Vale runs the clinic. "We have never had enough nurses for the winter months," she said.\n[[We have never had enough nurses for the winter months.]]\nThe clinic opens at eight.';
    expect(found(marked)).toEqual([direct('We have never had enough nurses for the winter months', 'Nora Vale')]);
  });

  test('a hint that does not fit the text is ignored', () => {
    const text = 'Nora Vale said so. It was late.\nI left early. We all did.';
    expect(() =>
      detectQuotes(text, [
        { start: 40, end: 10 },
        { start: -3, end: 5 },
        { start: 0, end: 9999 },
        { start: 1.5, end: 4 },
      ]),
    ).not.toThrow();
  });
});
