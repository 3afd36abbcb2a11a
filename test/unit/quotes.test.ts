import * as assert from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractQuotes } from '../../server/src/engine/extract/quotes';
import type { Quote } from '../../server/src/engine/types';

function quotes(text: string): Quote[] {
  const qs = extractQuotes(parseArticle('t.article', text), []);
  for (const q of qs) assert.strictEqual(text.slice(q.start, q.end), q.text);
  return qs;
}
const statements = (text: string) =>
  quotes(text)
    .filter((q) => q.kind === 'statement')
    .map((q) => q.text);
const terms = (text: string) =>
  quotes(text)
    .filter((q) => q.kind === 'term')
    .map((q) => q.text);

describe('extractQuotes: detection', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly double', 'He said: “We will win this election and then we will govern.”', ['We will win this election and then we will govern.']],
    ['straight double', 'She said "we are not going anywhere soon," and left.', ['we are not going anywhere soon,']],
    ['guillemets', 'Il a dit « nous allons gagner cette élection demain ».', [' nous allons gagner cette élection demain ']],
    ['apostrophes are not marks', 'TikTok’s owner said it doesn’t plan to sell the app’s code.', []],
    ['decades', "In the ’90s and the '80s the company said “we grew fast every single year.”", ['we grew fast every single year.']],
    ['inch marks', 'The 5\'11" guard said "I feel great about the team this year," after the game.', ['I feel great about the team this year,']],
    ['possessive s’', 'The users’ data stays here, the firm said “we keep it all in Texas now.”', ['we keep it all in Texas now.']],
    [
      'single marks closing after the last punctuation',
      "'We will open the plant in May,' she said. 'There is no doubt about it.'",
      ['We will open the plant in May,', 'There is no doubt about it.'],
    ],
    [
      'nested single in double',
      'He said: “They called it ‘a disaster’ and we agree with that completely.”',
      ['They called it ‘a disaster’ and we agree with that completely.'],
    ],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.deepStrictEqual(statements(text), want));
});

describe('extractQuotes: closing marks scraped text misplaces', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a space before the closing mark, then the attribution',
      '"We have not moved forward the way we had hoped to move, "said Ray Tolland.\n"The board will meet next week," he added.',
      ['We have not moved forward the way we had hoped to move, ', 'The board will meet next week,'],
    ],
    [
      'a quotation broken over two lines, closed before its attribution',
      '"It was not the usual noise of the street.\nYou could tell something was badly wrong, "Ann Marie Cole told reporters.',
      ['It was not the usual noise of the street.\nYou could tell something was badly wrong, '],
    ],
    [
      'the same over two paragraphs',
      '"It was not the usual noise of the street.\n\nYou could tell something was badly wrong, "Ann Marie Cole told reporters.',
      ['It was not the usual noise of the street.\n\nYou could tell something was badly wrong, '],
    ],
    [
      'a new quotation after an unclosed one, with no attribution: it opens',
      '"The plan is dead, she wrote. Then she added, "we start again in May."',
      ['The plan is dead, she wrote.', 'we start again in May.'],
    ],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.deepStrictEqual(statements(text), want));
});

describe('extractQuotes: terms', () => {
  it('single-word scare quote is a term', () => assert.deepStrictEqual(terms('TikTok is pursuing a “partnership” with Oracle.'), ['partnership']));
  it('title is a term', () => assert.deepStrictEqual(terms('Its “For You” page is addictive.'), ['For You']));
  it('words a noun calls a nickname are a term', () =>
    assert.deepStrictEqual(terms('Roe hit back, saddling him with the nickname “Sleepy Dan.” It stuck.'), ['Sleepy Dan.']));
  it('words someone used as a phrase are a quotation', () =>
    assert.deepStrictEqual(statements('Roe has used the phrase “radical thinking” often, and criticized Dan for not doing so.'), ['radical thinking']));
  it('single quoted headline word is a term', () => assert.deepStrictEqual(terms('TikTok Seeks Oracle ‘Partnership’ to get Round Trump Ban'), ['Partnership']));
});

