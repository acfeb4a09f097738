import { describe, expect, test } from 'vitest';
import type { ClaimValue } from '../../model';
import { detectClaims } from './claims';

interface Expected {
  text: string;
  value: ClaimValue;
  unit?: string | null;
  qualifier?: string | null;
}

const found = (sentence: string) => detectClaims(sentence, []).map((c) => ({ text: sentence.slice(c.start, c.end), value: c.value, unit: c.unit, qualifier: c.qualifier }));

describe('detectClaims finds the figure, its value, unit and qualifier', () => {
  test.each<[string, Expected[]]>([
    // counts in digits and words
    ['Officials said 31,000 Ukrainian soldiers have died.', [{ text: '31,000', value: 31000, unit: 'soldiers' }]],
    [
      'The gunmen killed two people and wounded nine others.',
      [
        { text: 'two', value: 2, unit: 'people' },
        { text: 'nine', value: 9, unit: 'others' },
      ],
    ],
    ['Twenty-five villages were evacuated overnight.', [{ text: 'Twenty-five', value: 25, unit: 'villages' }]],
    ['The council hired one hundred and fifty new teachers.', [{ text: 'one hundred and fifty', value: 150, unit: 'teachers' }]],
    ['Rescuers pulled a dozen survivors from the rubble.', [{ text: 'a dozen', value: 12, unit: 'survivors' }]],
    ['Two dozen engineering teams use the service.', [{ text: 'Two dozen', value: 24, unit: 'teams' }]],
    ['The poll found precisely zero support for the plan.', [{ text: 'zero', value: 0, qualifier: 'precisely' }]],
    // `just` before a subject `one` counts
    ['Just one passenger survived the crash.', [{ text: 'one', value: 1, unit: 'passenger', qualifier: 'just' }]],
    // `zero` counting a plural, or made a figure by a qualifier
    ['The new engine had zero failures in testing.', [{ text: 'zero', value: 0, unit: 'failures' }]],
    ['Each path ends in zero or one file name.', [{ text: 'zero or one', value: [0, 1] }]],
    // a multiplier in words, as in digits
    [
      'Funding grew almost two-fold, and costs rose 10-fold.',
      [
        { text: 'two', value: 2, qualifier: 'almost' },
        { text: '10', value: 10 },
      ],
    ],
    // a possessive states how many its owner has
    ['He lives with his wife and their two daughters.', [{ text: 'two', value: 2, unit: 'daughters' }]],
    ['The firm sold its three plants last year.', [{ text: 'three', value: 3, unit: 'plants' }]],
    // decimals ending sentences are not list numbers
    [
      'Output rose 1.2. Then it fell 2.3. Nobody knew why.',
      [
        { text: '1.2', value: 1.2 },
        { text: '2.3', value: 2.3 },
      ],
    ],
    // magnitudes and separators
    ['The country has a population of about 11 million people.', [{ text: '11 million', value: 11e6, unit: 'people', qualifier: 'about' }]],
    ['Sales reached 1.3 million units per year.', [{ text: '1.3 million', value: 1.3e6, unit: 'units' }]],
    ['Some 1 500 protesters gathered in the square.', [{ text: '1 500', value: 1500, unit: 'protesters', qualifier: 'some' }]],
    ['The fund lost a million savers in a year.', [{ text: 'a million', value: 1e6, unit: 'savers' }]],
    // other scripts
    ['Officials counted ٣١٬٠٠٠ ballots.', [{ text: '٣١٬٠٠٠', value: 31000, unit: 'ballots' }]],
    ['The agency registered １２，５００ applicants.', [{ text: '１２，５００', value: 12500, unit: 'applicants' }]],
    // money
    ['Congress approved $60 billion in military aid.', [{ text: '$60 billion', value: 6e10, unit: 'USD' }]],
    ['The club paid €2.5bn for the stadium.', [{ text: '€2.5bn', value: 2.5e9, unit: 'EUR' }]],
    ['She was fined £10,000 by the court.', [{ text: '£10,000', value: 10000, unit: 'GBP' }]],
    ['The deal is worth US$4.8 billion.', [{ text: 'US$4.8 billion', value: 4.8e9, unit: 'USD' }]],
    [
      'The state set aside Rs 500 crore for two lakh farmers.',
      [
        { text: 'Rs 500 crore', value: 5e9, unit: 'INR' },
        { text: 'two lakh', value: 2e5, unit: 'farmers' },
      ],
    ],
    ['Investors lost 300 million dollars.', [{ text: '300 million dollars', value: 3e8, unit: 'USD' }]],
    ['The council borrowed £12m last year.', [{ text: '£12m', value: 12e6, unit: 'GBP' }]],
    ['Congress passed a $1.5-trillion spending bill.', [{ text: '$1.5-trillion', value: 1.5e12, unit: 'USD' }]],
    ['Shares fell to 245p, and the screen shows 1080p video.', [{ text: '245p', value: 245, unit: 'GBp' }]],
    ['Queues of 1,000s of fans formed.', [{ text: '1,000s', value: null }]],
    ['The plan costs nearly $1 trillion.', [{ text: '$1 trillion', value: 1e12, unit: 'USD', qualifier: 'nearly' }]],
    // percentages
    ['Upwards of 70% of its energy comes from nuclear plants.', [{ text: '70%', value: 70, unit: '%', qualifier: 'upwards of' }]],
    ['Turnout rose to 64 percent.', [{ text: '64 percent', value: 64, unit: '%' }]],
    ['Prices rose 3.1 per cent in March.', [{ text: '3.1 per cent', value: 3.1, unit: '%' }]],
    ['The yield rose by more than half a percentage point.', [{ text: 'half a percentage point', value: 0.5, unit: 'percentage points', qualifier: 'more than' }]],
    ['Inflation rose to 5pc in May.', [{ text: '5pc', value: 5, unit: '%' }]],
    ['Rates fell by 25 basis points.', [{ text: '25 basis points', value: 25, unit: 'basis points' }]],
    ['The yield fell, adding to a four-basis point drop.', [{ text: 'four', value: 4 }]],
    ['The bank raised rates by a quarter point.', [{ text: 'a quarter point', value: 0.25, unit: 'percentage points' }]],
    ['Markets expect a half-point cut.', [{ text: 'half-point', value: 0.5, unit: 'percentage points' }]],
    ['Exports fell -4.5% in the quarter.', [{ text: '-4.5%', value: -4.5, unit: '%' }]],
    // proportions and fractions
    ['Spending is about one-tenth of what the government pays in interest.', [{ text: 'one-tenth', value: 0.1, qualifier: 'about' }]],
    ['Nearly two-thirds of voters backed the measure.', [{ text: 'two-thirds', value: 2 / 3, unit: 'voters', qualifier: 'nearly' }]],
    ['More than half of the staff were laid off.', [{ text: 'half', value: 0.5, unit: 'staff', qualifier: 'more than' }]],
    ['A third of the homes had no power.', [{ text: 'A third', value: 1 / 3, unit: 'homes' }]],
    // ranges
    ['We were talking about 300,000-350,000 a few months ago.', [{ text: '300,000-350,000', value: [300000, 350000] }]],
    ['The storm left between 4 and 5 million homes without power.', [{ text: '4 and 5 million', value: [4e6, 5e6], unit: 'homes', qualifier: 'between' }]],
    ['Four or five buyers bid for the catch.', [{ text: 'Four or five', value: [4, 5], unit: 'buyers' }]],
    ['Fishermen are paid $24 to $28 a pound.', [{ text: '$24 to $28', value: [24, 28], unit: 'USD' }]],
    [
      'Brent crude rose $2.40 to $84.50 a barrel.',
      [
        { text: '$2.40', value: 2.4 },
        { text: '$84.50', value: 84.5 },
      ],
    ],
    ['There were 1.2 deaths per 100,000 people.', [{ text: '1.2', value: 1.2, unit: 'deaths' }]],
    [
      'Unemployment rose by 0.3 percentage points to 4.1%.',
      [
        { text: '0.3 percentage points', value: 0.3 },
        { text: '4.1%', value: 4.1 },
      ],
    ],
    [
      'She ran the 400m hurdles while 150m people watched.',
      [
        { text: '400m', value: 400, unit: 'm' },
        { text: '150m', value: 150e6, unit: 'people' },
      ],
    ],
    ['A record 4.5m people travelled by rail.', [{ text: '4.5m', value: 4.5e6, unit: 'people', qualifier: 'a record' }]],
    ['Ads bring in more like $12–16k per episode.', [{ text: '$12–16k', value: [12000, 16000], unit: 'USD' }]],
    ['They restored four century-old wooden schooners.', [{ text: 'four', value: 4, unit: 'schooners' }]],
    ['Growth of 2-3 million jobs is forecast.', [{ text: '2-3 million', value: [2e6, 3e6], unit: 'jobs' }]],
    ['Crowds of 10-15,000 marched.', [{ text: '10-15,000', value: [10000, 15000] }]],
    ['Lots range from 1-10,000 units.', [{ text: '1-10,000', value: [1, 10000] }]],
    // compound adjectives: a count, or the age of a thing
    ['The rescue boat carried a six-member crew.', [{ text: 'six', value: 6, unit: 'member' }]],
    ['A three-judge panel heard the appeal.', [{ text: 'three', value: 3, unit: 'judge' }]],
    ['They hired a 12-person team of divers.', [{ text: '12', value: 12, unit: 'person' }]],
    ['The festival drew 1 million-plus fans.', [{ text: '1 million', value: 1e6, unit: 'fans' }]],
    ['Volunteers restored a 106-year-old wooden barge.', [{ text: '106-year-old', value: 106, unit: 'years' }]],
    ['Loggers felled a 2,000-year-old cedar.', [{ text: '2,000-year-old', value: 2000, unit: 'years' }]],
    // counts picked from or listed with others
    ['The museum owns one of four surviving steam cranes.', [{ text: 'four', value: 4, unit: 'cranes' }]],
    ['She is one of 12 siblings.', [{ text: '12', value: 12, unit: 'siblings' }]],
    [
      'The lander carries three rovers, two Japanese probes and one from India.',
      [
        { text: 'three', value: 3 },
        { text: 'two', value: 2 },
        { text: 'one', value: 1 },
      ],
    ],
    [
      'Two climbers died and one was rescued.',
      [
        { text: 'Two', value: 2 },
        { text: 'one', value: 1 },
      ],
    ],
    [
      'The pond holds six newts, one large carp, and one turtle.',
      [
        { text: 'six', value: 6 },
        { text: 'one', value: 1, unit: 'carp' },
        { text: 'one', value: 1, unit: 'turtle' },
      ],
    ],
    ['Ship two versions, one with logging and one without.', [{ text: 'two', value: 2, unit: 'versions' }]],
    // how long records must be kept: a measured requirement
    ['Providers must store call records for two years.', [{ text: 'two years', value: 2, unit: 'years' }]],
    ['Clinics retained samples for 18 months after the trial.', [{ text: '18 months', value: 18, unit: 'months' }]],
    ['Banks must retain records — names and dates, not content — for five years.', [{ text: 'five years', value: 5, unit: 'years' }]],
    // continental thousands
    ['Die Stadt hat 1.250.000 Einwohner.', [{ text: '1.250.000', value: 1250000 }]],
    ['Die Preise stiegen um 2,4% im Jahr.', [{ text: '2,4%', value: 2.4, unit: '%' }]],
    [
      'Über 1.000.000 Menschen kamen, 40.000 davon mit 2,5 Tonnen Gepäck.',
      [
        { text: '1.000.000', value: 1e6 },
        { text: '40.000', value: 40000 },
        { text: '2,5', value: 2.5 },
      ],
    ],
    ['The survey of 40.000 voters is an English text.', [{ text: '40.000', value: 40 }]],
    // scores and tallies: one figure with no single value
    ['United won 4-2 at home on Saturday.', [{ text: '4-2', value: null }]],
    [
      'Leeds won 2-0 yesterday and lost 1-3 on Tuesday.',
      [
        { text: '2-0', value: null },
        { text: '1-3', value: null },
      ],
    ],
    ['The justices ruled 7-2 that the law stands.', [{ text: '7-2', value: null }]],
    ['It was a 5-4 decision.', [{ text: '5-4', value: null }]],
    ['The chamber voted 61-39 to pass it.', [{ text: '61-39', value: null }]],
    ['The party won 2-3 seats in each region.', [{ text: '2-3', value: [2, 3], unit: 'seats' }]],
    ['Pundits gave it a 50-50 chance.', [{ text: '50-50', value: null }]],
    ['The vote was 7 to 2 in favour.', [{ text: '7 to 2', value: null }]],
    // ratios
    ['Several battalions had only 40 of 200 men left.', [{ text: '40 of 200', value: 40, unit: 'men', qualifier: 'only' }]],
    ['Just 4 of the 12 largest lenders passed.', [{ text: '4 of the 12', value: 4, unit: 'lenders', qualifier: 'just' }]],
    ['One in five adults smokes.', [{ text: 'One in five', value: 1, unit: 'adults' }]],
    [
      'It beheaded 21 Christians, 20 of them Egyptian.',
      [
        { text: '21', value: 21, unit: 'christians' },
        { text: '20', value: 20 },
      ],
    ],
    ['She achieved a score of 7 out of 10.', [{ text: '7 out of 10', value: 7 }]],
    ['Seven out of 10 voters disagreed.', [{ text: 'Seven out of 10', value: 7, unit: 'voters' }]],
    // rates
    ['They were suffering 1,500 casualties per day.', [{ text: '1,500', value: 1500, unit: 'casualties' }]],
    ['An average of 300 animals beach themselves a year.', [{ text: '300', value: 300, unit: 'animals', qualifier: 'an average of' }]],
    // measurements
    ['The convoy travelled 30 miles before dawn.', [{ text: '30 miles', value: 30, unit: 'miles' }]],
    ['A 6.5-magnitude earthquake struck the coast.', [{ text: '6.5-magnitude', value: 6.5, unit: 'magnitude' }]],
    ['A magnitude 7.8 earthquake struck.', [{ text: '7.8', value: 7.8, unit: 'magnitude' }]],
    ['Temperatures rose 2.5 degrees in a decade.', [{ text: '2.5 degrees', value: 2.5, unit: 'degrees' }]],
    ['The tree may be 2,000 years old.', [{ text: '2,000 years', value: 2000, unit: 'years' }]],
    ['The suspect is 5\'6" tall.', [{ text: '5\'6"', value: 66, unit: 'inches' }]],
    ['At 6ft 4in, he towers over his rivals.', [{ text: '6ft 4in', value: 76, unit: 'inches' }]],
    ['The fish can grow to 500 pounds.', [{ text: '500 pounds', value: 500, unit: 'lb' }]],
    [
      'Crews took an average of 47 minutes, against a target of 18 minutes.',
      [
        { text: '47', value: 47, qualifier: 'an average of' },
        { text: '18', value: 18 },
      ],
    ],
    ['NHS 111 received 1.9 million calls.', [{ text: '1.9 million', value: 1.9e6, unit: 'calls' }]],
    [
      'The update shrank to 17.5 MB on a 2GB phone.',
      [
        { text: '17.5 MB', value: 17.5, unit: 'MB' },
        { text: '2GB', value: 2, unit: 'GB' },
      ],
    ],
    ['The race takes 6½ minutes.', []],
    // a hyphened length of time measures the thing it modifies
    [
      'The crew ran a ten-minute drill, then the 45-minute patrol and the three-day march.',
      [
        { text: 'ten', value: 10 },
        { text: '45', value: 45 },
        { text: 'three', value: 3 },
      ],
    ],
    // a figure opening a kept heading or link title is a claim (the labels' kept-heading rule)
    ['Learn More: Seven Tips for Repurposing Video Content', [{ text: 'Seven', value: 7 }]],
    ['$40K Vintage Guitar Found In Attic', [{ text: '$40K', value: 40000, unit: 'USD' }]],
    // `half` before a possessive, any person's
    [
      'By noon, half my class had left and half your team too.',
      [
        { text: 'half', value: 0.5 },
        { text: 'half', value: 0.5 },
      ],
    ],
    // a multiple before what it multiplies is a proportion; a double room or double duty is not
    [
      'Rents are nearly double the 2019 level and triple their size, in a double room.',
      [
        { text: 'double', value: 2, qualifier: 'nearly' },
        { text: 'triple', value: 3 },
      ],
    ],
    // the parts a work, a plan or a system is made of
    [
      'She wrote a three-volume biography and a two-part film, then a nine-point plan.',
      [
        { text: 'three', value: 3 },
        { text: 'two', value: 2 },
        { text: 'nine', value: 9 },
      ],
    ],
    // frequencies and frame rates, glued or spaced, a measure even at the start of a line
    [
      'The chip runs at 3.2GHz and the radio at 900 MHz.',
      [
        { text: '3.2GHz', value: 3.2, unit: 'GHz' },
        { text: '900 MHz', value: 900, unit: 'MHz' },
      ],
    ],
    [
      'The port holds 60FPS, dropping to\n  24 FPS in crowded towns.',
      [
        { text: '60FPS', value: 60, unit: 'fps' },
        { text: '24 FPS', value: 24, unit: 'fps' },
      ],
    ],
    // vague amounts
    ['Gun violence kills tens of thousands every year.', [{ text: 'tens of thousands', value: null }]],
    ['Dozens of shops were looted.', [{ text: 'Dozens', value: null, unit: 'shops' }]],
    ['The war has killed millions.', [{ text: 'millions', value: null }]],
    ['Hundreds of Islamists stormed the embassy.', [{ text: 'Hundreds', value: null, unit: 'islamists' }]],
    ['NATO powers have spent tens and hundreds of billions of dollars.', [{ text: 'tens and hundreds of billions of dollars', value: null, unit: 'USD' }]],
    ['The firm imported a few thousand decks.', [{ text: 'a few thousand', value: null, unit: 'decks' }]],
    ['Several hundred troops remain.', [{ text: 'Several hundred', value: null, unit: 'troops' }]],
    // qualifiers
    ['The attack killed at least 19 people.', [{ text: '19', value: 19, qualifier: 'at least', unit: 'people' }]],
    ['The numbers were closer to 120,000.', [{ text: '120,000', value: 120000, qualifier: 'closer to' }]],
    ['Almost 1.8 million potholes were filled.', [{ text: '1.8 million', value: 1.8e6, qualifier: 'almost', unit: 'potholes' }]],
    [
      'The denied figures: not 300,000 or 150,000.',
      [
        { text: '300,000', value: 300000 },
        { text: '150,000', value: 150000 },
      ],
    ],
    ['She said her priority will always be her three sons.', [{ text: 'three', value: 3 }]],
    // a name between `the` and the counted noun introduces the count the text has not made before
    ['The nine Moomin novels sold well abroad.', [{ text: 'nine', value: 9 }]],
    ['Here is my list of the six VR racers worth a look.', [{ text: 'six', value: 6 }]],
    ['Crews repainted all four walls; all three were pleased.', [{ text: 'four', value: 4 }]],
    ['The plan names four priority areas. Work on all four priority areas stalled.', [{ text: 'four', value: 4 }]],
    ['The lamps come from two firms. The two Lumo firms\u2019 sites differ.', [{ text: 'two', value: 2, unit: 'firms' }]],
    ['The clinic treated at least one patient a night.', [{ text: 'one', value: 1, qualifier: 'at least' }]],
    ['The survey would take 40 billion hours of staff time.', [{ text: '40 billion', value: 4e10 }]],
  ])('%s', (sentence, expected) => {
    const got = found(sentence);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});

describe('detectClaims leaves out numbers that are not claims', () => {
  test.each<[string, string]>([
    ['date', 'On February 26, French President Emmanuel Macron spoke.'],
    ['date', 'The vote is on 27 February.'],
    ['date', 'The article appeared Sept. 25, 2018.'],
    ['year', 'Ukraine has been at war since 2014.'],
    ['year of an era', 'The wall was built around 1,200 BCE and rebuilt in 300 BC.'],
    ['vague number of years', 'The custom is hundreds of years old.'],
    ['year range', 'The Islamists held power from 2011 to 2013.'],
    ['decade', 'It was a deep downturn like the 1930s or 2008-9.'],
    ['abbreviated year', 'He ran afoul of Bush in ’91.'],
    ['time', 'The meeting starts at 10:30 and ends at 3 p.m.'],
    ['time', "She arrived at three o'clock."],
    ['duration', 'The uprising overthrew its dictator four years ago.'],
    ['duration', 'That is what they have been doing for the last two years.'],
    ['duration', 'He has 18 months left in power.'],
    ['duration', 'It guarantees two more years of difficult diplomacy.'],
    ['duration', 'They stayed for well over half a century.'],
    ['duration', 'The yield on the 10-year Treasury note rose.'],
    ['age', 'A 45-year-old man was arrested.'],
    ['age', 'The 93 year-old finishes his term.'],
    ['age', 'Parata, 75, has overseen the work.'],
    ['age', 'Hori Parata was just seven years old when he went.'],
    ['age', 'The survey covers men between the ages of 25 and 54.'],
    ['age limit', 'Children under 5 and anyone over 70 are most at risk.'],
    ['age', 'Mr Biden, who is 81, said he would run.'],
    ['ordinal', 'It was his 3rd visit and the 21st summit.'],
    ['identifier', 'Invoking Article 4 or Article 5 would require an enemy.'],
    ['identifier', 'The number of Americans killed since 9/11 is small.'],
    ['identifier', 'Pilots flew the F-16 and the M270 system.'],
    ['identifier', 'The COVID-19 pandemic hit the G7 economies.'],
    ['identifier', 'The story ran on Page A1.'],
    ['identifier', 'We landed Bug 1553982 in Firefox 85.'],
    ['identifier', 'The spokesman spoke aboard Air Force One.'],
    ['identifier', 'Ten whales stranded on Ninety Mile Beach.'.replace('Ten', 'The')],
    ['identifier', 'The prime minister lives at 10 Downing Street.'],
    ['address after at', 'The shelter was in the cellar at 42 Harbour, and the gala at 9 Marlow centre.'],
    ['identifier', 'Read Warning #1 before you start.'],
    ['identifier', 'The study was cited.[25] It was popular.'],
    ['version', 'The app moved to version 2.0 and HTTP/1.1.'],
    ['version the text writes dotted', 'The 3.6.x branch gets fixes; 3.6 itself shipped in May, and the 5.2 release follows 5.2.1.'],
    ['phone', 'Call +44 20 7946 0958 or 555-123-4567 for details.'],
    ['phone', 'The office number is 020 7946 0958.'],
    ['list', 'The rankings were as follows: 1. Finland 2. Norway 3. Australia'],
    [
      'list items far apart, run into the text',
      `Start the day early.1. Drink Water${' Water helps you think.'.repeat(12)}2. Stretch Often${' A stretch wakes the body.'.repeat(12)}3. Walk Outside`,
    ],
    [
      'list after a year and a colon',
      `Our forecasts for 2030:1. Cheaper batteries${' will arrive.'.repeat(15)} Prices fall in 2030.2. Faster trains${' are planned.'.repeat(15)}3. 6G phones`,
    ],
    ['singular', 'One battalion commander warned the Post.'],
    ['singular', "It destroyed one of Africa's most promising states."],
    ['anaphora', 'Tensions between the two sides continued to run hot.'],
    ['anaphora', 'He seeks breakthroughs on these two issues.'],
    ['compound', 'She disavowed a two-state solution.'],
    ['compound', 'It was a one-two punch.'],
    ['not a number word', 'Several officials and many residents, most of them young, and both parties agreed.'],
    ['half as a side', 'Click here for the second half of the story.'],
    ['run-together heading', 'He has persuaded precisely nobody.Five things we learned from the interviewThe president spoke.'],
    ['identifier', 'Savers moved money into a 401(k) plan.'],
    ['inner-capital name', 'The update reaches the eReader 3, and the older eReader 2 Pro.'],
    ['model named twice', 'Reviews of the Zephyr 9 were kind. Stock of Zephyr 9 units ran low.'],
    ['age', 'She remembers it from when you were 8, she told him.'],
    ['term', 'The regulator looked at zero rating plans, and the service would be zero rated.'],
    ['identifier', 'The update needs OS X 10.10 and Bluetooth 4.1 support.'],
    ['duration', 'The ruling is expected in a day or two.'],
    ['duration', 'The project faces a six-month delay.'],
    [
      'a span, an extreme, a threshold or a tenor placed in time',
      'In the two-year period since, yields on the 30-year bond hit a two-month low, and many waited past the 12-week target.',
    ],
    ['age', 'The 30-year-old driver was unhurt.'],
    ['age of a trade', 'The 52-year-old director hired a 40-year-old chef.'],
    ['age', 'A 52-year-old Leeds woman was charged.'],
    ['age', 'The 19-year-old admitted the offence.'],
    ['age', 'Police said the 61-year-old, who lives nearby, fled.'],
    ['age', 'Her grandmother was 72 when she learned to swim.'],
    ['age in words', 'He began to paint at the age of ten, and the twins, aged seven, watched.'],
    ['age', 'The brothers, aged 17, 19 and 22, were released.'],
    ['age', 'At 81, he still swims every day.'],
    ['singular', 'The men were held, one of them a teenager.'],
    ['a stressed singular as a predicate', 'It\u2019s just one small way to help, and critics see the town as just one among many.'],
    ['singular', 'One of the two engines failed.'],
    ['compound', 'He left with a one-way ticket.'],
    ['duration', 'He kept quiet for two years.'],
    ['duration', 'She stored the boxes. For two years nothing happened.'],
    ['duration', 'She stored the boxes — then, for two years, nothing.'],
    ['idiom', 'She added a brief word or two of thanks.'],
    ['idiom of none at all', 'The school has zero tolerance for bullies, and critics have zero patience left.'],
    ['rank', 'The single peaked at number four and was ranked number 12 a week later.'],
    ['rank', 'Jobs are the number one priority.'],
    ['identifier', 'She watched it in 3-D after a stop at 7-Eleven.'],
    ['identifier', 'It grew into a category 5 hurricane under a level 3 alert.'],
    ['identifier', 'She had stage 4 cancer.'],
    ['brand', 'The grocer sells its 365 by Whole Foods Market range; the 365 stores are small.'],
  ])('%s: %s', (_reason, sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
