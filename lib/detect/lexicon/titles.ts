// Honorifics, offices and ranks written before a name in English news (AP Stylebook "titles",
// Reuters handbook on names and titles, military ranks of the US/UK armed forces), and the role
// nouns that stand for a person in reported speech (`the spokesman said`). Speaker names drop them
// (docs/annotation-guide.md decision 7).

/** Title words, lower-cased, that precede a name (`Prime Minister Anna Berg`, `Gen. Tom Hale`). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president',
  'vice', 'prime', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'general', 'gen', 'colonel', 'col',
  'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant', 'sgt', 'commander',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'judge', 'justice', 'ambassador', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'rev', 'reverend', 'father', 'rabbi',
  'imam', 'sheikh', 'speaker', 'leader', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'attorney', 'ceo', 'premier', 'commissioner', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'editor', 'correspondent', 'officer', 'superintendent', 'inspector', 'detective', 'constable',
  'sheriff', 'marshal', 'coach', 'manager', 'founder', 'executive', 'economist', 'analyst', 'dean',
  'emir', 'sultan', 'ayatollah', 'gen.', 'field', 'brigadier', 'private', 'corporal', 'cpl', 'pfc',
  'skipper', 'owner', 'councillor', 'councilman', 'councilwoman', 'alderman', 'trustee', 'supervisor',
  'assemblyman', 'assemblywoman', 'delegate', 'chancellor', 'provost', 'principal', 'pastor', 'sister', 'brother',
]);

/**
 * Trades by which entertainment and sport news names a person it has just named (`the actress said`,
 * `the singer wrote`): they refer back to the last person, as a pronoun does.
 */
export const TRADE_NOUNS: ReadonlySet<string> = new Set([
  'singer', 'actress', 'actor', 'rapper', 'comedian', 'musician', 'songwriter', 'host', 'producer', 'designer',
  'artist', 'athlete', 'player', 'quarterback', 'chef', 'dancer', 'filmmaker', 'novelist', 'poet', 'entertainer', 'star',
]);

/** Role nouns that stand for a person as a speaker (`the president said`, `his spokesman said`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'general',
  'colonel', 'commander', 'chairman', 'chairwoman', 'director', 'judge', 'ambassador', 'king', 'queen',
  'prince', 'pope', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'official',
  'editor', 'correspondent', 'officer', 'premier', 'commissioner', 'envoy', 'chief', 'executive',
  'economist', 'analyst', 'expert', 'researcher', 'scientist', 'professor', 'lawmaker', 'lawyer',
  'attorney', 'prosecutor', 'witness', 'resident', 'doctor', 'diplomat', 'aide', 'adviser', 'advisor',
  'activist', 'representative', 'congressman', 'congresswoman', 'founder', 'manager', 'coach',
  'author', 'writer', 'historian', 'strategist', 'negotiator', 'investigator', 'ranger', 'elder',
  'candidate', 'chair', 'head', 'owner', 'insider', 'veteran', 'survivor', 'victim', 'teacher',
  'student', 'farmer', 'worker', 'member', 'fellow', 'firefighter', 'driver', 'passenger', 'nurse', 'soldier',
  'fisherman', 'shopkeeper', 'customer', 'shopper', 'voter', 'parent', 'mother', 'father', 'protester',
  'campaigner', 'volunteer', 'paramedic', 'pilot', 'engineer', 'neighbour', 'neighbor', 'commuter', 'tenant',
  'landlord', 'employee', 'organiser', 'organizer', 'observer', 'commentator', 'blogger', 'journalist', 'reporter',
  'skipper', 'captain', 'councillor', 'trustee', 'supervisor', 'principal', 'pastor', 'photographer', 'poster', 'commenter',
  ...TRADE_NOUNS,
]);

/** Titles that are abbreviations written with a full stop (`Mr.`, `Gen.`), for the sentence splitter. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt', 'adm', 'sgt',
  'rev', 'st', 'jr', 'sr', 'cpl', 'pfc', 'supt', 'insp', 'det', 'hon', 'messrs', 'mme', 'mlle',
]);
