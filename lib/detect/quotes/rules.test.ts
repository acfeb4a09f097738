import { describe, expect, test } from 'vitest';
import type { TextRange } from '../../model';
import { detectQuotesWithRules } from './quotes';
import { QUOTE_RULES, type QuoteRule } from './rules';

// One invented example per rule (never a labelled page's words): the rule named marks the quote with
// that speaker, or drops the quotation. A new rule in rules.ts needs its row here. `[[…]]` marks
// a block quotation the page sets apart (extraction's `<blockquote>` ranges).

const QUOTED: readonly (readonly [QuoteRule, string, string, string | null])[] = [
  ['signed-passage', '"The river keeps rising," the mayor warned. — Ann Ito (@annito) May 2, 2019', '"The river keeps rising," the mayor warned.', 'Ann Ito'],
  [
    'blockquote',
    'Ann Ito wrote to the council on Monday:\n[[I have asked for a new levee every year. The river keeps rising.]]\nThe council met later.',
    'I have asked for a new levee every year. The river keeps rising.',
    'Ann Ito',
  ],
  [
    'paragraph-under-colon',
    'Ann Ito, the mayor, spoke to the council on Monday. She told them:\nThe river has risen every spring for a decade. We cannot keep patching the levee. It is time for a new one.',
    'The river has risen every spring for a decade. We cannot keep patching the levee. It is time for a new one.',
    'Ann Ito',
  ],
  [
    'point-under-colon',
    'Ann Ito, the mayor, spoke to the council on Monday. She told them:\nThe levee will be rebuilt by spring.',
    'The levee will be rebuilt by spring',
    'Ann Ito',
  ],
  ['dash-name', '"A river is patient" — Ann Ito, the mayor of Tarrow.', 'A river is patient', 'Ann Ito'],
  ['inverted-cue-after', '"We will rebuild the bridge," said Ann Ito, the mayor of Tarrow.', 'We will rebuild the bridge', 'Ann Ito'],
  ['cue-after', 'Ann Ito spoke on Monday. "We will rebuild the bridge by spring," she said.', 'We will rebuild the bridge by spring', 'Ann Ito'],
  ['as-comment-after-quote', '"The levee held," as the harbour board announced, "for the tenth spring running."', 'The levee held', 'harbour board'],
  ['is-how', '"On the brink of collapse" is how the authors described the fishery.', 'On the brink of collapse', 'authors'],
  ['next-sentence', '"Who pays for the bridge?" Park asked.', 'Who pays for the bridge?', 'Park'],
  ['name-colon', 'Ann Ito: "We will rebuild the bridge before the spring floods."', 'We will rebuild the bridge before the spring floods.', 'Ann Ito'],
  ['according-to-quote', 'According to the mayor, "the bridge will be rebuilt before the floods come."', 'the bridge will be rebuilt before the floods come.', 'mayor'],
  ['passive-by', 'The plan was described as "reckless and expensive" by the union.', 'reckless and expensive', 'union'],
  ['reduced-passive', 'Described as "a gentle, patient film" by the studio, it ran for months.', 'a gentle, patient film', 'studio'],
  ['passive-in-document', 'The winter timetable (described as "a short trial" in the council report) begins in May.', 'a short trial', 'council report'],
  ['cue-before', 'Ann Ito warned, "The bridge will not survive another flood."', 'The bridge will not survive another flood.', 'Ann Ito'],
  ['cue-without-speaker', 'At the meeting, said: "The bridge will not survive another flood."', 'The bridge will not survive another flood.', null],
  ['statement-colon', 'Among the mayor\'s key findings: "Most households cannot afford the new rents."', 'Most households cannot afford the new rents.', 'mayor'],
  ['words-of', 'In Dr. Ito\'s words, "the bridge is a monument to neglect."', 'the bridge is a monument to neglect.', 'Ito'],
  ['evidence-cue', 'The study found "a town that is shrinking fast."', 'a town that is shrinking fast.', 'study'],
  ['cue-later', '"The bridge is finished" in every sense of the word, Ann Ito said.', 'The bridge is finished', 'Ann Ito'],
  ['colon-lead', 'Ann Ito was blunt: "The bridge is finished and so is the budget."', 'The bridge is finished and so is the budget.', 'Ann Ito'],
  ['same-sentence', 'Ann Ito said "we will rebuild" and then "we will do it quickly."', 'we will do it quickly.', 'Ann Ito'],
  ['introduced-paragraph', 'Ann Ito, the mayor, told the council on Monday:\n"We will rebuild the bridge."', 'We will rebuild the bridge.', 'Ann Ito'],
  ['running-speaker', '"We will rebuild," said Ann Ito. The work, "which will take two years at least," starts in May.', 'which will take two years at least', 'Ann Ito'],
  ['introduced', 'Ann Ito told the council on Monday:\nThe bridge, "our oldest and dearest monument," will be rebuilt by May.', 'our oldest and dearest monument', 'Ann Ito'],
  [
    'spoken-fragment',
    'Ann Ito said the bridge would be rebuilt. After the vote, Ito "wanted to go home and sleep for a week."',
    'wanted to go home and sleep for a week.',
    'Ann Ito',
  ],
  ['paragraph-speaker', 'Ann Ito spoke first. "We will rebuild the bridge." She paused. "It will take two years."', 'It will take two years.', 'Ann Ito'],
  ['sentence-before', 'Ann Ito was unapologetic. "I would do it all again."', 'I would do it all again.', 'Ann Ito'],
  [
    'previous-paragraph-speaker',
    '"We will rebuild the bridge," said Ann Ito.\n"It will take two years and most of the budget."',
    'It will take two years and most of the budget.',
    'Ann Ito',
  ],
  [
    'named-before',
    '"We will rebuild," said Ann Ito.\nThe next speaker was Ann Ito again, then the council.\n"The bridge comes first, then the levee."',
    'The bridge comes first, then the levee.',
    'Ann Ito',
  ],
  ['cue-ending-paragraph', 'Ann Ito put it bluntly.\n"The bridge is finished."', 'The bridge is finished.', 'Ann Ito'],
  ['recent-speaker', '"We will rebuild," said Ann Ito.\nThe council met later. The vote was close.\n"The bridge comes first."', 'The bridge comes first.', 'Ann Ito'],
  ['person-before', 'Ann Ito has fished here for 30 years.\n"We lose money every trip."', 'We lose money every trip.', 'Ann Ito'],
  ['run', '"The first paragraph of what the mayor said.\n"The last paragraph of it," said Ann Ito.', 'The first paragraph of what the mayor said.', 'Ann Ito'],
  ['fragment-in-report', 'Ann Ito insisted that the town and its council would remain "very proud."', 'very proud.', 'Ann Ito'],
  ['reported-after', 'Ann Ito said the bridge would be rebuilt by spring.', 'the bridge would be rebuilt by spring', 'Ann Ito'],
  ['reported-before', 'The bridge will be rebuilt by spring, Ann Ito said.', 'The bridge will be rebuilt by spring', 'Ann Ito'],
  ['as-comment-clause', 'The ferry will stop running in May, as the harbour board announced.', 'The ferry will stop running in May', 'harbour board'],
  ['noun-form-closing', 'The ferry has lost money for ten years, Ann Ito notes.', 'The ferry has lost money for ten years', 'Ann Ito'],
  ['preposed-as', 'As the Gazette reported in May, the ferry will stop running.', 'the ferry will stop running', 'Gazette'],
  ['reported-around', 'The difference, Ann Ito said, was the money for the levee.', 'The difference, Ann Ito said, was the money for the levee', 'Ann Ito'],
  ['according-to', 'According to the mayor, the bridge will be rebuilt by spring.', 'the bridge will be rebuilt by spring', 'mayor'],
  ['according-to-appositive', 'According to Ann Ito, a lawyer for the town, the ferry will be sold in May.', 'the ferry will be sold in May', 'Ann Ito'],
  ['speech-noun', "The mayor's pledge that the bridge would reopen was welcomed by traders.", 'the bridge would reopen', 'mayor'],
  ['speech-adjective', 'The mayor is adamant that the bridge will reopen in spring.', 'the bridge will reopen in spring', 'mayor'],
  ['colon-statement', 'The mayor offered a warning: the levee will not hold another spring.', 'the levee will not hold another spring', 'mayor'],
  ['before-quoted-conjunct', 'Ann Ito said she thought that the levee would hold and that the town was "better prepared than ever."', 'the levee would hold', 'Ann Ito'],
];

