import type { DateMention } from './types';

/** Comparisons of TIMEX3 date values, which several rules read: do two mentions name one time? */

const SEASON_MONTHS: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], AU: [9, 10, 11], WI: [12, 1, 2] };

/** Calendar values only: relative references (PAST_REF), durations and weekdays without their week are not comparable. */
export function calendarValue(d: DateMention): boolean {
  if (d.timexType !== 'DATE' || !d.value || !/^(?:\d{4}|XXXX)(?:-|$)/.test(d.value) || /^X+$/.test(d.value)) return false;
  return !/^XXXX-W/.test(d.value);
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
export function valuesAgree(a: string, b: string): boolean {
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

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, sun: 7 };

/** The weekday a mention names ("on Tuesday", "Tuesday, March 3"), 1 = Monday; null when it names none. */
export function namedWeekday(d: Pick<DateMention, 'text'>): number | null {
  const m = WEEKDAY.exec(d.text);
  return m ? WEEKDAY_NUMBER[m[1].toLowerCase()] : null;
}

/** The year a mention dates to: its own, or the year of the date it was resolved to; null when unknown. */
export function yearOf(d: DateMention): string | null {
  return /^\d{4}/.test(d.value ?? '') ? d.value!.slice(0, 4) : null;
}

/** Said relative to when the article was written ("on Saturday", "yesterday", "last week"). */
function relative(d: DateMention): boolean {
  return (
    !/\b\d{4}\b/.test(d.text) &&
    (namedWeekday(d) !== null ||
      /^(?:XXXX|PRESENT_REF|PAST_REF|FUTURE_REF)/.test(d.value ?? '') ||
      /\b(?:yesterday|today|tonight|tomorrow|last|this|next)\b/i.test(d.text))
  );
}

/** A span of years a statement gives ("from 2007 through 2014", "between 2010 and 2012"), or null. */
function yearSpan(text: string): [number, number] | null {
  const m = /\b(?:from|between)\s+((?:1[6-9]|20)\d{2})\s*(?:through|thru|to|until|and|-|–)\s*((?:1[6-9]|20)\d{2})\b/i.exec(text);
  return m && Number(m[2]) > Number(m[1]) ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Two statements count over different periods: one gives a span of years and the other one year
 * or another span ("the tax rate for 2014" / "from 2007 through 2014 … a tax rate of").
 */
export function differentPeriods(x: { text: string; dates: readonly DateMention[] }, y: { text: string; dates: readonly DateMention[] }): boolean {
  const [sx, sy] = [yearSpan(x.text), yearSpan(y.text)];
  if (!sx && !sy) return false;
  if (sx && sy) return sx[0] !== sy[0] || sx[1] !== sy[1];
  const other = sx ? y : x;
  return other.dates.some((d) => yearOf(d) !== null);
}

/**
 * Two statements are about different times: each gives a calendar year and none of one agrees
 * with any of the other, or one names a year outright and the other a day of the week it was
 * written in, of another year or of a year unknown ("in 2008, Klitschko stopped Thompson in the 11th
 * round" / "… in the sixth round on Saturday" tell two fights apart).
 */
export function differentTimes(x: readonly DateMention[], y: readonly DateMention[]): boolean {
  // One time both name (the same words, the same weekday, agreeing values) ties them, whatever else each dates.
  const agree = (a: DateMention, b: DateMention) =>
    a.text.toLowerCase() === b.text.toLowerCase() ||
    (namedWeekday(a) !== null && namedWeekday(a) === namedWeekday(b)) ||
    (calendarValue(a) && calendarValue(b) && valuesAgree(a.value!, b.value!));
  if (x.some((a) => y.some((b) => agree(a, b)))) return false;
  const years = (list: readonly DateMention[]) => list.filter((d) => calendarValue(d) && /\b\d{4}\b/.test(d.text));
  const [dx, dy] = [years(x), years(y)];
  if (dx.length && dy.length) return !dx.some((a) => dy.some((b) => valuesAgree(a.value!, b.value!)));
  const [explicit, other] = dx.length ? [dx, y] : [dy, x];
  if (!explicit.length) return false;
  const recent = other.filter(relative);
  return recent.length > 0 && recent.every((d) => !explicit.some((e) => yearOf(e) === yearOf(d)));
}

/**
 * One statement names only years before its article was published, the other no time at all: the
 * first tells the background ("In 2008, Klitschko stopped Thompson in the 11th round"), the other,
 * undated in a report of the day, the news ("Klitschko stops Thompson in 6th round"). An article
 * without a date is taken to be of its story's other source's day.
 */
export function backgroundAgainstNews(
  x: { dates: readonly DateMention[]; published: string | null },
  y: { dates: readonly DateMention[]; published: string | null },
): boolean {
  const past = (s: typeof x, fallback: string | null) => {
    const year = (s.published ?? fallback)?.slice(0, 4);
    const years = s.dates.filter((d) => calendarValue(d) && /\b\d{4}\b/.test(d.text));
    return !!year && years.length > 0 && years.every((d) => (yearOf(d) ?? year) < year);
  };
  return (past(x, y.published) && y.dates.length === 0) || (past(y, x.published) && x.dates.length === 0);
}