describe('extractQuotes: partial quotations versus terms', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    [
      'one word before an interruption',
      '"That," he added, "promises to make life a lot more difficult."',
      ['That,', 'promises to make life a lot more difficult.'],
      [],
    ],
    ['a name given with “called”', 'Trump called the pageant winner “Miss Piggy” and “Miss Housekeeping” in 1996.', ['Miss Piggy', 'Miss Housekeeping'], []],
    ['hailed as', 'A Times article hailed Trump as “The Comeback Kid” in 1994.', ['The Comeback Kid'], []],
    ['speech verb in the sentence', 'Trump likened the refugees to a “vicious snake” at a rally.', ['vicious snake'], []],
    ['sentence-initial cue', 'Calls men derogatory names, like "pigs," and moves on.', ['pigs,'], []],
    ['according to, capitalized', 'According to Rush Limbaugh, the move reeks of “fear” and desperation.', ['fear'], []],
    ['several sentences are speech', '“Here comes Big Daddy,” she said. “The Donald. Big Daddy.”', ['Here comes Big Daddy,', 'The Donald. Big Daddy.'], []],
    ['a show title stays a term', 'Sanders told MSNBC\'s "Morning Joe" that nobody would question her.', [], ['Morning Joe']],
    ['a show called “X” is a title', 'The network airs a show called “Politicking” on weekdays.', [], ['Politicking']],
    ['so-called is a scare quote', 'He talked about the so-called “Islamic State” and its leaders.', [], ['Islamic State']],
    ['what he called “X”', 'It is what he called “The Big Lie” in his speech.', ['The Big Lie'], []],
    ['a nickname stays a term', 'Rep. Robert C. "Bobby" Scott threw open his house.', [], ['Bobby']],
    ['a short capitalized reply before its attribution', '"Absolutely not," Ketsoyan said when asked about warning signs.', ['Absolutely not,'], []],
    ['a capitalized title before a speech verb stays a term', 'The “Morning Joe” host said the show would go on.', [], ['Morning Joe']],
    ['"United States" is no cue', 'The “sex tape” reference was about a video in the United States.', [], ['sex tape']],
    ['a reply whose speaker has a title', '"Absolutely not," Mr. Ortell said when asked about it.', ['Absolutely not,'], []],
    [
      'a title whose sentence reports speech further on stays a term',
      'On the last broadcast of “Weekend Roundup,” the Democratic nominee Gov. Ann Bell (D-VA) said her rival was wrong.',
      [],
      ['Weekend Roundup,'],
    ],
    ['a book title set off by a comma', 'In his 2009 book, “Save Your First Million,” Mr. Ortell suggested a budget.', [], ['Save Your First Million,']],
    ['two lower-case words ending the writer’s sentence are a term', 'The crew said the trawler served as a smuggling “base ship.”', ['base ship.'], []],
    ['… unless nothing reports speech', 'The cells are wired for “premium cable.” Inmates pay for it.', [], ['premium cable.']],
    ['two capitalized words closing a sentence are speech', 'He stopped. “It’s over.” Then he left.', ['It’s over.'], []],
    ['a cue after a title’s period: Mr. Roe said', 'It is a “reckless plan,” Mr. Roe said on Monday.', ['reckless plan,'], []],
    ['as X put it', 'He is, as one reviewer put it, “the fixer.”', ['the fixer.'], []],
    ['regards X as “…”', 'Roe openly admires the general as a “true patriot,” and says so.', ['true patriot,'], []],
    ['known as “…” is a name', 'Parents of the victims, known as “gold star families,” spoke first.', [], ['gold star families,']],
    ['a short sentence of its own after narration is speech', '“We will not stop,” said Roe. “Never.”', ['We will not stop,', 'Never.'], []],
    ['… but a title ending the writer’s sentence is a term', 'He starred in “Frozen.” It was a hit.', [], ['Frozen.']],
    ['… and so is one after an abbreviation', 'He met Mr. “Frozen.” It was a hit.', [], ['Frozen.']],
    ['… and a heading alone in its paragraph', 'The vote was close.\n\n“All Bets Are Off.”\n\nThe count went on.', [], ['All Bets Are Off.']],
    ['a title before a participle is no reply', 'The paper marked the end of the firm’s “Year of Growth,” writing that profits fell.', [], ['Year of Growth,']],
    ['what is known as the “…”', "It became known as the ''Roe rule'' after a senator described it.", [], ['Roe rule']],
  ];
  for (const [name, text, st, te] of cases) {
    it(name, () => {
      assert.deepStrictEqual(statements(text), st);
      assert.deepStrictEqual(terms(text), te);
    });
  }
  it('markup attribute values are no quotations', () => {
    const text = '<tweet pic="pic.twitter.com/" author="carlquintanilla" timestamp="1474387200">The blue arrow is Warren.';
    assert.deepStrictEqual(statements(text), []);
  });
  it('a quoted line asking readers to follow an account is nobody’s statement', () => {
    const text = '"ROE: That is why we will win in the fall.\n\n"Follow Dan Ortell on Twitter @dortell."';
    assert.deepStrictEqual(statements(text), ['That is why we will win in the fall.']);
  });
  it('a quoted order to follow someone is a statement', () => {
    const text = '“Follow the money and you will find the truth,” Ann Bell said.';
    assert.deepStrictEqual(statements(text), ['Follow the money and you will find the truth,']);
  });
  it("doubled apostrophes are double marks (''…'')", () => {
    const text = "Not paying taxes ''makes me smart,'' Donald J. Trump said last week. His surrogates called him ''a genius'' for it.";
    assert.deepStrictEqual(statements(text), ['makes me smart,', 'a genius']);
  });
});

