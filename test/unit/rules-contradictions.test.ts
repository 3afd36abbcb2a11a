import { strict as assert } from 'node:assert';
import { checkTexts } from '../../server/src/engine';
import { nearSpelling } from '../../server/src/engine/rules/name-variant';
import { quoteSpeaker } from '../../server/src/engine/rules/quote-speaker';
import type { RuleCode } from '../../server/src/engine/types';

/**
 * One table per rule: pairs of passages from two sources of one story that must raise the rule on
 * both sides (hits), and pairs that must raise nothing at warning level (false positives to avoid).
 */

const LEAD_A = 'Acme Corp chief executive Jane Holloway met the European Commission and Northwind Partners in Brussels on Tuesday.\n\n';
const LEAD_B = 'Jane Holloway of Acme Corp met Northwind Partners and the European Commission in Brussels this week.\n\n';

function codes(a: string, b: string, pubA?: string, pubB?: string): { a: string[]; b: string[] } {
  const fm = (p?: string) => (p ? `---\npublished: ${p}\n---\n` : '');
  const [story] = checkTexts([
    { path: 'story/first.article', text: fm(pubA) + LEAD_A + a },
    { path: 'story/second.article', text: fm(pubB) + LEAD_B + b },
  ]);
  const of = (i: number) => [...new Set(story.documents[i].findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => f.code))].sort();
  return { a: of(0), b: of(1) };
}

type Row = [name: string, a: string, b: string];

