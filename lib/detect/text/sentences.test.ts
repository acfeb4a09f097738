import { describe, expect, test } from 'vitest';
import { splitSentences } from './sentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['titles', 'Mr. Warner and Gen. Mark Milley spoke. They left.', ['Mr. Warner and Gen. Mark Milley spoke.', 'They left.']],
    ['initialisms', 'The U.S. government agreed. Talks ended.', ['The U.S. government agreed.', 'Talks ended.']],
    ['initials in names', 'Robert M. Danin said so. Then he left.', ['Robert M. Danin said so.', 'Then he left.']],
    ['month abbreviations', 'On Sept. 25, 2018 it rained. It stopped.', ['On Sept. 25, 2018 it rained.', 'It stopped.']],
    ['a closing quotation mark stays with its sentence', '"We won." He left.', ['"We won."', 'He left.']],
    ['curly closing mark', '\u201cWe won.\u201d He left.', ['\u201cWe won.\u201d', 'He left.']],
    ['paragraphs joined without a space', 'He spoke.He left.', ['He spoke.', 'He left.']],
    ['paragraphs joined after a number', 'Sales doubled in 2019.Then they fell.', ['Sales doubled in 2019.', 'Then they fell.']],
    ['question and exclamation', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['paragraph ends are sentence ends', 'No full stop here\nNor here', ['No full stop here', 'Nor here']],
    ['a caption glued to the next sentence', 'Photo by Acme StudiosThe house sold in May.', ['Photo by Acme Studios', 'The house sold in May.']],
    ['a heading glued to the next sentence', 'Keep It ShortSomeone once told me to stop.', ['Keep It Short', 'Someone once told me to stop.']],
    ['brand names glue content words, not a new sentence', 'SoftBank and PlayStation grew.', ['SoftBank and PlayStation grew.']],
    ['decimal numbers', 'It grew 4.2 percent. Prices fell.', ['It grew 4.2 percent.', 'Prices fell.']],
    ['a version glued to a name stays whole', 'The app moved to v2.Net in May.', ['The app moved to v2.Net in May.']],
    ['a year glued to an initialism stays whole', 'Its 2019.US edition sold out.', ['Its 2019.US edition sold out.']],
    ['a version number glued to a capital stays whole', 'Release 1.5.Then came 1.6.', ['Release 1.5.Then came 1.6.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('a hard-wrapped page keeps sentences across its line breaks', () => {
    const text = 'The minister said that the\n  talks would resume and that\n  nothing was ruled out.\n  Officials agreed on\n  the plan.';
    expect(sentences(text).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'The minister said that the talks would resume and that nothing was ruled out.',
      'Officials agreed on the plan.',
    ]);
  });
});