describe('extractQuotes: paragraphs and unclosed marks', () => {
  it('joins a quotation reopened in each paragraph into one', () => {
    const text = 'A MSFT statement said: “First part of it.\n\n“Second part here.\n\n“Last part.”\n\nAfter.';
    const qs = quotes(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, 'First part of it.\n\n“Second part here.\n\n“Last part.');
    assert.strictEqual(qs[0].closed, true);
  });
  it('joins with CRLF line endings', () => {
    const text = 'Intro.\r\n\r\nShe said: “One thing is true.\r\n\r\n“Another thing is true too.”\r\n';
    const qs = quotes(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, 'One thing is true.\r\n\r\n“Another thing is true too.');
  });
  it('ends an unclosed quote at its sentence', () => {
    const text = 'The firm said. “It is said that we made changes in our August statement. TikTok declined to comment.';
    const qs = quotes(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, 'It is said that we made changes in our August statement.');
    assert.strictEqual(qs[0].closed, false);
  });
  it('makes each transcript turn its own quotation, after its label', () => {
    const text = 'Excerpts:\n\n"HOST: Will you run again? Tell us.\n\n"ROE: Well, I said “maybe” last week. We will see.\n\n"HOST: Thank you."\n\nAfter.';
    const qs = quotes(text).filter((q) => q.kind === 'statement');
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.closed]),
      [
        ['Will you run again? Tell us.', false],
        ['Well, I said “maybe” last week. We will see.', false],
        ['Thank you.', true],
      ],
    );
  });
  it('keeps joining reopened paragraphs that open with no label', () => {
    const text = 'She said: “NO WAY is what I told them.\n\n“And I meant it.”';
    assert.deepStrictEqual(statements(text), ['NO WAY is what I told them.\n\n“And I meant it.']);
  });
  it('counts UTF-16 offsets after an emoji', () => {
    const text = '🎉🎉 Party time! Trump said “we are going to win so much you will get tired.”';
    const qs = quotes(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].start, text.indexOf('we are'));
  });
});

describe('extractQuotes: headlines', () => {
  const body = '\n\nThe first paragraph of the story follows the headline here.\n\nA second paragraph closes it.';
  const kinds = (head: string) => quotes(head + body).filter((q) => q.start < head.length);
  const rows: Array<[rule: string, headline: string, want: Array<[string, string, string | null]>]> = [
    ['the source before the colon speaks', 'Dan Ortell: Tax Plan Is ‘Dead Wrong’', [['Dead Wrong', 'statement', 'Dan Ortell']]],
    ['a verb of saying in title case', 'Tax Plan Is ‘A Disgrace,’ Dan Ortell Says', [['A Disgrace,', 'statement', 'Dan Ortell']]],
    ['a role before the verb is kept as written', 'Acme Aide Calls Merger ‘Reckless’', [['Reckless', 'statement', 'Acme Aide']]],
    ['a title of a work stays a term', 'Ann Bell Sings In Preview Clip Of ‘The Long Road’', [['The Long Road', 'term', null]]],
    ['no verb of saying and no colon: a term', 'Ann Bell Opens ‘Tent City’ Downtown', [['Tent City', 'term', null]]],
  ];
  for (const [rule, headline, want] of rows)
    it(rule, () =>
      assert.deepStrictEqual(
        kinds(headline).map((q) => [q.text, q.kind, q.speaker]),
        want,
      ),
    );
});
