// Nouns a number is hyphened to in English compound adjectives (`a six-member crew`, `a
// 45-year-old man`), from common news usage: the heads that make the number a count of them, and
// the nouns for people whose age such a compound gives (a person's age is not a claim, a thing's is).

/** Singular nouns that, hyphened after a number word, count something (`a three-judge panel`, `a two-car crash`). */
export const COUNT_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'member', 'person', 'man', 'woman', 'judge', 'justice', 'seat', 'bed', 'bedroom', 'room', 'storey', 'story',
  'floor', 'lane', 'car', 'vehicle', 'vessel', 'ship', 'boat', 'engine', 'page', 'nation', 'country', 'team',
  'player', 'officer', 'strong', 'candidate', 'child', 'passenger', 'bus', 'truck',
  // the parts a work, a plan or a system is made of (`a two-part series`, `a four-volume history`,
  // `a five-folder system`, `a 10-point plan`, `a three-step process`)
  'part', 'volume', 'chapter', 'episode', 'folder', 'point', 'step',
  // `a four-basis-point drop`: a measure whose unit is two words.
  'basis',
]);

/** Heads that, hyphened after a number word, multiply it (`a two-fold rise`, as `10-fold` does): a claim, not a name. */
export const MULTIPLIER_HEADS: ReadonlySet<string> = new Set(['fold']);

/** Nouns for people (after an age compound: `a 45-year-old man`, `the 30-year-old driver`. */
export const PERSON_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'toddler', 'infant', 'teen', 'teenager', 'youth', 'son', 'daughter',
  'mother', 'father', 'mom', 'mum', 'dad', 'wife', 'husband', 'partner', 'brother', 'sister', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'friend', 'neighbour',
  'neighbor', 'driver', 'rider', 'cyclist', 'motorist', 'pedestrian', 'passenger', 'pilot', 'suspect', 'victim',
  'defendant', 'student', 'pupil', 'worker', 'employee', 'officer', 'soldier', 'veteran', 'patient', 'resident',
  'player', 'athlete', 'runner', 'actor', 'actress', 'singer', 'star', 'rapper', 'model', 'nurse', 'doctor',
  'teacher', 'farmer', 'fisherman', 'mechanic', 'owner', 'founder', 'chief', 'executive', 'president', 'leader',
  'candidate', 'politician', 'senator', 'lawmaker', 'mayor', 'gunman', 'attacker', 'assailant', 'shooter', 'killer',
  'survivor', 'widow', 'widower', 'retiree', 'pensioner', 'refugee', 'migrant',
  'tourist', 'climber', 'swimmer', 'hiker', 'volunteer', 'activist', 'protester', 'journalist', 'reporter',
  'sophomore', 'freshman', 'junior', 'senior', 'graduate', 'apprentice', 'intern', 'trainee', 'recruit', 'inmate',
  'prisoner', 'detainee', 'convict', 'hostage', 'fugitive', 'offender', 'perpetrator', 'robber', 'thief', 'burglar',
  'accused', 'dancer', 'musician', 'artist', 'writer', 'author', 'blogger', 'influencer', 'fan', 'supporter',
  'customer', 'shopper', 'tenant', 'homeowner', 'landlord', 'parent', 'grandparent', 'grandma', 'grandpa', 'kid',
  'youngster', 'lad', 'bride', 'groom', 'girlfriend', 'boyfriend', 'spouse', 'sibling', 'twin', 'skier', 'surfer',
  'diver', 'boxer', 'footballer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher',
  'golfer', 'cricketer', 'jockey', 'champion', 'winner', 'contestant', 'entrepreneur', 'businessman',
  'businesswoman', 'banker', 'lawyer', 'attorney', 'engineer', 'scientist', 'researcher', 'professor', 'priest',
  'pastor', 'imam', 'rabbi', 'monk', 'nun', 'cop', 'policeman', 'policewoman', 'firefighter', 'paramedic', 'sailor',
  'marine', 'airman', 'trooper', 'sergeant', 'captain', 'lieutenant', 'corporal', 'citizen', 'immigrant', 'villager',
  'lady', 'gentleman', 'female', 'male', 'person', 'individual', 'adult', 'minor', 'juvenile', 'centenarian',
  'men', 'women', 'boys', 'girls', 'children', 'people', 'students', 'twins', 'sons', 'daughters', 'players',
  // trades of the arts, business and media (`the 31-year-old filmmaker`)
  'filmmaker', 'director', 'producer', 'composer', 'photographer', 'designer', 'chef', 'comedian', 'comic',
  'novelist', 'poet', 'playwright', 'screenwriter', 'painter', 'sculptor', 'architect', 'economist', 'analyst',
  'investor', 'billionaire', 'millionaire', 'heir', 'heiress', 'socialite', 'entertainer', 'host', 'presenter',
  'coach', 'manager',
]);
