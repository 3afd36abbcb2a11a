import { strict as assert } from 'node:assert';
import { analyzeDocument, checkStory, clearTextCaches } from '../../server/src/engine';
import { SHAPES } from './hostile-shapes';

/**
 * Issue 21: whatever the input, one article's analysis (and its story's check) takes time linear
 * in its length. Each hostile shape is timed at 1 KB, 10 KB and 100 KB (and 1 MB where that stays
 * affordable in the test run); the test fails when ten times the text takes more than forty times
 * as long. A quadratic step makes that a hundred times; the slack absorbs a loaded machine.
 */
const SIZES = [1_000, 10_000, 100_000];
/** Shapes cheap enough (well under a second per megabyte) to be timed at 1 MB on every test run. */
const AT_A_MEGABYTE = new Set([
  'ticker',
  'capitals',
  'capitalsWithPeriods',
  'saidBeforeSpaces',
  'straightQuotes',
  'digitsWithCommas',
  'dashes',
  'emDashes',
  'spaces',
  'oneLongWord',
]);
const GROWTH_LIMIT = 40;
/** Below this, a time is mostly fixed costs and timer noise: ratios are taken from this floor. */
const FLOOR_MS = 25;

/** Milliseconds to analyse a text as two sources of one story and check the story: the best of `runs`. */
function timeOf(text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    clearTextCaches();
    const started = performance.now();
    checkStory([analyzeDocument('budget/a.article', text), analyzeDocument('budget/b.article', text)]);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('time budget of the analysis on hostile text', function () {
  this.timeout(300000);
  before(() => timeOf(SHAPES.saidRepeated(5_000), 1));

  for (const [name, make] of Object.entries(SHAPES)) {
    it(`grows linearly: ${name}`, () => {
      const sizes = AT_A_MEGABYTE.has(name) ? [...SIZES, 1_000_000] : SIZES;
      const times: number[] = [];
      // Size by size, so that a super-linear shape fails before the next size takes minutes.
      for (const [i, n] of sizes.entries()) {
        times.push(timeOf(make(n), n >= 1_000_000 ? 1 : 2));
        if (i === 0) continue;
        const growth = times[i] / Math.max(times[i - 1], FLOOR_MS);
        const report = times.map((t, j) => `${sizes[j] / 1000} KB ${t.toFixed(0)} ms`).join(', ');
        assert.ok(growth < GROWTH_LIMIT, `${name}: ${report}: x${growth.toFixed(0)} from ${sizes[i - 1] / 1000} to ${n / 1000} KB`);
      }
    });
  }
});
