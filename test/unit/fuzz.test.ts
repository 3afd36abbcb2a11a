import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, checkTexts } from '../../server/src/engine';
import { SHAPES } from './hostile-shapes';

/**
 * Issue 21: a fuzz target over the analysis and the story check, with texts built from the hostile
 * shapes (at random lengths), pieces of news and any Unicode, for a bounded time on every test run.
 * FUZZ_MS and FUZZ_SEED run it longer or elsewhere (fast-check prints the seed and the shrunk text
 * of a failure).
 */
const BUDGET_MS = Number(process.env.FUZZ_MS) || 4000;
const SEED = Number(process.env.FUZZ_SEED) || 2021;

const PIECES = [
  'Donald Trump',
  'Mr. Trump',
  'MSFT',
  'Microsoft Corp',
  'Smith said ',
  ', Smith said.',
  'according to Reuters',
  'said Jane Holloway',
  '“',
  '”',
  '"',
  '‘',
  '’',
  '«',
  '»',
  '—',
  '–',
  '-',
  '…',
  '.',
  ',',
  ':',
  '?',
  '!',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '   ',
  'September 15',
  'last month',
  '2020-09-14',
  '5,000',
  '$1.5 billion',
  'Mr.',
  'U.S.',
  'A',
  'AB',
  'ZZZZ',
  '😀',
  '\u202e',
  '\u001b[2J',
  '\ufeff',
  '---\n',
  'published: 2021-13-45\n',
  'story: s\n',
  'source: "\\e]0;x\\a"\n',
  'base: &a [x]\nlist: [*a, *a]\n',
];
const shape = fc.tuple(fc.constantFrom(...Object.keys(SHAPES)), fc.integer({ min: 1, max: 3000 })).map(([name, n]) => SHAPES[name](n));
const text = fc
  .array(
    fc.oneof(
      { arbitrary: shape, weight: 2 },
      { arbitrary: fc.constantFrom(...PIECES), weight: 5 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));
const withFrontMatter = fc.tuple(fc.boolean(), text).map(([fm, body]) => (fm ? `---\n${body.slice(0, 200)}\n---\n${body}` : body));

function checkSpan(t: string, span: { start: number; end: number; text?: string }, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= t.length,
    `${what}: inside the text`,
  );
  if (span.text !== undefined) assert.equal(t.slice(span.start, span.end), span.text, `${what}: text matches its offsets`);
}

/** Generous: ~10 times the slowest shape's rate (quotations every few words: ~35 µs a character, two documents). */
const budgetMs = (chars: number) => 500 + 0.4 * chars;

describe('fuzzing the analysis and the story check with hostile text', function () {
  this.timeout(BUDGET_MS * 3 + 60000);
  const options = { seed: SEED, numRuns: 100_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false };

  it('analyses any text without throwing, within its time budget, every span inside the text', () => {
    fc.assert(
      fc.property(withFrontMatter, (t) => {
        const started = performance.now();
        const facts = analyzeDocument('fuzz/a.article', t);
        const ms = performance.now() - started;
        assert.ok(ms < budgetMs(t.length), `${t.length} characters took ${ms.toFixed(0)} ms`);
        for (const span of [...facts.entities, ...facts.dates, ...facts.quotes, ...facts.sentences]) checkSpan(t, span, 'span');
        for (const p of facts.article.problems) checkSpan(t, p, 'front-matter problem');
      }),
      options,
    );
  });

  it('checks a story of any two texts without throwing, within its time budget, findings inside their texts', () => {
    fc.assert(
      fc.property(withFrontMatter, withFrontMatter, (a, b) => {
        const texts: Record<string, string> = { 'fuzz/a.article': a, 'fuzz/b.article': b };
        const started = performance.now();
        const stories = checkTexts(Object.entries(texts).map(([path, t]) => ({ path, text: t })));
        const ms = performance.now() - started;
        assert.ok(ms < budgetMs(a.length + b.length), `${a.length} + ${b.length} characters took ${ms.toFixed(0)} ms`);
        for (const d of stories.flatMap((s) => s.documents)) {
          for (const f of d.findings) {
            checkSpan(texts[d.path], f, 'finding');
            for (const r of f.related) checkSpan(texts[r.path], r, 'related');
          }
        }
      }),
      options,
    );
  });
});
