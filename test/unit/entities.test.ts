import * as assert from 'assert';
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
    ['Prime Minister Tomas Varga said the vote would go ahead.', 'Tomas Varga', 'person'],
    ['Exports to the U.S. fell sharply.', 'U.S.', 'place', 'United States'],
    ['Zentrix Software said profits rose. Brokers expect ZNTX to climb.', 'ZNTX', 'organization', 'Zentrix Software'],
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
    ['Their stay at the top was short.', 'Their'],
    ['The Chinese government rejected the plan.', 'Chinese'],
    ['It expanded its State-side operations.', 'State-side'],
    ['Results were announced on Friday in August.', 'Friday'],
  ];
  for (const [text, span] of negatives) {
    it(`does not tag ${span} as a person, organization or place`, () => {
      const e = find(run(text), span);
      assert.ok(!e || e.type === 'other', `${span} tagged ${e?.type}`);
    });
  }

  it('keeps trailing punctuation and datelines out of spans', () => {
    const ents = run('HEADLINE ABOUT NOTHING\n\nOSLO 1996-08-30\nTalks opened in Oslo, Norway.');
    for (const e of ents) assert.ok(!/[.,\d]$/.test(e.text) || e.text.endsWith('.') && /^(\p{L}\.)+$/u.test(e.text), e.text);
    assert.ok(find(ents, 'OSLO'));
    assert.ok(find(ents, 'Norway'));
  });

  it('types teams named after places as organizations in results', () => {
    const ents = run('SOCCER - LEAGUE RESULTS\n\nRiverdale 2 Hillcrest 1\nRiverdale beat Hillcrest on Saturday.');
    const e = ents.find((x) => x.text === 'Riverdale');
    assert.ok(e);
    assert.strictEqual(e.type, 'organization');
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