const HITS: Record<RuleCode, Row[]> = {
  'claim-polarity': [
    ['"not" inserted', 'Acme Corp will sell its cable network in Portugal to Northwind Partners.', 'Acme Corp will not sell its cable network in Portugal to Northwind Partners.'],
    ['"never" inserted', 'Holloway has visited the flooded plant near Carbonville twice since the storm.', 'Holloway has never visited the flooded plant near Carbonville since the storm.'],
    ['fact made hypothetical', 'Acme Corp has invested heavily in the plant near Carbonville, Holloway told reporters.', 'Acme Corp would have invested heavily in the plant near Carbonville, Holloway told reporters.'],
    ['certain made possible', 'Acme Corp will close the plant near Carbonville at the end of the year, Holloway said.', 'Acme Corp may close the plant near Carbonville at the end of the year, Holloway said.'],
    ['confirmed / denied', 'Acme Corp confirmed reports of talks with Northwind Partners about the cable network.', 'Acme Corp denied reports of talks with Northwind Partners about the cable network.'],
    ['rose / fell', 'Shares of Acme Corp rose sharply in Frankfurt after the meeting with Northwind Partners.', 'Shares of Acme Corp fell sharply in Frankfurt after the meeting with Northwind Partners.'],
    ['failed / succeeded (inflections the stemmer keeps apart)', 'Acme Corp and Northwind Partners failed to reach a deal on the plant near Carbonville.', 'Acme Corp and Northwind Partners succeeded to reach a deal on the plant near Carbonville.'],
    ['higher / lower', 'Acme Corp reported higher sales at the plant near Carbonville than Northwind Partners expected.', 'Acme Corp reported lower sales at the plant near Carbonville than Northwind Partners expected.'],
  ],
  'number-mismatch': [
    ['digits', 'The storm destroyed 4,000 homes along the northern coast of the island.', 'The storm destroyed 7,000 homes along the northern coast of the island.'],
    ['words', 'Rescue teams pulled five miners from the flooded shaft near Carbonville overnight.', 'Rescue teams pulled eight miners from the flooded shaft near Carbonville overnight.'],
    ['money', 'Northwind Partners offered $184 million for the cable network owned by Acme Corp.', 'Northwind Partners offered $210 million for the cable network owned by Acme Corp.'],
  ],
  'date-mismatch': [
    ['weekday', 'The fire at the Acme Corp warehouse in Carbonville broke out on Tuesday night, officials said.', 'The fire at the Acme Corp warehouse in Carbonville broke out on Thursday night, officials said.'],
    ['day of month', 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 3, 2021, under the deal.', 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 5, 2021, under the deal.'],
    ['year', 'Holloway joined Acme Corp from Northwind Partners in 2013, after a decade in Brussels.', 'Holloway joined Acme Corp from Northwind Partners in 2011, after a decade in Brussels.'],
  ],
  'quote-wording': [
    ['one word replaced', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.', '“This agreement endangers every worker at the plant in Carbonville,” Holloway said.'],
    ['two words replaced', '“We are proud of the people who kept the plant in Carbonville running all winter,” Holloway said.', '“We are grateful to the people who kept the plant in Carbonville running all winter,” Holloway said.'],
  ],
  'quote-speaker': [
    ['speaker swapped', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.', '“This agreement protects every worker at the plant in Carbonville,” said Marcus Webb.'],
    ['a quoted sentence of plain words', '“I was just so scared,” Holloway said of the fire at the Acme Corp plant.', '“I was just so scared,” Marcus Webb said of the fire at the Acme Corp plant.'],
    ['a short quoted sentence', '“This was an assassination of a deputy,” Holloway said.', '“This was an assassination of a deputy,” Marcus Webb said.'],
    ['the other speaker named inside the quotation', '“We kept the plant in Carbonville open all winter, as Marcus Webb knows,” Holloway said.', '“We kept the plant in Carbonville open all winter, as Marcus Webb knows,” Marcus Webb said.'],
  ],
  'role-mismatch': [
    ['employer', 'Acme Corp chief executive Jane Holloway signed the deal with Northwind Partners in Brussels.', 'Northwind Partners chief executive Jane Holloway signed the deal with Acme Corp in Brussels.'],
    ['title in the same statement', 'Acme Corp chairman Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.', 'Acme Corp spokesman Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.'],
    ['a title changed in one sentence word for word', 'Down the street in Carbonville, Jane Holloway, head of house production for Acme Corp, said the workers at Northwind Partners were planning an office party upstairs when someone heard shots fired.', 'Down the street in Carbonville, Jane Holloway, minister of house production for Acme Corp, said the workers at Northwind Partners were planning an office party upstairs when someone heard shots fired.'],
    ['a vague title against another job in the same statement', 'Acme Corp director Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.', 'Acme Corp spokesman Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.'],
    ['a title the extractor read into the name', 'The deal with Northwind Partners was signed under President Marcus Webb in Brussels on Friday.', 'The deal with Northwind Partners was signed under Commissioner Marcus Webb in Brussels on Friday.'],
    ['a title after the name, behind other words', "Marcus Webb, the city's public safety director, said the fire at the Acme Corp plant in Carbonville started at night.", "Marcus Webb, the city's public safety spokesman, said the fire at the Acme Corp plant in Carbonville started at night."],
    ['spokesman / spokeswoman in the same words', 'Acme Corp spokeswoman Marcus Webb said the plant in Carbonville would stay open through the winter.', 'Acme Corp spokesman Marcus Webb said the plant in Carbonville would stay open through the winter.'],
    ['an employer the title seemed to start with ("Police Chief")', '“We will rebuild,” Carbonville Police Chief Marcus Webb said after the fire at the Acme Corp plant.', '“We will rebuild,” Northwind Partners Chief Marcus Webb said after the fire at the Acme Corp plant.'],
    ['titles beyond those of executives and officials', 'Northwind Partners adviser Marcus Webb said the plant in Carbonville would stay open through the winter.', 'Northwind Partners analyst Marcus Webb said the plant in Carbonville would stay open through the winter.'],
    ['a title changed in the same words, the other title given elsewhere', 'Acme Corp Director Marcus Webb in Tough Talks\nMarcus Webb, the director of Acme Corp, met Northwind Partners.', 'Acme Corp Governor Marcus Webb in Tough Talks\nMarcus Webb, the director of Acme Corp, met Northwind Partners.'],
  ],
  'name-variant': [],
};

const CLEAN: Record<RuleCode, Row[]> = {
  'claim-polarity': [
    ['negation moved to another verb', '“I didn’t feel the plant in Carbonville was running the way Acme Corp wanted,” Holloway said.', '“I feel the plant in Carbonville wasn’t running the way Acme Corp wanted,” Holloway said.'],
    ['paraphrase with opposite verbs', 'Acme Corp sold the cable network to Northwind Partners for an undisclosed sum.', 'Northwind Partners bought the cable network from Acme Corp for an undisclosed sum.'],
    ['"no" as a determiner', 'No one at the Acme Corp plant in Carbonville was hurt in the fire, Holloway said.', 'One worker at the Acme Corp plant in Carbonville was hurt in the fire, Holloway said.'],
    ['reported future ("would")', 'Holloway said Acme Corp will sell the cable network to Northwind Partners next year.', 'Holloway said Acme Corp would sell the cable network to Northwind Partners next year.'],
  ],
  'number-mismatch': [
    ['a count over a period only one source names', 'Holloway of Acme Corp had been fined four times by regulators in Carbonville, officials said.', 'Holloway of Acme Corp had been fined three times since October by regulators in Carbonville, officials said.'],
    ['a part counted against the whole', 'Holloway spent her first 11 seasons at Acme Corp before Northwind Partners hired her in Carbonville.', 'Holloway spent 15 seasons at Acme Corp, the first 11 before Northwind Partners hired her in Carbonville.'],
    ['approximation', 'The storm destroyed about 4,000 homes along the northern coast of the island.', 'The storm destroyed 4,200 homes along the northern coast of the island.'],
    ['lists of counts', 'Acme Corp has 3 plants and 12 offices in the region near Carbonville, Holloway said.', 'Acme Corp has 4 plants and 12 offices in the region near Carbonville, Holloway said.'.replace('4 plants', '3 plants')],
    ['different subjects', 'Acme Corp shares rose 3 percent in Frankfurt after the meeting with the European Commission.', 'Northwind Partners shares rose 5 percent in Frankfurt after the meeting with the European Commission.'],
  ],
  'date-mismatch': [
    ['refinement', 'Holloway joined Acme Corp from Northwind Partners in 2018, after a decade in Brussels.', 'Holloway joined Acme Corp from Northwind Partners in August 2018, after a decade in Brussels.'],
    ['one day apart (time zones)', 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 3, 2021, under the deal.', 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 4, 2021, under the deal.'],
    ['same words, different publication days', 'The fire at the Acme Corp warehouse in Carbonville is still burning today, officials said.', 'The fire at the Acme Corp warehouse in Carbonville is still burning today, officials said.'],
  ],
  'quote-wording': [
    ['a word against a phrase built on it', '“I do not need to do anything more for the plant in Carbonville,” Holloway said.', '“I do not need to do any of that more for the plant in Carbonville,” Holloway said.'],
    ['tense of a quoted auxiliary', '“How many workers did you fire at the plant in Carbonville,” the crowd chanted at Holloway.', '“How many workers will you fire at the plant in Carbonville,” the crowd chanted at Holloway.'],
    ['regional spelling and dashes', '“We secured the neighbourhood – the families are safe,” Holloway said of the plant in Carbonville.', '“We secured the neighborhood-the families are safe,” Holloway said of the plant in Carbonville.'],
    ['cut in the middle', '“We met the workers, we listened to them and we kept the plant in Carbonville open,” Holloway said.', '“We met the workers and we kept the plant in Carbonville open,” Holloway said.'],
    ['numbers written out', '“This is an eleventh-hour deal for the plant in Carbonville and its workers,” Holloway said.', '“This is an 11th-hour deal for the plant in Carbonville and its workers,” Holloway said.'],
    ['two different sentences of one interview', '“We kept the plant in Carbonville open through the whole winter,” Holloway said.', '“The plant in Carbonville is the heart of this town and always will be,” Holloway said.'],
  ],
  'quote-speaker': [
    ['surname and full name with title', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.', '“This agreement protects every worker at the plant in Carbonville,” said Acme chief executive Jane Holloway.'],
    ['a quoted phrase, not a statement', 'Holloway said the “midnight rules” of Northwind Partners hurt the plant in Carbonville.', 'Marcus Webb called them “midnight rules” that Acme Corp would fight in Brussels.'],
    ['joint statement', '“This agreement protects every worker at the plant in Carbonville,” said Holloway and Marcus Webb.', '“This agreement protects every worker at the plant in Carbonville,” said Marcus Webb and Holloway.'],
  ],
  'role-mismatch': [
    ['former holder', 'Former Acme Corp chief executive Tom Berger attended the signing in Brussels with Northwind Partners.', 'Acme Corp chief executive Jane Holloway attended the signing in Brussels with Northwind Partners.'],
    ['"chief" and "head" word for word', 'Acme Corp chief Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.', 'Acme Corp head Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.'],
    // Reworded: word for word but for the title, the title was changed, vague or not.
    ['a vague title against a leading one in the same statement', 'Acme Corp head Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.', 'On Friday in Brussels, Acme Corp chairman Jane Holloway put her name to the deal with Northwind Partners.'],
    ['two titles in unrelated statements', 'Acme Corp president Jane Holloway opened the meeting in Brussels.', 'The European Commission praised Northwind Partners. Acme Corp chairman Jane Holloway later flew home to Carbonville.'],
    ['one title more in the same words', 'Northwind Partners president and chief executive Marcus Webb signed the deal with Acme Corp in Brussels on Friday.', 'Northwind Partners chief executive Marcus Webb signed the deal with Acme Corp in Brussels on Friday.'],
    ['"vice president" / "president" in the same words', 'Acme Corp vice president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.', 'Acme Corp president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.'],
    ['"chair" / "chairman" in the same words', 'Acme Corp chair Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.', 'Acme Corp chairman Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.'],
    ['words after the name that are no title', 'Marcus Webb shot Tom Berger, in the head, outside the Acme Corp plant in Carbonville on Friday night.', 'Marcus Webb shot Tom Berger, in the chief hall, outside the Acme Corp plant in Carbonville on Friday night.'],
  ],
  'name-variant': [],
};

describe('contradiction rules, one table per rule', () => {
  for (const code of Object.keys(HITS) as RuleCode[]) {
    describe(code, () => {
      for (const [name, a, b] of HITS[code]) {
        it(`finds: ${name}`, () => {
          // Weekdays are compared only between articles whose calendar is known.
          const found = code === 'date-mismatch' ? codes(a, b, '2021-03-04', '2021-03-04') : codes(a, b);
          assert.ok(found.a.includes(code), `first source: ${found.a.join(', ') || 'nothing'}`);
          assert.ok(found.b.includes(code), `second source: ${found.b.join(', ') || 'nothing'}`);
        });
      }
      for (const [name, a, b] of CLEAN[code]) {
        it(`finds nothing: ${name}`, () => {
          assert.deepEqual(codes(a, b, code === 'date-mismatch' ? '2021-03-01' : undefined, code === 'date-mismatch' ? '2021-03-02' : undefined), { a: [], b: [] });
        });
      }
    });
  }

  it('compares no weekdays between articles without publication dates', () => {
    assert.deepEqual(
      codes('Results of the Acme Corp ballot in Carbonville were announced on Tuesday night, officials said.', 'Results of the Acme Corp ballot in Carbonville were announced on Thursday night, officials said.'),
      { a: [], b: [] },
    );
  });

  describe('name-variant', () => {
    const variantOf = (a: string, b: string) => {
      const [story] = checkTexts([
        { path: 's/a.article', text: LEAD_A + a },
        { path: 's/b.article', text: LEAD_B + b },
        { path: 's/c.article', text: LEAD_A + a },
      ]);
      // The rarer spelling is what is flagged; the well-spelled side only points back at it.
      return story.documents[1].findings.filter((f) => f.code === 'name-variant').map((f) => story.documents[1].facts.article.text.slice(f.start, f.end));
    };
    it('finds swapped letters in a name', () => {
      assert.deepEqual(variantOf('Northwind Partners will keep every worker, Northwind Partners said.', 'Nortwhind Partners will keep every worker.'), ['Nortwhind Partners']);
    });
    it('finds a misspelled surname used alone', () => {
      assert.deepEqual(variantOf('Ms. Holloway said the plant would stay open.', 'Ms. Hollowey said the plant would stay open.'), ['Hollowey']);
    });
    it('finds a misspelled name the extractor did not read as a name', () => {
      assert.deepEqual(variantOf('Ms. Holloway said the plant would stay open.', 'Ms. Hollowey said the plant would stay open, and Hollowey left.').filter((t) => t === 'Hollowey').length > 0, true);
    });
    it('leaves a country and its demonym alone', () => {
      assert.deepEqual(variantOf('The Australian partner of Acme Corp agreed.', 'The partner of Acme Corp in Australia agreed.'), []);
    });
  });

  it('stays quiet on a folder of unrelated articles', () => {
    const stories = checkTexts([
      { path: 'news/a.article', text: 'Results of games played on Thursday. Haitai beat Lotte 5-2 in Seoul.\n\nLG beat OB 3-1.' },
      { path: 'news/b.article', text: 'Results of games played on Friday. Samsung beat Hanwha 4-0 in Seoul.\n\nLG beat OB 2-1.' },
      { path: 'news/c.article', text: 'The storm destroyed 4,000 homes along the northern coast of the island.' },
    ]);
    assert.deepEqual(stories.flatMap((s) => s.documents.flatMap((d) => d.findings.map((f) => f.code))), []);
  });
});

describe('name-variant: spellings found in one other source', () => {
  const nameVariants = (texts: string[]) => {
    const [story] = checkTexts(texts.map((text, i) => ({ path: `s/${i}.article`, text })));
    return story.documents.map((d) => d.findings.filter((f) => f.code === 'name-variant').map((f) => d.facts.article.text.slice(f.start, f.end)));
  };
  const SAME = 'The storm flooded the plant near Carbonville on Tuesday, Jane Holloway of Acme Corp told reporters in Brussels.\n\n';
  const ROWS: Array<[name: string, a: string, b: string, flagged: string[]]> = [
    ['a name misspelled in the same sentence of the other source', 'The deal was signed by Bina Mathews of Northwind Partners in Brussels on Friday evening.', 'The deal was signed by Bina Mathws of Northwind Partners in Brussels on Friday evening.', ['Mathws']],
    ['a word of an organization name misspelled', 'Residents of Dubai and the Northern Emirates also felt the quake on Friday evening, officials said.', 'Residents of Dubai and the Northern Emrates also felt the quake on Friday evening, officials said.', ['Emrates']],
    ['a quotation opened by an apostrophe', "'We will rebuild the plant,' Craft said of the storm damage near Carbonville on Friday evening.", "'We will rebuild the plant,' Crft said of the storm damage near Carbonville on Friday evening.", ['Crft']],
  ];
  for (const [name, a, b, flagged] of ROWS) {
    it(`finds: ${name}`, () => {
      const [, second] = nameVariants([SAME + a, SAME + b]);
      assert.deepEqual(second, flagged);
    });
  }
  it('leaves two spellings in different statements alone', () => {
    const found = nameVariants([SAME + 'The deal was signed by Bina Mathews of Northwind Partners in Brussels on Friday evening.', SAME + 'Bina Mathws was not at the meeting, said a spokesman for the European Commission.']);
    assert.deepEqual(found, [[], []]);
  });
  const SPELLINGS: Array<[word: string, name: string, near: boolean]> = [
    ['Geogre', 'George', true],
    ['Mathws', 'Mathews', true],
    ['Pictures', 'Picture', false],
    ['Centre', 'Center', false],
    ['Germans', 'Germany', false],
    ['Oscars', 'Oscar', false],
  ];
  for (const [word, name, near] of SPELLINGS) {
    it(`${near ? 'reads' : 'does not read'} “${word}” as a slip for “${name}”`, () => assert.equal(nearSpelling(word, name), near));
  }
});

describe('quote-wording: quotations too short to align by their words', () => {
  const wording = (a: string, b: string) => {
    const [story] = checkTexts([
      { path: 's/a.article', text: LEAD_A + a },
      { path: 's/b.article', text: LEAD_B + b },
    ]);
    return story.documents.map((d) => d.findings.filter((f) => f.code === 'quote-wording').map((f) => d.facts.article.text.slice(f.start, f.end)));
  };
  const HITS_SHORT: Array<[name: string, a: string, b: string]> = [
    ['a short quotation with one word replaced', '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.', '“Webb was not so tough to beat,” Holloway said after the vote in Brussels.'],
    ['the replaced word in the second sentence of a quotation', 'Holloway said of the vote: “We thank you for this chance. We thank you for your faith.”', 'Holloway said of the vote: “We thank you for this honour. We thank you for your faith.”'],
    ['a word replaced by a copy of its neighbour', '“She was a remarkable lady, an iconic figure in the history of Carbonville and of Acme Corp,” Holloway said.', '“She was a remarkable iconic, an iconic figure in the history of Carbonville and of Acme Corp,” Holloway said.'],
  ];
  for (const [name, a, b] of HITS_SHORT) {
    it(`finds: ${name}`, () => {
      const [x, y] = wording(a, b);
      assert.equal(x.length, 1, `first source: ${x.join(' | ')}`);
      assert.equal(y.length, 1, `second source: ${y.join(' | ')}`);
    });
  }
  const CLEAN_SHORT: Array<[name: string, a: string, b: string]> = [
    ['two different short quotations', '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.', '“We will be back next year,” Holloway said after the vote in Brussels.'],
    ['a quotation cut short', '“Webb was not so easy to beat, and we knew it,” Holloway said after the vote in Brussels.', '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.'],
    ['a quotation given a negation (claim-polarity business)', '“Webb was easy to beat,” Holloway said after the vote in Brussels.', '“Webb was not easy to beat,” Holloway said after the vote in Brussels.'],
  ];
  for (const [name, a, b] of CLEAN_SHORT) {
    it(`finds nothing: ${name}`, () => assert.deepEqual(wording(a, b), [[], []]));
  }
  it('finds nothing on a quotation the other source also gives as it is', () => {
    const both = '“I am certain he did not have anything in his hands,” Holloway said in Brussels. Later she said: “I am certain he did not hold anything in his hands.”';
    assert.deepEqual(wording(both, '“I am certain he did not have anything in his hands,” Holloway said in Brussels.'), [[], []]);
  });
});

describe('quote-speaker: one statement given to two people', () => {
  const speakers = (a: string, b: string) => {
    const [story] = checkTexts([
      { path: 's/a.article', text: LEAD_A + a },
      { path: 's/b.article', text: LEAD_B + b },
    ]);
    return story.documents.map((d) => d.findings.filter((f) => f.code === 'quote-speaker').length);
  };
  const ROWS: Array<[name: string, a: string, b: string, found: boolean]> = [
    ['a quotation of short sentences', 'Jane Holloway spoke after the vote.\n\n“She didn’t do it. She didn’t fire him,” Holloway said.', 'Jane Holloway spoke after the vote.\n\n“She didn’t do it. She didn’t fire him,” Marcus Webb said.', true],
    ['a reported statement', 'Holloway said the plant near Carbonville, which she described as “our second home,” is about 30 years old.', 'Marcus Webb said the plant near Carbonville, which she described as “our second home,” is about 30 years old.', true],
    ['a reported statement cut short', 'Holloway said the plant near Carbonville is about 30 years old and will be rebuilt.', 'Marcus Webb said the plant near Carbonville is about 30 years old.', true],
    ['two people reporting different things', 'Holloway said the plant near Carbonville is about 30 years old.', 'Marcus Webb said the talks with Northwind Partners would resume in Brussels.', false],
    ['a short reported statement', 'Holloway said the plant was closed.', 'Marcus Webb said the plant was closed.', false],
    ['both people named in the sentence', 'Holloway said the plant near Carbonville is about 30 years old, Marcus Webb recalled.', 'Marcus Webb said the plant near Carbonville is about 30 years old.', false],
    ['one name spelled two ways', 'Marcus Webb said the plant near Carbonville is about 30 years old.', 'Marcus Web said the plant near Carbonville is about 30 years old.', false],
  ];
  for (const [name, a, b, found] of ROWS) {
    it(`${found ? 'finds' : 'finds nothing'}: ${name}`, () => assert.deepEqual(speakers(a, b).map((n) => n > 0), [found, found]));
  }
});

describe('quote-speaker: a bare surname the tagger missed or took for an organization', () => {
  // The rule on one aligned quotation, with the tagging spelled out: which names are entities, of what type, in how many sources.
  const QUOTE = '“This agreement protects every worker at the plant in Carbonville,”';
  type Tag = { name: string; id: string; type: 'person' | 'organization'; sources: number } | null;
  const PEOPLE: Tag[] = [
    { name: 'Jane Holloway', id: 'person:jane-holloway', type: 'person', sources: 2 },
    { name: 'Marcus Webb', id: 'person:marcus-webb', type: 'person', sources: 2 },
  ];
  function found(a: [speaker: string, tag: Tag], b: [speaker: string, tag: Tag], people: Tag[] = PEOPLE): boolean {
    const byId = new Map<string, any>();
    for (const t of [...people, a[1], b[1]]) {
      if (t) byId.set(t.id, { id: t.id, name: t.name, type: t.type, aliases: new Map(), mentions: new Map(Array.from({ length: t.sources }, (_, i) => [`s${i}`, []])) });
    }
    const side = (path: string, [speaker, tag]: [string, Tag]) => {
      const text = `${QUOTE} ${speaker} said.`;
      const quote = { start: 0, end: QUOTE.length, text: QUOTE, kind: 'statement' as const, speaker, speakerId: tag?.id ?? null, speakerVia: 'cue', speakerSpan: { start: QUOTE.length + 1, end: QUOTE.length + 1 + speaker.length }, closed: true };
      return { path, text, quote };
    };
    const [x, y] = [side('s/a', a), side('s/b', b)];
    const docs = new Map([x, y].map((s) => [s.path, { path: s.path, source: s.path, published: null, text: s.text, entities: [], dates: [], quotes: [s.quote] }]));
    const ctx = { doc: (p: string) => docs.get(p)!, story: { byId, entities: new Map(), misspellings: [], idMap: new Map() }, related: () => true, aligned: () => true } as any;
    const segment = (s: typeof x) => ({ path: s.path, start: 0, end: QUOTE.length, text: QUOTE, tokens: [], stems: new Set<string>(), quote: s.quote });
    return quoteSpeaker.checkQuotePair!({ a: segment(x), b: segment(y), score: 1, shared: [] }, ctx, new Set()).length > 0;
  }
  const holloway: [string, Tag] = ['Holloway', PEOPLE[0]];
  const ROWS: Array<[name: string, b: [string, Tag], people: Tag[] | undefined, found: boolean]> = [
    ['an untagged surname of another person of the story', ['Webb', null], undefined, true],
    ['a surname taken for an organization one source names', ['Webb', { name: 'Webb', id: 'organization:webb', type: 'organization', sources: 1 }], undefined, true],
    ['an organization several sources name', ['Webb', { name: 'Webb', id: 'organization:webb', type: 'organization', sources: 2 }], undefined, false],
    ['an untagged name of nobody in the story', ['Rosenthal', null], undefined, false],
    ['a surname two people of the story share', ['Webb', null], [...PEOPLE, { name: 'Alice Webb', id: 'person:alice-webb', type: 'person', sources: 1 }], false],
    ['an untagged surname of the same person', ['Holloway', null], undefined, false],
    ['an untagged lower-case description', ['the chief executive', null], undefined, false],
  ];
  for (const [name, b, people, want] of ROWS) {
    it(`${want ? 'finds' : 'finds nothing'}: ${name}`, () => assert.equal(found(holloway, b, people), want));
  }
});

describe('quote-speaker: a statement closing on its speaker', () => {
  const found = (a: string, b: string) => {
    const [story] = checkTexts([
      { path: 's/a.article', text: LEAD_A + a },
      { path: 's/b.article', text: LEAD_B + b },
    ]);
    return story.documents.map((d) => d.findings.some((f) => f.code === 'quote-speaker'));
  };
  const STATEMENT = 'The plant near Carbonville is about 30 years old and will be rebuilt';
  const ROWS: Array<[name: string, a: string, b: string, found: boolean]> = [
    ['", X said."', `${STATEMENT}, Holloway said.`, `${STATEMENT}, Marcus Webb said.`, true],
    ['", according to X."', `${STATEMENT}, according to Holloway.`, `${STATEMENT}, according to Marcus Webb.`, true],
    ['", said X." against "X said …"', `${STATEMENT}, said Holloway.`, `Marcus Webb said ${STATEMENT.toLowerCase()}.`, true],
    ['two people saying different things', `${STATEMENT}, Holloway said.`, 'Talks with Northwind Partners will resume in Brussels next month, Marcus Webb said.', false],
    ['a short statement', 'The plant was closed, Holloway said.', 'The plant was closed, Marcus Webb said.', false],
    ['a statement given jointly', `${STATEMENT}, Holloway and Marcus Webb said.`, `${STATEMENT}, Marcus Webb said.`, false],
    ['one person citing the other', `${STATEMENT}, Holloway said, as Marcus Webb had.`, `${STATEMENT}, Marcus Webb said.`, false],
  ];
  for (const [name, a, b, want] of ROWS) {
    it(`${want ? 'finds' : 'finds nothing'}: ${name}`, () => assert.deepEqual(found(a, b), [want, want]));
  }
});

describe('date-mismatch: months without their year, and each date settling one date of the other source', () => {
  const ROWS: Array<[name: string, a: string, b: string, want: boolean]> = [
    ['a month named without its year', 'A powerful quake struck the island near Carbonville in September, killing at least seven people.', 'A powerful quake struck the island near Carbonville in April, killing at least seven people.', true],
    ['"this" month', 'Acme Corp opened the plant near Carbonville this August after a decade of planning.', 'Acme Corp opened the plant near Carbonville this November after a decade of planning.', true],
    ['the same month without its year', 'A powerful quake struck the island near Carbonville in September, killing at least seven people.', 'A powerful quake struck the island near Carbonville in September, killing at least seven people and injuring 40.', false],
    ['a month and the same month with its year', 'A powerful quake struck the island near Carbonville in September, killing at least seven people.', 'A powerful quake struck the island near Carbonville in September 2020, killing at least seven people.', false],
    ['a year repeated on one side changed on the other', 'Holloway, who led Acme Corp in 2008 and 2006, and Marcus Webb, the 2007 chairman, met Northwind Partners.', 'Holloway, who led Acme Corp in 2007 and 2006, and Marcus Webb, the 2007 chairman, met Northwind Partners.', true],
    ['one of two months changed', 'Holloway will meet Northwind Partners in Carbonville sometime in March or April, officials said.', 'Holloway will meet Northwind Partners in Carbonville sometime in March or November, officials said.', true],
    ['a year beside a value of unknown year', 'Acme Corp extended the contract of Holloway through the 2008-09 season after a second-half surge.', 'Acme Corp extended the contract of Holloway through the 2007-09 season after a second-half surge.', true],
    ['the same dates in another order', 'Holloway led Acme Corp in 2008 and Northwind Partners in 2006, before moving to Carbonville.', 'Holloway led Northwind Partners in 2006 and Acme Corp in 2008, before moving to Carbonville.', false],
  ];
  const found = (a: string, b: string) => {
    const { a: fa, b: fb } = codes(a, b);
    return [fa.includes('date-mismatch'), fb.includes('date-mismatch')];
  };
  for (const [name, a, b, want] of ROWS) {
    it(`${want ? 'finds' : 'finds nothing'}: ${name}`, () => assert.deepEqual(found(a, b), [want, want]));
  }
});
