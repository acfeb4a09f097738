// Closed-class English words (pronouns, determiners, prepositions, auxiliaries, conjunctions,
// subordinators, connectives) as listed in standard grammars (Quirk et al., "A Comprehensive
// Grammar of the English Language", ch. 5–9 and 14), used to find where a speaker's noun phrase and
// a reported clause begin and end; plus the few open-class words those boundaries need: belief
// verbs that decision 6 excludes (`said he believed`), common finite verb forms without `-ed`,
// quantity nouns (`a number of analysts`) and time adverbs (`said Tuesday that`).

/** Words a speaker uses of themselves. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i'd", "i've", "i'll", 'we', 'us', 'our', "we're", "we've", "we'd"]);

export const PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'thing' | 'first'> = new Map([
  ['he', 'person'], ['she', 'person'], ['him', 'person'], ['her', 'person'], ['his', 'person'],
  ['they', 'group'], ['them', 'group'], ['their', 'group'], ['it', 'thing'], ['its', 'thing'],
  ['i', 'first'], ['we', 'first'], ['you', 'first'], ['me', 'first'], ['us', 'first'], ['our', 'first'], ['my', 'first'],
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'into', 'onto', 'over', 'under',
  'like', 'against', 'among', 'between', 'through', 'during', 'after', 'before', 'since', 'toward',
  'towards', 'via', 'per', 'across', 'behind', 'beyond', 'near', 'without', 'within', 'upon', 'amid',
  'despite', 'unlike', 'aboard', 'around', 'inside', 'outside', 'beside', 'besides', 'until', 'than',
  'along', 'alongside', 'throughout',
]);

/** Auxiliaries and adverbs that may stand between a speaker and the verb (`has also said`). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did',
  'does', 'do', 'is', 'are', 'was', 'were', 'also', 'later', 'then', 'once', 'again', 'already', 'still',
  'further', 'never', 'always', 'often', 'just', 'even', 'first', 'now', 'too', 'nevertheless', 'however', 'only',
]);

/** Words that open a subordinate or adverbial clause before the main subject (`Although he…, X said`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'although', 'though', 'while', 'when', 'whenever', 'as', 'after', 'before', 'since', 'because', 'if',
  'unless', 'until', 'once', 'despite', 'in', 'on', 'at', 'for', 'during', 'with', 'without', 'by',
  'from', 'aside', 'just', 'like', 'unlike', 'last', 'next', 'earlier', 'later', 'still', 'yet', 'thus',
  'meanwhile', 'however', 'moreover', 'indeed', 'instead', 'already', 'today', 'yesterday', 'now',
]);

/** Capitalised words that begin sentences but are never part of a name. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'although', 'though', 'as',
  'after', 'before', 'since', 'because', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'to', 'this',
  'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'there', 'here', 'then', 'still', 'also', 'aside', 'until', 'within', 'despite', 'last',
  'next', 'many', 'most', 'some', 'several', 'both', 'each', 'every', 'no', 'not', 'other', 'another',
  'such', 'one', 'what', 'where', 'who', 'why', 'how', 'which', 'whatever', 'however', 'moreover',
  'indeed', 'instead', 'thus', 'meanwhile', 'already', 'today', 'yesterday', 'now', 'just', 'like',
  'unlike', 'even', 'only', 'all', 'any', 'more', 'less', 'few', 'earlier', 'later', 'over', 'under',
  'among', 'amid', 'read', 'image', 'credit', 'photo', 'map', 'analysis', 'firstly', 'secondly',
  'finally', 'given', 'having', 'fuelling', 'fueling', 'whether',
  // Subordinators and prepositions that open a sentence before its subject (`Once Ito was able to speak`).
  'once', 'without', 'unless', 'upon', 'whereas', 'during', 'throughout', 'following', 'across', 'against',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'many', 'most', 'several', 'few', 'all', 'both', 'each', 'every', 'no', 'any', 'other', 'another',
]);

/** Conjunctions and connectives that end a reported clause after a comma (`…, but X`, `…, though`). */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'so', 'though', 'although', 'while', 'whereas', 'yet', 'according', 'citing', 'saying', 'adding',
  'noting', 'arguing', 'insisting', 'warning', 'claiming', 'guaranteeing', 'prompting', 'sparking',
  'leaving', 'meaning', 'making',
]);

