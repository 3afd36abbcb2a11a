import type { AlignedPair } from '../story/align';
import type { DateMention } from '../types';
import type { Conflict, Rule, RuleContext } from './types';

const SEASON_MONTHS: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], AU: [9, 10, 11], WI: [12, 1, 2] };

/** Calendar values only: relative references (PAST_REF) and durations are not comparable. */
export function comparable(d: DateMention): boolean {
  if (d.timexType !== 'DATE' || !d.value || !/^(?:\d{4}|XXXX)(?:-|$)/.test(d.value) || /^X+$/.test(d.value)) return false;
  // A weekday without its date is relative to a week the article does not give; a month named
  // without its year is still that month ("in September" and "in April" cannot date one event).
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

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, sun: 7 };

/** The weekday a mention names ("on Tuesday", "Tuesday, March 3"), 1 = Monday; null when it names none. */
export function namedWeekday(d: DateMention): number | null {
  const m = WEEKDAY.exec(d.text);
  return m ? WEEKDAY_NUMBER[m[1].toLowerCase()] : null;
}

/** Mentions that can be compared: calendar values, or a weekday named outright. */
function usable(d: DateMention): boolean {
  return (d.timexType === 'DATE' && comparable(d)) || ((d.timexType === 'DATE' || d.timexType === 'TIME') && namedWeekday(d) !== null);
}

/** Do two mentions of one event disagree? Weekdays by name (they do not depend on the week the article was written), else resolved values. */
export function datesConflict(x: DateMention, y: DateMention): boolean {
  // The same words: any difference in value comes from different publication dates, not from the writers.
  if (x.text.toLowerCase() === y.text.toLowerCase()) return false;
  const wx = namedWeekday(x);
  const wy = namedWeekday(y);
  if (wx !== null && wy !== null) return wx !== wy;
  if (!comparable(x) || !comparable(y)) return false;
  // A weekday resolved against one article's date is not compared with a calendar date of another.
  if ((wx !== null) !== (wy !== null) && (/^XXXX/.test(x.value!) || /^XXXX/.test(y.value!))) return false;
  return !datesAgree(x.value!, y.value!);
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);

/**
 * Reports of a recurring event on different days ("results of games played on Thursday" one day,
 * "… on Friday" the next): the two dates lie as far apart as the two articles.
 */
export function shiftedWithArticles(x: DateMention, y: DateMention, publishedX: string | null, publishedY: string | null): boolean {
  if (!publishedX || !publishedY || publishedX === publishedY) return false;
  const shift = dayNumber(publishedY) - dayNumber(publishedX);
  const full = (d: DateMention) => /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? '');
  if (full(x) && full(y)) return dayNumber(y.value!) - dayNumber(x.value!) === shift;
  const wx = namedWeekday(x);
  const wy = namedWeekday(y);
  return wx !== null && wy !== null && (((wy - wx - shift) % 7) + 7) % 7 === 0;
}

/** A weekday named without its calendar date ("on Friday", not "Friday, March 3, 2021"). */
function weekdayOnly(d: DateMention): boolean {
  return namedWeekday(d) !== null && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.]\d{1,2}\b/i.test(d.text);
}

/** Days between two dates with day precision (a missing year is taken from the other), else null. */
function daysApart(x: DateMention, y: DateMention): number | null {
  const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;
  const mx = day.exec(x.value ?? '');
  const my = day.exec(y.value ?? '');
  if (!mx || !my || namedWeekday(x) !== null || namedWeekday(y) !== null) return null;
  const year = mx[1] !== 'XXXX' ? mx[1] : my[1] !== 'XXXX' ? my[1] : '2001';
  const iso = (m: RegExpExecArray) => `${m[1] === 'XXXX' ? year : m[1]}-${m[2]}-${m[3]}`;
  return Math.abs(dayNumber(iso(mx)) - dayNumber(iso(my)));
}

/**
 * The mentions of each side no mention of the other settles, each settling one: the same words
 * first, then agreeing values. One to one, so a repeated year ("in 2007 and 2006, … the 2007 host")
 * or a value of unknown year ("XXXX-H2" agrees with any year) does not settle a changed one.
 */
function unmatched(da: DateMention[], db: DateMention[]): { ra: DateMention[]; rb: DateMention[] } {
  const ra = [...da];
  const rb = [...db];
  const settle = (same: (x: DateMention, y: DateMention) => boolean) => {
    for (let i = 0; i < ra.length; ) {
      const j = rb.findIndex((y) => same(ra[i], y));
      if (j < 0) i++;
      else {
        ra.splice(i, 1);
        rb.splice(j, 1);
      }
    }
  };
  settle((x, y) => x.text.toLowerCase() === y.text.toLowerCase());
  settle((x, y) => comparable(x) && comparable(y) && !datesConflict(x, y) && datesAgree(x.value!, y.value!));
  return { ra, rb };
}

function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const inside = (path: string, s: { start: number; end: number }) => ctx.doc(path).dates.filter((d) => d.start >= s.start && d.end <= s.end && usable(d));
  const da = inside(pair.a.path, pair.a);
  const db = inside(pair.b.path, pair.b);
  if (!da.length || !db.length) return [];
  // Dates one side shares with the other are settled; one left over on each side is the same date given differently.
  const { ra, rb } = unmatched(da, db);
  if (ra.length !== 1 || rb.length !== 1) return [];
  const [x] = ra;
  const [y] = rb;
  const publishedA = ctx.doc(pair.a.path).published;
  const publishedB = ctx.doc(pair.b.path).published;
  if (!datesConflict(x, y) || shiftedWithArticles(x, y, publishedA, publishedB)) return [];
  const oneText = ctx.sameText?.(pair.a.path, pair.b.path) ?? false;
  // A weekday is relative to the week the article was written: without both publication dates
  // (or one text written once) two reports' weekdays may name different days of one running story.
  if (!oneText && weekdayOnly(x) && weekdayOnly(y) && (!publishedA || !publishedB)) return [];
  // Days one apart are one moment in two time zones ("late Saturday" in New York is Sunday in Bern).
  if (!oneText && daysApart(x, y) === 1) return [];
  const show = (d: DateMention) => (d.value && !/^XXXX-WXX/.test(d.value) ? `“${d.text}” (${d.value})` : `“${d.text}”`);
  return [
    {
      code: 'date-mismatch',
      a: { path: pair.a.path, start: x.start, end: x.end },
      b: { path: pair.b.path, start: y.start, end: y.end },
      message: (here, other) => (here === 'a' ? `${show(x)} here, but ${show(y)} in ${other}.` : `${show(y)} here, but ${show(x)} in ${other}.`),
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
