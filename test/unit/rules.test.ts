import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkTexts } from '../../server/src/engine';
import { RULES } from '../../server/src/engine/rules/registry';
import type { RuleCase, RuleCases } from '../../server/src/engine/rules/types';
import type { Severity } from '../../server/src/engine/types';

/**
 * Every rule's table tests (rules/<code>/cases.ts): hits it must find on both sides, and false
 * alarms it must not raise at warning level (at any level, for a rule that only informs). Two sources of one declared story each hold one passage.
 */

const rank: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const rulesFolder = join(__dirname, '../../server/src/engine/rules');

function check(c: RuleCase) {
  const text = (passage: string, published?: string) => `---\nstory: case\n${published ? `published: ${published}\n` : ''}---\n${passage}\n`;
  const [story] = checkTexts([
    { path: 'case/first.article', text: text(c.a, c.published?.[0]) },
    { path: 'case/second.article', text: text(c.b, c.published?.[1]) },
  ]);
  return story.documents.map((d) => d.findings);
}

describe('contradiction rules, one table per rule', () => {
  for (const rule of RULES) {
    describe(rule.code, () => {
      const file = join(rulesFolder, rule.code, 'cases.ts');
      it('has its table of cases beside it', () => assert.ok(existsSync(file), `${file} is missing`));
      if (!existsSync(file)) return;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { cases } = require(file) as { cases: RuleCases };
      for (const c of cases.hits) {
        it(`finds: ${c.name}`, () => {
          const least = rank[c.at ?? 'warning'];
          const [first, second] = check(c).map((findings) => findings.filter((f) => f.code === rule.code && rank[f.severity] >= least));
          const describe = (n: number) => `${n} finding${n === 1 ? '' : 's'}`;
          assert.ok(second.length > 0, `second source: ${describe(second.length)}`);
          if (!c.oneSided) assert.ok(first.length > 0, `first source: ${describe(first.length)}`);
        });
      }
      // A rule that only informs must not inform on its clean cases either, nor any rule on a case marked so.
      for (const c of cases.clean) {
        const least = rank[c.at ?? (rule.defaultSeverity === 'information' ? 'information' : 'warning')];
        it(`raises no ${least === rank.information ? 'finding' : 'warning'}: ${c.name}`, () => {
          const warned = check(c)
            .flat()
            .filter((f) => f.code === rule.code && rank[f.severity] >= least);
          assert.deepEqual(
            warned.map((f) => f.message),
            [],
          );
        });
      }
    });
  }

  it('compares nothing across different stories', () => {
    const stories = checkTexts([
      { path: 'one/a.article', text: 'The company will sell its European cable network to Northwind Partners next year.' },
      { path: 'two/b.article', text: 'The company will not sell its European cable network to Northwind Partners next year.' },
    ]);
    assert.equal(stories.length, 2);
    assert.ok(stories.every((s) => s.documents.every((d) => d.findings.length === 0)));
  });

  it('stays quiet on a folder of unrelated articles', () => {
    const stories = checkTexts([
      { path: 'news/a.article', text: 'Results of games played on Thursday. Haitai beat Lotte 5-2 in Seoul.\n\nLG beat OB 3-1.' },
      { path: 'news/b.article', text: 'Results of games played on Friday. Samsung beat Hanwha 4-0 in Seoul.\n\nLG beat OB 2-1.' },
      { path: 'news/c.article', text: 'The storm destroyed 4,000 homes along the northern coast of the island.' },
    ]);
    assert.deepEqual(
      stories.flatMap((s) => s.documents.flatMap((d) => d.findings.map((f) => f.code))),
      [],
    );
  });

  it('turns a rule off through the severities option', () => {
    const text = (s: string) => `---\nstory: off\n---\n${s}`;
    const [story] = checkTexts(
      [
        { path: 's/a.article', text: text('Acme Corp will sell its cable network in Portugal to Northwind Partners.') },
        { path: 's/b.article', text: text('Acme Corp will not sell its cable network in Portugal to Northwind Partners.') },
      ],
      { severities: { 'claim-polarity': 'off' } },
    );
    assert.ok(story.documents.every((d) => d.findings.every((f) => f.code !== 'claim-polarity')));
  });
});
