// Every rule that marks a quote, or drops a quotation as no quote, by name. Each quote the detector
// finds carries the name of the rule that attributed it (`detectQuotesWithRules`), so that
// `npm run eval -- --rules` can tell how often each rule fires and how often it is right, and a rule's
// test table can say which rule a sentence exercises. The list is in the order the rules are tried in
// each sentence: its quotations' own sentence (ATTRIBUTION_RULES in attribution-rules.ts: the first
// that finds an attribution wins), then for a quotation with none there its context (CONTEXT_RULES,
// in order), then the sentence's place under a colon and its reported speech (`reported()` in
// quotes.ts, `findReported` in indirect.ts); signed passages come last and take the place of what
// the others found inside them.

export interface QuoteRuleInfo {
  readonly id: string;
  /** What the rule reads, with an invented example. */
  readonly what: string;
  readonly stage: 'structure' | 'in the sentence' | 'context' | 'reported' | 'drop';
}

export const QUOTE_RULES = [
  { id: 'title-modifier', stage: 'drop', what: 'a title modifying a noun (`the "Blue Harbor" singer said`) is a name, whatever cue follows' },
  { id: 'dash-name', stage: 'in the sentence', what: '`"…" — the minister`: a name after a dash' },
  { id: 'inverted-cue-after', stage: 'in the sentence', what: '`"…," said Ann Ito`' },
  { id: 'cue-after', stage: 'in the sentence', what: '`"…," she said`, `"…," the mayor told reporters`' },
  {
    id: 'as-comment-after-quote',
    stage: 'in the sentence',
    what: '`"…," as the harbour board announced, "…"`: a comment clause opened by `as` right after the quotation, its cue closing it',
  },
  { id: 'is-how', stage: 'in the sentence', what: '`"On the brink" is how the authors described it`' },
  { id: 'next-sentence', stage: 'in the sentence', what: '`"Who pays?" Park asked.`, `"…." That is how Ito put it.`: a short sentence after the quotation' },
  { id: 'title', stage: 'drop', what: 'a title in quotation marks (`announcing "Harbor Lights Rising"`) with no cue after it' },
  { id: 'term-in-phrase', stage: 'drop', what: 'a short term inside a noun phrase that runs on (`the "jobs engine" it thinks it is`)' },
  { id: 'name-colon', stage: 'in the sentence', what: '`Ann Ito: "…"`' },
  { id: 'according-to-quote', stage: 'in the sentence', what: '`According to the mayor, "…"`' },
  { id: 'passive-by', stage: 'in the sentence', what: '`described as "reckless" by the union`' },
  {
    id: 'reduced-passive',
    stage: 'in the sentence',
    what: '`Described as "a gentle film" by the studio, …`: a past participle without its auxiliary, opening the sentence or an aside',
  },
  { id: 'passive-in-document', stage: 'in the sentence', what: '`(described as "a short trial" in the council report)`: a passive whose source is a document named after `in`' },
  { id: 'cue-before', stage: 'in the sentence', what: '`Ito warned, "…"`, `Ito declared that "…"`' },
  { id: 'cue-without-speaker', stage: 'in the sentence', what: '`…, said: "…"`: speech introduced at its marks, its speaker left to the context' },
  { id: 'statement-colon', stage: 'in the sentence', what: '`Among its key findings: "…"`, `Ito\'s answer: "…"`' },
  { id: 'words-of', stage: 'in the sentence', what: '`In Dr. Ito\'s words, "…"`' },
  { id: 'evidence-cue', stage: 'in the sentence', what: '`Ito said the figures showed "…"`: the speaker of the cue before the evidence verb' },
  { id: 'cue-later', stage: 'in the sentence', what: '`"…" in that law, Ito said.`' },
  { id: 'colon-lead', stage: 'in the sentence', what: '`Ito was blunt: "…"`: a short clause about a person ending in a colon' },

  { id: 'same-sentence', stage: 'context', what: 'a second quotation in a sentence whose first is attributed (`"…," she said, "…"`)' },
  { id: 'introduced-paragraph', stage: 'context', what: 'a quotation opening a paragraph under `X said:`' },
  { id: 'heading', stage: 'drop', what: 'a short quoted line standing alone without sentence punctuation (`‘Ferry fares must fall’`) is a heading' },
  { id: 'running-speaker', stage: 'context', what: "a quotation of four words or more inside a sentence, after the same paragraph's speaker" },
  { id: 'introduced', stage: 'context', what: 'a quotation inside a sentence of a paragraph under `X said:`' },
  {
    id: 'spoken-fragment',
    stage: 'context',
    what: '`after the storm Ito "wanted to sleep for a week"`: a fragment with no cue, for the known speaker its sentence names',
  },
  { id: 'paragraph-speaker', stage: 'context', what: "a quotation standing alone, after the same paragraph's speaker" },
  { id: 'sentence-before', stage: 'context', what: '`Ito was unapologetic. "I would do it again."`: the cue or the person of the sentence before' },
  { id: 'previous-paragraph-speaker', stage: 'context', what: "a quotation paragraph after a paragraph whose last quote is someone's" },
  { id: 'named-before', stage: 'context', what: 'a quotation paragraph after a paragraph naming a known speaker' },
  { id: 'cue-ending-paragraph', stage: 'context', what: '`Ann Ito put it bluntly.¶"…"`' },
  { id: 'recent-speaker', stage: 'context', what: 'the last speaker, within three paragraphs' },
  { id: 'person-before', stage: 'context', what: '`Ito has fished here for 30 years.¶"We lose money every trip."`' },
  { id: 'run', stage: 'context', what: '`"First paragraph.¶"Last paragraph," said Ito.`: earlier paragraphs of a quotation run' },

  { id: 'blockquote', stage: 'structure', what: 'a <blockquote> paragraph whose introducer ends in a cue and a colon, or speaks in the first person after a cue' },
  { id: 'paragraph-under-colon', stage: 'structure', what: 'a paragraph of several sentences right under `X said:`, a block quotation without marks' },
  { id: 'point-under-colon', stage: 'structure', what: 'a one-sentence reported point under `X said:` (indirect)' },
  { id: 'colon-statement', stage: 'reported', what: '`Among its key findings: most households …`' },
  { id: 'speech-noun', stage: 'reported', what: "`his vow that …`, `the union's threat to strike`, `its call for …`" },
  { id: 'speech-adjective', stage: 'reported', what: '`The minister is adamant that …`' },
  { id: 'according-to', stage: 'reported', what: '`According to X, …`, `…, according to X.`' },
  { id: 'according-to-appositive', stage: 'reported', what: "`According to Ann Ito, a lawyer for the town, the …`: the content starts past the source's appositive" },
  { id: 'reported-before', stage: 'reported', what: '`…, Ito said.`, `…, said Ito.`' },
  { id: 'as-comment-clause', stage: 'reported', what: '`…, as the harbour board announced.`: a comment clause opened by `as` closing the sentence' },
  { id: 'noun-form-closing', stage: 'reported', what: '`…, Ann Ito notes.`: a verb form as often a noun (`notes`, `claims`) that closes the sentence after a clause' },
  { id: 'reported-around', stage: 'reported', what: '`The difference, Ito said, was …` (decision 5)' },
  {
    id: 'preposed-as',
    stage: 'reported',
    what: '`As the Gazette reported in May, …`, `Or perhaps, as the keen birdwatcher suggested, …`: a preposed `as` clause, after one or two sentence adverbs, introduces the clause after its comma',
  },
  { id: 'reported-after', stage: 'reported', what: '`Ito said (that) …`, `told X to …`, `accused X of …`: content after a reporting verb' },
  { id: 'before-quoted-conjunct', stage: 'reported', what: '`said that A and that "…"`: the clauses before the one holding the quotation' },
  { id: 'fragment-in-report', stage: 'reported', what: '`Ito insisted the town would remain "very proud."`: the speaker\'s words closing their reported speech (decision 2)' },

  {
    id: 'signed-passage',
    stage: 'structure',
    what: 'last, over what the other rules found there: an embedded post or roundup answer signed by its author (`— Ann Ito (@ann) May 2, 2019`)',
  },
] as const satisfies readonly QuoteRuleInfo[];

export type QuoteRule = (typeof QUOTE_RULES)[number]['id'];
