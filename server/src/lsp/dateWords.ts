/**
 * A date's TIMEX3 value as an editor would say it: "Wednesday, 6 April 2011 (the day before
 * publication)", "September 2020", "a Friday, week unknown (no publication date)". Hover cards
 * show this; the value itself stays in the JSON report.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const QUARTERS = ['first', 'second', 'third', 'fourth'];
const PARTS_OF_DAY: Record<string, string> = { MO: 'the morning', AF: 'the afternoon', EV: 'the evening', NI: 'the night' };
const REFERENCES: Record<string, string> = {
  PRESENT_REF: 'the present, as of writing',
  PAST_REF: 'some time in the past',
  FUTURE_REF: 'some time in the future',
};
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second', DE: 'decade', CE: 'century' };
const DAY_MS = 86_400_000;
const NO_PUBLICATION = '(no publication date)';

export interface DatedValue {
  value: string | null;
  /** The publication date relative expressions were resolved against (ISO day), null when unknown. */
  anchor: string | null;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const weekdayOf = (day: Date) => WEEKDAYS[(day.getUTCDay() + 6) % 7];
const dayWords = (day: Date) => `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;

/** "the day before publication", "3 days after publication": how far a day is from the publication date, when it is near. */
function fromPublication(day: Date, anchor: string | null): string {
  const a = anchor && /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor);
  if (!a) return '';
  const days = Math.round((day.getTime() - utc(+a[1], +a[2], +a[3]).getTime()) / DAY_MS);
  if (days === 0) return ' (the day of publication)';
  if (Math.abs(days) === 1) return ` (the day ${days < 0 ? 'before' : 'after'} publication)`;
  return Math.abs(days) <= 14 ? ` (${Math.abs(days)} days ${days < 0 ? 'before' : 'after'} publication)` : '';
}

/** A day, week, month, season, quarter, year, decade or century of the calendar; null for what is none of them. */
function calendarWords(value: string, anchor: string | null): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const day = utc(+m[1], +m[2], +m[3]);
    return `${weekdayOf(day)}, ${dayWords(day)}${fromPublication(day, anchor)}`;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    // ISO week: the one holding the year's first Thursday is week 1.
    const jan4 = utc(+m[1], 1, 4);
    const monday = new Date(jan4.getTime() + ((+m[2] - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * DAY_MS);
    if (!m[3]) return `the week of Monday, ${dayWords(monday)}`;
    return `the weekend of Saturday, ${dayWords(new Date(monday.getTime() + 5 * DAY_MS))}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `the ${QUARTERS[+m[2] - 1]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1];
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${ordinal(+m[1] + 1)} century`;
  return null;
}

/** What a year-less value (the article gives no publication date) can still say. */
function yearlessWords(value: string): string | null {
  let m = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${+m[2]} ${MONTHS[+m[1] - 1]}, year unknown ${NO_PUBLICATION}`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(value))) return `a ${WEEKDAYS[+m[1] - 1]}, week unknown ${NO_PUBLICATION}`;
  if ((m = /^XXXX-(\d{2})$/.exec(value))) return `${MONTHS[+m[1] - 1]}, year unknown ${NO_PUBLICATION}`;
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[1]]}, year unknown ${NO_PUBLICATION}`;
  if ((m = /^XXXX-Q([1-4])$/.exec(value))) return `the ${QUARTERS[+m[1] - 1]} quarter, year unknown ${NO_PUBLICATION}`;
  return null;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "P18M" → "18 months", "P1Y6M" → "1 year and 6 months", "PT3H" → "3 hours". */
function durationWords(value: string): string | null {
  const m = /^P(?:T)?(.+)$/.exec(value);
  if (!m) return null;
  const time = value.startsWith('PT');
  const parts = [...m[1].matchAll(/(\d+|X)(DE|CE|[YMWDHS])/g)].map(([, n, unit]) => {
    const name = time && unit === 'M' ? 'minute' : UNITS[unit];
    return n === 'X' ? `some ${name}s` : `${n} ${name}${n === '1' ? '' : 's'}`;
  });
  return parts.length ? parts.join(' and ') : null;
}

/** A time of day: "10:30 on Monday, 14 September 2020", "the morning of …", "midnight at the end of …". */
function timeWords(value: string, anchor: string | null): string | null {
  const m = /^(.+)T(\d{2}:\d{2}|MO|AF|EV|NI)$/.exec(value);
  if (!m) return null;
  const day = m[1] === 'XXXX-XX-XX' ? 'a day not given' : (calendarWords(m[1], anchor) ?? yearlessWords(m[1]));
  if (!day) return null;
  if (PARTS_OF_DAY[m[2]]) return `${PARTS_OF_DAY[m[2]]} of ${day}`;
  if (m[2] === '24:00') return `midnight at the end of ${day}`;
  return `${m[2]} on ${day}`;
}

/** The value in words; a date that could not be resolved says why. */
export function dateInWords(date: DatedValue): string {
  const { value, anchor } = date;
  if (!value) return anchor ? 'not resolved to a date' : `not resolved ${NO_PUBLICATION}`;
  return REFERENCES[value] ?? timeWords(value, anchor) ?? calendarWords(value, anchor) ?? yearlessWords(value) ?? durationWords(value) ?? value;
}
