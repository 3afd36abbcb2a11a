import * as assert from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractQuotes } from '../../server/src/engine/extract/quotes';
import { extractEntities } from '../../server/src/engine/extract/entities';
import type { EntityMention } from '../../server/src/engine/types';

function speakers(text: string, entities: EntityMention[] = []): Array<[string, string | null, string | undefined]> {
  return extractQuotes(parseArticle('t.article', text), entities)
    .filter((q) => q.kind === 'statement')
    .map((q) => [q.text, q.speaker, q.speakerVia]);
}

describe('speakers', () => {
  const cases: Array<[string, string, string | null, string]> = [
    ['quote then name and cue', '“We will build it and they will pay for it,” Donald Trump said.', 'Donald Trump', 'cue'],
    ['cue then name with title', '“We will win this state in November,” said Hillary Clinton, the Democratic nominee.', 'Hillary Clinton', 'cue'],
    ['colon', 'Josh Earnest said: “The president has been clear about this for years.”', 'Josh Earnest', 'colon'],
    [
      'a cue in a clause of its own after a partial quotation is not its attribution',
      'Ray Tolland said he was “completely taken aback” by the move because Ann Bell had agreed to wait.',
      'Ray Tolland',
      'cue',
    ],
    ['according to', 'According to Jane Smith, “nobody saw this coming at all in the office.”', 'Jane Smith', 'according-to'],
    [
      'pronoun resolves to the preceding person',
      'Bernie Sanders spoke in Ohio. “We need a political revolution in this country,” he said.',
      'Bernie Sanders',
      'pronoun',
    ],
    [
      'appositive between name and cue',
      '“Our assumption is that the veto will be overridden,” Mitch McConnell, the majority leader, said Tuesday.',
      'Mitch McConnell',
      'cue',
    ],
    ['party tag in parentheses', '“Mitt Romney was a worthy foe in politics,” Sen. Claire McCaskill (D-Mo.) said.', 'Sen. Claire McCaskill', 'cue'],
    ['signature dash', '“I vote because my parents never could vote here.” ― Maria Lopez', 'Maria Lopez', 'cue'],
    ['surname takes the full name', 'Elizabeth Warren grilled the bank. “You should resign and give back the money,” Warren said.', 'Elizabeth Warren', 'cue'],
    [
      'pronoun takes the subject of the previous sentence',
      'Donald Trump said praise from Russian President Vladimir Putin would not change his policy. He said Putin has “been a leader far more than our president has been a leader.”',
      'Donald Trump',
      'pronoun',
    ],
    [
      'pronoun agrees in gender',
      'Hillary Clinton is describing as unhinged a Donald Trump tweet. She says his temperament is “dangerous for a president and for the country.”',
      'Hillary Clinton',
      'pronoun',
    ],
    [
      'own sentence after a narrated cue with an appositive name',
      'His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals. "He showed again and again an ability to put together deals."',
      'Lawrence B. Cummings',
      'cue',
    ],
    [
      'line after a line ending in a colon',
      'Pat Caddell continued:\n\n"The health issue overall is very much a partisan issue, but that does not account for it."',
      'Pat Caddell',
      'colon',
    ],
  ];
  for (const [name, text, speaker, via] of cases) {
    it(name, () => {
      const got = speakers(text);
      assert.strictEqual(got.length, 1, JSON.stringify(got));
      assert.strictEqual(got[0][1], speaker);
      assert.strictEqual(got[0][2], via);
    });
  }

  it('carries the speaker over to the next paragraph', () => {
    const got = speakers('“This is a disgusting day for all of us,” said Rep. John Lewis.\n\n“We will not forget what happened here today.”');
    assert.deepStrictEqual(
      got.map((g) => [g[1], g[2]]),
      [
        ['Rep. John Lewis', 'cue'],
        ['Rep. John Lewis', 'carried-over'],
      ],
    );
  });

  it('does not carry a speaker over unrelated narration', () => {
    const got = speakers(
      '“We are ready for this fight,” the company said. The deal closed in May. Shares rose by ten percent on the news. Analysts were surprised. “Nobody expected such a big jump in the price.',
    );
    assert.strictEqual(got[1][1], null);
  });

  it('resolves "a ... statement" to the organization named in it (entity name wins)', () => {
    const text = 'No Go\n\nA MSFT statement said: “ByteDance let us know today they would not be selling.\n\n“We look forward to it.”';
    const at = text.indexOf('MSFT');
    const ents: EntityMention[] = [{ start: at, end: at + 4, text: 'MSFT', type: 'organization', id: 'org:microsoft', name: 'Microsoft', via: 'ticker' }];
    const qs = extractQuotes(parseArticle('t.article', text), ents).filter((q) => q.kind === 'statement');
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].speaker, 'Microsoft');
    assert.strictEqual(qs[0].speakerId, 'org:microsoft');
    assert.deepStrictEqual(qs[0].speakerSpan, { start: at, end: at + 4 });
  });

  describe('descriptions and organizations', () => {
    /** Entities tagged as the entity tagger would: [surface, type]. */
    const tagged = (text: string, names: Array<[string, 'person' | 'organization']>) =>
      extractQuotes(
        parseArticle('t.article', text),
        names.map(([n, type]) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, type, id: `${type}:${n}`, name: n })),
      ).filter((q) => q.kind === 'statement');
    const cases: Array<[string, string, Array<[string, 'person' | 'organization']>, string | null]> = [
      [
        'a description with its phrase before the cue is the speaker',
        '“Why did nobody check the books?” a voice-over in the Roe ad asks.',
        [['Roe', 'person']],
        'a voice-over in the Roe ad',
      ],
      [
        '… and a spokesman for a firm',
        '“We will appeal the ruling as soon as we can,” a spokesman for the shipping firm said.',
        [],
        'a spokesman for the shipping firm',
      ],
      [
        'a definite role with its phrase is read back',
        'Ann Roe toured the plant. “We will not close it,” the senator from the state said.',
        [['Ann Roe', 'person']],
        'Ann Roe',
      ],
      [
        'a phrase that is no description names no one',
        'Ann Roe toured the plant. “We will not close it,” a sign on the wall in the hall read.',
        [['Ann Roe', 'person']],
        null,
      ],
      [
        'two roles under one article are one description',
        'Jane Roe spoke first. The former mayor and U.S. senator said it was “a serious mistake” to wait.',
        [['Jane Roe', 'person']],
        'The former mayor and U.S. senator',
      ],
      [
        '“It” is the organization its sentence opens with, not the last one named',
        'The watchdog Fair Vote sued the Acme Party on Monday. It said the law was “a disgrace to the state.”',
        [
          ['Fair Vote', 'organization'],
          ['Acme Party', 'organization'],
        ],
        'Fair Vote',
      ],
      [
        '“It” after a person’s campaign is that person',
        'Jane Roe’s campaign is defending her remarks about the Acme Party. It is denouncing what it calls “a coordinated attack on her record.”',
        [
          ['Jane Roe', 'person'],
          ['Acme Party', 'organization'],
        ],
        'Jane Roe',
      ],
      [
        '“they” is the plural a recent sentence opens with, not an organization named before',
        'Students at Acme Polytechnic marched on Friday. The protesters, however, had no leader. “We will be back every week,” they chanted.',
        [['Acme Polytechnic', 'organization']],
        'The protesters',
      ],
      [
        'capitals before a role are part of the role, and the name set off after it speaks',
        '“We acted on the best facts we had,” said a City Hall spokesman, Dan Ortell. The council met later.',
        [['Dan Ortell', 'person']],
        'Dan Ortell',
      ],
      [
        'a name after “to” is no subject; the relative clause’s name is',
        'The report cites the Acme Teachers Union, which wrote twice to Congress saying “the cuts will close rural schools.”',
        [
          ['Acme Teachers Union', 'organization'],
          ['Congress', 'organization'],
        ],
        'Acme Teachers Union',
      ],
      [
        '“with X saying” names X',
        'Lawmakers tore into the plan, with Senator Jane Roe saying it showed “plain contempt for voters.”',
        [['Jane Roe', 'person']],
        'Jane Roe',
      ],
      [
        'a sentence opening with “But” and a name with a party tag',
        'But Sen. Jane Roe, R-S.C., called the delay “appalling and unacceptable.”',
        [['Jane Roe', 'person']],
        'Jane Roe',
      ],
      [
        'a name after a verb is its object, not the subject',
        'The plan’s backers disputed Ann Bell’s view as “unconvincing and unsupportable,” and moved on.',
        [['Ann Bell', 'person']],
        null,
      ],
      [
        'a place after “in” is no speaker: the description holding it is',
        '“We ran when the walls shook,” one woman in Portland told reporters.',
        [['Portland', 'organization']],
        'one woman in Portland',
      ],
      [
        'a temporal phrase opening the sentence is no subject',
        'Hours before the vote, Jane Roe defended the plan as “a fair deal for every family.”',
        [['Jane Roe', 'person']],
        'Jane Roe',
      ],
      [
        'a description before a name is the name',
        'Trade magazine Ledger saw the merger as the start of a trend, writing that the firms “will set the pace for everyone.”',
        [['Ledger', 'organization']],
        'Ledger',
      ],
    ];
    for (const [name, text, names, speaker] of cases) {
      it(name, () => {
        const qs = tagged(text, names);
        assert.strictEqual(qs.length, 1, JSON.stringify(qs));
        assert.strictEqual(qs[0].speaker, speaker);
      });
    }
  });

  it('resolves "the company" to the nearest preceding organization', () => {
    const text = 'Oracle bid for the app. “We are convinced that our proposal would be useful,” the company writes.';
    const ents: EntityMention[] = [{ start: 0, end: 6, text: 'Oracle', type: 'organization', id: 'org:oracle', name: 'Oracle' }];
    const qs = extractQuotes(parseArticle('t.article', text), ents).filter((q) => q.kind === 'statement');
    assert.strictEqual(qs[0].speaker, 'Oracle');
    assert.strictEqual(qs[0].speakerVia, 'nominal');
  });

  describe('a line ending in its speaker and a colon introduces the next line’s quotation', () => {
    /** People tagged by name, as the entity tagger would. */
    const withPeople = (text: string, names: string[]) =>
      extractQuotes(
        parseArticle('t.article', text),
        names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, type: 'person' as const, id: `person:${n}`, name: n })),
      ).filter((q) => q.kind === 'statement');
    const quote = '\n"We should stop saying this region is safe from earthquakes of any size."';
    /** The speaker, or (prefixed with "not ") a name it must not be. */
    const cases: Array<[string, string, string[], string]> = [
      ['the name right before the colon', `Expect many experts in the papers tomorrow, such as the prophetic Dr Jane Roe:${quote}`, ['Jane Roe'], 'Jane Roe'],
      [
        'a name before a lower-case appositive',
        `Below is a statement by Jane Roe, director of the Acme Institute’s Science Program:${quote}`,
        ['Jane Roe'],
        'Jane Roe',
      ],
      ['not the person spoken to', `The mayor later wrote a long letter to Jane Roe:${quote}`, ['Jane Roe'], 'not Jane Roe'],
      ['not a person spoken about', `Fans were worried, but things changed with Jane Roe:${quote}`, ['Jane Roe'], 'not Jane Roe'],
      ['not an untagged capitalized phrase', `Below is the statement of the Acme Institute Science Program:${quote}`, [], 'not Acme Institute Science Program'],
      ['not one of a list', `Several experts were asked, among them Jane Roe, Ali Khan and others:${quote}`, ['Jane Roe', 'Ali Khan'], 'not Jane Roe'],
    ];
    for (const [name, text, people, speaker] of cases) {
      it(name, () => {
        const qs = withPeople(text, people);
        assert.strictEqual(qs.length, 1);
        if (speaker.startsWith('not ')) return assert.notStrictEqual(qs[0].speaker, speaker.slice(4));
        assert.strictEqual(qs[0].speaker, speaker);
        assert.strictEqual(qs[0].speakerVia, 'colon');
      });
    }
  });

  it('ignores "States" of "United States" as a cue', () => {
    const got = speakers('Trump wants to keep “strong borders for the people” in the United States.');
    assert.notStrictEqual(got[0]?.[1], 'United');
  });
});

