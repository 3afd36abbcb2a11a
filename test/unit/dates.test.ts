import assert from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractDates } from '../../server/src/engine/extract/dates';

function run(sentence: string, published: string | null) {
  const text = published ? `---\npublished: ${published}\n---\n${sentence}\n` : sentence;
  return extractDates(parseArticle('t.article', text));
}

describe('extractDates', () => {
  const positives: Array<[string, string | null, string, string | null]> = [
    ['With the September 15 deadline looming', null, 'September 15', 'XXXX-09-15'],
    ['Rules introduced last month.', '2020-09-14', 'last month', '2020-08'],
    ['New rules in late August.', '2020-09-14', 'late August', '2020-08'],
    ['TikTok arrived in the U.S. in August 2018.', null, 'August 2018', '2018-08'],
    ['It has risen over the last 18 months.', null, 'the last 18 months', 'P18M'],
  ];
  for (const [sentence, published, text, value] of positives) {
    it(`${JSON.stringify(text)} in ${JSON.stringify(sentence)} (${published}) → ${value}`, () => {
      const found = run(sentence, published).find((d) => d.text === text);
      assert.ok(found, `not found; got ${JSON.stringify(run(sentence, published).map((d) => d.text))}`);
      assert.strictEqual(found.value, value);
    });
  }
});
