import * as assert from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractEntities } from '../../server/src/engine/extract/entities';
import type { EntityMention } from '../../server/src/engine/types';

function run(text: string): EntityMention[] {
  return extractEntities(parseArticle('/tmp/test.article', text));
}

function find(ents: EntityMention[], text: string): EntityMention | undefined {
  return ents.find((e) => e.text === text);
}

describe('extractEntities', () => {
  const positives: Array<[string, string, string, string?]> = [
    // [article text, span, type, canonical name]
    ['The deal was announced by Acme Widgets Inc. on Monday.', 'Acme Widgets Inc.', 'organization'],
    ['Officials at the Ministry of Finance declined to comment.', 'Ministry of Finance', 'organization'],
    ['Talks were held in Norway and Peru last week.', 'Norway', 'place'],
    ['Talks were held in Norway and Peru last week.', 'Peru', 'place'],
    ['Qantrix shares rose after Qantrix’s results beat forecasts.', 'Qantrix', 'organization'],
    ['Chancellor Maria Ostrowski met bankers. Ostrowski said rates would rise.', 'Ostrowski', 'person', 'Maria Ostrowski'],
    ['Mr. Ostrowski arrived late. Maria Ostrowski then spoke.', 'Maria Ostrowski', 'person'],
    // Another given name with the same surname is another person, not a short form of the longer name.
    ['Kiran Dolev was hurt. His mother, Marisella Dolev, spoke.', 'Kiran Dolev', 'person', 'Kiran Dolev'],
    ['Prime Minister Tomas Varga said the vote would go ahead.', 'Tomas Varga', 'person'],
    ['Exports to the U.S. fell sharply.', 'U.S.', 'place', 'United States'],
    ['Zentrix Software said profits rose. Brokers expect ZNTX to climb.', 'ZNTX', 'organization', 'Zentrix Software'],
    // A title inside a run of capitals ends what comes before it and starts the person's name.
    ['The plan was backed by Varnish Foreign Minister Tomas Varga on Monday.', 'Tomas Varga', 'person'],
    ['Rates held, Federal Reserve Governor Lina Orvath said.', 'Federal Reserve', 'organization'],
    ['Rates held, Federal Reserve Governor Lina Orvath said.', 'Lina Orvath', 'person'],
    ['The Mexican Ariel Cruzado, 30, lost on points.', 'Ariel Cruzado', 'person'],
    // Role nouns and organization cues around a lone unknown word.
    ['He was replaced by midfielder Donatello in the second half.', 'Donatello', 'person'],
    ['Italian tyre giant Pirellio said sales rose. Pirellio shares gained 2 percent.', 'Pirellio', 'organization'],
    ['The boxer Duranto, 45, said he felt good. Duranto fights on Saturday.', 'Duranto', 'person'],
    // Scorecards and tables: initials, cricket notation.
    ['CRICKET - SCOREBOARD\n\nLONDON 1996-08-30\nM. Waughley c Healyn b Flemingo 44', 'M. Waughley', 'person'],
    ['CRICKET - SCOREBOARD\n\nLONDON 1996-08-30\nM. Waughley c Healyn b Flemingo 44', 'Flemingo', 'person'],
    // A name of common words only is no person's but a programme's or a law's (CoNLL's miscellany);
    // an ordinal inside a sentence opens a name.
    ['Lobbyists fought cuts to Social Security for years.', 'Social Security', 'other'],
    ['Gun owners in Carbonville cite the Second Amendment often.', 'Second Amendment', 'other'],
    // A sentence-final abbreviation period belongs to the sentence.
    ['The deal was advised by Lear Corp.\nShares rose.', 'Lear Corp', 'organization'],
    // Places by context: "X, Country", "town of X", "X-based".
    ['Troops took the town of Tavildora after heavy fighting.', 'Tavildora', 'place'],
    ['Officials in Barentsk, Norway, said the mine was closed.', 'Barentsk', 'place'],
    // A surname that is also a place takes the person when the document names him in full.
    ['Director Neil Jordan defended the film. "It was the right choice," Jordan said.', 'Jordan', 'person', 'Neil Jordan'],
    ['Coach Billie Jean King named her team. King said she was happy.', 'King', 'person', 'Billie Jean King'],
    // Abbreviated titles inside a run of capitals; "X-based"; a person's spokesman.
    ['"He is dangerous," said Oregon State Police Lt. Greggory Hastwell. Hastwell gave no details.', 'Oregon State Police', 'organization'],
    ['"He is dangerous," said Oregon State Police Lt. Greggory Hastwell. Hastwell gave no details.', 'Hastwell', 'person', 'Greggory Hastwell'],
    ['The Ohio-based lender agreed to the deal.', 'Ohio', 'place'],
    ['Gov. Sarah Palmerin left. Palmerin spokesman Bill Allister said she was sorry.', 'Palmerin', 'person', 'Sarah Palmerin'],
    // A nickname in quotation marks is not the full name the surname stands for.
    ['General Tomas Varga spoke. The general, nicknamed “Iron Fist Varga,” left early. Varga wrote a letter.', 'Varga', 'person', 'Tomas Varga'],
    // An adjective that speaks is a surname; a title inside a run of capitals ends the name before it.
    ['Mark Heller spoke first. White said he was blindsided by the ruling.', 'White', 'person'],
    [
      'Michigan sale notes. AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261 ISSUER: Bay Co Building Authority',
      'Bay Co Building Authority',
      'organization',
    ],
    ['Superior Court District Attorney James Dabney agreed in the hearing.', 'James Dabney', 'person'],
    ['Police Commissioner Raymond Kolly said the march was peaceful.', 'Raymond Kolly', 'person'],
    // A long name defined by the acronym after it, and the acronym named after it everywhere.
    [
      'Talks were led by the Organisation for Security and Cooperation in Europe (OSCE) in Vienna. The OSCE said so.',
      'Organisation for Security and Cooperation in Europe',
      'organization',
    ],
    [
      'Talks were led by the Organisation for Security and Cooperation in Europe (OSCE) in Vienna. The OSCE said so.',
      'OSCE',
      'organization',
      'Organisation for Security and Cooperation in Europe',
    ],
    // An apposition naming a kind of organization types the name before it; a list of names or "a group of" does not.
    ['They met Kelmar Ridge, a nonprofit advocacy group, in court.', 'Kelmar Ridge', 'organization'],
    ['The suit was filed by Halvorsen Bay, a Denver-based company, on Monday.', 'Halvorsen Bay', 'organization'],
    ['Grants went to a museum in Kelmar Ridge, the Varnish Research Institute in Ohio and others.', 'Kelmar Ridge', 'place'],
    ['Grants went to a museum in Kelmar Ridge, a group of towns near the coast.', 'Kelmar Ridge', 'place'],
    ['They met Tom Bell, a party leader, on Monday.', 'Tom Bell', 'person'],
    // "Mr." and "Mrs." choose among people of one surname by their given names; one of the other gender is nobody's full name.
    ['Jane Roe and her husband, John Roe, arrived on Monday. Mrs. Roe said the trip was long.', 'Roe', 'person', 'Jane Roe'],
    ['John Roe and his wife, Jane Roe, arrived on Monday. Mr. Roe said the trip was long.', 'Roe', 'person', 'John Roe'],
    ['John Roe arrived on Monday. Mrs. Roe said the trip was long.', 'Roe', 'person', 'Roe'],
    ['Jane Roe arrived on Monday. Mrs. Roe said the trip was long.', 'Roe', 'person', 'Jane Roe'],
    // A lone word opening several organizations' names stands for the one it heads ("X of ..."), or for none.
    ['The Assembly of Varnia met on Monday. Assembly Labour Party members stayed. The Assembly voted later.', 'Assembly', 'organization', 'Assembly of Varnia'],
    [
      'Assembly Greens Party members walked out and Assembly Labour Party members stayed on Monday. The Assembly voted later.',
      'Assembly',
      'organization',
      'Assembly',
    ],
  ];
  for (const [text, span, type, name] of positives) {
    it(`finds ${span} as ${type}`, () => {
      const ents = run(text);
      const e = find(ents, span);
      assert.ok(e, `${span} not found in ${JSON.stringify(ents.map((x) => x.text))}`);
      assert.strictEqual(e.type, type);
      if (name) assert.strictEqual(e.name, name);
    });
  }

  const negatives: Array<[string, string]> = [
    ['However, the plan failed.', 'However'],
    ['Analysts said the market would recover.', 'Analysts'],
    ['Many said the market would recover.', 'Many'],
    // A line of labelled fields is a form: its labels are no names.
    ['Michigan sale notes. AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261 ISSUER: Bay Co Building Authority', 'CUSIP'],
    ['Michigan sale notes. AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261 ISSUER: Bay Co Building Authority', 'ISSUER'],
    ['Michigan sale notes. AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261 ISSUER: Bay Co Building Authority', 'NYC Time'],
    ['Their stay at the top was short.', 'Their'],
    ['The Chinese government rejected the plan.', 'Chinese'],
    ['It expanded its State-side operations.', 'State-side'],
    ['Results were announced on Friday in August.', 'Friday'],
    ['Fruit remained on the trees as there was nobody to pick it.', 'Fruit'],
    ['"I\'m sure there won\'t be a problem," he said.', "I'm"],
    ['The bond fell C$0.45 to C$101.15.', 'C'],
    ['The President said the talks would go on.', 'President'],
    ["Women's singles, third round", 'Women'],
    ['A sharp plunge in prices followed. GERMANY - Bunds extended losses.', 'Bunds'],
  ];
  for (const [text, span] of negatives) {
    it(`does not tag ${span} as a person, organization or place`, () => {
      const e = find(run(text), span);
      assert.ok(!e || e.type === 'other', `${span} tagged ${e?.type}`);
    });
  }

  it('keeps trailing punctuation and datelines out of spans', () => {
    const ents = run('HEADLINE ABOUT NOTHING\n\nOSLO 1996-08-30\nTalks opened in Oslo, Norway.');
    for (const e of ents) assert.ok(!/[.,\d]$/.test(e.text) || (e.text.endsWith('.') && /^(\p{L}\.)+$/u.test(e.text)), e.text);
    assert.ok(find(ents, 'OSLO'));
    assert.ok(find(ents, 'Norway'));
  });

  it('types teams named after places as organizations in results', () => {
    const ents = run('SOCCER - LEAGUE RESULTS\n\nRiverdale 2 Hillcrest 1\nRiverdale beat Hillcrest on Saturday.');
    const e = ents.find((x) => x.text === 'Riverdale');
    assert.ok(e);
    assert.strictEqual(e.type, 'organization');
  });

  it('tells clubs from towns in team sports but keeps venues and datelines as places', () => {
    const text =
      'SOCCER - ENGLISH LEAGUE RESULTS\n\nLONDON 1996-08-31\nNewcastle beat Southampton 2-1 at Leeds on Saturday.\nShearer joined Newcastle from Blackburn.';
    const ents = run(text);
    const at = (span: string, nth = 0) => ents.filter((x) => x.text === span)[nth];
    assert.strictEqual(at('LONDON')?.type, 'place');
    assert.strictEqual(at('Newcastle')?.type, 'organization');
    assert.strictEqual(at('Southampton')?.type, 'organization');
    assert.strictEqual(at('Leeds')?.type, 'place');
  });

  it('keeps towns as places in individual sports', () => {
    const ents = run(
      'ATHLETICS - GRAND PRIX RESULTS\n\nBERLIN 1996-08-30\nMitchell beat Bailey in Brussels. Berlin, Brussels and Zurich all belong to the Golden League.',
    );
    for (const e of ents.filter((x) => /^(Berlin|Brussels|Zurich)$/.test(x.text))) assert.strictEqual(e.type, 'place', e.text);
  });

  it('keeps nationalities out of person and organization names', () => {
    const ents = run('Israeli Foreign Minister David Levy met German officials. The German Foreign Ministry said so.');
    assert.ok(find(ents, 'David Levy'));
    assert.strictEqual(find(ents, 'David Levy')!.type, 'person');
    assert.ok(!ents.some((e) => e.text.startsWith('Israeli') && e.type !== 'other'));
    assert.strictEqual(find(ents, 'Foreign Ministry')?.type, 'organization');
  });

  it('returns sorted, non-overlapping spans that match the text', () => {
    const text = 'Gov. Ana Ruiz of Texas met Reuters in Austin. Ruiz said Texas would act.';
    const a = parseArticle('/tmp/t.article', text);
    const ents = extractEntities(a);
    let last = -1;
    for (const e of ents) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.ok(e.start >= last);
      assert.strictEqual(e.id, `${e.type}:${e.name.toLowerCase()}`);
      last = e.end;
    }
  });
});