/** Issue 19: with the engine's own entities. Each row: [rule, text, the speaker of the (only) statement]. */
describe('speakers with the entity tagger (issue 19)', () => {
  const full = (text: string) => {
    const a = parseArticle('t.article', text);
    return extractQuotes(a, extractEntities(a)).filter((q) => q.kind === 'statement');
  };
  const rows: Array<[rule: string, text: string, speaker: string | null]> = [
    [
      'a title and employer before the name are stripped',
      '“Today is a historic day for equality,” said Acme Rights Campaign President Chad Gruffin.',
      'Chad Gruffin',
    ],
    ['the same with the name before the cue', 'Acme Rights Campaign President Chad Gruffin said: “Today is a historic day for equality.”', 'Chad Gruffin'],
    ['an organization speaks when no person is named', '“Today is a historic day for equality,” the Acme Rights Campaign said.', 'Acme Rights Campaign'],
    [
      'a response is the answer of the one asked, not of the interviewer',
      'Interviewer Bob Smeth asked Dan Ortell whether he would run again. His response: “Well, we will see what happens next year.”',
      'Dan Ortell',
    ],
    ['a response of a named person', 'Ortell’s answer was blunt: “We will not quit the race this year.”', 'Ortell'],
    [
      'a response whose pronoun has no one asked',
      'Dan Ortell was asked about the race. His response: “Well, we will see what happens next year.”',
      'Dan Ortell',
    ],
    [
      'the subject of a clause after the quotation did not say it',
      'The ad ends with footage of Dan Ortell saying during the debate, “That makes me smart,” when Mara Kellen blasted him for it.',
      'Dan Ortell',
    ],
    ['a cue right after the quotation still names its speaker', '“That makes me smart,” Mara Kellen said when asked about it.', 'Mara Kellen'],
    [
      'the subject after a long introductory clause',
      'When the attackers are shown to belong to a wider network abroad, Dan Ortell and Ann Bell call them “lone actors” every time.',
      'Dan Ortell',
    ],
    [
      'a relative then an appositive that names the speaker',
      '“This is a big year for all of us here!” Ortell’s niece, state Del. Ann Bell (D-Va.), shouted to the crowd.',
      'Ann Bell',
    ],
    [
      'a relative described without a name',
      '“We will win this race,” Ortell’s campaign manager, a veteran of many races, said on Monday.',
      'Ortell’s campaign manager',
    ],
    ['a person in an appositive, not the role’s employer', 'The Acme Workers Union president, Dan Ortell, said: “Nobody listens to us anymore.”', 'Dan Ortell'],
    ['the subject, not the object of a relative clause', 'Ann Bell, who met Dan Ortell, said: “Nobody listens to us anymore.”', 'Ann Bell'],
    [
      'a quotation alone on its line after narration about a person',
      'Ann Bell was blunt about the race.\n\n“We will win this state in November and then the country.”',
      'Ann Bell',
    ],
    ['not after narration naming no one', 'The race was close all night.\n\n“We will win this state in November and then the country.”', null],
    ['a statement from a person’s campaign', '“We have to stop this now,” according to a statement from Dan Ortell’s campaign.', 'Dan Ortell'],
    ['a role read as the subject a sentence opens with', 'Dan Ortell spoke to Ann Bell on Monday. “We have to stop this now,” the senator said.', 'Dan Ortell'],
    [
      'a definite role as the subject of a partial quotation',
      'Dan Ortell spoke in Ohio on Monday. The nominee also outlined his plan and vowed to punish “those who break the rules of the office.”',
      'Dan Ortell',
    ],
    [
      'the one who answered, not the one who asked',
      'When Bob Smeth asked whether he would accept the result, Dan Ortell answered: “We will see what happens.”',
      'Dan Ortell',
    ],
    [
      'a pronoun that replies is the one asked',
      'John Smeth asked Dan Ortell whether he would accept the result. He replied, “We will see what happens.”',
      'Dan Ortell',
    ],
    ['the same after the quotation', 'John Smeth asked Dan Ortell whether he would accept the result. “We will see what happens,” he replied.', 'Dan Ortell'],
    ['as X put it', 'His record has not spared him, as Ann Bell put it in a long profile, “the great pretender.”', 'Ann Bell'],
    ['“put it” without “as” is no cue', 'The report put it to the council in “a great pretender” tone.', null],
    ['the subject of a cue, not a name after it: a writing speaks', 'The new ad says Dan Ortell “has a passion for defending the wrong people.”', 'The new ad'],
    ['a number opening the sentence is no subject', 'Twenty-two years ago, the paper hailed Ortell as “the best builder this city has seen.”', null],
    ['a party and state tag after the name is not the speaker', 'Sen. Dan Ortell, D-Mo., called the vote “a mistake we will all regret.”', 'Dan Ortell'],
    ['the same after the quotation', '“We will all regret this vote,” Sen. Ann Bell, R-S.C., said.', 'Ann Bell'],
    ['a common word opening the sentence is no name', 'Given the numbers, the bill was “dead on arrival” in the chamber.', null],
    ['an adverb set off by a comma is no name', 'Additionally, the plan would “cut the budget in half” by next year.', null],
    ['a plural common word names a group that speaks', 'Officials said the storm was “the worst in a century” for the region.', 'Officials'],
    ['a capitalized common word opening a description', 'Administration officials cited “dozens of earlier cases” on Friday.', 'Administration officials'],
    [
      'a weekday opening the sentence is no name: the ones who called it so speak',
      'Tuesday brought what critics called “a dark day for the city” downtown.',
      'critics',
    ],
    ['a contracted pronoun is the pronoun', 'Dan Ortell spoke in Ohio. He’s claiming that fraud is “a big, big problem in this country.”', 'Dan Ortell'],
    ['a description set off before the name', 'Another critic, Dan Ortell, likened the rules to “burning the house down.”', 'Dan Ortell'],
    ['a spokesman named after a comma', '“We will appeal the ruling,” said a spokesman, Dan Ortell.', 'Dan Ortell'],
    [
      'a name before an aside before the cue',
      'Ann Bell spoke first and the crowd cheered, though Dan Ortell, a longtime critic of the mayor, said it was “not that simple.”',
      'Dan Ortell',
    ],
    ['a description then the name before the cue', '“Her death was preventable,” one of the mothers, Ann Bell, said.', 'Ann Bell'],
    ['a name and an adverb before the cue', '“Some packages went through the mail,” Secretary Ann Bell earlier told reporters.', 'Ann Bell'],
    [
      'an honorific gives the gender, not a surname that is also a first name',
      'Dan Ortell left the hall early. Mr. Kelly spoke last. “We will fight on,” he said.',
      'Kelly',
    ],
    ['a definite role in capitals is read as the person', 'Sen. Dan Ortell spoke first. "It was wildly inaccurate," the Ohio Republican said.', 'Dan Ortell'],
    ['an unnamed group speaks as described', '“The man entered the shop and fired,” police said.', 'police'],
    ['an unnamed witness speaks as described', '“They stood in the dark,” a witness told reporters.', 'a witness'],
    ['plural unnamed speakers', '“We heard three shots,” neighbors said.', 'neighbors'],
    ['a capitalized adjective before unnamed speakers is part of them', '“It was a bit deformed,” Forensic experts said.', 'Forensic experts'],
    [
      'according to unnamed people with a participle after them',
      'According to the officers involved in the arrest, the man moved “very suspiciously” before he ran.',
      'the officers',
    ],
    ['an age before the name is no part of it', '“I am relieved it is over,” said 17-year-old Dan Ortell.', 'Dan Ortell'],
    ['two names joined before the cue speak together', '“We won the vote,” Ann Bell and Dan Ortell said.', 'Ann Bell and Dan Ortell'],
    [
      'the same with places after the names',
      '“This is a power grab,” Senator Ann Bell of Ohio and Senator Dan Ortell of Iowa said in a statement.',
      'Ann Bell and Dan Ortell',
    ],
    ['a plural role speaks as described, not the party named in it', '“We were misled,” some Republican senators said.', 'some Republican senators'],
    [
      'a possessive and a role, then the name set off: the named one speaks',
      'Dan Ortell faces charges. Ortell’s lawyer, Ann Bell, said in a statement that the office "has decided to file charges."',
      'Ann Bell',
    ],
    ['the same after the quotation', '"We will fight this," Ortell’s current press secretary, Ann Bell, said in an email.', 'Ann Bell'],
    [
      'a name used as a modifier is no antecedent',
      'Dan Ortell has stepped up his attacks on Tom Bell. In a statement, he decried the Bell administration’s decision.\n\n“This is a total failure,” he said.',
      'Dan Ortell',
    ],
    ['a letter speaks as described', '“Workers are going without pay,” the letter said.', 'the letter'],
    [
      'a writing that names with the quoted words speaks',
      'Twenty years ago, a local article hailed Dan Ortell as “the comeback kid” of the city.',
      'a local article',
    ],
    ['a common plural that names no speaker', '“We will see,” the numbers said.', null],
    ['a description in the attribution frame speaks, listed or not', '“She is awake and talking,” the clinic said on Friday.', 'the clinic'],
    ['the same with the verb first', '“Nothing has changed here,” said a foreign envoy, who asked not to be named.', 'a foreign envoy'],
    ['the same after a quotation closed by a full stop', '“The storm passed us by. We were lucky.” said the harbour master.', 'the harbour master'],
    ['a description followed by no verb of saying is no speaker', '“We will see,” the mayor and the town clerk agreed to wait.', null],
    ['a writing that states what it quotes', '“The fence will stay closed until spring,” the notice states.', 'the notice'],
    ['a writing that reads, verb first, is whose it says', '“We stand with the workers,” reads a statement from Ann Bell.', 'Ann Bell'],
    ['a writing is no name merely nearby', 'Dan Ortell ran for the Senate seat.\n\n“Such offers are legal,” the report read.', 'the report'],
    ['a person who reads is no writing', '“Go home,” the teacher read aloud to the class.', null],
    ['a time phrase after the subject ends it', 'Ann Bell spoke in Ohio. The senator this morning said “We will not fold on this bill.”', 'Ann Bell'],
    ['a time phrase ends no name', '“We will not fold on this bill,” said Ann Bell this morning.', 'Ann Bell'],
    ['a police rank abbreviated ends no sentence', 'Police closed the road.\n\n“Nobody was hurt in the crash,” Const. Ann Bell said.', 'Const. Ann Bell'],
    ['the same with a detective', 'Police closed the road.\n\n“Nobody was hurt in the crash,” Det. Dan Ortell said.', 'Det. Dan Ortell'],
    ['a description, then a role and the name set off', '“We will count every vote,” the organizer, local teacher Ann Bell, said on Monday.', 'Ann Bell'],
    ['a clause before the name is no role', '“We will count every vote,” Dan Ortell, who hired Ann Bell, said on Monday.', 'Dan Ortell'],
    [
      'a verb of saying then the name closing the sentence, after more words',
      'Taxes went up, and “they will climb again” next spring, said Ann Bell.',
      'Ann Bell',
    ],
    ['a name that goes on past the verb is no inverted subject', 'I doubt that “they will climb again” next spring, said Ann Bell would argue.', null],
    ['a phrase opening a new sentence after a full stop is no attribution', '“The storm passed us by.” The harbour master said nothing more.', null],
    ['a name after an organization and its role speaks', '“The deal was a disaster,” said Acme co-founder Dan Ortell.', 'Dan Ortell'],
    ['the same with a role of two words', '“We will appeal the ruling,” said Acme board member Ann Bell.', 'Ann Bell'],
    ['a name after a preposition is no role’s holder', '“We will appeal the ruling,” said Acme after Dan Ortell left.', 'Acme'],
    ['a role, then the name set off by a comma', '“Of course I was surprised,” said the legislator, Representative Dan Ortell.', 'Dan Ortell'],
    [
      'a first name gives the gender, not the surname after it',
      'Ann Bell left the hall early. Tom Kelly spoke last. “We will fight on,” he said.',
      'Tom Kelly',
    ],
  ];
  for (const [rule, text, speaker] of rows) {
    it(`${rule}: ${speaker}`, () => {
      const qs = full(text);
      assert.strictEqual(qs.length, 1, JSON.stringify(qs.map((q) => q.text)));
      assert.strictEqual(qs[0].speaker, speaker);
    });
  }
  it('a cue after the last quotation of a sentence reports the earlier ones too', () => {
    const qs = full('The three “gaps” she named are “the ability to write off losses forever,” Ann Bell reported. Then a “quiet” vote followed.');
    assert.deepStrictEqual(
      qs.map((q) => q.speaker),
      ['Ann Bell', 'Ann Bell'],
    );
  });
  /** Rows of two quotations or more: every statement's speaker. */
  const allRows: Array<[rule: string, text: string, speakers: Array<string | null>]> = [
    [
      'a participle takes no subject after it: the one after is the reported clause’s',
      'Dan Ortell called the ruling “deeply unfair,” claiming he and Ann Bell had “done nothing wrong.”',
      ['Dan Ortell', 'Dan Ortell'],
    ],
    [
      'a name the next quotation follows is the subject of the reported clause, not the speaker',
      "Dan Ortell calls ruling 'unfair,' claims Ann Bell 'lied twice' in court",
      ['Dan Ortell', 'Dan Ortell'],
    ],
    [
      'capitals after an article are one name',
      'The White House said the plan would "hurt" farmers and would set up "a costly program for nobody."',
      ['White House', 'White House'],
    ],
    [
      'a sentence of only a speaker and a cue after a quotation closed by a period attributes it',
      'Dan Ortell left early. "We offered them a fair deal." Ann Bell said. "Their refusal is sad."',
      ['Ann Bell', 'Ann Bell'],
    ],
    ['a sentence that goes on after its cue reports something else', '"We offered them a fair deal." Ann Bell said she would vote no.', [null]],
    ['the speaker put after the cue still speaks', '“It is over,” said Ann Bell, “and we lost.”', ['Ann Bell', 'Ann Bell']],
  ];
  for (const [rule, text, speakers] of allRows) {
    it(`${rule}: ${speakers.join(', ')}`, () => {
      assert.deepStrictEqual(
        full(text).map((q) => q.speaker),
        speakers,
      );
    });
  }
  /** Rows whose text quotes someone else first: the speaker of the last statement. */
  const lastRows: Array<[rule: string, text: string, speaker: string | null]> = [
    [
      'a transcript label names the speaker by the surname it gives',
      'Senator Dan Ortell spoke on the radio.\n\n"HOST: Will you run?\n\n"ORTELL: Well, we will see what happens next year.\n\n"HOST: Thanks.',
      'Dan Ortell',
    ],
    [
      'a pronoun opening earlier sentences keeps its referent',
      'Mara Kellen called the ruling a disgrace. She says Dan Ortell and Ann Bell misled the court. Her reply came in a post.\n\nShe wrote: “Nobody is above the law, not even a judge.”',
      'Mara Kellen',
    ],
    [
      'a pronoun with no one fitting nearby takes the speaker just quoted',
      'The bill drew criticism from Dan Ortell last year.\n\n“The rationale does not hold,” said the widow Terry Roe.\n\nShe continued, “All we ask is to be heard in a court of law.”',
      'Terry Roe',
    ],
    [
      'a name with its own given name keeps it, whoever else shares the surname',
      'The senator, Tim C. Ortell, has a son, Seth Ortell, who works for a union.\n\n“I love my dad,” Seth Ortell said.',
      'Seth Ortell',
    ],
    [
      'a name inside a quotation is no full name for the speaker',
      'Ann Bell spoke first.\n\n“Beating Lying Ann Bell was easy,” said Dan Ortell.\n\nLater, Bell said the count was “far from over.”',
      'Ann Bell',
    ],
  ];
  for (const [rule, text, speaker] of lastRows) {
    it(`${rule}: ${speaker}`, () => {
      const qs = full(text);
      assert.strictEqual(qs.at(-1)?.speaker, speaker, JSON.stringify(qs.map((q) => [q.text, q.speaker])));
    });
  }
});
