import type { AlignedPair } from '../story/align';
import type { DateMention } from '../types';
import type { Conflict, Rule, RuleContext } from './types';

const SEASON_MONTHS: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], AU: [9, 10, 11], WI: [12, 1, 2] };

/** Calendar values only: relative references (PAST_REF) and durations are not comparable. */
export function comparable(d: DateMention): boolean {
  if (d.timexType !== 'DATE' || !d.value || !/^(?:\d{4}|XXXX)(?:-|$)/.test(d.value) || /^X+$/.test(d.value)) return false;
  // A weekday or month without its year is relative to a date the article does not give.
  return !/^XXXX-W/.test(d.value) && !/^XXXX-\d{2}$/.test(d.value);
}

function monthsOf(part: string): number[] | null {
  if (/^\d{2}$/.test(part)) return [Number(part)];
  if (part in SEASON_MONTHS) return SEASON_MONTHS[part];
  const q = /^Q([1-4])$/.exec(part);
  if (q) return [1, 2, 3].map((m) => (Number(q[1]) - 1) * 3 + m);
  const h = /^H([12])$/.exec(part);
  if (h) return [1, 2, 3, 4, 5, 6].map((m) => (Number(h[1]) - 1) * 6 + m);
  return null;
}

/** Same date, or one refines the other (2018 / 2018-08, 2020-SU / 2020-07); X is unknown, not different. */
export function datesAgree(a: string, b: string): boolean {
  const pa = a.split(/[-T]/);
  const pb = b.split(/[-T]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y || /^X+$/.test(x) || /^X+$/.test(y)) continue;
    if (i === 1) {
      const mx = monthsOf(x);
      const my = monthsOf(y);
      if (mx && my && mx.some((m) => my.includes(m))) {
        if (mx.length > 1 || my.length > 1) return true;
        continue;
      }
      // Weeks are compared no further.
      if (x.startsWith('W') || y.startsWith('W')) return true;
    }
    return false;
  }
  return true;
}

function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const inside = (path: string, s: { start: number; end: number }) =>
    ctx.doc(path).dates.filter((d) => d.start >= s.start && d.end <= s.end && comparable(d));
  const da = inside(pair.a.path, pair.a);
  const db = inside(pair.b.path, pair.b);
  if (da.length !== 1 || db.length !== 1) return [];
  const [x] = da;
  const [y] = db;
  if (datesAgree(x.value!, y.value!)) return [];
  return [
    {
      code: 'date-mismatch',
      a: { path: pair.a.path, start: x.start, end: x.end },
      b: { path: pair.b.path, start: y.start, end: y.end },
      message: (here, other) =>
        here === 'a' ? `“${x.text}” (${x.value}) here, but “${y.text}” (${y.value}) in ${other}.` : `“${y.text}” (${y.value}) here, but “${x.text}” (${x.value}) in ${other}.`,
      data: { a: x.value, b: y.value },
    },
  ];
}

/** The same event dated differently. */
export const dateMismatch: Rule = {
  code: 'date-mismatch',
  title: 'Different date',
  description:
    'Another source dates the same event differently, comparing resolved dates: "2018" and "August 2018" agree; a relative date in an article without a publication date is never compared as if it were a known day.',
  defaultSeverity: 'warning',
  checkQuotePair: check,
  checkSentencePair: check,
};
