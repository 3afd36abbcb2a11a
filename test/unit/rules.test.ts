import { strict as assert } from 'node:assert';
import { checkTexts } from '../../server/src/engine';
import type { RuleCode } from '../../server/src/engine/types';

/** Two sources of one story (same folder); returns the codes found in each, sorted. */
function check(a: string, b: string): { a: string[]; b: string[] } {
  const [story] = checkTexts([
    { path: 'story/first.article', text: a },
    { path: 'story/second.article', text: b },
  ]);
  const codes = (i: number) => story.documents[i].findings.filter((f) => f.severity !== 'hint').map((f) => f.code).sort();
  return { a: codes(0), b: codes(1) };
}

// Both sources name the same people and organizations, as two reports of one event do.
const LEAD_A = 'Acme Corp chief executive Jane Holloway met the European Commission and Northwind Partners in Brussels on Tuesday.\n\n';
const LEAD_B = 'Jane Holloway of Acme Corp met Northwind Partners and the European Commission in Brussels this week.\n\n';

/** [name, first source, second source, codes expected on each side] */
const CASES: Array<[string, string, string, RuleCode[]]> = [
  ['negated claim', 'The company will sell its European cable network to Northwind Partners next year.', 'The company will not sell its European cable network to Northwind Partners next year.', ['claim-polarity']],
  ['counterfactual turned into fact', '“We would have made major changes to the European cable network,” Holloway said.', '“We have made major changes to the European cable network,” Holloway said.', ['claim-polarity']],
  ['reversed verb', 'Acme Corp confirmed the merger talks with Northwind Partners over the cable network.', 'Acme Corp denied the merger talks with Northwind Partners over the cable network.', ['claim-polarity']],
  ['different number', 'The storm destroyed 4,000 homes along the northern coast of the island.', 'The storm destroyed 7,000 homes along the northern coast of the island.', ['number-mismatch']],
  ['number in words', 'Rescue teams pulled five miners from the flooded shaft near Carbonville overnight.', 'Rescue teams pulled eight miners from the flooded shaft near Carbonville overnight.', ['number-mismatch']],
  ['reworded quotation', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.', '“This agreement endangers every worker at the plant in Carbonville,” Holloway said.', ['quote-wording']],
  ['quotation given to someone else', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.', '“This agreement protects every worker at the plant in Carbonville,” said Marcus Webb.', ['quote-speaker']],
];

/** Pairs that must produce nothing: rewording that keeps the meaning, approximations, truncation. */
const CLEAN: Array<[string, string, string]> = [
  ['same claim reworded', 'The company will sell its European cable network to Northwind Partners next year.', 'Next year the company will sell the European cable network to Northwind Partners.'],
  ['approximate number', 'The storm destroyed about 4,000 homes along the northern coast of the island.', 'The storm destroyed 4,000 homes along the northern coast of the island.'],
  ['truncated quotation', '“This agreement protects every worker at the plant in Carbonville, and every family,” Holloway said.', '“This agreement protects every worker at the plant in Carbonville,” Holloway said.'],
  ['contraction and "that"', '“We don’t believe that the plant in Carbonville will close this winter,” Holloway said.', '“We do not believe the plant in Carbonville will close this winter,” Holloway said.'],
  ['unrelated sentences', 'The storm destroyed 4,000 homes along the northern coast of the island.', 'Shares of Acme Corp rose 3 percent in early trading in Frankfurt.'],
  ['different event, same words', 'Acme Corp will not sell its stake in Northwind Partners.', 'Oracle participates as a technology partner, not a direct buyer.'],
];

describe('contradiction rules (two sources of one story)', () => {
  for (const [name, a, b, codes] of CASES) {
    it(`finds ${codes.join(', ')}: ${name}`, () => {
      const found = check(LEAD_A + a, LEAD_B + b);
      assert.deepEqual(found.a, codes, 'first source');
      assert.deepEqual(found.b, codes, 'second source');
    });
  }
  for (const [name, a, b] of CLEAN) {
    it(`finds nothing: ${name}`, () => {
      assert.deepEqual(check(LEAD_A + a, LEAD_B + b), { a: [], b: [] });
    });
  }

  it('gives the rarer spelling of a name a name-variant, at information severity', () => {
    const a = 'Northwind Partners bought the plant. Northwind Partners will keep every worker, Northwind Partners said.';
    const b = 'Northwind Partners bought the plant. Nortwind Partners will keep every worker.';
    const [story] = checkTexts([
      { path: 's/a.article', text: LEAD_A + a },
      { path: 's/b.article', text: LEAD_B + b },
    ]);
    const variant = story.documents[1].findings.find((f) => f.code === 'name-variant');
    assert.ok(variant, 'variant found');
    assert.equal(variant!.severity, 'information');
    assert.equal((LEAD_B + b).slice(variant!.start, variant!.end), 'Nortwind Partners');
  });

  it('compares nothing across different stories', () => {
    const stories = checkTexts([
      { path: 'one/a.article', text: 'The company will sell its European cable network to Northwind Partners next year.' },
      { path: 'two/b.article', text: 'The company will not sell its European cable network to Northwind Partners next year.' },
    ]);
    assert.equal(stories.length, 2);
    assert.ok(stories.every((s) => s.documents.every((d) => d.findings.length === 0)));
  });

  it('turns a rule off through the severities option', () => {
    const [story] = checkTexts(
      [
        { path: 's/a.article', text: LEAD_A + CASES[0][1] },
        { path: 's/b.article', text: LEAD_B + CASES[0][2] },
      ],
      { severities: { 'claim-polarity': 'off' } },
    );
    assert.ok(story.documents.every((d) => d.findings.length === 0));
  });
});
