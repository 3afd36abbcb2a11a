import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { numberWordValue, quantitiesOf } from '../../server/src/engine/rules/number-mismatch/quantities';
import { statementsOf } from '../../server/src/engine/story/statements';
import { comparableWords } from '../../server/src/engine/story/wording';
import { SpanIndex } from '../../server/src/engine/spans';
import { regionalSpelling, typoDistance } from '../../server/src/engine/story/link';
import { tokenize } from '../../server/src/engine/text';

describe('typoDistance (edit distance with swaps)', () => {
  const table: Array<[string, string, number]> = [
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ca', 'ac', 1],
    ['parnevik', 'parnevick', 1],
    ['tiktok', 'tictoc', 2],
    ['geroge', 'george', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ];
  for (const [a, b, d] of table) it(`${a || '∅'} / ${b || '∅'} = ${d}`, () => assert.equal(typoDistance(a, b), d));

  it('is symmetric, zero only for equal strings, and never above the plain edit distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = typoDistance(a, b);
        assert.equal(d, typoDistance(b, a));
        assert.equal(d === 0, a === b);
        assert.ok(d <= distance(a, b) && d >= Math.ceil(distance(a, b) / 2));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The wording of a text's first sentence, as the story check reads it. */
function wordingOf(text: string) {
  const d = analyzeDocument('x.article', text);
  return statementsOf({ path: d.path, text: d.article.text, sentences: d.sentences, quotes: d.quotes, entities: d.entities, dates: d.dates })[0].wording;
}

describe('words that are also names of JavaScript properties', () => {
  const tok = (w: string) => tokenize(w)[0];
  it('"constructor" is neither a number nor an irregular verb', () => {
    assert.equal(numberWordValue(tok('constructor').norm), null);
    const w = wordingOf('The constructor said so.');
    assert.equal(w.lemmas[1], tok('constructor').stem);
    assert.deepEqual(quantitiesOf(w), []);
  });
  it('"constructor" and "toString" in a quotation are words to compare, not functions', () => {
    assert.deepEqual(comparableWords(tokenize("the constructor's toString didn't")), ['constructor', 'tostring', 'did', 'not']);
  });
  it('number words and irregular verbs still read', () => {
    assert.equal(numberWordValue('twenty-one'), 21);
    assert.deepEqual(
      quantitiesOf(wordingOf('They sent 4,000 troops.')).map((q) => q.value),
      [4000],
    );
    assert.equal(numberWordValue('20-year'), null);
    const [sold, sells] = [wordingOf('Acme sold the plant.'), wordingOf('Acme sells the plant.')];
    assert.equal(sold.lemmas[1], sells.lemmas[1]);
  });
  it('respells British forms the same way twice', () => {
    assert.equal(regionalSpelling('centre of labour'), 'center of labor');
    assert.equal(regionalSpelling('centre of labour'), 'center of labor');
  });
});

describe('SpanIndex', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 3, end: 40 },
    { start: 10, end: 12 },
    { start: 12, end: 20 },
    { start: 30, end: 31 },
  ];
  const index = new SpanIndex(spans);
  it('finds overlapping and inner spans as a scan would', () => {
    fc.assert(
      fc.property(fc.nat(45), fc.nat(45), (x, y) => {
        const [s, e] = x <= y ? [x, y] : [y, x];
        assert.deepEqual(
          index.overlapping(s, e),
          spans.filter((p) => p.start < e && p.end > s),
        );
        assert.deepEqual(
          index.inside(s, e),
          spans.filter((p) => p.start >= s && p.end <= e && p.start < e),
        );
      }),
    );
  });
});
