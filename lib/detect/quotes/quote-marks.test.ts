import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { findQuotedSpans } from './quote-marks';

const quoted = (text: string): string[] => findQuotedSpans(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe('findQuotedSpans', () => {
  test.each([
    ['straight double quotes', 'He said "we will win," and left.', ['we will win']],
    ['curly double quotes', 'He said \u201cwe will win.\u201d', ['we will win.']],
    ['guillemets', 'Il a dit \u00abnous gagnerons\u00bb hier.', ['nous gagnerons']],
    ['German low-high quotes', 'Er sagte \u201eWir gewinnen\u201c gestern.', ['Wir gewinnen']],
    ['British single quotes', 'She said \u2018we will win\u2019 on Monday.', ['we will win']],
    ['possessive apostrophe is no quote', "Ukraine's army and the powers\u2019 plan", []],
    ['plural possessive after a quote-less text', 'The whales\u2019 prey moved closer.', []],
    ['abbreviated year', "when he ran afoul of Bush in \u201991 and in the '90s", []],
    ['rock and roll', "a night of rock 'n' roll and rock \u2019n\u2019 roll", []],
    ['a plural possessive inside single quotes', 'She said \u2018the workers\u2019 rights come first\u2019 on Monday.', ['the workers\u2019 rights come first']],
    ['apostrophes inside a quote', '\u201cIt\u2019s not Ukraine\u2019s war,\u201d he said.', ['It\u2019s not Ukraine\u2019s war']],
    ['single quotes inside double quotes stay inside', '"He called it \'madness\' twice," she said.', ["He called it 'madness' twice"]],
    ['trailing comma is dropped, final stop kept', '"Yes," he said. "No."', ['Yes', 'No.']],
    ['paragraphs run together without a space', 'He cited "killings".He added "no".', ['killings', 'no']],
    ['a closing mark with no opening mark is ignored', 'killings". He said "no".', ['no']],
    ['unbalanced opening mark quotes to the paragraph end', 'He said "we will win\nNext paragraph.', ['we will win']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a quote over several paragraphs is one span per paragraph', () => {
    const text = '\u201cFirst paragraph of the speech.\n\n\u201cSecond paragraph.\u201d';
    expect(quoted(text)).toEqual(['First paragraph of the speech.', 'Second paragraph.']);
  });
});
