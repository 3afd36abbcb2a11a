import type { Token } from './text';

/** Quantities in a statement: a value, whether it is approximate, and what it counts. */
export interface Quantity {
  value: number;
  approximate: boolean;
  /** Stem of the counted noun or unit ("troop", "percent", "$"), '' when none follows. */
  unit: string;
  start: number;
  end: number;
  text: string;
}

/** Maps, not objects: "constructor" is a word of the text too. */
const SMALL = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
}));
const SCALE = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 }));
const APPROX = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'more', 'less', 'fewer', 'least', 'up', 'under', 'estimated', 'than', 'most', 'several']);
const CURRENCY: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const UNIT_ALIASES = new Map<string, string>(Object.entries({ '%': 'percent', pct: 'percent', 'per cent': 'percent', dollar: 'usd', euro: 'eur', pound: 'gbp' }));

export function numberValue(t: Token): number | null {
  const small = SMALL.get(t.norm);
  if (small !== undefined) return small;
  const first = t.norm.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^\d[\d,]*(?:\.\d+)?$/.test(t.norm) ? Number(t.norm.replace(/,/g, '')) : null;
  if (!t.norm.includes('-')) return null;
  const hyphen = /^(\w+)-(\w+)$/.exec(t.norm);
  if (!hyphen) return null;
  const tens = SMALL.get(hyphen[1]);
  const units = SMALL.get(hyphen[2]);
  return tens !== undefined && units !== undefined ? tens + units : null;
}

/**
 * Numbers with their units. `text` is the segment's text starting at document offset `offset`;
 * spans listed in `skip` (dates, names) hold no quantities.
 */
export function quantities(tokens: Token[], text: string, offset: number, skip: Array<{ start: number; end: number }>): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value = numberValue(t);
    if (value === null || skip.some((s) => t.start < s.end && t.end > s.start)) continue;
    // "one" is mostly a pronoun ("one of the"), and a lone small digit is often a stray footnote.
    if (t.norm === 'one' || (t.norm === 'a' && !tokens[i + 1])) continue;
    let end = t.end;
    let k = i + 1;
    // Thousands separators split a number into tokens ("4,000" is "4" and "000").
    if (/^\d{1,3}$/.test(t.norm)) {
      while (k < tokens.length && /^\d{3}(?:\.\d+)?$/.test(tokens[k].norm) && tokens[k].start === end + 1 && text[end - offset] === ',') {
        value = value * 1000 + Number(tokens[k].norm);
        end = tokens[k].end;
        k++;
      }
    }
    while (k < tokens.length && SCALE.has(tokens[k].norm)) {
      value *= SCALE.get(tokens[k].norm)!;
      end = tokens[k].end;
      k++;
    }
    const before = text.slice(Math.max(0, t.start - offset - 4), t.start - offset);
    const currency = Object.keys(CURRENCY).find((c) => before.trimEnd().endsWith(c));
    let unit = currency ? CURRENCY[currency] : '';
    if (text[end - offset] === '%') unit = 'percent';
    else if (!unit && k < tokens.length && tokens[k].start - end <= 1) unit = UNIT_ALIASES.get(tokens[k].norm) ?? tokens[k].stem;
    // Years and bare numbers say nothing comparable.
    if (!unit || (/^\d{4}$/.test(t.norm) && value >= 1800 && value <= 2100)) continue;
    const prev = tokens.slice(Math.max(0, i - 2), i).map((p) => p.norm);
    const approximate = prev.some((p) => APPROX.has(p)) || /~|\+$/.test(before);
    out.push({ value, approximate, unit, start: currency ? t.start - 1 : t.start, end, text: text.slice((currency ? t.start - 1 : t.start) - offset, end - offset) });
    i = k - 1;
  }
  return out;
}

/** Equal, or within what "about" allows. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.value === b.value) return true;
  if (!a.approximate && !b.approximate) return false;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= big * 0.15;
}
