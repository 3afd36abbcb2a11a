import { findFrontMatter, isIsoDate } from './frontMatter';

/**
 * Dates as an editor types them or a dateline gives them ("14 Sept 2020", "Sept. 14, 2020",
 * "September 14 2020", "2020-09-14"), read into YYYY-MM-DD for `published:`. No vscode import, so
 * it is unit-tested.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, whole or cut short ("Sept.", "Sep", "September"). */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const iso = (year: string, month: number, day: string) => {
  const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(value) ? value : null;
};
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first full date in `text` (day, month and year), as YYYY-MM-DD; null when there is none or it is no calendar day. */
export function findDate(text: string): string | null {
  let m = ISO.exec(text);
  if (m) return iso(m[1], Number(m[2]), m[3]);
  if ((m = DAY_MONTH_YEAR.exec(text))) return iso(m[3], monthOf(m[2]), m[1]);
  if ((m = MONTH_DAY_YEAR.exec(text))) return iso(m[3], monthOf(m[1]), m[2]);
  return null;
}

/** What an editor typed, when it is one date and nothing else, as YYYY-MM-DD. */
export function parseDate(value: string): string | null {
  const v = value.trim();
  const date = findDate(v);
  // The whole input is the date: "14 Sept 2020 or so" is refused rather than half read.
  const rest = v.replace(ISO, '').replace(DAY_MONTH_YEAR, '').replace(MONTH_DAY_YEAR, '').trim();
  return date && rest === '' ? date : null;
}

/** Validation message for the input box, undefined when the value reads as a date. */
export function validateDate(value: string): string | undefined {
  return parseDate(value) ? undefined : 'Enter a date such as 14 Sept 2020, Sept. 14, 2020 or 2020-09-14.';
}

/**
 * The date of the article's dateline: a full date on a short line of its own among the first three
 * lines of the body ("June 06, 2013", "MAR. 14, 2013, 8:12 PM", "NEW YORK 1996-08-30"), as the
 * server reads the publication date of an article without `published:`.
 */
export function datelineDate(text: string): string | null {
  const fm = findFrontMatter(text);
  const body = fm ? text.slice(fm.close.end) : text;
  const top = body.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  for (const line of top.slice(0, 3)) {
    if (line.trim().length > 60) continue;
    const date = findDate(line);
    if (date) return date;
  }
  return null;
}
