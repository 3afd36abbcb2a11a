import { strict as assert } from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractTitleMentions } from '../../server/src/engine/extract/titles';
import type { EntityMention } from '../../server/src/engine/types';

/** Person mentions as the entity extractor would give them, found by their text. */
function people(text: string, names: string[]): EntityMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type: 'person' as const, id: `person:${name.toLowerCase()}`, name };
  });
}

/** [text, people named, expected "the <Title>" mentions and who they are] */
const CASES: Array<[string, string[], Array<[string, string]>]> = [
  ['President Ana Silva spoke first. Later the President left.', ['Ana Silva'], [['the President', 'Ana Silva']]],
  ['Prime Minister Jo Kerr met Governor Li Wei. The Prime Minister said little.', ['Jo Kerr', 'Li Wei'], [['The Prime Minister', 'Jo Kerr']]],
  // Generic office, a title before its holder is named, a title given to two people, a longer name.
  ['President Ana Silva spoke. The president of the club left.', ['Ana Silva'], []],
  ['The President arrived. President Ana Silva spoke.', ['Ana Silva'], []],
  ['President Ana Silva met President Tom Roe. The President smiled.', ['Ana Silva', 'Tom Roe'], []],
  ['President Ana Silva spoke. The President Hotel was full.', ['Ana Silva'], []],
];

describe('title mentions ("the President")', () => {
  for (const [text, names, expected] of CASES) {
    it(`${expected.length ? 'links' : 'leaves alone'}: ${text}`, () => {
      const found = extractTitleMentions(parseArticle('t/a.article', text), people(text, names));
      assert.deepEqual(
        found.map((m) => [m.text, m.name]),
        expected,
      );
      for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
});
