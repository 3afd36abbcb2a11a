import { strict as assert } from 'node:assert';
import type { Quantity } from '../../server/src/engine/rules/number-mismatch/quantities';
import { measureOf, sameMeasured } from '../../server/src/engine/rules/number-mismatch/units';
import { stemOf } from '../../server/src/engine/text';

/** Measures in two systems of units: converted, with a figure's rounding allowed. */

/** A quantity of `value` in the unit a report writes as `words` ("square feet"), stemmed as quantities.ts stems units. */
function measured(value: number, words: string): Quantity {
  const unit = words.split(' ').map(stemOf).join('-');
  return { value, upper: value, unit, kind: 'count' } as Quantity;
}

describe('units of measure (number-mismatch)', () => {
  const agree: Array<[number, string, number, string]> = [
    [170_000, 'square feet', 15_800, 'square metres'],
    [26.2, 'miles', 42.195, 'kilometres'],
    [300, 'feet', 91, 'meters'],
    [1, 'mile', 2, 'km'],
    [500, 'acres', 202, 'hectares'],
    [12, 'lb', 5.4, 'kilograms'],
    [10, 'gallons', 38, 'litres'],
  ];
  for (const [x, ux, y, uy] of agree)
    it(`${x} ${ux} is ${y} ${uy}`, () => {
      assert.equal(sameMeasured(measured(x, ux), measured(y, uy)), true);
      assert.equal(sameMeasured(measured(y, uy), measured(x, ux)), true);
    });

  const differ: Array<[number, string, number, string]> = [
    [10, 'miles', 25, 'kilometres'],
    [10, 'miles', 15, 'kilometres'],
    [500, 'acres', 300, 'hectares'],
    [170_000, 'square feet', 25_000, 'square metres'],
  ];
  for (const [x, ux, y, uy] of differ) it(`${x} ${ux} is not ${y} ${uy}`, () => assert.equal(sameMeasured(measured(x, ux), measured(y, uy)), false));

  const notConverted: Array<[number, string, number, string, string]> = [
    [5, 'miles', 5, 'miles', 'one unit'],
    [5, 'miles', 5, 'kilograms', 'two dimensions'],
    [5, 'officers', 5, 'guards', 'no measures'],
    [12, 'pounds', 5, 'kilograms', 'pounds, which are money too'],
    [3, 'square officers', 3, 'square metres', 'a square of no length'],
  ];
  for (const [x, ux, y, uy, why] of notConverted) it(`does not convert ${why}`, () => assert.equal(sameMeasured(measured(x, ux), measured(y, uy)), null));

  it('reads square and cubic units as areas and volumes', () => {
    assert.equal(measureOf(measured(1, 'square feet').unit)?.dimension, 'area');
    assert.equal(measureOf(measured(1, 'cubic meters').unit)?.dimension, 'volume');
    assert.equal(measureOf(measured(1, 'square').unit), null);
  });
});
