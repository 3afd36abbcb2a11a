import { strict as assert } from 'node:assert';
import { defaultDataDir, figure, HALF_LABEL, HALVES, listSets, ROWS, scoreSet, type SetScore } from '../../bench/accuracy';

/**
 * Regression guard on the development sets: fails when accuracy drops below what was reached, on
 * the whole set and on each half (the rules are tuned on the odd-numbered documents; the
 * even-numbered ones are held out, see bench/accuracy.ts). The floors are the measured figures
 * less about 0.005. Skips (and says so) where ../shared/data is absent, as in a user's own clone.
 */
const FLOORS: Record<string, { all: number; tuned: number; heldOut: number }> = {
  'conll-dev:entities_exact_prf': { all: 0.938, tuned: 0.947, heldOut: 0.926 },
  'conll-dev:entities_person_prf': { all: 0.956, tuned: 0.961, heldOut: 0.95 },
  'conll-dev:entities_organization_prf': { all: 0.902, tuned: 0.922, heldOut: 0.874 },
  'conll-dev:entities_place_prf': { all: 0.946, tuned: 0.952, heldOut: 0.94 },
  'timebank:dates_detect_prf': { all: 0.928, tuned: 0.94, heldOut: 0.916 },
  'timebank:dates_value_acc': { all: 0.908, tuned: 0.911, heldOut: 0.904 },
  'polnear-dev:quotes_detect_prf': { all: 0.954, tuned: 0.965, heldOut: 0.942 },
  'polnear-dev:quotes_speaker_acc': { all: 0.877, tuned: 0.885, heldOut: 0.869 },
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
  for (const [key, floors] of Object.entries(FLOORS)) {
    const [set, metric] = key.split(':');
    if (!sets.includes(set)) continue;
    const row = ROWS.find((r) => r.set === set && r.key === metric)!;
    it(`${row.label} on ${set} stays ≥ ${floors.all}`, () => {
      const value = figure(scores.get(set)!.engine, metric, row.index);
      assert.ok(value !== undefined && value >= floors.all, `${row.label}: ${value} < ${floors.all}`);
    });
    for (const half of HALVES) {
      it(`${row.label} on the ${HALF_LABEL[half]} of ${set} stays ≥ ${floors[half]}`, () => {
        const value = figure(scores.get(set)!.engineHalves[half], metric, row.index);
        assert.ok(value !== undefined && value >= floors[half], `${row.label} (${half}): ${value} < ${floors[half]}`);
      });
    }
  }
  for (const [set, max] of Object.entries(UNRELATED_DIAGNOSTICS_MAX)) {
    if (!sets.includes(set)) continue;
    it(`at most ${max} diagnostics on the unrelated articles of ${set}`, () => {
      const value = scores.get(set)!.engine.diagnostics_on_unrelated_docs as number;
      assert.ok(value <= max, `${value} diagnostics`);
    });
  }
});
