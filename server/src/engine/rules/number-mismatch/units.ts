import { stemOf } from '../../text';
import type { Quantity } from './quantities';

/**
 * Units of measure a report may give in either system ("a 170,000-square-foot building" / "a
 * 15,800-square-metre building"): what each measures and its size in SI units, by the stem
 * quantities.ts reads as a unit. The sizes are the units' definitions. Left out: temperatures (not
 * proportional), pounds (money too), "m" and "mm" (millions too) and tons (short or metric).
 */
const UNITS: ReadonlyArray<[dimension: string, size: number, words: string[]]> = [
  ['length', 1609.344, ['mile']],
  ['length', 1000, ['kilometre', 'kilometer', 'km']],
  ['length', 1, ['metre', 'meter']],
  ['length', 0.9144, ['yard']],
  ['length', 0.3048, ['foot', 'feet', 'ft']],
  ['length', 0.0254, ['inch']],
  ['length', 0.01, ['centimetre', 'centimeter', 'cm']],
  ['length', 0.001, ['millimetre', 'millimeter']],
  ['area', 4046.8564224, ['acre']],
  ['area', 10_000, ['hectare']],
  ['mass', 1, ['kilogram', 'kg']],
  ['mass', 0.001, ['gram']],
  ['mass', 0.45359237, ['lb']],
  ['mass', 0.028349523125, ['ounce']],
  ['mass', 1000, ['tonne']],
  ['volume', 0.003785411784, ['gallon']],
  ['volume', 0.001, ['litre', 'liter']],
];

interface Measure {
  dimension: string;
  /** Size of one unit in SI units. */
  size: number;
}

const BY_STEM = new Map<string, Measure>(UNITS.flatMap(([dimension, size, words]) => words.map((w): [string, Measure] => [stemOf(w), { dimension, size }])));
const SQUARE = stemOf('square');
const CUBIC = stemOf('cubic');

/** What a unit measures and its size, null for a unit that is no measure ("officer", "year"). "squar-foot" is an area. */
export function measureOf(unit: string): Measure | null {
  const dash = unit.indexOf('-');
  if (dash < 0) return BY_STEM.get(unit) ?? null;
  const [power, rest] = [unit.slice(0, dash), unit.slice(dash + 1)];
  const linear = BY_STEM.get(rest);
  if (linear?.dimension !== 'length' || (power !== SQUARE && power !== CUBIC)) return null;
  return power === SQUARE ? { dimension: 'area', size: linear.size ** 2 } : { dimension: 'volume', size: linear.size ** 3 };
}

/**
 * How far a written figure may stand from the exact one: half its last digit's place ("5.4" 0.05,
 * "91" 0.5), and from a thousand up, half the place of its last digit other than zero ("170,000" may
 * be rounded to the ten thousand; "10" is as likely exact as not).
 */
function roundingOf(value: number): number {
  let place = 1;
  while (place > 1e-6 && Math.abs(value / place - Math.round(value / place)) > 1e-9) place /= 10;
  if (Math.abs(value) >= 1000) while (place * 10 <= Math.abs(value) && Math.abs(value / (place * 10) - Math.round(value / (place * 10))) < 1e-9) place *= 10;
  return place / 2;
}

/**
 * Whether one written figure is the other rounded ("35.7 percent" / "36 percent", "$3.57 billion" /
 * "$3.6 billion"). The coarser must keep two significant digits: "5,000" against "4,500" is as
 * likely another figure as a rounding.
 */
export function roundedAlike(a: Quantity, b: Quantity): boolean {
  if (a.bound !== 'exact' || b.bound !== 'exact' || a.upper !== a.value || b.upper !== b.value) return false;
  const [coarse, fine] = roundingOf(a.value) >= roundingOf(b.value) ? [a, b] : [b, a];
  const step = 2 * roundingOf(coarse.value);
  if (step <= 2 * roundingOf(fine.value) || Math.abs(coarse.value) < 10 * step) return false;
  return Math.abs(fine.value - coarse.value) <= (step / 2) * (1 + 1e-9);
}

/** Share by which two conversions of one figure may differ beyond rounding. */
const CONVERSION_SLACK = 0.05;

/**
 * Two quantities in different units of one dimension, and whether they agree once converted: "15,800
 * square metres" is 170,070 square feet, "170,000" rounded. Null when the units cannot be converted.
 */
export function sameMeasured(a: Quantity, b: Quantity): boolean | null {
  const [ma, mb] = [measureOf(a.unit), measureOf(b.unit)];
  if (!ma || !mb || ma.dimension !== mb.dimension || a.unit === b.unit) return null;
  if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return null;
  const agrees = (x: Quantity, mx: Measure, y: Quantity, my: Measure) => {
    const converted = (x.value * mx.size) / my.size;
    return Math.abs(converted - y.value) <= Math.max(roundingOf(y.value), CONVERSION_SLACK * Math.max(Math.abs(converted), Math.abs(y.value)));
  };
  return agrees(a, ma, b, mb) || agrees(b, mb, a, ma);
}
