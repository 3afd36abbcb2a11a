/** Words and regular-expression pieces for temporal expressions in English news. */
import { TENS_WORDS, UNIT_WORDS, ORDINAL_WORDS } from '../../numberWords';

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** Month a season mostly falls in (northern hemisphere), to order seasons against a date. */
export const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** Ordinals a date's day or a quarter is written with, in words and the short forms of the first days. */
export const ORDINALS: Record<string, number> = { ...Object.fromEntries(ORDINAL_WORDS), '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** A cardinal written in digits or words up to 99 ("18", "eighteen", "twenty four", "twenty-four"); null if not one. */
export function cardinal(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return parseFloat(t);
  if (t === 'a' || t === 'an' || t === 'one') return 1;
  if (t === 'a couple of' || t === 'a couple' || t === 'couple of') return 2;
  if (t === 'a dozen' || t === 'dozen') return 12;
  const word = UNIT_WORDS.get(t) ?? TENS_WORDS.get(t);
  if (word !== undefined) return word;
  const m = /^([a-z]+)[\s-]+([a-z]+)$/.exec(t);
  const [tens, unit] = m ? [TENS_WORDS.get(m[1]), UNIT_WORDS.get(m[2])] : [undefined, undefined];
  if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  return null;
}

const UNIT_WORD_PATTERN = [...UNIT_WORDS.keys()].join('|');
const TENS_WORD_PATTERN = [...TENS_WORDS.keys()].join('|');
/** A count: digits, number words, "a", "a couple of", or vague ("a few", "several", "some", "many"). */
export const NUM = `(?:\\d+(?:\\.\\d+)?|(?:${TENS_WORD_PATTERN})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_WORD_PATTERN}|a\\s+couple\\s+of|a\\s+dozen|a\\s+few|an?|few|several|some|many)`;

export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const ORD_DAY_RE =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)';
export const YEAR_RE = '(?:1[6-9]\\d\\d|20\\d\\d)';
export const TIME_RE =
  "(?:(?:[01]?\\d|2[0-3])(?::[0-5]\\d){0,2}\\s*(?:[ap]\\.m\\.|[ap]m\\b|[AP]M\\b|[ap]\\.m\\b)|(?:[01]?\\d|2[0-3]):[0-5]\\d|noon|midnight|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o'clock)";
export const TZ_RE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|local\\s+time|Eastern(?:\\s+(?:Standard|Daylight))?\\s+[Tt]ime))';
export const UNIT_RE = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)';
export const QUARTER_ORD_RE = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

export function monthNumber(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function unitCode(u: string): string {
  const x = u.toLowerCase().replace(/s$/, '');
  return (
    (
      {
        second: 'S',
        minute: 'M',
        hour: 'H',
        day: 'D',
        week: 'W',
        fortnight: 'W',
        month: 'M',
        quarter: 'Q',
        year: 'Y',
        decade: 'DE',
        century: 'CE',
        centurie: 'CE',
      } as Record<string, string>
    )[x] ?? 'X'
  );
}

/** "ten" to "ninety-nine"'s parts, as a spelled year's second half reads them ("nineteen ninety-six"). */
const SMALL_DECADES: ReadonlyMap<string, number> = new Map([...[...UNIT_WORDS].filter(([, v]) => v >= 10), ...TENS_WORDS]);

/** "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and one" → 2001; null otherwise. */
export function spelledYear(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^two thousand(?: (?:and )?([a-z-]+(?: [a-z]+)?))?$/.exec(t);
  if (m) {
    if (!m[1]) return 2000;
    const n = cardinal(m[1]);
    return n !== null && n < 100 ? 2000 + n : null;
  }
  m = /^(nineteen|eighteen|seventeen|twenty) (?:hundred )?([a-z]+)(?:[ -]([a-z]+))?$/.exec(t);
  if (!m) return null;
  const century = SMALL_DECADES.get(m[1])!;
  const tens = SMALL_DECADES.get(m[2]);
  if (tens === undefined) return null;
  const unit = m[3] ? UNIT_WORDS.get(m[3])! : 0;
  if (unit === undefined || (m[3] && (tens < 20 || unit === 0))) return null;
  return century * 100 + tens + unit;
}

export const SPELLED_YEAR_RE = `(?:(?:nineteen|twenty)\\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:${TENS_WORD_PATTERN})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?)`;

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