/**
 * Issue 19: typing that generalizes. Each row: [rule, article text, span, type it must have (null:
 * no person, organization or place), which mention of the span (0 = first)].
 */
describe('extractEntities: consistent typing (issue 19)', () => {
  const SCORES = 'BASEBALL - KORVAN LEAGUE RESULTS\n\nSEOUL 1996-08-30\nKorvex 6 Daltan 2\nDaltan 6 Marisa 5\nHelvor 2 Korvex 0\nMarisa 10 Helvor 3';
  const MONEY =
    'GOLF - MONEY LIST\n\nLONDON 1996-08-31\n1. Ian Woosnam 510,258\n2. Tom Kellan (Australia) 442,201\n3. Lee Westwood 407,748\n4. Harro Bents (Italy) 297,157';
  const rows: Array<[rule: string, text: string, span: string, type: string | null, nth?: number]> = [
    ['a column of clubs types a name read as a first name', SCORES, 'Marisa', 'organization'],
    ['a column of clubs types a name read as a first name (second row)', SCORES, 'Marisa', 'organization', 1],
    ['the dateline above a table stays a place', SCORES, 'SEOUL', 'place'],
    ['a golfer before his winnings stays a person', MONEY, 'Lee Westwood', 'person'],
    ['the dateline above a list of people stays a place', MONEY, 'LONDON', 'place'],
    ['a country in brackets stays a place', MONEY, 'Australia', 'place'],
    ['prose with numbers is no table', 'Markets: Korvex rose 6 points, Marisa fell 5 points and Helvor rose 2 points.', 'Marisa', 'person'],
    ['a common word capitalized inside a name is not a name alone', 'The Rochester Fire Department put out the fire. Fire crews left at noon.', 'Fire', null],
    [
      'a surname seen after a first name is a name alone at a sentence start',
      '"It was cold," said Johan Sletten, 52.\nSletten, a caretaker, stayed.',
      'Sletten',
      'person',
    ],
    [
      'a word in capitals says nothing of the same word capitalized',
      'Nikkei latest CRUDE OIL $19.87\nThe yen rose. Oil markets rose on low stocks of oil.',
      'Oil',
      null,
    ],
    ['the second sentence of a line starts with a capital', 'Prices rose. Analysts said the market would recover.', 'Analysts', null],
    [
      'a title at a sentence start stands for the person the document named',
      'Coach Billie Jean King named her team. King said she was happy.',
      'King',
      'person',
    ],
    ['"for" joins a name only after the head of an organization', 'No Go for ZNTX\n\nA ZNTX statement said the talks ended.', 'Go for ZNTX', null],
    ['"for" joins a name after the head of an organization', 'Aid came from the Fund for Peace on Monday.', 'Fund for Peace', 'organization'],
    [
      '"on" joins a name after the head of an organization',
      'He spoke at the Council on Foreign Relations in May.',
      'Council on Foreign Relations',
      'organization',
    ],
    ['a common word in a heading is no name', 'No Go for ZNTX\n\nA ZNTX statement said the talks ended.', 'Go', null],
    ['an unknown word in a heading still is a name', 'No Go for Korvex\n\nThe talks ended.', 'Korvex', 'organization'],
    ['places named after "towns of"', 'Locals who live in the mining towns of Korvaburg and Zelnitsa said little.', 'Korvaburg', 'place'],
    [
      'a default guess does not outvote a place cue elsewhere',
      'Korvaburg is a grim place.\nMany people live in Korvaburg, near the coast.',
      'Korvaburg',
      'place',
    ],
    [
      'two names ending in a common noun are an organization',
      'Traders at Hindal Copper said prices fell. Hindal Copper shares rose.',
      'Hindal Copper',
      'organization',
    ],
    ['two unknown names are a person', 'Zorvak Vipheak said the paper was shut.', 'Zorvak Vipheak', 'person'],
    ['a first name before a common word keeps a person', 'Ken Green said the course was hard.', 'Ken Green', 'person'],
    [
      'in a sport of single competitors a lone unknown name is a person',
      'TENNIS - OPEN\n\nPARIS 1996-08-31\nThe crowd cheered when Korvelli served.',
      'Korvelli',
      'person',
    ],
    [
      'a name after the competitor on a results line is his team',
      'CYCLING - STAGE RESULTS\n\nPARIS 1996-08-31\n1. Ann Vorelli (Italy) Korvex 3 hours 12 mins',
      'Korvex',
      'organization',
    ],
    [
      'in a team sport a lone unknown name stays an organization',
      'SOCCER - CUP\n\nPARIS 1996-08-31\nThe crowd cheered when Korvelli scored.',
      'Korvelli',
      'organization',
    ],
    ['"and" inside the name of a public body', 'The Grain and Seed Administration said on Monday.', 'Grain and Seed Administration', 'organization'],
    [
      '"and" after an "of" inside the name of a public body',
      'He met the Department of Water and Power Services.',
      'Department of Water and Power Services',
      'organization',
    ],
    ['"and" between two companies joins nothing', 'Korvex and Tarvel Corp agreed a deal.', 'Tarvel Corp', 'organization'],
    [
      '"and" before no name ends the body\'s name',
      'Funds for the Department of Water Safety and other agencies ran out.',
      'Department of Water Safety',
      'organization',
    ],
    [
      '"and" after a country\'s two common words inside a public body',
      'The U.S. Bird and Pond Service said on Monday.',
      'U.S. Bird and Pond Service',
      'organization',
    ],
    [
      '"and" after "for" inside a public body',
      'He called the Centers for Water Control and Prevention.',
      'Centers for Water Control and Prevention',
      'organization',
    ],
    [
      '"and" after three common words and "of"',
      'The Academy of Stage Lighting Arts and Sciences met.',
      'Academy of Stage Lighting Arts and Sciences',
      'organization',
    ],
    ['"and" before a place joins nothing', 'Officials of the Bureau of Trade and Norway-based firms objected.', 'Bureau of Trade', 'organization'],
    ['a lone name before "administration" is its president', 'The Varnell administration cut taxes on Monday.', 'Varnell', 'person'],
    ['an acronym before "administration" stays a body', 'Staff of the KVX administration said so.', 'KVX', 'organization'],
    ["a month's name between a title and a name is a given name", 'Gov. Jan Vellmark vetoed the bill. Vellmark said so.', 'Jan Vellmark', 'person'],
    [
      "a month's name between a title and a name is a given name (the surname alone)",
      'Gov. Jan Vellmark vetoed the bill. Vellmark said so.',
      'Vellmark',
      'person',
    ],
    ["a month's name before a day stays a date", 'The law signed by the Governor May 5 stands.', 'May', null],
    ['a bearing from a name measures from a place', 'Rebels shelled a village 20 km north of Tarvaska.', 'Tarvaska', 'place'],
    ['a lone name after "into" is a place', 'Troops moved into Tarvaska on Monday.', 'Tarvaska', 'place'],
    ['common words with nothing to type them name a title or an event', 'They watched Silver Harvest on Friday.', 'Silver Harvest', 'other'],
    ["a plural ends a body's name", 'A spokesman for Velvet Properties declined to comment.', 'Velvet Properties', 'organization'],
    [
      'in a team sport common words name a side',
      'SOCCER - CUP\n\nPARIS 1996-08-31\nThe crowd cheered when Golden Harvest scored.',
      'Golden Harvest',
      'organization',
    ],
    ['"Force" ends a body\'s name', 'The Air Force said so on Monday.', 'Air Force', 'organization'],
    ['"Radio" opens a body\'s name', 'He told Radio Velka on Monday.', 'Radio Velka', 'organization'],
    ['"Chamber" heads a body\'s name before "of"', 'The Chamber of Shipping objected.', 'Chamber of Shipping', 'organization'],
    ['a lone name after a bearing is a place', 'Fighting spread in northern Tarvaska on Monday.', 'Tarvaska', 'place'],
    ["a pronoun's contraction is no name", "Velka said the plan was sound … We're the ones who act, she said.", "We're", null],
    ['a pact\'s head before "of" names a pact', 'The Treaty of Velkar was signed in 1714.', 'Treaty of Velkar', 'other'],
    ['"Nation" opens a body\'s name', 'Leaders of the Nation of Velkar met on Monday.', 'Nation of Velkar', 'organization'],
    ["partners listed before a firm's ampersand are its name", 'Counsel: Varnek, Tolley & Brisk, Detroit.', 'Varnek, Tolley & Brisk', 'organization'],
    ['a place listed before a firm stays a place', 'Trade with Britain, Velkor & Sons grew.', 'Britain', 'place'],
    ['acronyms listed before an ampersand stay apart', 'He retained his KBF, WBX, WBA & IBO titles.', 'KBF', 'organization'],
    [
      "a party leader's title inside a run of capitals starts the person's name",
      'On Monday, Senate Majority Leader Tomas Varga said the vote would wait.',
      'Tomas Varga',
      'person',
    ],
    ['a whip is a title', 'He met Assembly Minority Whip Lina Orvath on Monday.', 'Lina Orvath', 'person'],
    ["a politician's party and state in brackets is no name", 'Sen. Dick Velk (D-Ill.) said so on Monday.', 'D-Ill', null],
    ["a politician's party and state after a comma is no name", 'Rep. Tom Vell, R-Texas, said so on Monday.', 'R-Texas', null],
    ["a politician's party and state leaves the politician", 'Rep. Tom Vell, R-Texas, said so on Monday.', 'Tom Vell', 'person'],
    ['"and" before a given name joins nothing', 'Judges of the Court of Appeals and Henry Dolev of the bar spoke.', 'Henry Dolev', 'person'],
    ['a possessive name before a legal form alone', "Traders said Marlow's Inc sold shares.", "Marlow's Inc", 'organization'],
    [
      'a headline town the story names as a place stays a place',
      'SOCCER - RIOT POLICE CALLED TO SAMARA\n\nMOSCOW 1996-08-30\nPolice were called to a stadium in Samara on Sunday.',
      'SAMARA',
      'place',
    ],
    ['the day of a date is no score', 'CRICKET - TOUR DATES\n\nLONDON 1996-08-30\nJune 2 Depart for Tarvel\nJune 3 Training at Korvel', 'Training', null],
    ['a kind of organization before a town names the organization', 'Shares of the carmaker Toyota rose on Monday.', 'Toyota', 'organization'],
    ['a common word in capitals is no acronym', 'He died of AIDS in a Korvel hospital.', 'AIDS', null],
    ['a final is an event', 'She ran in the Korvex Grand Prix Final on Friday.', 'Korvex Grand Prix Final', null],
    ['outside sports a lone plural is a kind of thing', 'Traders sold Zorvadollars before the close.', 'Zorvadollars', null],
    ['a plural after "the" stays a team or party', 'The Zorvadillos reportedly bid $90 million for the pitcher.', 'Zorvadillos', 'organization'],
    ['in a team sport a lone plural stays a team', 'BASEBALL - RESULTS\n\nNEW YORK 1996-08-30\nThe Zorvadillos won again.', 'Zorvadillos', 'organization'],
    ['a title-cased heading of common words is no organization', 'Daily Bond Trading Review - June 4.\nYields fell.', 'Daily Bond Trading Review', null],
    ['an acronym before what is measured of it is an indicator', 'Traders waited for the KVX data on Monday.', 'KVX', null],
    ['an acronym before what it does stays an organization', 'The KVX said on Monday it would cut rates.', 'KVX', 'organization'],
    ['a name before "future" is a contract', 'The December Korvex future fell 12 ticks.', 'Korvex', null],
    ['an acronym in the plural is no name', 'Holders sold their GDRs on Monday.', 'GDRs', null],
    ['a name before a plural acronym ends before it', 'Holders of Korvex GDRs sold on Monday.', 'Korvex', 'organization'],
    ['two nationalities joined are no organization', 'They discussed Polish-Czech relations on Monday.', 'Polish-Czech', null],
    ['one letter alone is no name', 'They chose option B on Monday.', 'B', null],
    ['a "City" outside team sports is a place', 'The talks moved to Korvan City on Monday.', 'Korvan City', 'place'],
    ['a "City" in a team sport is a club', 'SOCCER - RESULTS\n\nLONDON 1996-08-31\nKorvan City 2 Tarvel 1\nMarbo 0 Zelby 3', 'Korvan City', 'organization'],
    [
      'a word the story writes in lower case labels a results line',
      'SOCCER - KORVA WIN\n\nLONDON 1996-08-31\nKorva beat Tarvel 2-0 after a goalless interval.\nInterval 0-0.',
      'Interval',
      null,
    ],
    ['an unknown given name before a common word keeps a person', 'Fans cheered Tarvo Stone at the finish.', 'Tarvo Stone', 'person'],
    ['a common word before a common word names a thing', 'Police told Radio Green the road was shut.', 'Radio Green', 'organization'],
    ['a title ending a place is not part of it', 'The radio said U.S. Assistant Secretary of State John Kornblum had arrived.', 'U.S.', 'place'],
    [
      'the department after "Secretary of" belongs to the title',
      'The radio said U.S. Assistant Secretary of State John Kornblum had arrived.',
      'John Kornblum',
      'person',
    ],
    ['an abbreviated title after a state', 'Former South Carolina Gov. Carroll Campbell will head the team.', 'South Carolina', 'place'],
    ['a surname that is a title word stays', 'Prime Minister John Major said no.', 'John Major', 'person'],
    ['a title word after a connector stays', 'The Board of Governors met on Monday.', 'Board of Governors', 'organization'],
    ['a capitalized connector ends no name', 'The crash of an El Al freighter was studied in Tel Aviv.', 'El Al', 'organization'],
    ['"Tel" before a name is part of it', 'The crash of an El Al freighter was studied in Tel Aviv.', 'Tel Aviv', 'place'],
    ['"Tel" before a number is no name', 'Newsroom Tel+44 171 542 8982', 'Tel', null],
    ['an unknown word opening two sentences is a name', 'Korvanec plunged on Monday.\nKorvanec said profits fell.', 'Korvanec', 'organization'],
    ['a common English word opening a sentence is not', 'Copper fell on Monday.\nNickel rose by 500 rupees.', 'Nickel', null],
    ['a common word as a surname after a first name is a name at a sentence start', 'Kevin Brown pitched well.\nBrown threw 119 pitches.', 'Brown', 'person'],
    ['a first name that is a common word keeps its name', 'The strategist Dick Morlan resigned.\nDick Morlan said he was sorry.', 'Dick Morlan', 'person'],
    ['a dateline names its place first, known or not', 'SOCCER - KORVA BEAT ZELNIA.\n\nESCHENBERG 1996-08-31\nThe match was close.', 'ESCHENBERG', 'place'],
    ['a dateline place before a country', 'LABOUR BACKS VOTE.\n\nSTIRLINGTON, Scotland 1996-08-31\nThe party won.', 'STIRLINGTON', 'place'],
    ['a line of a name and a date that is no dateline', 'Rain fell.\nDan Korvex said he would report on 1996-08-31.', 'Dan Korvex', 'person'],
    ['"St" and "St." name the same place', 'In St Louis, Tom Pagnozzi had three hits.', 'St Louis', 'place'],
    ['a known place keeps its leading "Saint"', 'Saint Petersburg is cold in winter.', 'Saint Petersburg', 'place'],
    ['a common word labelling a line is no name', 'The company raised $5 million.\nUse of Proceeds: to pay debts.', 'Proceeds', null],
    ['a common word in a title-cased phrase is no name', 'Officials said the Director of Intelligence had left.', 'Intelligence', null],
    ['a common word of a name in a list stays a name', 'Firms including Mobil, Shell and Caltex came to the port.', 'Shell', 'organization'],
    ['a common word alone in a sentence stays a name', 'Fears that the Fed would raise rates grew on Friday.', 'Fed', 'organization'],
    [
      'one name with a plural verb is a team',
      'SOCCER - SPANISH LEAGUE\n\nMADRID 1996-08-31\nKorvo drew with fellow contenders Deporta Coruvo.\nBut Deporta were unable to score.',
      'Deporta',
      'organization',
    ],
    [
      'a name read as a person only by default takes the team its word is',
      'SOCCER - SPANISH LEAGUE\n\nMADRID 1996-08-31\nKorvo drew with fellow contenders Deporta Coruvo.\nBut Deporta were unable to score.',
      'Deporta Coruvo',
      'organization',
    ],
    ['a person with a plural verb stays a person outside team sports', 'Dan Korvo and Ann Bell were unable to come.', 'Ann Bell', 'person'],
    [
      'a county after a venue that starts a clause is the team',
      'CRICKET - COUNTY RESULTS\n\nLONDON 1996-08-30\nAfter bowling Somerset out at Grace Road, Leicestershire extended their lead.\nLeicestershire beat Somerset by an innings.',
      'Leicestershire',
      'organization',
    ],
    [
      'the town after a venue stays a place',
      'CRICKET - TOUR ITINERARY\n\nLONDON 1996-08-30\nThe third test is at Grace Road, Manchester, on July 3.',
      'Manchester',
      'place',
    ],
    [
      "a club's short name in a capitals headline",
      'BASEBALL - KORVANS BEAT ZELNIANS.\n\nARLINGTON 1996-08-31\nThe Texas Korvans beat the Ohio Zelnians 5-3.',
      'KORVANS',
      'organization',
    ],
    [
      'a short name of a club over a nationality word in sports',
      'BASEBALL - RANGERS BEAT INDIANS.\n\nARLINGTON 1996-08-31\nThe Texas Rangers beat the Cleveland Indians 5-3. The Indians lost again.',
      'INDIANS',
      'organization',
    ],
    [
      'a nationality word in a capitals headline outside sports',
      'INDIANS VOTE IN STATE POLLS.\n\nNEW DELHI 1996-08-31\nIndians voted on Saturday, the Indian Express said.',
      'INDIANS',
      null,
    ],
    [
      '"of" joins a company\'s name ending in its suffix',
      'Mine managers Korva Fields of South Africa Ltd said on Friday they would talk.',
      'Korva Fields of South Africa Ltd',
      'organization',
    ],
    [
      '"of" after a person\'s name joins no company',
      'Rates are on track, said economist Lynn Reaserman of Barnett Banks Inc. in Miami.',
      'Lynn Reaserman',
      'person',
    ],
    ['"Women" inside a name', 'The forums were run by the League of Women Voters until 1988.', 'League of Women Voters', 'organization'],
    [
      'a plural title opens no name',
      'SOCCER - ENGLISH LEAGUE\n\nLONDON 1996-08-31\nKings Park Rovers 3 Bolton 1\nBolton 2 Kings Park Rovers 2\nKings Park Rovers 1 Stockton 0',
      'Kings Park Rovers',
      'organization',
    ],
    [
      'an unknown word at a line start joined to a name',
      'SOCCER - ENGLISH LEAGUE\n\nLONDON 1996-08-31\nNotts County 0 York 1\nBury 2 Notts County 1\nYork 1 Bury 1',
      'Notts County',
      'organization',
    ],
    ['a common word at a line start joined to a name stays out', 'Analysts Dan Korvex and Ann Dalby said prices would rise.', 'Dan Korvex', 'person'],
    [
      'a finalist is a person, and so is his surname alone though it names a place',
      'TENNIS - UPSETS AT THE OPEN\n\nNEW YORK 1996-08-30\nWimbledon finalist Tomas Washington lost on Thursday.\nThe 11th-seeded Washington fell short.',
      'Washington',
      'person',
    ],
    [
      'a place stays a place where the document names no such person',
      'TENNIS - UPSETS AT THE OPEN\n\nNEW YORK 1996-08-30\nThe 11th-seeded Tomas Riosa lost in Washington on Thursday.',
      'Washington',
      'place',
    ],
    [
      'a closing quotation mark does not start a sentence',
      '"We will act if needed," Pentagon spokesman Dan Kennet said on Friday.',
      'Pentagon',
      'organization',
    ],
    ['an opening quotation mark does', 'He was tired. "Korvex is a good firm," he said.', 'Korvex', null],
    [
      'a list of names names things of one kind',
      'SOCCER - IRISH TEAM\n\nDUBLIN 1996-08-30\nThe team is as follows:\nGivan, Breen, Stauntor, Irwin, McAteer, Harte, Townsen, Quinn.',
      'Stauntor',
      'person',
    ],
    [
      'a list keeps a name whose own evidence is strong',
      'Talks were held with Dan Breen, Ann Korva, Acme Widgets Inc. and Bob Irwin on Monday.',
      'Acme Widgets Inc.',
      'organization',
    ],
    ['two names are no list', 'Talks were held with Dan Breen and Korvana on Monday.', 'Dan Breen', 'person'],
    [
      'what only people have, over two mentions, makes a person',
      'The Korvane campaign released a letter. Korvane aides met the press, and Korvane said little.',
      'Korvane',
      'person',
    ],
    ['one such mention does not', 'The Korvane campaign released a letter on Monday.', 'Korvane', 'organization'],
    [
      'a title-cased headline atop its paragraph adds no headline words to a name',
      'Maria Ostrowska Set As Gala Host For 2014 Awards\nPosted: 08/02/2013 11:10 am\nMaria Ostrowska will host the gala.',
      'Maria Ostrowska',
      'person',
    ],
    [
      'a title-cased headline atop its paragraph: the padded name is gone',
      'Maria Ostrowska Set As Gala Host For 2014 Awards\nPosted: 08/02/2013 11:10 am\nMaria Ostrowska will host the gala.',
      'Maria Ostrowska Set',
      null,
    ],
    ['a list of names atop a paragraph is no headline', 'Dan Korvex, Ann Dalby, Tim Marlow, Bob Keller\nall made the cut.', 'Ann Dalby', 'person'],
    ['a model code names a product, not an organization', 'The force of 30 F-15 and Z-19 fighter planes is ready.', 'Z-19', null],
    ['a ship after "aircraft carrier"', 'Planes on the aircraft carrier Carl Vinsen were in the Gulf.', 'Carl Vinsen', null],
    ['an airline after "carrier" stays an organization', 'The national carrier Korvair said fares would rise.', 'Korvair', 'organization'],
    ['a title-cased phrase in quotation marks is a work, not a place', 'He starred in "The Silent Harbour" in 1990.', 'Silent Harbour', null],
    ['a title in quotation marks holds no place', 'Her novels include "Songs of the Marlow Valley" and others.', 'Marlow Valley', null],
    ['a name alone in quotation marks is a name spoken', '"Tom Kellan," he said, "is the best."', 'Tom Kellan', 'person'],
    ['a newspaper in quotation marks stays an organization', 'The daily "Vantor Courier" reported it.', 'Vantor Courier', 'organization'],
    ['a plural possessive inside a name', "Later the Vantor Bond Traders' Association said it would meet.", "Vantor Bond Traders' Association", 'organization'],
    ['a plural possessive before a person ends the name', "He joined the Tigers' Tom Kellan on the bench.", 'Tom Kellan', 'person'],
    ['a title word before the head of a league is part of it', 'Fans of Major League Baseball were angry.', 'Major League Baseball', 'organization'],
    ['a title word before a name is not', 'Major Tom Kellan said so.', 'Tom Kellan', 'person'],
    ['a nationality before a place is no part of it', 'It expanded Jewish West Bank settlements.', 'West Bank', 'place'],
    ['a nationality before an acronym is no part of it', 'He joined a Polish SPC group.', 'SPC', 'organization'],
    ['a nationality before an abbreviated common noun stays with it', 'Reports on Chinese TV said so.', 'TV', null],
    ['a nationality that starts a company name stays in it', 'Shares in British Airways fell.', 'British Airways', 'organization'],
    ['names joined by an ampersand are a firm', 'Later Douglas & Hale said it had 4 million shares.', 'Douglas & Hale', 'organization'],
    ['names joined by "and" may be people', 'He said Tom Kellan and Ann Dalby would go.', 'Ann Dalby', 'person'],
    [
      "a bowler in a scorecard's brackets stays a person",
      'CRICKET - COUNTY SCORES.\n\nLONDON 1996-08-30\nHove: Kentwell 214 (P. Dorran 84; M. McArdle 4-55), Surlow 108-3.',
      'M. McArdle',
      'person',
    ],
    [
      'a venue before its ground in brackets and a colon is a place',
      'CRICKET - COUNTY SCORES.\n\nLONDON 1996-08-30\nMarlow (The Green): Kentwell 195, Surlow 429-7.',
      'Marlow',
      'place',
    ],
    [
      'a line in capitals of its own names a paper in a press review',
      'PRESS DIGEST - Vantor - Aug 31.\n\nKORVA 1996-08-31\nThese are the leading stories.\nLA PRESSE\n- Prices rose in Korva.',
      'LA PRESSE',
      'organization',
    ],
    ['common words in capitals in a mixed line are a slug', 'PRESS DIGEST - Vantor - Aug 31.\n\nKORVA 1996-08-31\nThe stories follow.', 'DIGEST', null],
    ['an acronym in capitals stays a name', 'The NATO force left.', 'NATO', 'organization'],
    [
      "a town before a player's role is his club",
      'SOCCER - LEAGUE NEWS.\n\nLONDON 1996-08-31\nHe signed Norwich striker Keith Dorran on Friday.',
      'Norwich',
      'organization',
    ],
    [
      "a country before a player's role stays a place",
      'SOCCER - LEAGUE NEWS.\n\nLONDON 1996-08-31\nEngland captain Tom Kellan was injured.',
      'England',
      'place',
    ],
    [
      'a side heading a results row with its country in brackets is a club',
      'BASKETBALL - TOURNAMENT RESULTS.\n\nBELGRADE 1996-08-31\nResults on Saturday:\nBenfor (Italy) 92 Dinamo (Russia) 81',
      'Benfor',
      'organization',
    ],
    [
      'a given name heading a results row with its country in brackets is a club',
      'BASKETBALL - TOURNAMENT RESULTS.\n\nBELGRADE 1996-08-31\nResults on Saturday:\nAlba (Germany) 75 Red Star (Yugoslavia) 70',
      'Alba',
      'organization',
    ],
    [
      'the country in a results row stays a place',
      'BASKETBALL - TOURNAMENT RESULTS.\n\nBELGRADE 1996-08-31\nResults on Saturday:\nAlba (Germany) 75 Red Star (Yugoslavia) 70',
      'Germany',
      'place',
    ],
    [
      'a plural title alone is a team, not a surname',
      'BASEBALL - RESULTS.\n\nNEW YORK 1996-08-31\nHe hit a homer as the Cardinals beat the Rockies 7-4.',
      'Cardinals',
      'organization',
    ],
    ['a building after its name makes it a place', 'They prayed at the al-Vantor mosque on Friday.', 'al-Vantor', 'place'],
    ['an airport named after a person is a place', 'Planes landed at Marcel Vantor airport.', 'Marcel Vantor', 'place'],
    [
      'an adjective heading a league at a line start is part of its name',
      'BASEBALL - STANDINGS.\n\nNEW YORK 1996-08-31\nNational League\nAtlanta 80 50',
      'League',
      null,
    ],
    ['a quantifier before an organization is not part of it', 'Several Army units left.', 'Army', 'organization'],
    [
      'a side named with its country in a team sport is a club',
      'BASKETBALL - FINAL.\n\nBELGRADE 1996-08-31\nBonanza of Italy beat Korvex of Russia 92-81.',
      'Bonanza',
      'organization',
    ],
    [
      'a player named with his country stays a person',
      'BASKETBALL - FINAL.\n\nBELGRADE 1996-08-31\nOn Saturday Tom Kellan of Italy scored twice.',
      'Tom Kellan',
      'person',
    ],
    ['a common word in a heading is a name when the body names it so', 'No Go for Sun\n\nShares of Sun fell after the talks ended.', 'Sun', 'organization'],
    ['"All" capitalized inside a sentence starts a name', 'The home side lost to the All Greens on Sunday.', 'All Greens', 'organization'],
    ['"Max" capitalized inside a sentence is a given name', 'The talks ended, spokesman Max Vellin said in Riga.', 'Max Vellin', 'person'],
    ['"All" at a sentence start is no name', 'All Greens voted against the plan.', 'All Greens', null],
    ['a "Max" column label is no name', 'Temperatures on Sunday.\nMAX Riga 24', 'MAX Riga', null],
    ["a minister's portfolio is part of the title", 'He met Decentralisation Minister Anna Veltri on Monday.', 'Decentralisation', null],
    ["a minister's portfolio is part of the title (the person)", 'He met Decentralisation Minister Anna Veltri on Monday.', 'Anna Veltri', 'person'],
    ['"Bros." ends a firm\'s name', '"Rates will fall," said Tom Arden, Kessel Bros. economist.', 'Kessel Bros.', 'organization'],
    ["a person's newspaper is no company's", "Police closed Dara Venkov's newspaper. Dara Venkov, its editor, was jailed.", 'Dara Venkov', 'person'],
    ["a company's newspaper makes it a company", "Staff at Korvalis's newspaper struck on Monday.", 'Korvalis', 'organization'],
    ['a word describing an index may stand before its head', 'The Vantor industrial average fell 12 points.', 'Vantor', 'other'],
    ['a name before a verb and "average" is no index', 'Brokers said Vantor tops average forecasts.', 'Vantor', 'organization'],
    ['a noun at a sentence start opens the name of a firm after it', 'Jeans Varo Corp posted a loss.', 'Jeans Varo Corp', 'organization'],
    [
      'a noun at a line start opens the name of a newsroom after it',
      'Copper prices fall.\n\nPrices fell.\n-- Air Veltor Newsroom +44 171 542 1000',
      'Air Veltor Newsroom',
      'organization',
    ],
    ['an adjective at a sentence start does not open a name', 'Rival Veltor Party members left.', 'Veltor Party', 'organization'],
    ['a title at a sentence start does not open a name', 'Former Kessel Corp chief Tom Arden spoke.', 'Kessel Corp', 'organization'],
    ['a plural common noun is no surname', 'Copper prices fall.\n\nPrices fell.\n-- Varno Commodities +91-22-265 1000', 'Varno Commodities', 'organization'],
    ['a treasury is an organization', 'Kessel Treasury sold bonds on Monday.', 'Kessel Treasury', 'organization'],
    ['the head of an organization before "of"', 'The bond future on the Denver Board of Trade fell.', 'Denver Board of Trade', 'organization'],
    ['a town that qualifies a word is no side', 'SOCCER - LEAGUE\n\nMILAN 1996-08-30\nThe move to Tarvona-based Lessaro pleased him.', 'Tarvona', 'place'],
    ['a people is no team', 'SOCCER - CUP\n\nTUNIS 1996-08-30\nThe North Africans were held to a draw by Benin.', 'North Africans', null],
    [
      'a plural name after "the" is a team',
      'SOCCER - CUP\n\nTUNIS 1996-08-30\nThe Tarvona Rovers were held to a draw by Benin.',
      'Tarvona Rovers',
      'organization',
    ],
    ['a lone common word is no organization for want of anything else', 'He won the title on the Stadium court in the final.', 'Stadium', null],
    ['a lone common word before a number is no organization', 'Weather delayed the Flight from Riga.', 'Flight', null],
    ['a common word capitalized twice inside sentences is a name', 'The Fed raised rates. Traders said the Fed would wait.', 'Fed', 'organization'],
    ['a common word listed with companies is one', 'Firms including Varlo, Shell and Kessel Corp bid.', 'Shell', 'organization'],
    ['a capitalized plural is a team', 'The club beat the Eagles and Bears (two games) on Sunday.', 'Bears', 'organization'],
    ['a state named by its form and its country is a place', 'Envoys of the Democratic Republic of Congo arrived.', 'Democratic Republic of Congo', 'place'],
    ['an Italian connector joins a name', 'He read it in the Corriere dello Stato on Monday.', 'Corriere', null],
    [
      'a given name the lexicon knows starts a person, whatever the surname suggests',
      'BASEBALL - RESULTS\n\nNEW YORK 1996-08-30\nHe joined Mickey Springs as the only player to do so.',
      'Mickey Springs',
      'person',
    ],
    ['"Day" after a name ends a holiday\'s name', 'Markets were shut for Harvest Day on Monday.', 'Harvest Day', 'other'],
    ['a hyphenated word ending in "Day" names an event', 'The town was freed soon after V-Day in 1945.', 'V-Day', 'other'],
    ['a hyphenated company name is no event', 'Shares of Varno-Kessel rose on Monday.', 'Varno-Kessel', 'organization'],
    ['"Day" at a sentence start opens no name', 'Markets were shut on Monday. Day traders left.', 'Day', null],
    ['"Watch" after a name ends a watchdog\'s name', 'The report by Ocean Rights Watch was read on Monday.', 'Ocean Rights Watch', 'organization'],
    ['"Watch" at a sentence start opens no name', 'The video is out. Watch Tom Arden speak here.', 'Tom Arden', 'person'],
    ['a title after the head of an organization is no part of it', 'A Dalvik Watch Director of Research spoke on Monday.', 'Dalvik Watch', 'organization'],
    ['the body of a presiding office before its title', 'He met Assembly Majority Leader Tom Arden on Monday.', 'Assembly', 'organization'],
    ['the body of a presiding office before "Speaker"', 'The bill went to Chamber Speaker Lina Orvath for a vote.', 'Chamber', 'organization'],
    [
      'the head of a body before "for" is no position',
      'The suit was filed by the Center for Coastal Studies on Monday.',
      'Center for Coastal Studies',
      'organization',
    ],
    ['the head of a body first before "on"', 'He spoke to the Council on Trade Policy on Monday.', 'Council on Trade Policy', 'organization'],
    [
      '"and" joins two subjects after a body\'s head and "on"',
      'A report by the Council on Water and Soil Health came out.',
      'Council on Water and Soil Health',
      'organization',
    ],
    ['"and" after a body\'s name with "on" joins no person', 'The Council on Water and Tom Arden met on Monday.', 'Tom Arden', 'person'],
    ['a body\'s head at a sentence start opens its name before "of"', 'Department of Fisheries officials said no.', 'Department of Fisheries', 'organization'],
    ["a place's head at a sentence start opens no body", 'State of Varnia officials said no.', 'State of Varnia', null],
    ['a sentence-start head before a given name opens no body', 'Friends of Tom Arden met on Monday.', 'Tom Arden', 'person'],
    ['"Counsel" inside a run of capitals starts the person', 'He met Palace Counsel Don Maddox on Monday.', 'Don Maddox', 'person'],
    ["a special agent's title is no part of the name", 'The bureau fired Special Agent Pete Stroud on Monday.', 'Pete Stroud', 'person'],
    ["an undersheriff's title is no part of the name", 'Undersheriff Larry Walsh said the road was closed.', 'Larry Walsh', 'person'],
    ["a representative's title ends the place before it", 'He met Varnian Representative Blake Farrow on Monday.', 'Blake Farrow', 'person'],
    [
      'an apposition naming a group opens a name of common words at a sentence start',
      'Fair Deal, a tenants group, sued the city.',
      'Fair Deal',
      'organization',
    ],
    ['an ordinal opens such a name', 'Fifth Way, a centrist think tank, said no.', 'Fifth Way', 'organization'],
    ['an adjective before a name of its own stays out of it', 'Rival Varno Party, a small party, said no.', 'Varno Party', 'organization'],
    [
      "a person's full name before a clinic's head names the clinic",
      'She checked into the Rosa Vantor Clinic on Monday.',
      'Rosa Vantor Clinic',
      'organization',
    ],
    [
      "a person's full name before a library's head names the library",
      'Papers were lent by the Tom Arden Library in May.',
      'Tom Arden Library',
      'organization',
    ],
    ['a full name alone stays a person', 'She checked in with Rosa Vantor on Monday.', 'Rosa Vantor', 'person'],
    ['a sentence-start word opens no name without the apposition', 'Fair Deal residents sued the city.', 'Fair Deal', null],
    ['a compound title opens no body', 'He met Fire Chief Tom Arden on Monday.', 'Fire', null],
    [
      'the body of an office is no item of a list',
      'Nina Vellor spoke on Monday. The three were Vellor, Chamber Minority Whip Tom Arden and Ann Lee.',
      'Vellor',
      'person',
    ],
    [
      'a nationality before the head of an organization stays in its name',
      'Ministers backed European Union efforts on trade.',
      'European Union',
      'organization',
    ],
    ['no side is named after a continent', "SOCCER - FRIENDLY\n\nLONDON 1996-08-30\nHe missed the side's tour of Asia last year.", 'Asia', 'place'],
    [
      'a town in a team sport stays a side',
      "SOCCER - FRIENDLY\n\nLONDON 1996-08-30\nHe missed the side's tour of Norwich last year.",
      'Norwich',
      'organization',
    ],
    ['a name before a kind of weapon is its model', 'Thieves took six Varnik rifles from the store.', 'Varnik', 'other'],
    ["an acronym before a kind of weapon stays the owner's", 'Thieves took six NATO rifles from the store.', 'NATO', 'organization'],
    ["a hyphenated title's plural is a title", 'Co-Premiers Prince Ana Ruiz and Tom Vell met on Monday.', 'Co-Premiers', null],
    [
      "a company's name without its legal form is that company",
      'Output fell at Dalvik Copper Ltd, a state producer. Traders expect Dalvik Copper to cut prices.',
      'Dalvik Copper',
      'organization',
    ],
  ];
  for (const [rule, text, span, type, nth] of rows) {
    it(`${rule}: ${span} → ${type ?? 'no name'}`, () => {
      const ents = extractEntities(parseArticle('/tmp/t.article', text));
      const e = ents.filter((x) => x.text === span)[nth ?? 0];
      if (type === null) assert.ok(!e || e.type === 'other', `${span} tagged ${e?.type}`);
      else {
        assert.ok(e, `${span} not found in ${JSON.stringify(ents.map((x) => x.text))}`);
        assert.strictEqual(e.type, type);
      }
    });
  }
});
