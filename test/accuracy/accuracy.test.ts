import { strict as assert } from 'node:assert';
import { defaultDataDir, figure, listSets, ROWS, scoreSet, type SetScore } from '../../bench/accuracy';

/**
 * Regression guard on the development sets: fails when accuracy drops below what was reached.
 * The floors are the measured figures less 0.01, never below the targets. Skips
 * (and says so) where ../shared/data is absent, as in a user's own clone.
 */
const FLOORS: Record<string, number> = {
  'conll-dev:entities_exact_prf': 0.89,
  'timebank:dates_detect_prf': 0.91,
  'timebank:dates_value_acc': 0.87,
  'polnear-dev:quotes_detect_prf': 0.95,
  'polnear-dev:quotes_speaker_acc': 0.86,
};
/** Cross-source diagnostics allowed on a folder of (mostly) unrelated articles. */
const UNRELATED_DIAGNOSTICS_MAX: Record<string, number> = { 'conll-dev': 3 };

describe('accuracy on the development sets', function () {
  this.timeout(600000);
  const dataDir = defaultDataDir();
  const sets = listSets(dataDir).filter((s) => ROWS.some((r) => r.set === s));
  if (sets.length === 0) {
    it(`skipped: no annotated data at ${dataDir}`, function () {
      this.skip();
    });
    return;
  }
  const scores = new Map<string, SetScore>();
  before(() => {
    for (const s of sets) scores.set(s, scoreSet(dataDir, s, { baseline: false }));
  });
  for (const [key, floor] of Object.entries(FLOORS)) {
    const [set, metric] = key.split(':');
    if (!sets.includes(set)) continue;
    const row = ROWS.find((r) => r.set === set && r.key === metric)!;
    it(`${row.label} on ${set} stays ≥ ${floor}`, () => {
      const value = figure(scores.get(set)!.engine, metric, row.index);
      assert.ok(value !== undefined && value >= floor, `${row.label}: ${value} < ${floor}`);
    });
  }
  for (const [set, max] of Object.entries(UNRELATED_DIAGNOSTICS_MAX)) {
    if (!sets.includes(set)) continue;
    it(`at most ${max} diagnostics on the unrelated articles of ${set}`, () => {
      const value = scores.get(set)!.engine.diagnostics_on_unrelated_docs as number;
      assert.ok(value <= max, `${value} diagnostics`);
    });
  }
});
