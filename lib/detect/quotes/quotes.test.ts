import { describe, expect, test } from 'vitest';
import { detectQuotes } from './quotes';

interface Expected {
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
}

const found = (text: string): Expected[] => detectQuotes(text).map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, speaker: q.speaker?.name ?? null }));
const direct = (text: string, speaker: string | null): Expected => ({ text, kind: 'direct', speaker });
const indirect = (text: string, speaker: string | null): Expected => ({ text, kind: 'indirect', speaker });

describe('direct quotes and their attribution', () => {
  test.each([
    ['cue and pronoun after the quote', 'Anna Berg chairs the panel. "We will vote on Friday," she said.', [direct('We will vote on Friday', 'Anna Berg')]],
    ['inverted cue with a full name', '"The issue has disappeared," said Senator Mark Warner, a Democrat.', [direct('The issue has disappeared', 'Mark Warner')]],
    ['cue and comma before the quote', 'Prime Minister Robert Fico warned, "They will send troops."', [direct('They will send troops.', 'Robert Fico')]],
    ['colon after a name', 'Macron: "Nothing is excluded in this war."', [direct('Nothing is excluded in this war.', 'Macron')]],
    ['dash after the quote', '"Markets will recover by spring." \u2014 Janet Ruiz, chief economist', [direct('Markets will recover by spring.', 'Janet Ruiz')]],
    [
      'fragment after a that-clause cue',
      'French President Emmanuel Macron declared that "everything is possible" in Ukraine.',
      [direct('everything is possible', 'Emmanuel Macron')],
    ],
    ['split quote keeps one speaker', '"First part," Zelensky said. "Second part."', [direct('First part', 'Zelensky'), direct('Second part.', 'Zelensky')]],
    ['guillemets', 'Marie Dupont said: \u00abWe will not yield.\u00bb', [direct('We will not yield.', 'Marie Dupont')]],
    ["in the speaker's words", 'In Dr. Shadlen\'s words, "Could the moment be tied to awareness?"', [direct('Could the moment be tied to awareness?', 'Shadlen')]],
    [
      'a role, then the name closing the sentence',
      '"We will not back down," said the country\'s foreign minister, Sergei Lavrov.',
      [direct('We will not back down', 'Sergei Lavrov')],
    ],
    ['a group whose noun ends in -ly', '"We are heartbroken," the family said in a statement.', [direct('We are heartbroken', 'family')]],
    ['as someone put it', 'As one senior editor put it, the law is "a trap for the unwary."', [direct('a trap for the unwary.', 'senior editor')]],
    ['described as, a judgement', 'Greens senator Scott Ludlam described the scheme as "mass surveillance."', [direct('mass surveillance.', 'Scott Ludlam')]],
    [
      'a question before its attribution',
      '\u201cWill they cut prices?\u201d Ann Ito said. \u201cNobody knows.\u201d',
      [direct('Will they cut prices?', 'Ann Ito'), direct('Nobody knows.', 'Ann Ito')],
    ],
    ['an exclamation before an inverted attribution', '"We will never leave!" shouted Ann Ito.', [direct('We will never leave!', 'Ann Ito')]],
    [
      'according to a document, set off by dashes',
      'The law \u2014 according to the official notes of the law \u2014 \u201cmakes no exception for reporters\u201d at all.',
      [direct('makes no exception for reporters', 'official notes')],
    ],
    ['a colon after a statement noun and its subject', 'The union gave its verdict: \u201cThis deal is dead.\u201d', [direct('This deal is dead.', 'union')]],
    [
      'a report beside a quoted fragment in a later clause',
      'Tom Lee said he thought that the plan was flawed and that the mayor had made a \u201cdeal with the devil.\u201d',
      [indirect('the plan was flawed', 'Tom Lee'), direct('deal with the devil.', 'Tom Lee')],
    ],
    ['a named owner of a statement noun before a colon', "Ann Ito's response: \u201cWe will sue the state.\u201d", [direct('We will sue the state.', 'Ann Ito')]],
    ['one word for something, after a colon', 'Ann Ito had one word for the plan: \u201cTheft.\u201d', [direct('Theft.', 'Ann Ito')]],
    ['a document\u2019s wording read', '\u201cWe will appeal,\u201d the statement read.', [direct('We will appeal', 'statement')]],
    [
      'a long aside between the name and the cue',
      'Ann Ito, a farmer who has worked the land in the valley for more than forty years and whose family arrived there in 1920, said: \u201cWe are the last ones left.\u201d',
      [direct('We are the last ones left.', 'Ann Ito')],
    ],
    [
      'a colon after an owned piece of writing',
      'Luis Mora opens the book with a warning in his introduction: \u201cNothing here is invented.\u201d',
      [direct('Nothing here is invented.', 'Luis Mora')],
    ],
    [
      'a short agent noun after one, across a sentence break inside the quote',
      '\u201cShe is brilliant. A gift to us all,\u201d one user wrote on the forum.',
      [direct('She is brilliant. A gift to us all', 'user')],
    ],
    [
      'a short phrase of the speaker before a preposition is still a quotation',
      'Ann Ito warned against a \u201cbad deal\u201d during her speech.',
      [direct('bad deal', 'Ann Ito')],
    ],
    [
      'a statement noun with a prepositional phrase before the colon',
      'Ann Ito had a blunt message for the state: \u201cSend water or send money.\u201d',
      [direct('Send water or send money.', 'Ann Ito')],
    ],
    [
      'a cue after an opening phrase with a statement noun',
      'In a Facebook post, Ann Ito wrote: \u201cMy daughter died because of these pills.\u201d',
      [direct('My daughter died because of these pills.', 'Ann Ito')],
    ],
    [
      'a statement standing alone, attributed by a short sentence after it',
      '\u201cWe cannot pay for everything.\u201d Jane Holt said later.',
      [direct('We cannot pay for everything.', 'Jane Holt')],
    ],
    [
      'a statement standing alone, then a cue with an object and a place',
      '\u201cThe dam will hold.\u201d Omar Said told reporters in Aswan.',
      [direct('The dam will hold.', 'Omar Said')],
    ],
    [
      'a statement standing alone, then a new report of the same speaker',
      '\u201cWe cannot pay for everything.\u201d Jane Holt said the state must help.',
      [indirect('the state must help', 'Jane Holt')],
    ],
    ['a statement standing alone, then a sentence pointing back at it', '\u201cNobody listens.\u201d That was how Jane Holt put it.', [direct('Nobody listens.', 'Jane Holt')]],
    ['a statement standing alone, then an inverted back-reference', '\u201cNobody listens.\u201d So said Jane Holt, the mayor.', [direct('Nobody listens.', 'Jane Holt')]],
    [
      'a party and home tag after a politician\u2019s name',
      'Rep. Dan Newhouse, R-Sunnyside, called the decision \u201ca slap in the face to our fishermen.\u201d',
      [direct('a slap in the face to our fishermen.', 'Dan Newhouse')],
    ],
    [
      'a short clause about a person before a colon',
      'Mary Tyler fishes out of Homer. Tyler is more blunt: \u201cWe lose money every trip.\u201d',
      [direct('We lose money every trip.', 'Mary Tyler')],
    ],
    [
      'a short clause with a pronoun before a colon',
      'Mary Tyler fishes out of Homer. She was blunt: \u201cWe lose money every trip.\u201d',
      [direct('We lose money every trip.', 'Mary Tyler')],
    ],
    [
      'a person described by age after their name',
      'Mary Tyler fishes out of Homer. \u201cWe lose money every trip,\u201d the 54-year-old said.',
      [direct('We lose money every trip', 'Mary Tyler')],
    ],
    [
      'a person described by age, inverted',
      'Mary Tyler fishes out of Homer. \u201cWe lose money every trip,\u201d said the 54-year-old, who has fished since 1990.',
      [direct('We lose money every trip', 'Mary Tyler')],
    ],
    [
      'an organisation whose name holds a plural possessive',
      "\u201cOur fleet is dying,\u201d the Alaska Longline Fishermen's Association said in a letter.",
      [direct('Our fleet is dying', "Alaska Longline Fishermen's Association")],
    ],
    ['a quotation, then "is how" and a cue', '\u201cOn the brink\u201d is how the report\u2019s authors described the fishery.', [direct('On the brink', 'authors')]],
    ['called something a short indefinite noun phrase, a judgement', 'Mary Tyler called the rule \u201ca disaster.\u201d', [direct('a disaster.', 'Mary Tyler')]],
    ['the same judgement inside a relative clause', 'The rule, which Mary Tyler called \u201ca disaster,\u201d takes effect in May.', [direct('a disaster', 'Mary Tyler')]],
    ['passive with an agent', 'The strandings were described as \u201cheartbreaking\u201d by the conservation department.', [direct('heartbreaking', 'conservation department')]],
    [
      'a comment clause right after a quotation attributes it',
      'The flag went up \u2013 \u201csparking,\u201d as the Herald reported, \u201cfears of a long siege.\u201d',
      [direct('sparking', 'Herald'), direct('fears of a long siege.', 'Herald')],
    ],
    ['an as clause after a quotation without a cue attributes nothing', 'The stock fell, "sharply," as the index opened.', []],
    ['a participle opening the sentence is a passive', 'Called a "quiet revolution" by its makers, the new loom weaves twice as fast.', [direct('quiet revolution', 'makers')]],
    [
      'a participle in brackets, its source a document',
      'The winter timetable (described as "a short trial" in the council report) begins on the ferry in May.',
      [direct('a short trial', 'council report')],
    ],
    [
      'a cue after a comma with an object is active',
      'The dockers\' union, Harbour Workers United, described the offer as "cheap and insulting" and said it would strike.',
      [direct('cheap and insulting', 'union'), indirect('it would strike', 'union')],
    ],
    [
      'a capitalised cue after a closing quotation mark opens a sentence',
      'Fans queued all night for "Tidewater." Described as "a gentle, patient film" by the studio, it ran for months.',
      [direct('a gentle, patient film', 'studio')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('reporting verbs in every order', () => {
  test.each([
    'said',
    'says',
    'added',
    'noted',
    'conceded',
    'admitted',
    'cautioned',
    'predicted',
    'urged',
    'stressed',
    'insisted',
    'confirmed',
    'announced',
    'explained',
    'instructed',
    'countered',
    'retorted',
    'continued',
    'laughed',
    'recalled',
    'warned',
    'asked',
    'snapped',
    'scoffed',
    'wondered',
    'marvelled',
    'repeated',
    'deadpanned',
    'simpered',
    'sneered',
    'gasped',
  ])('%s, inverted and plain', (verb) => {
    const text = `"We will not sell the farm," ${verb} Nora Quist, a farmer. "The water is gone," the farmer ${verb}.`;
    expect(found(text)).toEqual([direct('We will not sell the farm', 'Nora Quist'), direct('The water is gone', 'farmer')]);
  });

  test.each([
    ['instructed someone to', 'The coach instructed players to stay off social media.', [indirect('players to stay off social media', 'coach')]],
    ['hinted that', 'The bank hinted that rates would fall in spring.', [indirect('rates would fall in spring', 'bank')]],
    ['charged that', 'Prosecutors charged that the firm hid its losses.', [indirect('the firm hid its losses', 'Prosecutors')]],
    ['a manner verb reports no content', 'The old rules continued to apply after the vote.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('quotation marks that are not quotes', () => {
  test.each([
    ['scare quotes', 'Ukraine\u2019s failed "counteroffensive" was called off in November.'],
    ['a name given with a capitalised article', 'The studio released a game called \u201cA Dark Room\u201d last year.'],
    ['a short clause about a thing before a colon', 'The result was clear: \u201cbusiness as usual.\u201d'],
    ['a discourse marker after a quoted line is no attribution', '\u201cNobody listens.\u201d That said, Jane Holt wants more.'],
    ['a sourceless passive', 'A mass stranding that was described as \u201cunprecedented\u201d left the tribe scrambling.'],
    ['imagined speech', 'His face moved as if to say "You think you got me?" before he smiled.'],
    ['a capitalised preposition opening the sentence is no speaker', 'Along the coast, you can also book tours by asking Kayla to plan them.'],
    ['a title of a work', 'The company is announcing "Super Mario Run" for phones.'],
    ['a nickname', 'Dubbed "Gucci Grace" for her love of shopping, she rose fast.'],
    ['a short term inside a noun phrase that runs on', 'The scientists gave five people a \u201cline matching\u201d task.'],
    ['a quoted heading', 'Intro paragraph about whales.\n\n\u2018We need to listen\u2019\n\nMore text follows here.'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('continuing speakers', () => {
  test('a quote paragraph continues the previous speaker', () => {
    const text = '\u201cWe are losing ground,\u201d said Lotfi Azzouz, a director at Amnesty.\n\n\u201cThe law must change. We will keep pushing.\u201d';
    expect(found(text)).toEqual([direct('We are losing ground', 'Lotfi Azzouz'), direct('The law must change. We will keep pushing.', 'Lotfi Azzouz')]);
  });

  test('a quote running over two paragraphs is one quote per paragraph', () => {
    const text = 'Indyk said the talks were over. \u201cThat has nothing to do with them.\n\n\u201cIt could come very quickly.\u201d';
    expect(found(text).filter((q) => q.kind === 'direct')).toEqual([direct('That has nothing to do with them.', 'Indyk'), direct('It could come very quickly.', 'Indyk')]);
  });

  test.each([
    [
      'attributed in its last paragraph',
      '\u201cThe water came in at two in the morning.\n\n\u201cBy four we were on the roof,\u201d said Ann Ito, a farmer.',
      ['The water came in at two in the morning.', 'By four we were on the roof'],
    ],
    [
      'attributed in a middle paragraph',
      '\u201cThe water came in at two.\n\n\u201cBy three it was at the windows,\u201d Ann Ito said. \u201cBy four we were on the roof.\n\n\u201cNobody came for us.\u201d',
      ['The water came in at two.', 'By three it was at the windows', 'By four we were on the roof.', 'Nobody came for us.'],
    ],
    [
      'whose first paragraph is a short line with no full stop',
      'Ann Ito spoke at the hall on Monday.\n\n\u201cHere is what the town needs:\n\n\u201cA new levee and a new bridge before the spring floods,\u201d said Ann Ito.',
      ['Here is what the town needs', 'A new levee and a new bridge before the spring floods'],
    ],
  ])("a quote running over paragraphs, %s, is the attributed speaker's in every paragraph", (_name, text, spans) => {
    expect(found(text)).toEqual(spans.map((span) => direct(span, 'Ann Ito')));
  });

  test('a paragraph left open is not a quote when the next paragraph does not continue it', () => {
    expect(found('\u201cThe water came in at two in the morning.\n\nAnn Ito said the state must help.')).toEqual([indirect('the state must help', 'Ann Ito')]);
  });

  test('a quote sentence after a sentence about a named person is theirs', () => {
    const text = 'Vanessa Hicks took the photo in May. Hicks was unapologetic. \u201cI would do it again.\u201d';
    expect(found(text)).toEqual([direct('I would do it again.', 'Vanessa Hicks')]);
  });

  test("a quote sentence after a sentence whose subject is he or she is that person's", () => {
    const text = 'Mary Tyler fishes out of Homer. She has a simple message for Amazon. \u201cPay us fairly.\u201d';
    expect(found(text)).toEqual([direct('Pay us fairly.', 'Mary Tyler')]);
  });

  test.each([
    [
      'ends on reported speech',
      'Ann Ito, the co-op manager, said the harvest had failed for a third year.\n\n\u201cWe have nothing left to sell.\u201d',
      [indirect('the harvest had failed for a third year', 'Ann Ito'), direct('We have nothing left to sell.', 'Ann Ito')],
    ],
    [
      'ends on an attributed quote, two quote paragraphs after it',
      '\u201cWe are losing ground,\u201d said Ann Ito.\n\n\u201cThe law must change.\u201d\n\n\u201cWe will keep pushing.\u201d',
      [direct('We are losing ground', 'Ann Ito'), direct('The law must change.', 'Ann Ito'), direct('We will keep pushing.', 'Ann Ito')],
    ],
    [
      'ends on a colon introduction',
      'In a letter to members, the union leader Ann Ito wrote:\n\n\u201cThis strike is about safety, not pay.\u201d',
      [direct('This strike is about safety, not pay.', 'Ann Ito')],
    ],
  ])('a quote-only paragraph after a paragraph that %s continues that speaker', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    [
      'a publication',
      'By 1950, as the Valdora Herald explains:\n\nThe city had built ten shelters. None of them had water.\n\nThe council met again in May.',
      [direct('The city had built ten shelters. None of them had water.', 'Valdora Herald')],
    ],
    [
      'a reporter described by a participle clause',
      'A reporter touring the port that winter described it in plain terms:\n\nThe cranes stood idle. The sheds were empty.',
      [direct('The cranes stood idle. The sheds were empty.', 'reporter')],
    ],
  ])('a paragraph of several sentences under a colon introduction by %s is a block quotation', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a quote paragraph after a paragraph about a named person is theirs', () => {
    const text = 'Prices fell sharply this year.\n\nMary Tyler, 54, has fished out of Homer for 30 years.\n\n\u201cWe lose money every trip.\u201d';
    expect(found(text)).toEqual([direct('We lose money every trip.', 'Mary Tyler')]);
  });

  test('quote paragraphs answering each other after a narrative sentence are dialogue, not attributed', () => {
    expect(found('Tom Reed looked at the door.\n\n\u201cAre you coming tonight or not?\u201d\n\n\u201cNo.\u201d')).toEqual([]);
  });

  test('a quote paragraph after a sentence with two cues is the speaker of the one nearest it', () => {
    expect(found('When the host asked Ann Ito about the vote, Tom Lee said the following.\n\n\u201cWe will not stop here.\u201d')).toEqual([
      direct('We will not stop here.', 'Tom Lee'),
    ]);
  });

  test("a quote paragraph after a paragraph ending on a cue is that speaker's", () => {
    const text = 'Ann Ito put it bluntly.\n\n\u201cWe are farming dust and nobody in the capital cares.\u201d';
    expect(found(text)).toEqual([direct('We are farming dust and nobody in the capital cares.', 'Ann Ito')]);
  });

  test('a long quote paragraph without a final stop is still speech', () => {
    const text = '\u201cWe are losing ground,\u201d said Lotfi Azzouz.\n\n\u201cThe law must change and we will keep pushing until it does\u201d';
    expect(found(text)).toEqual([direct('We are losing ground', 'Lotfi Azzouz'), direct('The law must change and we will keep pushing until it does', 'Lotfi Azzouz')]);
  });

  test.each([
    [
      'in the first person, the speaker named after it',
      '\u201cWe start at dawn,\u201d said Ann Ito.\n\nAt nine, her coach \u201cpushed me into the deep end,\u201d and Ito learned to swim.',
      [direct('We start at dawn', 'Ann Ito'), direct('pushed me into the deep end', 'Ann Ito')],
    ],
    [
      'ending a sentence, the speaker as a pronoun',
      '\u201cI never planned it,\u201d Tom Lee said.\n\nAs a boy, he would \u201cdance like nobody was watching.\u201d',
      [direct('I never planned it', 'Tom Lee'), direct('dance like nobody was watching.', 'Tom Lee')],
    ],
    [
      'a label about a speaker stays the writer\u2019s',
      '\u201cI never planned it,\u201d Tom Lee said.\n\nLee\u2019s \u201cquiet season\u201d began in May.',
      [direct('I never planned it', 'Tom Lee')],
    ],
    [
      'an organisation\u2019s quoted goal is not a person\u2019s words',
      '\u201cWe build tools,\u201d said Ann Ito of Acme Labs.\n\nAcme Labs\u2019s goal is to \u201chelp people make things.\u201d',
      [direct('We build tools', 'Ann Ito')],
    ],
    ['no one in the sentence has spoken', 'At nine, the coach \u201cpushed me into the deep end,\u201d and the boy learned to swim.', []],
  ])('a quoted fragment without a cue, %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a paragraph ending "He said:" introduces the next paragraph', () => {
    const text = 'The mayor, Jane Holt, spoke after the vote. She said:\n\n\u201cThis city will rebuild every home.\u201d';
    expect(found(text)).toEqual([direct('This city will rebuild every home.', 'Jane Holt')]);
  });
});

describe('reported speech', () => {
  test.each([
    ['cue then clause', 'General Mark Milley said 100,000 troops had been killed or wounded.', [indirect('100,000 troops had been killed or wounded', 'Mark Milley')]],
    ['cue, that and a clause', 'Tunisian Prime Minister Habib Essid said that a museum worker was killed.', [indirect('a museum worker was killed', 'Habib Essid')]],
    ['attribution after the clause', 'Two gunmen died, officials said.', [indirect('Two gunmen died', 'officials')]],
    [
      'describe an object as something: the judgement, from the object',
      'Ann Ito described the new tariff as a tax on the poor.',
      [indirect('the new tariff as a tax on the poor', 'Ann Ito')],
    ],
    ['describe with no as reports nothing', 'Ann Ito described the new tariff in detail.', []],
    [
      'presenting oneself as something',
      'The ferry company has presented itself as a lifeline for the islands.',
      [indirect('itself as a lifeline for the islands', 'ferry company')],
    ],
    [
      'dismissing an object named with a cue word as something',
      'Ann Ito dismissed the Harbour project as a gift to developers.',
      [indirect('the Harbour project as a gift to developers', 'Ann Ito')],
    ],
    ['an object then a preposition: as opens a clause of its own', 'Ann Ito presented the medal to Tom Reed as the band played.', []],
    ['dismissing without as reports nothing', 'The board dismissed forty workers on Friday.', []],
    ['a sourceless passive of describe as reports nothing', 'The new tariff was described as a tax on the poor.', []],
    ['a name joined by an ampersand', 'P&G said it will raise prices in May.', [indirect('it will raise prices in May', 'P&G')]],
    ['a name joined by an ampersand as the object', 'Regulators warned P&G about raising prices.', [indirect('P&G about raising prices', 'Regulators')]],
    ['according to after the clause', 'About 50 people were wounded, according to local news reports.', [indirect('About 50 people were wounded', 'local news reports')]],
    ['according to before the clause', 'According to the Congressional Budget Office, the deficit will grow.', [indirect('the deficit will grow', 'Congressional Budget Office')]],
    [
      'a preposed as clause after a sentence adverb, its subject a noun the lexicon lacks',
      'Moreover, as a Gazette story explains, the harbour gates now close at dusk.',
      [indirect('the harbour gates now close at dusk', 'Gazette story')],
    ],
    [
      'a preposed as clause with a person by what they do',
      'Or perhaps, as the keen birdwatcher suggested, the landlord had simply lost the keys.',
      [indirect('the landlord had simply lost the keys', 'keen birdwatcher')],
    ],
    ['as of a time is no attribution', 'As of last spring, the harbour has charged a toll on every boat.', []],
    ['as a name suggests is no attribution', 'As the label may suggest, the jam is very sweet.', []],
    ['according to a person and their role', 'According to Ann Ito, a lawyer for the family, the house was sold in May.', [indirect('the house was sold in May', 'Ann Ito')]],
    [
      'according to a person and a role by what they do',
      'According to Ann Ito, a surveyor for the council, the bridge will close in May.',
      [indirect('the bridge will close in May', 'Ann Ito')],
    ],
    [
      'according to a source, then a capitalised agent noun: a name opening the clause, not a role',
      'According to Ann Ito, Porter at the gate waved the lorries through, and nobody stopped them.',
      [indirect('Porter at the gate waved the lorries through, and nobody stopped them', 'Ann Ito')],
    ],
    [
      'according to a source, then a subject with an aside of its own',
      'According to Ann Ito, the house, which stood empty, was sold in May.',
      [indirect('the house, which stood empty, was sold in May', 'Ann Ito')],
    ],
    [
      'a comment clause with as closing the sentence',
      'Ferries will carry twice as many cars, as the harbour board announced at its spring meeting.',
      [indirect('Ferries will carry twice as many cars', 'harbour board')],
    ],
    [
      'a closing comment clause, on the words after a dash',
      'The new pump works fast\u2014emptying a cellar in an hour, as Ann Ito put it.',
      [indirect('emptying a cellar in an hour', 'Ann Ito')],
    ],
    [
      'a noun-like cue form closing the sentence after its subject',
      'The old mill paid better wages than any farm, Ann Ito notes.',
      [indirect('The old mill paid better wages than any farm', 'Ann Ito')],
    ],
    [
      'a noun-like cue form closing the sentence before its subject',
      'The ferry has been losing money for a decade, notes the Daily Planet.',
      [indirect('The ferry has been losing money for a decade', 'Daily Planet')],
    ],
    ['a list ending in a noun-like form is no attribution', 'Investors bought stocks, bonds, Treasury notes.', []],
    [
      'a pronoun with its auxiliary contracted opens the clause',
      "The harbour board told reporters they've been trying to reach the owners.",
      [indirect("they've been trying to reach the owners", 'harbour board')],
    ],
    [
      'a contracted pronoun opens a clause without a verb after it',
      "The council says they're about fairness and choice.",
      [indirect("they're about fairness and choice", 'council')],
    ],
    ['as with an object of its own is a time clause', 'Prices rose, as the company announced its results.', []],
    [
      'a comment clause inside the sentence attributes the quoted phrase before it, not the clause',
      'The crew is a mix of "drifters," as Ann Ito put it, and students.',
      [direct('drifters', 'Ann Ito')],
    ],
    [
      'interrupted by its attribution',
      'The difference, Mr. Warner said, was that the economy was weak then.',
      [indirect('The difference, Mr. Warner said, was that the economy was weak then', 'Warner')],
    ],
    ['clause ends at a contrast', 'Milley said 100,000 troops were killed, though others disagreed.', [indirect('100,000 troops were killed', 'Milley')]],
    [
      'a connective after a dash ends the clause',
      'Ann Ito said the council would sell the old ferry next year\u2014though nobody knows who would buy it.',
      [indirect('the council would sell the old ferry next year', 'Ann Ito')],
    ],
    [
      'a clause with its own subject after a dash ends the clause',
      'Most observers agreed that Ruritania would overtake its rivals within a decade\u2014the question was how to respond.',
      [indirect('Ruritania would overtake its rivals within a decade', 'observers')],
    ],
    [
      'a range\u2019s en dash inside a clause after a dash is no stop',
      'The council said it would repair the bridge\u2014the 2010\u20132015 plan was never funded.',
      [indirect('it would repair the bridge', 'council')],
    ],
    [
      'an appositive after a dash continues the clause',
      'The agency said output grew by 2.5%\u2014the fastest rate since 2016.',
      [indirect('output grew by 2.5%\u2014the fastest rate since 2016', 'agency')],
    ],
    ['vowed to', 'The senator vowed to keep trying.', [indirect('to keep trying', 'senator')]],
    ['called on', 'The study called on the United States to reinstate the draft.', [indirect('the United States to reinstate the draft', 'study')]],
    ['a report found', 'A recent Washington Post report found several battalions with 40 men left.', [indirect('several battalions with 40 men left', 'Washington Post')]],
    [
      'speech noun with a that-clause',
      'Voters backed Netanyahu. Netanyahu repeated his vow that there would be no Palestinian state.',
      [indirect('there would be no Palestinian state', 'Netanyahu')],
    ],
    ['told someone, then a clause', 'Residents told the Gazette they feared two routes would be lost.', [indirect('two routes would be lost', 'Residents')]],
    [
      'warned someone to do something',
      'The Food Standards Agency warned people to stay away from slimming pills.',
      [indirect('people to stay away from slimming pills', 'Food Standards Agency')],
    ],
    ['a clause opening with an approximate number', 'Microsoft says over 130 titles are in the works.', [indirect('over 130 titles are in the works', 'Microsoft')]],
    [
      'according to a source described after it',
      'The game server crashes easily, according to a programmer who released code.',
      [indirect('The game server crashes easily', 'programmer')],
    ],
    ['a day after the cue', 'The company said Tuesday it would cut 500 jobs.', [indirect('it would cut 500 jobs', 'company')]],
    ['a phrase after the cue', 'The agency said in a statement it had opened an investigation.', [indirect('it had opened an investigation', 'agency')]],
    ['a participle aside before the verb', 'The report, released Tuesday, found that emissions rose 3%.', [indirect('emissions rose 3%', 'report')]],
    ['a stance adjective', 'The minister is adamant that the policy will not change.', [indirect('the policy will not change', 'minister')]],
    ['quoted as saying', 'Interfax quoted the Tuva government as saying that residents saw a flash.', [indirect('residents saw a flash', 'Tuva government')]],
    ['content after the cue is not an attribution tail', 'Asked whether he would run again, John Smith said he had not decided.', [indirect('he had not decided', 'John Smith')]],
    [
      'a participle after an inverted attribution',
      '"It is a disaster," said Anna Kay, adding that the government had failed.',
      [direct('It is a disaster', 'Anna Kay'), indirect('the government had failed', 'Anna Kay')],
    ],
    [
      'a source with a modifier, interrupting',
      'The deal, a source close to the negotiations said, is done.',
      [indirect('The deal, a source close to the negotiations said, is done', 'source')],
    ],
    ['the passive quoted as saying', 'Mr Johnson was quoted as saying the plan was flawed.', [indirect('the plan was flawed', 'Johnson')]],
    ['a name set off after a role, then a clause', 'Its spokesman, Dmitry Peskov, said Moscow would not negotiate.', [indirect('Moscow would not negotiate', 'Dmitry Peskov')]],
    ['a hyphenated title is dropped', 'Attorney-General George Brandis insists the laws are needed.', [indirect('the laws are needed', 'George Brandis')]],
    ['people named by what they do', 'Some commenters accused her of disrespecting the flag.', [indirect('her of disrespecting the flag', 'commenters')]],
    ['warned with a clause and no person warned', 'Opposition MPs warned the changes would hurt families.', [indirect('the changes would hurt families', 'Opposition MPs')]],
    ['a number with a thousands separator inside an aside', 'The company, which employs 4,000 people, said profits fell 12%.', [indirect('profits fell 12%', 'company')]],
    [
      'a verb after the cue is not an inverted speaker',
      'A Pentagon spokesman, Lt. Col. John Smith, said the strike killed three militants.',
      [indirect('the strike killed three militants', 'John Smith')],
    ],
    ['signalled that', "The minister's office has signalled that the laws will be reviewed.", [indirect('the laws will be reviewed', 'office')]],
    ['groups drop their quantifiers', 'But most experts say that is not likely to happen soon.', [indirect('that is not likely to happen soon', 'experts')]],
    ['a stance adjective without that', 'The union is adamant staff numbers must rise before winter.', [indirect('staff numbers must rise before winter', 'union')]],
    [
      'a pronoun clause without that after a that-verb',
      'The council agrees the road is unsafe, but is demanding it be repaired by the state.',
      [indirect('it be repaired by the state', 'council')],
    ],
    [
      'a second content clause after but that',
      'The mayor said that the budget was tight, but that no libraries would close.',
      [indirect('the budget was tight, but that no libraries would close', 'mayor')],
    ],
    [
      'a second cue in the same sentence',
      'Ana Ruiz chairs the board. She said that costs had doubled, and she noted that just last year Lisbon cut its grants.',
      [indirect('costs had doubled', 'Ana Ruiz'), indirect('just last year Lisbon cut its grants', 'Ana Ruiz')],
    ],
    ['but that, as a demonstrative, ends the clause', 'The mayor said the budget was tight, but that is not new.', [indirect('the budget was tight', 'mayor')]],
    ['but that\u2019s, a contraction, ends the clause', 'The mayor said the budget was tight, but that\u2019s not new.', [indirect('the budget was tight', 'mayor')]],
    [
      'a relative clause with whose between subject and cue',
      'Ana Ruiz, whose brother is still in the army, said the law is unfair to soldiers.',
      [indirect('the law is unfair to soldiers', 'Ana Ruiz')],
    ],
    ['a partitive aside between subject and cue', 'Tom Lee, one of the best known critics of the plan, said it would fail.', [indirect('it would fail', 'Tom Lee')]],
    ['a prepositional aside between subject and cue', 'The ministry, in a brief statement, said two ships had sunk.', [indirect('two ships had sunk', 'ministry')]],
    [
      'a nested report is not cut to its subject',
      'Later, Ana Ruiz found that many voters, both young and old, told her they backed the plan.',
      [indirect('they backed the plan', 'voters')],
    ],
    [
      'a dateline with an agency is not content',
      'CAIRO (AP) \u2014 A ferry sank in the Nile overnight, the transport ministry said.',
      [indirect('A ferry sank in the Nile overnight', 'transport ministry')],
    ],
    [
      'a dateline after a photo credit in the same sentence',
      'Photo by Ana Ruiz/Reuters\nPARIS \u2014 The strike will end on Monday, union leaders said late Friday.',
      [indirect('The strike will end on Monday', 'union leaders')],
    ],
    ['a gerund after reported', 'Hikers reported hearing a loud bang near the dam.', [indirect('hearing a loud bang near the dam', 'Hikers')]],
    ['a gerund after denied', 'The driver denied taking the money.', [indirect('taking the money', 'driver')]],
    [
      'the passive quoted as saying after its content',
      'Two bridges were closed, the city council was quoted as saying late Monday by a local paper.',
      [indirect('Two bridges were closed', 'city council')],
    ],
    [
      'a colon after what a source concluded',
      'A survey came out on Monday. Among its main findings: most tenants cannot afford the rise.',
      [indirect('most tenants cannot afford the rise', 'survey')],
    ],
    [
      'a colon after what a group offered',
      'Economists offered several theories: buyers are nervous and sellers are waiting.',
      [indirect('buyers are nervous and sellers are waiting', 'Economists')],
    ],
    ['content after saying only that', 'The firm declined to name the buyer, saying only that talks were continuing.', [indirect('talks were continuing', 'firm')]],
    ['a capitalised modal is a name', 'The mayor is Ann May. Ann May said that the plan was sound.', [indirect('the plan was sound', 'Ann May')]],
    [
      'a capitalised modal after a closing quotation mark opens a sentence, not a name',
      'Ann Ito read the notice aloud: “The bridge is closed.” Must say the ferry is still running.',
      [direct('The bridge is closed.', 'Ann Ito')],
    ],
    ['a gerund of means after by', 'The mayor ended the debate by saying that the bridge would be rebuilt.', [indirect('the bridge would be rebuilt', 'mayor')]],
    [
      'a closing appositive is the article\u2019s aside',
      'The retailer said it would cut prices across the store, its third such move this year.',
      [indirect('it would cut prices across the store', 'retailer')],
    ],
    [
      'a closing noun phrase with a verb stays in the clause',
      'The retailer said it would cut prices, a move that rivals will follow.',
      [indirect('it would cut prices, a move that rivals will follow', 'retailer')],
    ],
    ['a speech act made with a speech noun', 'The agency issued a warning that the water was unsafe.', [indirect('the water was unsafe', 'agency')]],
    ['a plea for', 'Police issued a plea for witnesses to come forward.', [indirect('witnesses to come forward', 'Police')]],
    ['described how', 'Ann Ito described how the water rose in minutes.', [indirect('the water rose in minutes', 'Ann Ito')]],
    ['comments are the source of what they accuse', 'After the vote she got comments accusing her of lying.', [indirect('her of lying', 'comments')]],
    ["a relative clause whose gap is the content's subject", 'Ann Ito sold a tool she said breaks the lock in a minute.', [indirect('breaks the lock in a minute', 'Ann Ito')]],
    [
      'a subject-gap relative after `that` and a determiner',
      'Buyers saw lower rents that the agency said were the fruit of the new law.',
      [indirect('were the fruit of the new law', 'agency')],
    ],
    [
      'an estimate in a relative clause after a preposition',
      'The fleet is short of the forty or so ships that Tom Lee estimates would be needed.',
      [indirect('would be needed', 'Tom Lee')],
    ],
    ['what someone said, as the subject, is no report', 'The things he said were hurtful to her.', []],
    [
      'an accusation after a degree phrase was made',
      'Last spring the board went so far as to accuse the builder of faking its tests.',
      [indirect('the builder of faking its tests', 'board')],
    ],
    [
      'joining in to tell, the subject past an aside',
      'Ann Ito, a nurse on the ward, stepped in to tell them that the lift was broken.',
      [indirect('the lift was broken', 'Ann Ito')],
    ],
    ['going on to say', 'The coach went on to say that the team would rest.', [indirect('the team would rest', 'coach')]],
    ['a refusal to say still reports nothing', 'The coach refused to say whether the team would rest.', []],
    [
      'a conjunct without a subject in the reported future',
      'The mayor said she would not run again, but instead would teach at the college.',
      [indirect('she would not run again, but instead would teach at the college', 'mayor')],
    ],
    ["the speaker's own later act is not the content", 'The mayor said she was sorry, but has since deleted the post.', [indirect('she was sorry', 'mayor')]],
    ['a body of studies, as a number of them', 'A large body of studies shows that a night of sleep helps the memory.', [indirect('a night of sleep helps the memory', 'studies')]],
    ['a statement saying', 'The club issued a statement saying the coach had resigned.', [indirect('the coach had resigned', 'statement')]],
    ['a common noun subject before its cue', 'The utility says crews are working around the clock.', [indirect('crews are working around the clock', 'utility')]],
    ['people named by what they do, in -men', 'The halibut season has been poor, fishermen say.', [indirect('The halibut season has been poor', 'fishermen')]],
    [
      'according to a statement from its issuer',
      'Crews are working around the clock, according to a statement from the utility.',
      [indirect('Crews are working around the clock', 'utility')],
    ],
    [
      'a newsroom\u2019s own sources, and the report nested in theirs',
      'Our sources say Ann Ito told cops the ring was taken from her room.',
      [indirect('Ann Ito told cops the ring was taken from her room', 'sources'), indirect('the ring was taken from her room', 'Ann Ito')],
    ],
    [
      'a participle cue takes the subject of the cue before it, past an opening participle clause',
      'Asked about the plan, Ann Ito said it would fail, adding that the state had ignored farmers.',
      [indirect('it would fail', 'Ann Ito'), indirect('the state had ignored farmers', 'Ann Ito')],
    ],
    [
      'a label inside reported speech is not a quotation',
      'The union says the retailer is not the \u201cgrowth engine\u201d it thinks it is.',
      [indirect('the retailer is not the \u201cgrowth engine\u201d it thinks it is', 'union')],
    ],
    [
      'a cue in an infinitive after a verb takes that verb\u2019s subject',
      'Ann Ito smiled, and she proceeded to talk about how the board would come round.',
      [indirect('the board would come round', 'Ann Ito')],
    ],
    [
      'a participle phrase stays in the reported clause',
      'Economists warned a crisis is coming, exposing the country to higher rates.',
      [indirect('a crisis is coming, exposing the country to higher rates', 'Economists')],
    ],
    ['asked someone to do something', 'The city asked residents to conserve water.', [indirect('residents to conserve water', 'city')]],
    ['confirmed a clause with that left out', 'The ministry confirmed two soldiers had died.', [indirect('two soldiers had died', 'ministry')]],
    ['a connective set off between subject and cue', 'Ann Ito, however, said the plan would fail.', [indirect('the plan would fail', 'Ann Ito')]],
    ['has long said', 'Ann Ito has long said the plan would fail.', [indirect('the plan would fail', 'Ann Ito')]],
    [
      'a speech noun made by a named adjective, nested and ending before the main verb',
      'Officials said that the Valdoran demand that the general be tried had not changed.',
      [indirect('the Valdoran demand that the general be tried had not changed', 'Officials'), indirect('the general be tried', 'Valdoran')],
    ],
    ['noted with the that left out', 'The airline noted it had cancelled 40 flights.', [indirect('it had cancelled 40 flights', 'airline')]],
    ['a subordinate clause opened by after', 'Shares rose after the Telegraph reported the bank would raise capital.', [indirect('the bank would raise capital', 'Telegraph')]],
    [
      'a speech noun with an infinitive, ending before the main verb',
      "Mayor Jane Okoye's vow to rebuild the old library could cost millions.",
      [indirect('to rebuild the old library', 'Jane Okoye')],
    ],
    ["a group's speech noun with an infinitive", "The strike followed the union's threat to walk out.", [indirect('to walk out', 'union')]],
    [
      'a noun-like verb form with an infinitive after a name',
      'Coal is fading, even as President-elect Jane Doe vows to revive the industry.',
      [indirect('to revive the industry', 'Jane Doe')],
    ],
    [
      'a noun-like verb form with a clause after a name',
      'If the plan holds, the EIA projects the country will retire 32 plants.',
      [indirect('the country will retire 32 plants', 'EIA')],
    ],
    ['an estimate with a figure in its object', 'In January the IMF forecast economic growth of 2.5% in 2020.', [indirect('economic growth of 2.5% in 2020', 'IMF')]],
    [
      'a role after a modifier in the aside',
      'Police arrested the suspects on the highway, Jake Frith, special agent for the state office, said.',
      [indirect('Police arrested the suspects on the highway', 'Jake Frith')],
    ],
    [
      'a document with a noun-like verb form and a clause',
      'The solicitation also notes that bidders will need to run both venues.',
      [indirect('bidders will need to run both venues', 'solicitation')],
    ],
    [
      'data speak for whoever they come from',
      'Data from the statistics bureau shows the pace of recovery remains slow.',
      [indirect('the pace of recovery remains slow', 'statistics bureau')],
    ],
    [
      'a gerund complement after the attribution is content, not the clause before',
      'While the coat was not swiped, Ann Roe did admit to having stolen some items.',
      [indirect('having stolen some items', 'Ann Roe')],
    ],
    ['a gerund after to', 'Tom Lee confessed to taking the money.', [indirect('taking the money', 'Tom Lee')]],
    ['a finding established', 'Investigators have determined that stolen cards were used in six towns.', [indirect('stolen cards were used in six towns', 'Investigators')]],
    ['a statement offered', 'Tom Lee offered that the band would be touring then.', [indirect('the band would be touring then', 'Tom Lee')]],
    ['made it clear, with an adverb', 'Tom Lee spoke. The family made it quite clear that it was not the reason.', [indirect('it was not the reason', 'family')]],
    ['according to after a typed dash', 'The court should act now -- according to the plaintiff, Ann Ito.', [indirect('The court should act now', 'Ann Ito')]],
    [
      "the speaker's words quoted at the end of the content are marked alone (decision 2)",
      'Ann Ito insisted that the plan is "a necessary evil."',
      [direct('a necessary evil.', 'Ann Ito')],
    ],
    [
      'a directive: the person advised and the infinitive',
      'Health officials advise residents near the plant to stay indoors.',
      [indirect('residents near the plant to stay indoors', 'Health officials')],
    ],
    ['an order to someone', 'The mayor ordered the fire crews to clear the road.', [indirect('the fire crews to clear the road', 'mayor')]],
    [
      'a bracketed clause of the writer ends the content',
      'The agency says it sold the land to a school (officials would not say which one).',
      [indirect('it sold the land to a school', 'agency')],
    ],
    [
      'a report with a bare clause opened by a name',
      'Shares fell after the Valdora Herald reported Ito Foods will cut jobs.',
      [indirect('Ito Foods will cut jobs', 'Valdora Herald')],
    ],
    ['a time phrase between the cue and that', 'Tom Lee announced this morning that he will leave the board.', [indirect('he will leave the board', 'Tom Lee')]],
    [
      'a preposed as-attribution with a time phrase',
      'As the Valdora Herald reported last spring, both clubs are hoping for a merger.',
      [indirect('both clubs are hoping for a merger', 'Valdora Herald')],
    ],
    [
      'a bracketed clause with a negated auxiliary ends the content',
      'The agency says it sold the land (officials wouldn\u2019t say to whom).',
      [indirect('it sold the land', 'agency')],
    ],
    [
      'a consequence after a comma and so is the writer\u2019s',
      'Ann Ito said the bridge is unsafe, so the county closed it in May.',
      [indirect('the bridge is unsafe', 'Ann Ito')],
    ],
    ['a bracketed figure stays in the content', 'The agency said costs rose (about 5%) in May.', [indirect('costs rose (about 5%) in May', 'agency')]],
    [
      'content holding a quotation attributed on its own is no report of its own',
      'A local paper writes that the mayor is promising voters "everything" before the vote.',
      [direct('everything', 'mayor')],
    ],
    [
      'content holding a quotation inside a relative aside is still reported',
      'Officials said the bridge, which critics called "a costly folly," would open in May.',
      [indirect('the bridge, which critics called "a costly folly," would open in May', 'Officials'), direct('a costly folly', 'critics')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['belief verbs', 'Tunisians worry that extremists can easily get arms.'],
    ['thinking', 'Climate change is to blame too, scientists think, with warmer seas.'],
    ['a sourceless passive', 'It is said that the talks failed.'],
    ['reportedly', 'The army reportedly captured two soldiers near the border.'],
    ['a noun-like form followed by its own verb', 'The EIA projects were cut last year.'],
    ['a noun-like form inside a noun phrase', 'Stocks fell. Treasury 10-year note yields were little changed at 2.36 percent.'],
    ["the writer's aside", "It's worth noting she did not attach the documents."],
    ['a participle after a possessive', "Growth fell short of the agency's projected 12% target."],
    ['a participle after an article', 'The county expects to spend an estimated $3 million on the new bridge.'],
    ['a cue under a modal of possibility', 'Keep the sign short. We could simply state, "The hall is full tonight."'],
    ['a cue under a modal in capitals, a standard\u2019s keyword', 'The rules are short. A client MAY state that the request failed.'],
    ['a cue under a modal perfect', 'Tarrow Bank holds the loan. The bank may have hinted that it would forgive part of the debt.'],
    ['a gerund after a preposition of absence', 'Ann Ito left the hall at noon. Later that day she left the hall without saying another word to them.'],
    ['a gerund after a preposition of aim', 'The new posters went up on Monday. The campaign is aimed at warning drivers that the bridge will close.'],
    ['a gerund after a preposition of topic', 'Tarrow College runs a summer school. Its first seminar centres on estimating the height of the spring tide.'],
    ['a noun-like form after a name in a noun phrase, before its verb', 'The Valdora project began in 2005 as a class at a college in Italy.'],
    ['a noun-like form after a name in a noun phrase, before a stop', 'Nobody on the council backed the Tarrow project; the vote was lost by nine to two.'],
    ['a sentence adverb is no speaker', 'Hopefully this is a wake-up call for the party \u2013 a warning that its plan is a loser.'],
    ['a refusal with no content', 'Macron refused to rule out sending ground troops.'],
    ['a topic, not content', 'He wrote about Wall Street and banking for years.'],
    ['an object, not a clause', 'The group claimed responsibility for the attack.'],
    ['a negated cue', 'The ministry does not deny that the figures are wrong.'],
    ['a cue that was never made', 'She never claimed the vote was rigged.'],
    ['an added object, not a clause', 'The chef added it to the menu.'],
    ['a noun after a capitalised word', 'The ministry posted a Telegram post about the drones.'],
    ['reading a title', 'She read \u201cWar and Peace\u201d twice.'],
    ['reading is not reporting', 'She read the letter that the mayor sent.'],
    ['confirming a thing', 'The ministry confirmed the deal with Iran.'],
    ['announcing plans', 'The firm announced plans to close 40 offices.'],
    ['asking about a thing', 'Ann Ito asked about the plan.'],
    ['a call that is not speech', 'She made a call to her mother.'],
    ['describing a thing', 'Ann Ito described the flood in detail.'],
    ['a judgement noun after a copula', 'The losses are a warning: other towns will suffer too.'],
    ['an idiom with a statement noun', 'At this point the split exists, but only in theory: the old version is obsolete.'],
    ['an adjective in -ent is not a person', 'There was a recent report on the plan.'],
    ['a preposed as-clause whose verb has an object of its own', 'As he announced the plan, the crowd cheered.'],
    ['a report of a thing to someone', 'Police reported the incident to the council.'],
    ['an order of a thing, not to a person', 'The governor ordered a review of the prisons.'],
    ['an order as a noun before a relative clause', 'The executive order that the governor plans to sign will end the program.'],
    ['a noun that looks like a verb', 'Heads of state gathered in Paris. Member states are considering the plan.'],
  ])('no report: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('speakers', () => {
  test('a speaker before a participle clause', () => {
    expect(found('An official speaking on condition of anonymity said the talks had stalled.')).toEqual([indirect('the talks had stalled', 'official')]);
  });

  test.each([
    ['titles are dropped', 'US Chairman of the Joint Chiefs of Staff General Mark Milley said the war was costly.', 'Mark Milley'],
    ['a surname takes the full name used earlier', 'Volodymyr Zelensky spoke on Monday. Zelensky said the losses were heavy.', 'Volodymyr Zelensky'],
    ['a pronoun takes the last speaker', 'Jeffrey Frankel is an economist at Harvard. He said growth would slow sharply.', 'Jeffrey Frankel'],
    [
      'they takes people joined as one subject',
      'The survey began at dawn. Ann Ito and Tom Reed counted the geese on the marsh. They reported that the flock had doubled.',
      'Ann Ito and Tom Reed',
    ],
    ['they takes a capitalised plural subject', 'Most of the Zindlers have taken a firm line. The ferry, they insist, must keep running.', 'Zindlers'],
    ['a subordinator opening the sentence is not part of the name', 'Once Tom Lee was able to speak, he offered that the band would be touring.', 'Tom Lee'],
    ['a name inside the quotation is not the pronoun\u2019s antecedent', 'Tom Lee lives with his sister Mary Lee. \u201cMary is the best cook I know,\u201d he said.', 'Tom Lee'],
    ['a name the speaker quotes is not who the pronoun means', 'Mayor Tom Lee spoke on Monday. \u201cIf I were Acme, I would fix the Acme cars,\u201d he wrote.', 'Tom Lee'],
    ['a heading glued to the subject is not part of it', 'Keep It ShortSomeone once told me the rules were silly.', 'Someone'],
    ['a caption glued to a document subject', 'Courtesy of Acme RealtyThe listing says the house was built in 1950.', 'listing'],
    [
      'a name inside the reported clause is not the closing pronoun\u2019s antecedent',
      'Robert Lee runs the coal board at Valdora University. Coal is so cheap that Valdora will outlast the rules, he added.',
      'Robert Lee',
    ],
    ['a name inside a reported clause before a pronoun and an aside', 'Ann Ito chairs the board. The plan that Tom Reed drew up will fail, she said on Monday.', 'Ann Ito'],
    [
      'an aside reporting only the last part keeps the subject as the antecedent',
      'Tom Reed tested samples in Valdora City. Ann Ito has found traces in them, and also, she says, because dealers cut the drug.',
      'Ann Ito',
    ],
    ['a photo credit is not an antecedent', 'First Lady Ann Roe spoke to Tom Lee in an interview. (Mary Crowe/The White House)She said the nation is calm.', 'Ann Roe'],
    ['a role word the lexicon lacks between a head and a name', '"Warm rooms suit women," says study co-author Boris Kemp, a physicist.', 'Boris Kemp'],
    ['a role takes the person given that title', 'President Barack Obama spoke in London. The president said talks would continue.', 'Barack Obama'],
    [
      'an epithet by trade names the person the story is about',
      'Ann Ito opened her tour. "I missed this," Ito said. Her manager, Tom Lee, said tickets sold out. The "Blue Hour" singer later confirmed that a second date is planned.',
      'Ann Ito',
    ],
    ['an organisation and its pronoun', 'The New York Times published a report. It said officials had lied about the losses.', 'New York Times'],
    ['a pronoun after a surname-only subject', 'Senator Jane Roe met Governor Tim Walz.\n\nWalz disagreed. "We agreed on the timeline," he said.', 'Tim Walz'],
    ['a surname that is also a place word', 'Her neighbour, Tom Hill, agreed. "Nobody came to help us," he said.', 'Tom Hill'],
    ['a surname shared in a family is the person introduced first', 'Hori Parata met his son, Te Kaurinui Parata. Parata said the whales were sick.', 'Hori Parata'],
    [
      'a person named by what they do, after an opening phrase',
      'On one forum an anonymous commenter shared the photo and wrote it was \u201ca disgrace to the town.\u201d',
      'anonymous commenter',
    ],
    ['she is not a man known as a husband', 'Ann Ito has run the shop since 1990. Her husband, Tom Lee, helps out. She said sales were down.', 'Ann Ito'],
    ['he is not a woman known by her courtesy title', 'Mrs. Ann Ito runs the farm. Tom Lee is her neighbour. He said the well was dry.', 'Tom Lee'],
    ['a role before a name is dropped', 'Skipper Wade Lund has fished for 30 years. He said the catch was poor.', 'Wade Lund'],
    [
      'it after a statement is the organisation that made it, not another named in the sentence',
      'The Falcon Corp rover lost power near the crater, the agency Valdor said in a statement. It said most of the data was saved.',
      'Valdor',
    ],
    ['he after a second cue is not a name inside the first report', 'Tom Lee runs the clinic. He said that Kenya had cut funds, and he noted that staff were leaving.', 'Tom Lee'],
  ])('%s', (_name, text, speaker) => {
    expect(
      found(text)
        .map((q) => q.speaker)
        .slice(-1),
    ).toEqual([speaker]);
  });

  test("the speaker's own people inside a quote are not another source", () => {
    expect(found('"Our ancestors tell us the whales are a sign," said Hori Parata.')).toEqual([direct('Our ancestors tell us the whales are a sign', 'Hori Parata')]);
  });

  test('a capitalised modal opening the sentence after a quotation is no speaker of it', () => {
    expect(found('\u201cThe hall is full.\u201d Could argue the ferry is better, but nobody did.').map((q) => q.speaker)).not.toContain('Could');
  });

  test('an unresolvable pronoun gives no speaker, not a guess', () => {
    expect(found('"We will not stop," he said.')).toEqual([direct('We will not stop', null)]);
  });
});
