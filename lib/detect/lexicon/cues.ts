// Reporting vocabulary of English news prose: the reporting verbs of descriptive grammar (Quirk et
// al., "A Comprehensive Grammar of the English Language", §16.63 verbs of saying; Biber et al.,
// "Longman Grammar of Spoken and Written English", speech-act and communication verbs), with the
// verbs of reporting by documents (`found`, `projected`, `estimated`) that docs/annotation-guide.md
// decision 6 counts, each in all its inflections, plus the speech nouns that take a that-clause.
// Belief and feeling verbs (`think`, `believe`, `worry`) are deliberately absent (decision 6).

/** Base form → inflected forms (3rd person, past, past participle, -ing). */
const VERBS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['warn', 'warns', 'warned', 'warning'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['contend', 'contends', 'contended', 'contending'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noting'],
  ['report', 'reports', 'reported', 'reporting'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['state', 'states', 'stated', 'stating'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['estimate', 'estimates', 'estimated', 'estimating'],
  ['project', 'projects', 'projected', 'projecting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  ['find', 'finds', 'found', 'finding'],
  ['show', 'shows', 'showed', 'shown', 'showing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['promise', 'promises', 'promised', 'promising'],
  ['urge', 'urges', 'urged', 'urging'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted', 'posting'],
  ['observe', 'observes', 'observed', 'observing'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['inform', 'informs', 'informed', 'informing'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['disclose', 'discloses', 'disclosed', 'disclosing'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['ask', 'asks', 'asked', 'asking'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['cry', 'cries', 'cried', 'crying'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['whisper', 'whispers', 'whispered', 'whispering'],
  ['describe', 'describes', 'described', 'describing'],
  ['present', 'presents', 'presented', 'presenting'],
  ['characterise', 'characterises', 'characterised', 'characterising'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['call', 'calls', 'called', 'calling'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['defend', 'defends', 'defended', 'defending'],
  ['cite', 'cites', 'cited', 'citing'],
  ['quote', 'quotes', 'quoted', 'quoting'],
  ['sum', 'sums', 'summed', 'summing'],
  ['divulge', 'divulges', 'divulged', 'divulging'],
  ['signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  // Further verbs of saying from the same grammars' lists (Quirk §16.63, Biber speech-act verbs).
  ['instruct', 'instructs', 'instructed', 'instructing'],
  ['order', 'orders', 'ordered', 'ordering'],
  ['advise', 'advises', 'advised', 'advising'],
  ['recommend', 'recommends', 'recommended', 'recommending'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['notify', 'notifies', 'notified', 'notifying'],
  ['alert', 'alerts', 'alerted', 'alerting'],
  ['reassure', 'reassures', 'reassured', 'reassuring'],
  ['implore', 'implores', 'implored', 'imploring'],
  ['beg', 'begs', 'begged', 'begging'],
  ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  ['counter', 'counters', 'countered', 'countering'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['concur', 'concurs', 'concurred', 'concurring'],
  ['protest', 'protests', 'protested', 'protesting'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['hint', 'hints', 'hinted', 'hinting'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['speculate', 'speculates', 'speculated', 'speculating'],
  ['theorise', 'theorises', 'theorised', 'theorising'],
  ['theorize', 'theorizes', 'theorized', 'theorizing'],
  ['posit', 'posits', 'posited', 'positing'],
  ['hypothesise', 'hypothesises', 'hypothesised', 'hypothesising'],
  ['hypothesize', 'hypothesizes', 'hypothesized', 'hypothesizing'],
  ['confide', 'confides', 'confided', 'confiding'],
  ['confess', 'confesses', 'confessed', 'confessing'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['mutter', 'mutters', 'muttered', 'muttering'],
  ['murmur', 'murmurs', 'murmured', 'murmuring'],
  ['grumble', 'grumbles', 'grumbled', 'grumbling'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['highlight', 'highlights', 'highlighted', 'highlighting'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['elaborate', 'elaborates', 'elaborated', 'elaborating'],
  ['clarify', 'clarifies', 'clarified', 'clarifying'],
  ['charge', 'charges', 'charged', 'charging'],
  // Manner verbs that attribute a quotation (`"…," she laughed`) but report content only with `that`.
  ['continue', 'continues', 'continued', 'continuing'],
  ['laugh', 'laughs', 'laughed', 'laughing'],
  ['sigh', 'sighs', 'sighed', 'sighing'],
  ['chuckle', 'chuckles', 'chuckled', 'chuckling'],
  ['muse', 'muses', 'mused', 'musing'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['scream', 'screams', 'screamed', 'screaming'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['fume', 'fumes', 'fumed', 'fuming'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['deadpan', 'deadpans', 'deadpanned', 'deadpanning'],
  ['growl', 'growls', 'growled', 'growling'],
  ['bark', 'barks', 'barked', 'barking'],
  ['tease', 'teases', 'teased', 'teasing'],
  ['gush', 'gushes', 'gushed', 'gushing'],
  ['rave', 'raves', 'raved', 'raving'],
  ['marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling'],
  ['reflect', 'reflects', 'reflected', 'reflecting'],
  ['reminisce', 'reminisces', 'reminisced', 'reminiscing'],
  ['interrupt', 'interrupts', 'interrupted', 'interrupting'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['echo', 'echoes', 'echoed', 'echoing'],
  ['summarise', 'summarises', 'summarised', 'summarising'],
  ['summarize', 'summarizes', 'summarized', 'summarizing'],
  ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  ['disagree', 'disagrees', 'disagreed', 'disagreeing'],
  ['simper', 'simpers', 'simpered', 'simpering'],
  ['sneer', 'sneers', 'sneered', 'sneering'],
  ['gasp', 'gasps', 'gasped', 'gasping'],
  // Verbs of establishing a finding, a report's or an investigation's (decision 6: a study that `found`).
  ['determine', 'determines', 'determined', 'determining'],
  ['demonstrate', 'demonstrates', 'demonstrated', 'demonstrating'],
  ['establish', 'establishes', 'established', 'establishing'],
  // `offered that …`: a statement put forward.
  ['offer', 'offers', 'offered', 'offering'],
  // `"…," the statement read`: a document's wording.
  ['read', 'reads', 'reading'],
];

/** Manner verbs added above that attribute a quotation (`"…," she snapped`) and report nothing themselves. */
const MANNER_VERBS = ['simper', 'sneer', 'gasp', 'yell', 'scream', 'snap', 'fume', 'scoff', 'deadpan', 'growl', 'bark', 'tease', 'gush', 'rave', 'marvel', 'reflect', 'reminisce', 'interrupt', 'wonder', 'repeat', 'echo', 'summarise', 'summarize', 'rebut', 'disagree'];

/** The verbs added above whose reported content needs `that` (`charged that`, `ruled that`, `hinted that`). */
const THAT_ONLY_ADDITIONS = [
  'advise', 'recommend', 'propose', 'notify', 'alert', 'reassure', 'implore', 'beg', 'plead', 'counter',
  'retort', 'concur', 'protest', 'interject', 'hint', 'affirm', 'proclaim', 'speculate', 'theorise',
  'theorize', 'posit', 'hypothesise', 'hypothesize', 'confide', 'confess', 'lament', 'mutter', 'murmur', 'grumble',
  'brag', 'swear', 'guarantee', 'underline', 'underscore', 'highlight', 'recount', 'elaborate',
  'clarify', 'charge', 'continue', 'laugh', 'sigh', 'chuckle', 'muse', 'read', 'determine', 'demonstrate', 'establish', 'offer', ...MANNER_VERBS,
];

/** Every inflected form of a reporting verb → its base form. */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map(VERBS.flatMap(([base, ...forms]) => [base, ...forms].map((f) => [f, base] as const)));

/** Verbs that report a statement only with a particle or a following complement, never alone as `X said.`. */
export const COMPLEMENT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'call', 'describe', 'present', 'characterise', 'characterize', 'dismiss', 'criticise', 'criticize', 'condemn', 'defend', 'cite', 'quote', 'sum', 'accuse',
  'urge', 'vow', 'pledge', 'promise', 'threaten', 'demand', 'ask', 'show', 'find', 'indicate', 'agree',
  'mention', 'post', 'answer', 'respond', 'project', 'remind', 'assure', 'inform',
  'instruct', 'order', 'advise', 'recommend', 'propose', 'notify', 'alert', 'implore', 'beg', 'hint',
  'highlight', 'underline', 'underscore', 'charge', 'protest', 'determine', 'demonstrate', 'establish', 'offer',
]);

/** Verbs whose content is a to-infinitive (`vowed to keep trying`) as well as a clause. */
export const TO_INFINITIVE_VERBS: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'urge', 'agree', 'demand', 'ask', 'propose', 'plead', 'swear', 'guarantee']);

/** Directives: the person addressed and a to-infinitive are the content (`urged residents to leave`, `ordered the staff to stay`). */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['urge', 'advise', 'order', 'instruct']);

/** Verbs that take a person object before their content (`told reporters that`, `urged Congress to`). */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(['tell', 'warn', 'assure', 'inform', 'remind', 'urge', 'accuse', 'ask', 'instruct', 'advise', 'notify', 'alert', 'reassure', 'implore', 'beg']);

/** Verbs that need a particle to report speech: `called on/for`, `summed up`, `pointed out`, `made clear`. */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'for'])],
  ['sum', new Set(['up'])],
  ['point', new Set(['out'])],
  ['make', new Set(['clear'])],
  ['talk', new Set(['about'])],
  ['put', new Set(['it'])],
]);

/** Forms of verbs that only report speech with a particle (`point out`, `make clear`). */
export const PARTICLE_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  ([
    ['point', 'points', 'pointed', 'pointing'],
    ['make', 'makes', 'made', 'making'],
    ['talk', 'talks', 'talked', 'talking'],
    ['put', 'puts', 'put', 'putting'],
  ] as const).flatMap(([base, ...forms]) => [base, ...forms].map((f) => [f, base] as const)),
);

/** Nouns of saying that report content in a that-clause (`his vow that`, `the declaration that`). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'declaration', 'vow', 'vows', 'pledge', 'pledges', 'promise', 'promises',
  'claim', 'claims', 'assertion', 'assertions', 'warning', 'warnings', 'insistence', 'admission',
  'announcement', 'assurance', 'assurances', 'argument', 'allegation', 'allegations', 'suggestion',
  'prediction', 'message', 'reminder', 'threat', 'acknowledgment', 'acknowledgement', 'testimony',
  'contention', 'call', 'calls', 'demand', 'demands', 'accusation', 'accusations', 'denial', 'plea', 'pleas', 'appeal',
]);

/** Speech nouns whose content may be a to-infinitive (`his vow to rebuild`, `the council's threat to sue`), like their verbs. */
export const INFINITIVE_SPEECH_NOUNS: ReadonlySet<string> = new Set(['vow', 'vows', 'pledge', 'pledges', 'promise', 'promises', 'threat', 'call', 'calls', 'plea', 'pleas', 'appeal', 'demand', 'demands']);

/** Speech nouns whose content follows `for` (`its call for calm`, `issued a plea for witnesses`). */
export const FOR_SPEECH_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'plea', 'pleas', 'appeal']);

/** Verbs that make a speech act of a speech noun (`issued a warning that`, `made a plea for`). */
export const SPEECH_ACT_VERBS: ReadonlySet<string> = new Set([
  'issue', 'issues', 'issued', 'issuing', 'make', 'makes', 'made', 'making', 'give', 'gives', 'gave', 'given', 'giving',
  'deliver', 'delivers', 'delivered', 'delivering', 'send', 'sends', 'sent', 'sending', 'repeat', 'repeats', 'repeated',
  'repeating', 'renew', 'renews', 'renewed', 'renewing', 'release', 'releases', 'released', 'releasing',
]);

/** Nouns for what a source said or concluded that introduce its words after a colon (`Among its key findings: "…"`, `gave its verdict: "…"`). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS, 'finding', 'findings', 'theory', 'theories', 'verdict', 'message', 'explanation', 'explanations',
  'conclusion', 'conclusions', 'response', 'answer', 'advice', 'view', 'views', 'words', 'reply', 'comment', 'comments',
  'remark', 'remarks', 'plea', 'appeal', 'instructions', 'recommendation', 'recommendations', 'assessment', 'summary',
  'argument', 'arguments', 'reasoning', 'position', 'reaction', 'thoughts', 'prediction', 'predictions', 'diagnosis',
  'takeaway', 'takeaways', 'mood', 'word', 'introduction', 'foreword', 'preface', 'speech', 'address', 'essay',
  'post', 'tweet', 'letter', 'column', 'testimony', 'remarks', 'point', 'points', 'question', 'questions', 'complaint', 'complaints', 'retort',
]);

/** Messages that speak for their senders before a participle cue (`messages saying …`, `emails accusing …`). */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['messages', 'posts', 'emails', 'letters', 'texts', 'tweets', 'notes', 'signs', 'banners', 'placards']);

/** Adjectives that report a stance after `is/was` with a that-clause (`is adamant that`). */
export const SPEECH_ADJECTIVES: ReadonlySet<string> = new Set(['adamant', 'insistent', 'emphatic', 'categorical', 'explicit']);

/** Past participles of cue verbs that after `is/was/been` make a sourceless passive unless `by X` follows. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Verbs that report a person's content only with `that` (`added that`, not `added the figure`). */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set([...THAT_ONLY_ADDITIONS, 'signal', 'point', 'reiterate', 'threaten', 'vow', 'pledge', 'promise', 'find', 'show', 'indicate', 'agree', 'mention', 'answer', 'respond', 'reply', 'post', 'remind', 'inform', 'assure', 'defend', 'condemn', 'cite', 'quote', 'describe', 'call', 'criticise', 'criticize', 'ask', 'demand', 'deny', 'reveal', 'recall', 'observe', 'tweet', 'write', 'report', 'add', 'note', 'confirm', 'announce', 'explain', 'stress', 'emphasise', 'emphasize', 'reiterate', 'remark', 'testify', 'disclose', 'complain', 'boast', 'joke', 'quip', 'whisper', 'shout', 'cry', 'exclaim', 'caution', 'maintain', 'allege']);

/** Of those, the ones a document or a publication uses without `that` (`a report found several battalions`). */
export const DOCUMENT_REPORT_VERBS: ReadonlySet<string> = new Set(['find', 'show', 'indicate', 'report', 'reveal', 'note']);

/** Verbs whose content may be a gerund clause (`reported seeing a flash`, `denied taking bribes`). */
export const GERUND_VERBS: ReadonlySet<string> = new Set(['report', 'admit', 'deny', 'recall', 'mention', 'acknowledge', 'suggest', 'recommend', 'propose', 'confess', 'describe']);

/** Manner verbs that attribute a quotation (`"…," she laughed`) and never report content themselves. */
export const QUOTATION_ONLY_VERBS: ReadonlySet<string> = new Set(['continue', 'laugh', 'sigh', 'chuckle', 'muse', 'read', ...MANNER_VERBS]);

/** Verbs of judging something as something (`described the plan as a trap`, `dismissed it as noise`): the object and its `as` phrase are the content. */
export const AS_JUDGEMENT_VERBS: ReadonlySet<string> = new Set(['describe', 'present', 'characterise', 'characterize', 'dismiss']);

/** Verbs that never carry reported content themselves (`summed up`, `described`, `cited`). */
export const CONTENTLESS_VERBS: ReadonlySet<string> = new Set(['sum', 'describe', 'present', 'characterise', 'characterize', 'dismiss', 'cite', 'quote', 'defend', 'condemn', 'criticise', 'criticize', 'call', 'respond', 'reply', 'answer', 'ask']);

/** Verbs whose content may be an amount rather than a clause (`estimated the damage at $5bn`). */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['estimate', 'forecast', 'project', 'predict', 'calculate']);

/** Verbs that start another attribution only with `that`; as a clause's main verb they are just verbs (`will find`). */
export const ATTRIBUTION_NEEDS_THAT: ReadonlySet<string> = new Set(['find', 'show', 'indicate', 'agree', 'call', 'describe', 'present', 'characterise', 'characterize', 'dismiss', 'project', 'post', 'answer', 'respond', 'defend', 'condemn', 'cite', 'quote', 'sum', 'ask', 'demand', 'mention']);

/** Verbs that put a name or a term in quotation marks as often as words (`called it "a disgrace"`, `defended "surge prices"`). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['read', 'call', 'describe', 'present', 'characterise', 'characterize', 'dismiss', 'defend', 'cite', 'quote', 'criticise', 'criticize', 'condemn', 'announce', 'dub']);

/** Verbs that put their subject after them in news copy (`"…," said Anna Kay`). */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(['say', 'add', 'write', 'explain', 'note', 'ask', 'reply', 'insist', 'warn', 'argue', 'claim', 'declare', 'tell']);

/** Verbs of evidence: a quotation after them belongs to a speaking cue before them, if there is one. */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'indicate', 'find', 'suggest', 'mean']);

/** Verbs that cannot attribute a quote standing after them with nothing between (`"…," called X`). */
export const OBJECT_FIRST_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'present', 'characterise', 'characterize', 'dismiss', 'accuse', 'cite', 'notify', 'alert', 'charge', 'highlight', 'underline', 'underscore', 'quote', 'criticise', 'criticize', 'condemn', 'defend', 'find', 'show', 'project']);

/** Verb forms that are as often nouns (`member states`, `Treasury note`): they report only with `that` or a plain verb subject. */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'state', 'states', 'report', 'reports', 'claim', 'claims', 'note', 'notes', 'post', 'posts', 'project', 'projects',
  'estimate', 'estimates', 'find', 'finds', 'show', 'shows', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows',
  'call', 'calls', 'answer', 'answers', 'reply', 'replies', 'quote', 'quotes', 'demand', 'demands', 'stress', 'remark',
  'remarks', 'tweet', 'tweets', 'joke', 'jokes', 'cry', 'cries', 'whisper', 'whispers', 'shout', 'shouts', 'forecast',
  'forecasts', 'caution', 'cautions', 'warning', 'finding', 'saying', 'writing', 'suggestion', 'threat', 'threats',
  'cite', 'cites', 'sum', 'sums', 'record', 'records', 'mention', 'mentions', 'respond', 'answer', 'defend', 'testify',
  'alert', 'alerts', 'order', 'orders', 'counter', 'counters', 'protest', 'protests', 'hint',
  'hints', 'highlight', 'highlights', 'charge', 'charges', 'laugh', 'laughs', 'sigh', 'sighs',
  'muse', 'muses', 'murmur', 'murmurs', 'guarantee', 'guarantees', 'lament',
  'laments', 'recount', 'recounts', 'underline', 'underlines', 'continues', 'swear', 'beg', 'plead', 'confide',
  'yell', 'yells', 'scream', 'screams', 'snap', 'snaps', 'fumes', 'bark', 'barks', 'rave', 'raves', 'marvel', 'marvels',
  'echo', 'echoes', 'repeat', 'repeats', 'wonder', 'gush', 'tease',
]);
