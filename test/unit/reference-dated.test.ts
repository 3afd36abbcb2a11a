import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkTexts } from '../../server/src/engine';

const story = resolve(__dirname, '../../examples/tiktok-oracle');
const read = (name: string) => readFileSync(join(story, name), 'utf8');

/** The reference story once both articles carry a publication date in front matter. */
describe('the reference story with publication dates', () => {
  const dated = (name: string) => `---\npublished: 2020-09-14\nstory: tiktok-oracle\n---\n${read(name)}`;
  const [result] = checkTexts([
    { path: 'dated/cbr.article', text: dated('cbr-tiktok-oracle-partnership.article') },
    { path: 'dated/other.article', text: dated('bytedance-partners-tiktok.article') },
  ]);

  it('resolves "last month" and "late August" to August 2020, and they agree', () => {
    const values = (i: number, text: string) => result.documents[i].facts.dates.filter((d) => d.text === text).map((d) => d.value);
    assert.ok(
      values(0, 'last month').every((v) => v === '2020-08'),
      String(values(0, 'last month')),
    );
    assert.deepEqual(values(1, 'late August'), ['2020-08']);
    for (const d of result.documents) assert.ok(!d.findings.some((f) => f.code === 'date-mismatch'), 'no date-mismatch');
  });

  it('still reports exactly the three contradictions', () => {
    for (const d of result.documents) {
      assert.deepEqual(
        d.findings
          .filter((f) => f.severity === 'warning')
          .map((f) => f.code)
          .sort(),
        ['claim-polarity', 'quote-wording'],
      );
    }
  });
});