/** -ing words that do not end a reported clause after a comma (`…, including Kenya's, needed`). */
export const NON_BREAKING_ING: ReadonlySet<string> = new Set([
  'including', 'excluding', 'regarding', 'concerning', 'following', 'during', 'notwithstanding', 'nothing',
  'something', 'anything', 'everything', 'bring', 'thing', 'king', 'spring', 'evening', 'morning', 'wing',
  'ceiling', 'building', 'funding', 'meeting', 'beijing', 'bombing', 'fighting', 'shooting', 'training',
]);

/** Verbs of belief that a report may wrap around its content (`said he believed …`): not cues themselves. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected',
  'hope', 'hopes', 'hoped', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared', 'worry', 'worries',
  'worried', 'regard', 'regards', 'regarded', 'suspect', 'suspects', 'suspected', 'doubt', 'doubts', 'doubted',
]);

/** Relative pronouns: `X, who said …` takes X as the speaker. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Connectors allowed inside a capitalised name (`Council on Foreign Relations`, `Chiefs of Staff`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'del', 'della', 'da', 'di', 'du', 'des', 'la', 'le', 'al', 'el',
  'van', 'von', 'der', 'den', 'bin', 'ibn', 'y', '&',
]);

/** Words after which a verb form is a noun (`a report`, `his claim`, `the American demand`). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'this', 'these', 'those', 'no', 'every', 'each']);

/** Words of time that may stand between a cue and its content (`said Tuesday that`). */
export const TIME_ADVERBS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly', 'previously', 'recently', 'once', 'now']);

/** Auxiliaries and modals that open a verb group. */
export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/** People told, as pronouns or words for an audience (`told reporters`). */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'parliament', 'congress']);

/** Connectives set off by commas inside a clause (`She warned, however, that`). */
export const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'though', 'too', 'also', 'again', 'moreover', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'therefore', 'indeed', 'furthermore', 'separately', 'privately', 'publicly']);

/** Common finite verb forms without `-ed` (`prices rose`, `talks broke down`, `the city needs`): a bare subject ends before them. */
export const FINITE_VERB_FORMS: ReadonlySet<string> = new Set(['rose', 'fell', 'grew', 'won', 'lost', 'went', 'came', 'took', 'made', 'saw', 'began', 'left', 'kept', 'held', 'hit', 'cut', 'put', 'ran', 'got', 'did', 'broke', 'fought', 'spent', 'paid', 'sold', 'built', 'shot', 'struck', 'drove', 'flew', 'fled', 'met', 'led', 'became', 'remains', 'remained', 'needs', 'needed', 'continues', 'plans', 'wants', 'faces', 'lacks', 'stands', 'seems', 'appears', 'looks']);

/** Words after a comma that open an aside closed by the next comma (`…, including Kenya's, needed`). */
export const PARENTHETICAL_OPENERS: ReadonlySet<string> = new Set(['including', 'who', 'which', 'whom', 'whose', 'especially', 'particularly', 'notably', 'such', 'like', 'a', 'an']);

/** `a number of analysts`, `most of the officials`, `a body of studies`: the group after `of` is the subject. */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['number', 'lot', 'majority', 'minority', 'group', 'handful', 'dozen', 'dozens', 'couple', 'some', 'many', 'most', 'all', 'few', 'several', 'none', 'half', 'scores', 'hundreds', 'thousands', 'body']);

/** Words after which a name starts a clause (`and Smith said`, `because Smith`). */
export const SUBJECT_LEADS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'because', 'that', 'since', 'after', 'before', 'if', 'although', 'though', 'whereas', 'until', 'so', 'yet', 'then']);

/** Words ending in `-ly` that are not adverbs (`family`, `assembly`, `rally`, `July`, `daily`). */
const LY_NON_ADVERBS: ReadonlySet<string> = new Set([
  'family', 'assembly', 'rally', 'ally', 'supply', 'reply', 'italy', 'july', 'belly', 'bully', 'jelly', 'lily',
  'holly', 'sally', 'kelly', 'emily', 'molly', 'billy', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'anomaly', 'monopoly', 'homily', 'melancholy', 'only', 'early', 'likely', 'unlikely', 'friendly', 'elderly',
]);

/** An `-ly` adverb (`privately`, `repeatedly`), not a noun or adjective that happens to end so. */
export const isAdverb = (norm: string): boolean => norm.length > 4 && norm.endsWith('ly') && !LY_NON_ADVERBS.has(norm);