const DROPPED: readonly (readonly [QuoteRule, string, string])[] = [
  ['title-modifier', 'The "Blue Harbor" singer said she would tour again.', 'Blue Harbor'],
  ['title', 'The council announced "Harbor Lights Rising" on Monday.', 'Harbor Lights Rising'],
  ['term-in-phrase', 'The town is not the "jobs engine" it thinks it is.', 'jobs engine'],
  ['heading', '‘Ferry fares must fall’\nThe council met on Monday.', 'Ferry fares must fall'],
];

/** The text without its `[[…]]` marks, and the block quotations they marked. */
function withBlocks(marked: string): { text: string; blocks: TextRange[] } {
  const blocks: TextRange[] = [];
  const text = marked.replace(/\[\[([^\]]*)\]\]/g, (_, inner: string, at: number) => {
    const start = at - 4 * blocks.length;
    blocks.push({ start, end: start + inner.length });
    return inner;
  });
  return { text, blocks };
}

describe('quote rules', () => {
  test.each(QUOTED)('%s: %j', (rule, marked, quoted, speaker) => {
    const { text, blocks } = withBlocks(marked);
    const found = detectQuotesWithRules(text, blocks).quotes.find((q) => text.slice(q.start, q.end) === quoted);
    expect(found, `no quote ${JSON.stringify(quoted)}`).toBeDefined();
    expect(found?.rule).toBe(rule);
    expect(found?.speaker?.name ?? null).toBe(speaker);
  });

  test.each(DROPPED)('%s drops %j', (rule, text, quoted) => {
    const { quotes, dropped } = detectQuotesWithRules(text);
    expect(dropped.find((d) => text.slice(d.start, d.end) === quoted)?.rule).toBe(rule);
    expect(quotes.some((q) => text.slice(q.start, q.end) === quoted)).toBe(false);
  });

  test('every rule has a row in these tables, and rule ids are unique', () => {
    const rows = new Set<string>([...QUOTED.map(([rule]) => rule), ...DROPPED.map(([rule]) => rule)]);
    expect(QUOTE_RULES.map((r) => r.id).filter((id) => !rows.has(id))).toEqual([]);
    expect(new Set(QUOTE_RULES.map((r) => r.id)).size).toBe(QUOTE_RULES.length);
  });
});
