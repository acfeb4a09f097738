// Words for collective and institutional sources in news attribution (the source types of
// journalism style guides: officials, experts, documents, media, organisations), the words that
// mark an organisation's or a place's name, and the quantifiers and determiners a group speaker
// drops (docs/annotation-guide.md decision 7: `most experts` → `experts`). Compiled for this project from
// common English usage in wire and newspaper copy.

/** Plural or collective nouns that name a group speaker (`officials said`, `analysts say`). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'experts', 'analysts', 'economists', 'sources', 'source', 'diplomats', 'authorities',
  'investigators', 'researchers', 'scientists', 'lawmakers', 'legislators', 'politicians', 'leaders',
  'critics', 'supporters', 'opponents', 'advocates', 'activists', 'residents', 'witnesses', 'observers',
  'hawks', 'doves', 'elders', 'police', 'military', 'army', 'government', 'administration', 'ministry',
  'men', 'women', 'people', 'utility', 'utilities', 'city', 'county', 'state', 'district', 'province',
  'council', 'chain', 'grocer', 'brand', 'startup', 'nonprofit', 'charity', 'cops', 'officers', 'detectives',
  'party', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'advisers',
  'advisors', 'commanders', 'generals', 'soldiers', 'troops', 'doctors', 'prosecutors', 'lawyers',
  'attorneys', 'judges', 'voters', 'people', 'citizens', 'workers', 'unions', 'union', 'company',
  'companies', 'firm', 'firms', 'banks', 'bank', 'agency', 'agencies', 'committee', 'commission',
  'council', 'court', 'office', 'department', 'group', 'groups', 'organisation', 'organization',
  'institute', 'board', 'bureau', 'coalition', 'alliance', 'circles', 'media', 'newspaper', 'paper',
  'outlet', 'outlets', 'reports', 'report', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls',
  'analysis', 'research', 'data', 'figures', 'statistics', 'documents', 'document', 'memo', 'letter',
  'filing', 'filings', 'statement', 'commander', 'official', 'expert', 'analyst', 'economist',
  'minister', 'ministers', 'president', 'editor', 'correspondent', 'chief', 'director', 'insiders',
  'members', 'staff', 'employees', 'executives', 'teachers', 'students', 'parents', 'families',
  'republicans', 'democrats', 'conservatives', 'liberals', 'forecasters', 'pollsters', 'planners',
  'meteorologists', 'epidemiologists', 'doctors', 'nurses', 'engineers', 'historians', 'academics',
  'campaigners', 'protesters', 'protestors', 'organisers', 'organizers', 'negotiators', 'regulators',
  'trust', 'hospital', 'charity', 'club', 'school', 'college', 'university', 'airline', 'regulator',
  'watchdog', 'operator', 'insurer', 'retailer', 'manufacturer', 'broadcaster', 'team', 'federation',
  'association', 'society', 'foundation', 'centre', 'center', 'service', 'authority', 'prosecution',
  'family', 'families', 'relatives', 'neighbours', 'neighbors', 'colleagues', 'friends', 'daughter',
  'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'friend', 'neighbour', 'neighbor',
  'colleague', 'partner', 'lawyer', 'spokesman', 'landlord', 'employer', 'owner', 'union', 'site', 'website',
  'blog', 'platform', 'channel', 'station', 'broadcaster', 'magazine', 'journal', 'publisher', 'studio', 'label',
]);

/** Document and publication nouns: a report or study that `found`, `projected` (decision 6). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'research',
  'data', 'figures', 'statistics', 'documents', 'document', 'memo', 'letter', 'filing', 'filings',
  'paper', 'review', 'assessment', 'estimate', 'estimates', 'audit', 'investigation', 'inquiry',
  'lawsuit', 'suit', 'complaint', 'indictment', 'petition', 'ruling', 'verdict', 'judgment', 'judgement',
  'findings', 'notes', 'note', 'memorandum', 'minutes', 'guidance', 'guidelines', 'bill', 'legislation',
  'constitution', 'editorial', 'column', 'obituary', 'affidavit', 'testimony', 'dossier',
  'records', 'emails', 'transcript', 'forecast', 'projection', 'projections', 'model', 'models', 'census',
  // Documents that set terms, ask for something or describe what is for sale, and say so (`the solicitation notes that …`).
  'solicitation', 'proposal', 'contract', 'agreement', 'motion', 'brief', 'warrant', 'application', 'policy', 'listing',
]);

/** Words inside a capitalised name that make it an organisation or publication, not a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'council', 'office', 'center', 'centre', 'institute', 'institution', 'university', 'college', 'school',
  'department', 'ministry', 'agency', 'authority', 'bank', 'fund', 'committee', 'commission', 'party',
  'union', 'association', 'organization', 'organisation', 'foundation', 'group', 'times', 'post',
  'journal', 'news', 'press', 'reuters', 'bbc', 'cnn', 'ap', 'afp', 'administration', 'government',
  'congress', 'parliament', 'senate', 'house', 'court', 'army', 'navy', 'force', 'forces', 'police',
  'service', 'services', 'board', 'bureau', 'corporation', 'company', 'inc', 'ltd', 'llc', 'plc',
  'quarterly', 'review', 'magazine', 'guardian', 'telegraph', 'tribune', 'herald', 'federation',
  'league', 'alliance', 'coalition', 'forum', 'network', 'project', 'society', 'trust', 'church',
  'nations', 'ministry', 'cabinet', 'commission', 'assembly', 'tribunal', 'reserve', 'treasury',
  'pentagon', 'kremlin', 'agency', 'daily', 'weekly', 'gazette', 'observer', 'economist', 'monitor',
  'institute', 'laboratory', 'lab', 'hospital', 'clinic', 'museum', 'brigade', 'battalion', 'regiment',
  'movement', 'front', 'caucus', 'secretariat', 'directorate', 'inc.', 'corp', 'co', 'airlines', 'chiefs',
  'staff', 'affairs', 'studies', 'relations', 'sciences', 'research', 'health', 'justice', 'defence', 'defense',
]);

/** Words that make an organisation a publication, which reports what it finds without `that`. */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'news', 'press', 'review', 'quarterly', 'magazine', 'guardian', 'telegraph',
  'tribune', 'herald', 'gazette', 'observer', 'economist', 'monitor', 'daily', 'weekly', 'reuters', 'bbc',
  'cnn', 'ap', 'afp', 'bloomberg', 'politico', 'axios', 'wire', 'chronicle', 'independent', 'mail',
]);

/** Words inside a capitalised name that make it a place (never a speaker person); common surnames (`Hill`, `Park`, `Hall`) left out. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'new', 'united', 'republic', 'kingdom', 'states', 'island', 'islands',
  'city', 'county', 'street', 'sea', 'ocean', 'river', 'mountain', 'mountains', 'beach', 'harbour',
  'harbor', 'valley', 'province', 'region', 'state', 'coast', 'gulf', 'strait', 'square', 'avenue',
  'road', 'airport', 'station', 'bridge', 'desert', 'peninsula', 'america', 'africa', 'asia', 'europe',
  'east', 'middle', 'arab', 'capitol',
]);

/** Determiners, quantifiers and possessives a speaker's name drops (`most experts` → `experts`). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'some', 'many', 'most', 'several', 'few', 'other', 'others', 'all', 'both', 'one',
  'two', 'three', 'four', 'five', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'our',
  'various', 'numerous', 'multiple', 'certain', 'any', 'each', 'every', 'no', 'more', 'top', 'another',
]);
