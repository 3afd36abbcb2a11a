import type { Article } from '../article';
import type { DateMention, TimexType } from '../types';
import { addDays, dayNumber, fmtDay, fmtMonth, isoWeek, pad, parseIso, quarterOf, validDay, weekday, type Ymd } from './dates/calendar';
import {
  DAY_RE,
  DECADE_WORDS,
  MONTH_RE,
  NUM,
  ORD_DAY_RE,
  ORDINALS,
  QUARTER_ORD_RE,
  SEASONS,
  SPELLED_YEAR_RE,
  TIME_RE,
  TZ_RE,
  UNIT_RE,
  WEEKDAYS,
  WEEKDAY_RE,
  YEAR_RE,
  cardinal,
  monthNumber,
  spelledYear,
  unitCode,
} from './dates/lexicon';
import { dayVerbTense, sentenceBounds, tenseAt, type Tense, type VerbTags, verbBeforeTense } from './dates/tense';
import { parsedParagraph } from '../nlp';
import { memo, PARAGRAPH_CACHE_SIZE, textCache } from '../collections';

/**
 * Temporal expressions (TIMEX3) in news text: a pattern layer for the expressions news uses,
 * resolved against the publication date with a past bias (future only when the sentence says so).
 * Without a publication date relative expressions stay relative (XXXX-09-15) or unresolved (null).
 */
export function extractDates(article: Article): DateMention[] {
  const anchor = article.published;
  const A = parseIso(anchor);
  const state: DocState = { refQuarter: null, lastPoint: null };
  const out: DateMention[] = [];
  for (const p of article.paragraphs) {
    for (const c of findCached(p.text, anchor, A)) {
      let value = c.value ?? null;
      if (c.resolve) {
        const v = c.resolve(state);
        if (v === DROP) continue;
        value = v;
      }
      if (c.setsQuarter && value && /^\d{4}-Q[1-4]$/.test(value) && (completed(value, A) || c.reported)) state.refQuarter = value;
      if (!c.keepsPoint) state.lastPoint = calendarPoint(value) ?? state.lastPoint;
      const start = p.start + c.start;
      const end = p.start + c.end;
      out.push({ start, end, text: article.text.slice(start, end), value, timexType: c.type, anchor });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether a quarter had ended by the anchor date (earnings stories report completed quarters). */
function completed(q: string, A: Ymd | null): boolean {
  if (!A) return true;
  const y = +q.slice(0, 4);
  const n = +q.slice(-1);
  return y * 4 + n - 1 < A.y * 4 + quarterOf(A.m) - 1;
}

const DROP = '\u0000drop';

interface DocState {
  /** The fiscal quarter the story last named explicitly ("third-quarter profit" → 1989-Q3). */
  refQuarter: string | null;
  /** The last calendar year, month or day the story placed something on ("May 22, 1995" → 1995-05-22). */
  lastPoint: Point | null;
}

/** A calendar year, optionally with its month and day. */
interface Point {
  y: number;
  m: number | null;
  d: number | null;
}

/** The year, month and day a DATE or TIME value names, if it names one ("1995-05-22T10:00", "1995-05", "1995"). */
function calendarPoint(value: string | null): Point | null {
  const m = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)/.exec(value) : null;
  return m ? { y: +m[1], m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null } : null;
}

/** A point written as a TIMEX3 value: "1995", "1995-05", "1995-05-22". */
function pointValue(p: Point | null): string | null {
  if (!p) return null;
  return p.m ? (p.d ? fmtDay({ y: p.y, m: p.m, d: p.d }) : fmtMonth(p.y, p.m)) : pad(p.y, 4);
}

/** A point's day, when it names one. */
function dayOf(p: Point | null): Ymd | null {
  return p?.m && p.d ? { y: p.y, m: p.m, d: p.d } : null;
}

/**
 * "The following year", "the previous month": counted from the last year, month or day the story
 * named ("in May 1995 … the following year" is 1996), or from publication when it named none.
 */
function fromLastPoint(unit: 'year' | 'month' | 'week', off: number, A: Ymd): (st: DocState) => string {
  return (st) => {
    const p = st.lastPoint;
    if (unit === 'year') return pad((p?.y ?? A.y) + off, 4);
    if (unit === 'month') return p?.m ? fmtMonth(p.y, p.m + off) : fmtMonth(A.y, A.m + off);
    return isoWeek(addDays(dayOf(p) ?? A, 7 * off));
  };
}

/**
 * A month's day without a year, in the month the story last named with its year ("killed in June
 * 2005 … the deputy died on June 24" is 2005-06-24), unless it falls within three months of
 * publication, where the story's own days lie ("invaded Kuwait on Aug. 2" in mid-August).
 */
function inMonthLastNamed(value: string, mon: number, A: Ymd | null): (st: DocState) => string {
  const day = parseIso(value);
  const nearPublication = !!A && !!day && Math.abs(dayNumber(day) - dayNumber(A)) <= 92;
  return (st) => {
    const p = st.lastPoint;
    return !nearPublication && p?.m === mon && value.slice(0, 4) !== pad(p.y, 4) ? pad(p.y, 4) + value.slice(4) : value;
  };
}

/**
 * "The next day", "the day before": a day counted from the last day the story named ("arrested
 * Tuesday … the next day" is Wednesday); no date when it named no day, for the day told of is
 * then unknown (the story's events are not its publication day).
 */
function dayFromLastPoint(off: number, part: string | undefined, told: Tense, A: Ymd | null): (st: DocState) => string {
  return (st) => {
    const day = dayOf(st.lastPoint);
    if (!day) return DROP;
    const next = addDays(day, off);
    // Told in the past, the day cannot come after publication: the last day named was not the story's ("… at 9 p.m. The next day, they met").
    if (told === 'past' && A && dayNumber(next) > dayNumber(A)) return DROP;
    const value = fmtDay(next);
    return part ? `${value}T${part}` : value;
  };
}

interface Cand {
  start: number;
  end: number;
  type: TimexType;
  value?: string | null;
  /** Values that depend on what the story said before (the quarter it reports on). */
  resolve?: (st: DocState) => string | null;
  setsQuarter?: boolean;
  /** A quarter told of in the past tense: reported on, even when the calendar quarter has not ended (a fiscal one has). */
  reported?: boolean;
  /** Counted from the story's last point, it does not move it: "the previous day" said twice is one day. */
  keepsPoint?: boolean;
}

type RuleResult = Omit<Cand, 'start' | 'end'> & { start?: number; end?: number };

interface Ctx {
  text: string;
  A: Ymd | null;
  /** Tense of the sentence around the match (computed lazily). */
  tense: () => Tense;
  /** Direction of a day in the match (a weekday, a month's day): its governing verb's, else the sentence's. */
  dayTense: () => Tense;
  m: RegExpExecArray;
}

interface Rule {
  re: RegExp;
  fn: (c: Ctx) => RuleResult | null;
}

const rules: Rule[] = [];
const rule = (src: string, fn: Rule['fn'], flags = 'gi') => rules.push({ re: new RegExp(src, flags), fn });

const capital = (s: string | undefined) => !!s && /^[A-Z]/.test(s);
const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Text immediately before the match. */
const before = (c: Ctx, n = 30) => c.text.slice(Math.max(0, c.m.index - n), c.m.index);
const after = (c: Ctx, n = 30) => c.text.slice(c.m.index + c.m[0].length, c.m.index + c.m[0].length + n);

/** A capitalized deictic word in mid-sentence is a title ("USA Today", ABC's "This Week"). */
function titleCased(c: Ctx, word: string): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  const b = before(c, 3);
  return b.length > 0 && !/(?:^|[.!?:"“‘'(\n—–-]\s*)$/.test(b) && /[A-Za-z,]\s*$/.test(b);
}

const SET_BEFORE = /\b(?:each|every|per)\s+$/i;

// ---------------------------------------------------------------------------------------------
// Resolution helpers

function resolveMonthDay(A: Ymd | null, mon: number, day: number, tense: Tense, year?: number): string | null {
  if (year) return validDay(year, mon, day) ? `${pad(year, 4)}-${pad(mon)}-${pad(day)}` : null;
  if (!A) return `XXXX-${pad(mon)}-${pad(day)}`;
  let y = A.y;
  const diff = dayNumber({ y, m: mon, d: day }) - dayNumber(A);
  if (tense === 'future' && diff < -30) y++;
  else if (tense === 'past' && diff > 30) y--;
  else if (tense === 'neutral' && diff > 183) y--;
  else if (tense === 'neutral' && diff < -183) y++;
  return `${pad(y, 4)}-${pad(mon)}-${pad(day)}`;
}

function resolveMonth(A: Ymd | null, mon: number, tense: Tense, rel?: string): string {
  if (!A) return `XXXX-${pad(mon)}`;
  let y = A.y;
  if (rel === 'last' || rel === 'this past') {
    // "last April" in October is this year's; "last February" in March is a year back ("last month" otherwise)
    if (mon >= A.m - 1) y--;
  } else if (rel === 'next' || rel === 'this coming') {
    if (mon <= A.m) y++;
  } else if (rel === 'this') {
    // same year
  } else if (tense === 'future') {
    if (mon < A.m - 1) y++;
  } else if (mon > A.m + (tense === 'neutral' ? 1 : 0)) y--;
  return fmtMonth(y, mon);
}

function resolveWeekday(A: Ymd | null, w: number, tense: Tense, rel?: string): string {
  if (!A) return `XXXX-WXX-${w}`;
  const aw = weekday(A);
  let delta: number;
  if (rel === 'last' || rel === 'this past') delta = -((aw - w + 7) % 7 || 7);
  else if (rel === 'next' || rel === 'this coming') delta = (w - aw + 7) % 7 || 7;
  else if (tense === 'future' || rel === 'this') delta = (w - aw + 7) % 7;
  else delta = -((aw - w + 7) % 7);
  return fmtDay(addDays(A, delta));
}

function deicticDay(A: Ymd | null, word: string): string | null {
  const off = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
  if (!A) return word === 'today' ? 'PRESENT_REF' : null;
  return fmtDay(addDays(A, off));
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_END: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

function resolveSeason(A: Ymd | null, s: string, tense: Tense, rel: string): string {
  if (!A) return `XXXX-${s}`;
  let y = A.y;
  const start = SEASON_START[s];
  const end = SEASON_END[s];
  const inSeason = s === 'WI' ? A.m === 12 || A.m <= 2 : A.m >= start && A.m <= end;
  if (rel === 'last' || rel === 'past') {
    y--;
  } else if (rel === 'this past') {
    if (!(s !== 'WI' && end < A.m)) y--;
  } else if (rel === 'next' || rel === 'this coming' || rel === 'coming') {
    if (!(s !== 'WI' && start > A.m)) y++;
    if (s === 'WI' && A.m < 12) y = A.y;
  } else if (rel === 'this' || inSeason) {
    // the current season's year
  } else if (tense === 'future') {
    if (s !== 'WI' && start < A.m) y++;
  } else if (tense === 'past') {
    if (s !== 'WI' && start > A.m) y--;
  }
  return `${pad(y, 4)}-${s}`;
}

function resolveQuarter(A: Ymd | null, q: number, tense: Tense): string {
  if (!A) return `XXXX-Q${q}`;
  const cur = quarterOf(A.m);
  let y = A.y;
  if (tense === 'future') {
    if (q < cur - 1) y++;
  } else if (q > cur) y--;
  return `${pad(y, 4)}-Q${q}`;
}

/** The value of the calendar quarter a month falls in ("1989-Q3"). */
function quarterValue(y: number, m: number): string {
  return `${pad(y, 4)}-Q${quarterOf(m)}`;
}

/** A quarter value ("1989-Q3") moved by `n` quarters. */
function shiftQuarter(q: string, n: number): string {
  const t = +q.slice(0, 4) * 4 + +q.slice(-1) - 1 + n;
  return `${pad(Math.floor(t / 4), 4)}-Q${(t % 4) + 1}`;
}

function shiftYear(value: string, n: number): string {
  return value.replace(/^(\d{4})/, (y) => pad(+y + n, 4));
}

/** The most recently completed quarter (what "the quarter" means in an earnings story). */
function lastQuarter(A: Ymd | null): string | null {
  if (!A) return null;
  const q = quarterOf(A.m) - 1;
  return q === 0 ? `${pad(A.y - 1, 4)}-Q4` : `${pad(A.y, 4)}-Q${q}`;
}

function timeOfDay(s: string): string | null {
  const t = s.toLowerCase();
  if (t === 'noon') return '12:00';
  if (t === 'midnight') return '24:00';
  // Seconds, when given ("6:07:15 p.m."), are left out of the value.
  let m = /^(\d{1,2})(?::(\d\d))?(?::\d\d)?\s*([ap])/.exec(t);
  if (m) {
    let h = parseInt(m[1], 10) % 12;
    if (m[3] === 'p') h += 12;
    return `${pad(h)}:${m[2] ?? '00'}`;
  }
  m = /^(\d{1,2}):(\d\d)$/.exec(t);
  if (m) return `${pad(+m[1])}:${m[2]}`;
  m = /^([a-z]+)\s+o'clock$/.exec(t);
  if (m) return `${pad(cardinal(m[1]) ?? 0)}:00`;
  return null;
}

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** Value of a date word used with a time or part of day: weekday, today/yesterday/tomorrow, tonight, Month Day. */
function dateWordValue(c: Ctx, word: string): string | null {
  const w = lc(word);
  if (w in WEEKDAYS) return resolveWeekday(c.A, WEEKDAYS[w], c.dayTense());
  if (w === 'today' || w === 'tonight' || w === 'this') return c.A ? fmtDay(c.A) : null;
  if (w === 'yesterday' || w === 'tomorrow' || w === 'last') return deicticDay(c.A, w === 'last' ? 'yesterday' : w);
  const md = new RegExp(`^(${MONTH_RE})\\s+(\\d{1,2})`, 'i').exec(word);
  if (md) return resolveMonthDay(c.A, monthNumber(md[1]), +md[2], c.tense());
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rules. Longest match wins; on equal length the earlier rule.

const YEAR_PREP =
  /\b(?:in|since|by|until|till|through|during|before|after|from|of|to|for|and|or|between|early|late|mid|fiscal|year|summer|spring|fall|autumn|winter)\s+$/i;

// Full dates: (Weekday,) Month Day(, Year) | (Weekday,) Day Month (Year)
rule(
  `\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:(?:the\\s+)?(${DAY_RE}|${ORD_DAY_RE})(?:\\s+of)?\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(?:the\\s+)?(${DAY_RE}|${ORD_DAY_RE}))(?:,?\\s+(${YEAR_RE}))?(?![\\w%$])(?!\\s*(?:%|percent|per\\s+cent|million|billion))`,
  (c) => {
    const [, wd, d1, m1, m2, d2, y] = c.m;
    const monWord = m1 ?? m2;
    if (!capital(monWord) || (wd && !capital(wd))) return null;
    const dayWord = d1 ?? d2;
    const day = /^\d/.test(dayWord) ? parseInt(dayWord, 10) : ORDINALS[dayWord.toLowerCase()];
    if (!day) return null;
    const mon = monthNumber(monWord);
    // "May 5" after a name, "March 12 protesters"? keep; but "the 5 May" without a month capital is handled above.
    if (/^(?:May|March)$/.test(monWord) && m2 && !y && /^\s*(?:[a-z])/.test(after(c, 2)) && /^\d+$/.test(dayWord) && +dayWord > 31) return null;
    if (wd && !y && c.A) {
      // A weekday fixes the year when the month/day alone is ambiguous.
      const wNum = WEEKDAYS[wd.toLowerCase()];
      for (const yy of [c.A.y, c.A.y - 1, c.A.y + 1]) {
        if (validDay(yy, mon, day) && weekday({ y: yy, m: mon, d: day }) === wNum) {
          const diff = Math.abs(dayNumber({ y: yy, m: mon, d: day }) - dayNumber(c.A));
          if (diff < 250) return { type: 'DATE', value: `${yy}-${pad(mon)}-${pad(day)}` };
        }
      }
    }
    const value = resolveMonthDay(c.A, mon, day, y ? 'neutral' : scheduledVote(c) ? 'future' : c.dayTense(), y ? +y : undefined);
    return y || !value ? { type: 'DATE', value } : { type: 'DATE', resolve: inMonthLastNamed(value, mon, c.A) };
  },
);

// Times, optionally with a date word: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Saturday", "around 7:15 p.m."
rule(
  `\\b(?:(?:around|about|approximately|at\\s+about|at\\s+around|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(${TIME_RE})(${TZ_RE})?(?:,?\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|yesterday|tomorrow|tonight|${MONTH_RE}\\s+\\d{1,2}\\b))?`,
  (c) => {
    const [, time, , dateWord] = c.m;
    if (/^\d{1,2}:\d\d$/.test(time) && !/\b(?:at|around|about|by|until|before|after|from)\s+$/i.test(before(c, 12))) return null;
    if (dateWord && new RegExp(`^${WEEKDAY_RE}$`, 'i').test(dateWord) && !capital(dateWord)) return null;
    if (/^(?:noon|midnight)$/i.test(time) && !dateWord && !/\b(?:at|around|by|until|before|after|from|about|past|after)\s+$/i.test(before(c, 12))) return null;
    const t = timeOfDay(time.trim());
    if (!t) return null;
    const day = dateWord ? dateWordValue(c, dateWord) : c.A ? fmtDay(c.A) : null;
    return { type: 'TIME', value: day ? `${day}T${t}` : `XXXX-XX-XXT${t}` };
  },
);
rule(
  `\\b(${WEEKDAY_RE}|today|yesterday|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at\\s+|around\\s+|about\\s+)?(${TIME_RE})(${TZ_RE})?`,
  (c) => {
    const [, dateWord, time] = c.m;
    if (new RegExp(`^${WEEKDAY_RE}$`, 'i').test(dateWord) && !capital(dateWord)) return null;
    const t = timeOfDay(time.trim());
    const day = dateWordValue(c, dateWord);
    return t ? { type: 'TIME', value: day ? `${day}T${t}` : `XXXX-XX-XXT${t}` } : null;
  },
);

// Parts of days: "this morning", "Saturday night", "last night", "tonight", "late yesterday afternoon"
rule(
  `\\b(?:(?:early|late|earlier|later)\\s+)?(?:(this|${WEEKDAY_RE}|yesterday|tomorrow|today|last)\\s+(morning|afternoon|evening|night)|(tonight)|mid[-\\s]?(afternoon|morning)(?:\\s+(yesterday|today|${WEEKDAY_RE}))?)\\b`,
  (c) => {
    const [, dw, part, tonight, midPart, midDay] = c.m;
    if (dw && new RegExp(`^${WEEKDAY_RE}$`, 'i').test(dw) && !capital(dw)) return null;
    if (dw && lc(dw) === 'last' && lc(part) !== 'night') return null;
    const code = PART_OF_DAY[lc(part ?? tonight ?? midPart)];
    const w = dw ?? midDay ?? 'today';
    if (/^today$/i.test(w) && titleCased(c, c.m[0])) return null;
    const day = dateWordValue(c, lc(w) === 'this' ? 'today' : w);
    return { type: 'TIME', value: day ? `${day}T${code}` : null };
  },
);

// Weekdays: "Friday", "last Tuesday", "this coming Sunday", "early Tuesday", "earlier Sunday"
rule(
  `\\b(?:(last|next|this\\s+coming|this\\s+past|this|early|late|earlier|later|the\\s+previous|the\\s+prior|the\\s+preceding|the\\s+following)\\s+)?(${WEEKDAY_RE})\\b`,
  (c) => {
    const [, mod, wd] = c.m;
    if (!capital(wd)) return null;
    if (/^['’]s\s+[A-Z]/.test(after(c, 5))) return null;
    if (!mod && SET_BEFORE.test(before(c))) return null;
    // "on Monday and Tuesday nights": a weekday that recurs, not a day of the calendar.
    const recurring = new RegExp(`^(?:\\s*(?:,|and|or)\\s+${WEEKDAY_RE})*\\s+(mornings|afternoons|evenings|nights)\\b`).exec(after(c, 60));
    if (recurring && !mod) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[wd.toLowerCase()]}T${PART_OF_DAY[recurring[1].slice(0, -1)]}` };
    if (/^(?:Super|Black|Bloody|Cyber|Good|Easter|Palm|Ash|Holy|Fat|Giving)\s+$/.test(before(c, 10))) return null;
    if (
      /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Mail|Independent|Star|Observer|Sport|Review|Night\s+Live|Morning\s+Herald|Business|Bulletin|Journal|Magazine|Edition|Show|Today|Program|Programme|School)\b/.test(
        after(c, 30),
      )
    )
      return null;
    const rel = lc(mod)
      .replace(/^the (?:previous|prior|preceding)$/, 'last')
      .replace('the following', 'next');
    if (/^the/.test(lc(mod)) && c.A) {
      // "the previous Friday": the one before the day the story last named, else before publication.
      const A = c.A;
      const w = WEEKDAYS[wd.toLowerCase()];
      return { type: 'DATE', resolve: (st) => resolveWeekday(dayOf(st.lastPoint) ?? A, w, 'neutral', rel) };
    }
    return {
      type: 'DATE',
      value: resolveWeekday(
        c.A,
        WEEKDAYS[wd.toLowerCase()],
        c.dayTense(),
        ['last', 'next', 'this coming', 'this past', 'this'].includes(rel) ? rel : undefined,
      ),
    };
  },
);

// today / yesterday / tomorrow, with "early/late/earlier/later"
rule(`\\b(?:(?:early|late|earlier|later)\\s+)?(today|yesterday|tomorrow)\\b`, (c) => {
  const w = c.m[1];
  if (titleCased(c, w)) return null;
  if (/^tomorrow$/i.test(w) && /\b(?:of|for)\s+$/i.test(before(c, 6))) return null;
  return { type: 'DATE', value: deicticDay(c.A, lc(w)) };
});

// Month + year, month alone (with modifiers)
rule(
  `\\b(?:(early|late|mid-?|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half|last\\s+half|rest)\\s+of|last|next|this\\s+past|this\\s+coming|this)\\s*)?(${MONTH_RE})(?:(?:,?\\s+|\\s+of\\s+)(${YEAR_RE})\\b|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b|\\s+(${SPELLED_YEAR_RE})\\b)?(?!\\w|['’](?!s\\b))`,
  (c) => {
    const [, mod, monWord, year, relYear, spelled] = c.m;
    if (!capital(monWord)) return null;
    // "December's figures"; but "April's", "June's" are as often a woman's.
    if (/^['’]/.test(after(c, 1)) && (/^(?:May|March|April|June|August)$/.test(monWord) || year || relYear || spelled)) return null;
    const rel = lc(mod);
    const mon = monthNumber(monWord);
    if (year) return { type: 'DATE', value: fmtMonth(+year, mon) };
    if (spelled) {
      const y = spelledYear(spelled);
      if (y) return { type: 'DATE', value: fmtMonth(y, mon) };
    }
    if (relYear) {
      const off = lc(relYear) === 'last' ? -1 : lc(relYear) === 'next' ? 1 : 0;
      return { type: 'DATE', value: c.A ? fmtMonth(c.A.y + off, mon) : `XXXX-${pad(mon)}` };
    }
    if (!mod) {
      if (SET_BEFORE.test(before(c))) return null;
      const b = before(c, 25);
      const prep =
        /\b(?:in|since|until|till|by|of|from|through|during|before|after|to|between|and|or|for|on|late|early|mid|last|next|this|that|last|each|every|around|the|through|into)\s+$/i.test(
          b,
        );
      // Words that are also verbs or names: "She may go", "March on", "Theresa May", "April Ryan".
      if (/^(?:May|March)$/.test(monWord) && !prep) return null;
      if (!prep && /^\s+[A-Z][a-z]/.test(after(c, 4)) && !/^\s+(?:[A-Z][a-z]+day)\b/.test(after(c, 12))) return null;
      if (/[A-Z][a-z]+\s+$/.test(b) && !/(?:^|[.!?"“]\s*)[A-Z][a-z]+\s+$/.test(b) && !prep) return null;
      if (/^\.$/.test(monWord.slice(-1)) === false && /^[A-Z][a-z]{2}$/.test(monWord) && monWord !== 'May') return null;
    }
    // "that October": the October of the year the story last named.
    if (!mod && c.A && /\bthat\s+$/i.test(before(c, 6))) {
      const A = c.A;
      return { type: 'DATE', resolve: (st) => (st.lastPoint ? fmtMonth(st.lastPoint.y, mon) : resolveMonth(A, mon, 'past')) };
    }
    const tense = scheduledVote(c) ? 'future' : c.tense();
    return { type: 'DATE', value: resolveMonth(c.A, mon, tense, rel.startsWith('the') || /^(?:early|late|mid)/.test(rel) ? undefined : rel || undefined) };
  },
);

/** Elections and votes, held on a calendar: "up for re-election in November", "the November midterms". */
const VOTE_BEFORE = /\b(?:election|elections|re-?election|primary|primaries|midterms?|runoff|referendum|caucus|caucuses|ballot)\s+(?:in|on|this|next)\s+$/i;
const VOTE_AFTER =
  /^(?:['’]s)?\s+(?:general\s+|presidential\s+|congressional\s+|midterm\s+|special\s+)?(?:election|elections|midterms?|primary|primaries|runoff|referendum|caucus|caucuses|ballot)\b/i;
/** Words that put what follows in the past: a past verb, or "since", "after", "ago", "last", "earlier". */
const PAST_NEAR = /\b(?:since|after|ago|last|earlier|previous|prior|was|were|had|did|lost|won|held|ran|[a-z]{3,}ed)\s+(?:\S+\s+){0,5}$/i;

/**
 * A month naming when a vote is held, with no past word close before it: the coming one ("Democrats
 * facing re-election in November hail from …" in January is next November); "lost the November
 * election", "since the November election" keep the past.
 */
function scheduledVote(c: Ctx): boolean {
  if (!VOTE_BEFORE.test(before(c, 40)) && !VOTE_AFTER.test(after(c, 30))) return false;
  const [s] = sentenceBounds(c.text, c.m.index, c.m.index + c.m[0].length);
  return !PAST_NEAR.test(c.text.slice(Math.max(s, c.m.index - 60), c.m.index));
}

// Years: "1998", "mid-1996", "the end of 1990", "fiscal 1989", "the summer of 1990", "the first half of 1990"
rule(
  `(?<![\\w$#£€.,/-])(?:(early|late|mid-?|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half|last\\s+half|rest|remainder|spring|summer|fall|autumn|winter)\\s+of|(?:the\\s+)?(?:spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?|fiscal(?:\\s+year)?|(?:the\\s+)?(?:calendar\\s+)?year|the\\s+(?:${YEAR_RE})\\s+(?:period|quarter))\\s*)?(${YEAR_RE})(?![\\w%$£€]|[.,]\\d|-\\d{1,2}-|:\\d)`,
  (c) => {
    const [, mod, year] = c.m;
    const rel = lc(mod);
    if (!mod) {
      const b = before(c, 30);
      const a = after(c, 20);
      if (/(?:\$|#|No\.\s*|[Nn]umber\s+|\d[,.]?\s*)$/.test(b)) return null;
      if (/^\s*(?:%|percent|per\s+cent)/.test(a)) return null;
      const prep = YEAR_PREP.test(b);
      // "1052 GMT (1852 HKT)": a clock time written in four digits, not a year.
      if (!prep && /^\s+(?:GMT|UTC|[A-Z]{1,3}T)\b/.test(a)) return null;
      if (!prep && /^\s+(?!years?\b|and\b|was\b|were\b|is\b|has\b|had\b)[a-z]+s\b/.test(a)) return null;
      if (!prep && /\b(?:about|some|nearly|almost|than|over|under|least|total|only|just|of)\s+$/i.test(b)) return null;
      // "Orion 1980", "Windows 2000": a name before the number
      if (
        !prep &&
        /[a-z][A-Za-z]*\s+$/.test(b) &&
        /[A-Z][A-Za-z]*\s+$/.test(b) &&
        !/(?:^|[.!?"“:]\s*)[A-Z][A-Za-z]*\s+$/.test(b) &&
        !new RegExp(`${MONTH_RE}\\s+$`).test(b)
      )
        return null;
    }
    const season = /(spring|summer|fall|autumn|winter)/.exec(rel);
    if (season && !/\bthe\s+(?:spring|summer|fall|autumn|winter)\s+of$/.test(rel) && !/^(?:spring|summer|fall|autumn|winter)/.test(rel))
      return { type: 'DATE', value: `${year}-${SEASONS[season[1]]}` };
    if (season) return { type: 'DATE', value: `${year}-${SEASONS[season[1]]}` };
    if (/first half/.test(rel)) return { type: 'DATE', value: `${year}-H1` };
    if (/(?:second|last) half/.test(rel)) return { type: 'DATE', value: `${year}-H2` };
    if (/period|quarter/.test(rel)) return { type: 'DATE', resolve: (st) => (st.refQuarter ? `${year}-Q${st.refQuarter.slice(-1)}` : year) };
    return { type: 'DATE', value: year };
  },
);

// Spelled-out years: "nineteen ninety-six", "the year two thousand"
rule(`\\b(?:the\\s+year\\s+)?(${SPELLED_YEAR_RE})\\b`, (c) => {
  const y = spelledYear(c.m[1]);
  if (!y) return null;
  if (!/^the year/i.test(c.m[0]) && !YEAR_PREP.test(before(c)) && !/^nineteen|^twenty/i.test(c.m[1])) return null;
  if (/^two thousand/i.test(c.m[1]) && !/^the year/i.test(c.m[0]) && !/\b(?:in|since|by|until|of)\s+$/i.test(before(c))) return null;
  return { type: 'DATE', value: String(y) };
});

// Decades and centuries
rule(`\\b(?:the\\s+)?(?:(early|late|mid-?)\\s*)?(?:(1[5-9]\\d0|20\\d0)['’]?s|['’](\\d)0['’]?s|(${Object.keys(DECADE_WORDS).join('|')}))(?![\\w'’])`, (c) => {
  const [, , full, short, word] = c.m;
  if (word && !/^the\b/i.test(c.m[0])) return null;
  if (word && /\b(?:his|her|their|its|my|your|our|early|late|mid)\s+$/i.test(before(c))) return null;
  const prefix = full ? full.slice(0, 3) : short ? `19${short}` : `19${DECADE_WORDS[word!.toLowerCase()]}`;
  return { type: 'DATE', value: prefix };
});
rule(
  `\\b(?:the\\s+)?(?:(early|late|mid-?)\\s*)?(?:(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]century\\b`,
  (c) => {
    const n = c.m[2] ? +c.m[2] : ORDINALS[lc(c.m[3])];
    return n ? { type: 'DATE', value: pad(n - 1) } : null;
  },
);

// Fiscal quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
// "next year's first quarter", "the year-ago third quarter", "the third quarter of 1984", "Q3 2020"
rule(
  `\\b(?:(?:the|this|last|next|its|a|an|their|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s)\\s+)?(?:(?:year-ago|year-earlier|comparable|corresponding|latest|flat|same|current|previous|prior|fiscal|strong|weak|disappointing|${YEAR_RE})\\s+)*(?:fiscal[\\s-])?(${QUARTER_ORD_RE})[\\s-](quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR_RE}|this\\s+year|last\\s+year|next\\s+year))?\\b|\\bQ([1-4])(?:\\s+(${YEAR_RE}))?\\b`,
  (c) => {
    const s = lc(c.m[0]);
    const q = c.m[1] ? ORDINALS[lc(c.m[1])] : +c.m[4];
    const half = lc(c.m[2]) === 'half';
    if (half && q > 2) return null;
    const explicit = new RegExp(`(${YEAR_RE})`).exec(s);
    const tense = c.tense();
    const code = half ? `H${q}` : `Q${q}`;
    let value: string | null;
    if (explicit) value = `${explicit[1]}-${code}`;
    else if (!c.A) value = `XXXX-${code}`;
    else {
      const off = /last year|year-ago|year-earlier|previous year|prior year/.test(s) ? -1 : /next year/.test(s) ? 1 : 0;
      const base = /this year|last year|next year/.test(s)
        ? `${pad(c.A.y, 4)}-${code}`
        : half
          ? `${pad(c.A.y - (q === 2 && c.A.m <= 6 && tense !== 'future' ? 1 : 0), 4)}-${code}`
          : resolveQuarter(c.A, q, tense);
      value = shiftYear(base, off);
    }
    return {
      type: 'DATE',
      value,
      setsQuarter: !half && !/year-ago|year-earlier|last year|next year|previous|prior/.test(s),
      reported: verbBeforeTense(c.text, c.m.index, c.m.index + c.m[0].length) === 'past',
    };
  },
);

// References to the reported quarter: "the quarter", "the latest quarter", "the year-ago period", "that quarter"
rule(
  `\\b(?:the|this|that|its)\\s+(?:(latest|last|recent|most\\s+recent|current|comparable|corresponding|year-ago|year-earlier|prior|previous|same|fiscal|just-ended|just\\s+ended)\\s+)?(?:(year-ago|year-earlier)\\s+)?(quarter|period)(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year))?\\b(?!\\s+of\\b|\\s+(?:to|from)\\s+(?:${MONTH_RE}|the\\s+(?:end|beginning|start|middle)\\b|\\d{1,2}\\b)|-)`,
  (c) => {
    const [, mod, mod2, noun, tail] = c.m;
    const ended = new RegExp(`^\\s+(?:ended|ending|that\\s+ended|which\\s+ended)\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:,?\\s+(${YEAR_RE}))?`).exec(after(c, 40));
    if (ended && c.A && !tail && !/year-ago|year-earlier/.test(lc(c.m[0]))) {
      const v = resolveMonthDay(c.A, monthNumber(ended[1]), +ended[2], 'past', ended[3] ? +ended[3] : undefined);
      // A quarter is named by the calendar quarter most of it falls in: the one of its middle, some 45 days before its end ("ended July 31" is Q2).
      const end = parseIso(v);
      const middle = end && addDays(end, -45);
      const q = middle ? quarterValue(middle.y, middle.m) : null;
      return { type: 'DATE', value: lc(noun) === 'quarter' ? q : v ? v.slice(0, 4) : null };
    }
    const m1 = lc(mod);
    const s = lc(c.m[0]);
    const ago = /year-ago|year-earlier|a year|last year|comparable|corresponding/.test(s);
    if (/^(?:prior|previous|last)$/.test(m1)) return null;
    // "the current quarter" is the one the story is written in, not the one it reports on.
    if (m1 === 'current' && lc(noun) === 'quarter' && !mod2 && !tail) return { type: 'DATE', value: c.A ? quarterValue(c.A.y, c.A.m) : null };
    if (lc(noun) === 'period' && !mod && !mod2 && !tail) return { type: 'DATE', resolve: (st) => st.refQuarter ?? DROP };
    if (lc(noun) === 'period' && !ago && !/latest|recent|current|this/.test(s)) return { type: 'DATE', resolve: (st) => st.refQuarter ?? DROP };
    return {
      type: 'DATE',
      resolve: (st) => {
        const ref = st.refQuarter ?? lastQuarter(c.A);
        if (!ref) return null;
        return ago ? shiftYear(ref, -1) : ref;
      },
    };
  },
);

// "a year earlier", "a year ago", "year-earlier", "year-ago": the reported quarter's year-ago twin in earnings stories
rule(`\\b(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year-(?:ago|earlier))\\b`, (c) => ({ type: 'DATE', resolve: yearAgo(c) }));

/**
 * A period of several quarters named earlier in the sentence: "For the nine months, net fell from
 * $5 million a year earlier" compares with last year's nine months, not with a quarter.
 */
const SEVERAL_QUARTERS = /\b(?:(?:six|nine)[\s-]months?|(?:first|second)\s+half|(?:fiscal|full|calendar)\s+year|year\s+to\s+date|year-to-date)\b/i;

/** The words that set one figure against another: "up from $4 million", "compared with a loss of $3 million". */
const COMPARISON_WORDS = ['compared with ', 'compared to ', 'from ', 'than ', 'versus '];

/**
 * Whether the match closes a comparison with an amount ("… from $4 million last year") or opens
 * one ("from last year's $4 million"): the year then stands for the period the amount was earned in.
 */
function comparesAmount(c: Ctx): boolean {
  const [s] = sentenceBounds(c.text, c.m.index, c.m.index + c.m[0].length);
  const lead = c.text.slice(Math.max(s, c.m.index - 100), c.m.index).toLowerCase();
  if (/\b(?:from|than|with)\s+$/.test(lead) && /^['’]s\s+(?:[$£€#]|\d)/.test(after(c, 6))) return true;
  const at = Math.max(...COMPARISON_WORDS.map((w) => lead.lastIndexOf(w)));
  return at >= 0 && (at === 0 || !/[a-z]/.test(lead[at - 1])) && /\d/.test(lead.slice(at));
}

function namesSeveralQuarters(c: Ctx): boolean {
  const [s] = sentenceBounds(c.text, c.m.index, c.m.index + c.m[0].length);
  return SEVERAL_QUARTERS.test(c.text.slice(s, c.m.index));
}

/**
 * A year back from the story's time: the reported quarter's year-ago twin, or last year when no
 * quarter (or several) is in view. "A year earlier" and "a year before" in a sentence of events,
 * not of figures, count from the last date the story named ("arrested in 2015 … a year earlier, he
 * had moved" is 2014); "a year ago" always counts from the story's day.
 */
function yearAgo(c: Ctx): (st: DocState) => string | null {
  const whole = namesSeveralQuarters(c);
  const A = c.A;
  const fromStoryTime = /\b(?:earlier|before)$/i.test(c.m[0]) && !/^year-/i.test(c.m[0]) && !figuresInSentence(c);
  return (st) => {
    if (st.refQuarter) return whole ? shiftYear(st.refQuarter, -1).slice(0, 4) : shiftYear(st.refQuarter, -1);
    if (fromStoryTime && st.lastPoint) return pad(st.lastPoint.y - 1, 4);
    return A ? pad(A.y - 1, 4) : null;
  };
}

/** Whether the match's sentence holds an amount or a rate ("rose 5% from a year earlier"): its comparisons are of figures, now against then. */
function figuresInSentence(c: Ctx): boolean {
  const [s, e] = sentenceBounds(c.text, c.m.index, c.m.index + c.m[0].length);
  return /[$£€#%]|\d|\b(?:percent|million|billion|cents?)\b/i.test(c.text.slice(s, c.m.index) + c.text.slice(c.m.index + c.m[0].length, e));
}

// "this week", "last month", "next year", "earlier this year", "the end of the year", "the past year", "this quarter"
rule(
  `\\b(?:(earlier|later|early|late|mid-?|(?:at\\s+)?the\\s+(?:end|beginning|start|middle|rest|remainder|turn|first\\s+half|second\\s+half)\\s+of)\\s+)?(this|last|next|the\\s+past|the\\s+previous|the\\s+prior|the\\s+preceding|the\\s+following|the\\s+coming|the\\s+current|the\\s+same|the\\s+latest|the)\\s+(week|weekend|month|year|quarter|decade|century)\\b`,
  (c) => {
    const [, mod, relWord, unitWord] = c.m;
    const rel = lc(relWord)
      .replace(/^the /, '')
      .replace(/^(?:prior|preceding)$/, 'previous');
    const unit = lc(unitWord);
    const A = c.A;
    if (rel === 'the') {
      // "the week"/"the year" alone are usually not dates; keep "the end of the year", "the weekend"
      // ... but "the week" of a market report ("For the week, the index fell", "the week's most active session") is this one.
      if (!mod && unit !== 'weekend' && !(unit === 'week' && (/^['’]s\b/.test(after(c, 3)) || /\bfor\s+$/i.test(before(c, 5))))) return null;
      if (unit === 'quarter' || unit === 'decade' || unit === 'century') return null;
    }
    if (rel === 'same' && !mod) return null;
    if (/^(?:This|Last|Next)$/.test(relWord) && (titleCased(c, relWord) || /^[A-Z]/.test(unitWord))) return null;
    if (SET_BEFORE.test(before(c))) return null;
    const off = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'following' || rel === 'coming' ? 1 : 0;
    // "over the past decade", "for the next century": ten or a hundred years reaching back or ahead from now, not a calendar decade.
    if ((unit === 'decade' || unit === 'century') && !mod && /^(?:last|past|next|coming)$/.test(rel))
      return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P100Y' };
    // "in the past week", "over the last month": the stretch up to now, not the calendar week or month before this one.
    const theLast = rel === 'last' ? /\bthe\s+$/i.exec(before(c, 4)) : null;
    if ((unit === 'week' || unit === 'month') && !mod && (rel === 'past' || theLast)) {
      const start = c.m.index - (theLast ? theLast[0].length : 0);
      if (/\b(?:over|in|during|for|within|throughout)\s+$/i.test(c.text.slice(Math.max(0, start - 12), start)))
        return { type: 'DURATION', start, value: unit === 'week' ? 'P1W' : 'P1M' };
    }
    if (unit === 'quarter') {
      if (rel === 'latest' || rel === 'current' || rel === 'this') {
        return {
          type: 'DATE',
          resolve: (st) => (rel === 'this' || rel === 'current' ? (A ? quarterValue(A.y, A.m) : null) : (st.refQuarter ?? lastQuarter(A))),
          setsQuarter: false,
        };
      }
      if (!A) return { type: 'DATE', value: null };
      const fromNow = shiftQuarter(quarterValue(A.y, A.m), off);
      // "Profit rose in the third quarter from the previous quarter": the one before the quarter the story reports on.
      if (rel === 'previous' || rel === 'following') return { type: 'DATE', resolve: (st) => (st.refQuarter ? shiftQuarter(st.refQuarter, off) : fromNow) };
      return { type: 'DATE', value: fromNow };
    }
    if (!A) return { type: unit === 'weekend' ? 'DATE' : 'DATE', value: rel === 'past' && unit !== 'weekend' ? 'PAST_REF' : null };
    // "profit of $5 million, compared with $4 million last year": the year-ago twin of the reported quarter.
    if (rel === 'last' && unit === 'year' && !mod && comparesAmount(c)) return { type: 'DATE', resolve: yearAgo(c) };
    if ((rel === 'following' || rel === 'previous') && (unit === 'year' || unit === 'month' || unit === 'week'))
      return { type: 'DATE', resolve: fromLastPoint(unit, off, A) };
    // "Stocks fell Friday. For the week, …": the week of the day the story last named.
    if (rel === 'the' && unit === 'week' && !mod) return { type: 'DATE', resolve: fromLastPoint('week', 0, A) };
    switch (unit) {
      case 'year':
        return { type: 'DATE', value: pad(A.y + off, 4) };
      case 'month':
        return { type: 'DATE', value: fmtMonth(A.y, A.m + off) };
      case 'week':
        return { type: 'DATE', value: isoWeek(addDays(A, 7 * off)) };
      case 'weekend': {
        // "the weekend" in a news story is the one just past (or coming, in future tense); "this weekend" the coming one, unless told in the past
        const aw = weekday(A);
        let sat: Ymd;
        if (off < 0 || (off === 0 && (rel !== 'this' ? c.tense() !== 'future' : c.tense() === 'past'))) sat = addDays(A, aw >= 6 ? 6 - aw : -(aw + 1));
        else sat = addDays(A, aw >= 6 ? 6 - aw : 6 - aw);
        if (off < 0 && aw >= 6) sat = addDays(sat, -7);
        if (off > 0) sat = addDays(A, 6 - aw + (aw >= 6 ? 7 : 0));
        return { type: 'DATE', value: `${isoWeek(sat)}-WE` };
      }
      case 'decade': {
        const d = Math.floor(A.y / 10) + (rel === 'last' || rel === 'past' ? 0 : off);
        return { type: 'DATE', value: String(d) };
      }
      case 'century':
        return { type: 'DATE', value: pad(Math.floor(A.y / 100) + off, 2) };
    }
    return null;
  },
);
// "the next day", "the following morning", "the previous night", "the day before,": counted from the last day named.
// "The day before the vote" and "the day after he left" are counted from what follows, not from the last day named, and are left out.
rule(
  `\\bthe\\s+(?:(next|following|previous|prior|preceding)\\s+(day|morning|afternoon|evening|night)|(day|night)\\s+(before|after|earlier)(?=\\s*(?:[,.;:!?)"”]|$)))`,
  (c) => {
    const [, rel, unit, unit2, side] = c.m;
    // A stretch of time ("spent the next day in bed", "the next day or so") is no day on the calendar.
    if (/\b(?:spend|spends|spent|spending|over|for|during|within|throughout)\s+$/i.test(before(c, 12)) || /^\s+or\s+(?:so|more|two)\b/i.test(after(c, 10)))
      return null;
    // "the next day, Sept. 15": the date beside it says which day.
    if (new RegExp(`^,\\s*(?:${WEEKDAY_RE}|${MONTH_RE})`).test(after(c, 12))) return null;
    const off = /^(?:next|following|after)$/i.test(rel ?? side) ? 1 : -1;
    const u = lc(unit ?? unit2);
    const part = u === 'day' ? undefined : PART_OF_DAY[u];
    return { type: part ? 'TIME' : 'DATE', resolve: dayFromLastPoint(off, part, c.tense(), c.A), keepsPoint: true };
  },
);

// "the week of Sept. 7": the ISO week of that day
rule(`\\bthe\\s+week\\s+of\\s+(${MONTH_RE})\\s+(${DAY_RE})(?:,?\\s+(${YEAR_RE}))?(?![\\w%])`, (c) => {
  const [, monWord, dayWord, year] = c.m;
  if (!capital(monWord)) return null;
  const value = resolveMonthDay(c.A, monthNumber(monWord), parseInt(dayWord, 10), year ? 'neutral' : c.dayTense(), year ? +year : undefined);
  const day = parseIso(value);
  return { type: 'DATE', value: day ? isoWeek(day) : (value?.replace(/-\d\d-\d\d$/, '-WXX') ?? null) };
});

// "the full year", "the fiscal year", "the current fiscal year", "earlier in the year", "later in the day"
rule(
  `\\b(?:(?:the|this|its)\\s+(?:(full|current|latest|last|previous|past|coming|next|new|same)\\s+)?(?:(fiscal|calendar)\\s+)?year\\b|(earlier|later)\\s+in\\s+the\\s+(day|week|month|year))`,
  (c) => {
    const [, mod, kind, side, unit] = c.m;
    const A = c.A;
    if (side) {
      if (!A) return { type: 'DATE', value: null };
      const u = lc(unit);
      return { type: 'DATE', value: u === 'year' ? pad(A.y, 4) : u === 'month' ? fmtMonth(A.y, A.m) : u === 'week' ? isoWeek(A) : fmtDay(A) };
    }
    const m = lc(mod);
    if (!kind && !m && ownYear(c)) return { type: 'DATE', value: A ? pad(A.y, 4) : null };
    if (!kind && m !== 'full') return null;
    if (m === 'same') return null;
    if (SET_BEFORE.test(before(c))) return null;
    // "the fiscal year ended Jan. 31": a year's length named by its end (the end date is a date of its own), not the story's year.
    if (kind && !m && /^\s+(?:ended|ending)\b/i.test(after(c, 10))) return { type: 'DURATION', value: 'P1Y' };
    if (!A) return { type: 'DATE', value: null };
    const off = /^(?:latest|last|previous|past)$/.test(m) ? -1 : /^(?:coming|next|new)$/.test(m) ? 1 : 0;
    return { type: 'DATE', value: pad(A.y + off, 4) };
  },
);
/**
 * "For the year, volume was flat", "a high for the year", "the first nine months of the year": the
 * year of the story after "for" or a part of it; not a fiscal year named by its end ("for the year
 * ended March 31" is a length), nor one compared ("the year before"), nor an award ("player of the year").
 */
function ownYear(c: Ctx): boolean {
  if (!/^the year$/.test(c.m[0])) return false;
  // "of the year" after a part of it ("nine months of the year"), not after an award ("player of the year").
  const b = before(c, 30);
  if (!/\bfor\s+$/i.test(b) && !/\b(?:months?|weeks?|days?|quarters?|half|part|rest|balance|start|beginning|middle|end|time|season)\s+of\s+$/i.test(b))
    return false;
  return !/^(?:-|['’]s\b|\s+(?:ended|ending|earlier|ago|before|after|later|through|to|that|when|in\s+which|of\b))/i.test(after(c, 14));
}

// "by year-end", "month's end": the year or month itself, as "the end of the year" is (TIMEX3 writes the end as a modifier, not in the value).
rule(`\\b(?:year|month|week)(?:-end|\\s+end|['’]s\\s+end)\\b`, (c) => {
  const u = lc(c.m[0]).slice(0, 4);
  const A = c.A;
  if (!A) return { type: 'DATE', value: null };
  const y = /\bsince\s+$/i.test(before(c, 8)) ? A.y - 1 : A.y;
  return { type: 'DATE', value: u === 'year' ? pad(y, 4) : u === 'mont' ? fmtMonth(A.y, A.m) : isoWeek(A) };
});

// "two weeks ago", "a month ago", "nearly four years ago", "several years ago"
rule(
  `\\b(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|only|just|over|roughly|around)\\s+)?(${NUM})\\s+(${UNIT_RE})s?(?:\\s+or\\s+so)?\\s+ago\\b`,
  (c) => {
    const n = cardinal(c.m[1]);
    const u = unitCode(c.m[2]);
    const A = c.A;
    if (n === null) return { type: 'DATE', value: 'PAST_REF' };
    if (!A) return { type: 'DATE', value: 'PAST_REF' };
    switch (u) {
      case 'Y':
        return { type: 'DATE', value: pad(A.y - n, 4) };
      case 'M':
        return { type: 'DATE', value: fmtMonth(A.y, A.m - n) };
      case 'W':
        return { type: 'DATE', value: isoWeek(addDays(A, -7 * n)) };
      case 'D':
        return { type: 'DATE', value: fmtDay(addDays(A, -n)) };
      case 'DE':
        return { type: 'DATE', value: String(Math.floor((A.y - 10 * n) / 10)) };
      case 'Q': {
        const t = A.y * 4 + quarterOf(A.m) - 1 - n;
        return { type: 'DATE', value: `${Math.floor(t / 4)}-Q${(t % 4) + 1}` };
      }
      default:
        return { type: 'DATE', value: 'PAST_REF' };
    }
  },
);

// Durations tied to now: "the last 18 months" → P18M, "the past two weeks" → P2W; "the past few months" → PAST_REF
rule(`\\b(?:the\\s+)?(past|last|next|previous|coming|following|recent)\\s+(${NUM})\\s+(${UNIT_RE})s?\\b`, (c) => {
  const [, rel, num, unit] = c.m;
  const n = cardinal(num);
  const r = lc(rel);
  if (r === 'past' && !/^the\b/i.test(c.m[0]) && !/\b(?:over|in|for|during|within)\s+$/i.test(before(c, 8))) return null;
  if (n === null) {
    if (/^(?:some|many)$/i.test(num)) return null;
    return { type: 'DATE', value: /^(?:next|coming|following)$/.test(r) ? 'FUTURE_REF' : 'PAST_REF' };
  }
  const u = unitCode(unit);
  if (u === 'X') return null;
  const value = u === 'DE' ? `P${n * 10}Y` : u === 'CE' ? `P${n * 100}Y` : /^[SMH]$/.test(u) && /minute|second|hour/i.test(unit) ? `PT${n}${u}` : `P${n}${u}`;
  return { type: 'DURATION', value };
});
// "recent years", "in recent weeks", "the coming months", "recent days"
rule(`\\b(?:(?:the|in)\\s+)?(recent|coming|past|next\\s+few|last\\s+few|past\\s+few|past\\s+several)\\s+(days|weeks|months|years|decades|quarters)\\b`, (c) => {
  const r = lc(c.m[1]);
  const inFront = /^in\s/i.test(c.m[0]);
  if (r === 'past' && !/^the\b/i.test(c.m[0]) && !inFront && !/\b(?:over|during|for)\s+$/i.test(before(c, 8))) return null;
  // The preposition is not part of the expression: "in [recent years]".
  const start = inFront ? c.m.index + c.m[0].length - c.m[0].slice(2).trimStart().length : c.m.index;
  return { type: 'DATE', start, value: /coming|next/.test(r) ? 'FUTURE_REF' : 'PAST_REF' };
});

// Seasons: "early summer", "last fall", "this spring", "the summer", "winter 2019"
rule(
  `\\b(?:(early|late|mid-?|the|this\\s+past|this\\s+coming|this|last|next|the\\s+coming|the\\s+past|the\\s+early|the\\s+late)\\s*)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(${YEAR_RE})|\\s+of\\s+(this|last|next)\\s+year)?\\b`,
  (c) => {
    const [, mod, season, year, relYear] = c.m;
    const code = SEASONS[lc(season)];
    if (year) return { type: 'DATE', value: `${year}-${code}` };
    // "the spring of next year": that year's season.
    if (relYear)
      return { type: 'DATE', value: c.A ? `${pad(c.A.y + (lc(relYear) === 'next' ? 1 : lc(relYear) === 'last' ? -1 : 0), 4)}-${code}` : `XXXX-${code}` };
    const rel = lc(mod).replace(/^the /, '');
    if (!mod) {
      if (!/\b(?:in|during|by|until|till|since|over|through|before|after|for)\s+$/i.test(before(c))) return null;
      if (lc(season) === 'fall') return null;
    }
    if (
      lc(season) === 'fall' &&
      (/^\s+(?:of|in|to|from|by|apart|short|off|back|behind|further|below|through|out)\b/i.test(after(c)) ||
        !/^(?:the|this|last|next|early|late|mid)/.test(lc(mod)))
    )
      return null;
    if (/^the$/i.test(rel) && /^\s+of\b/i.test(after(c))) return null;
    if (/^[A-Z]/.test(season) && (/^\s+[A-Z]/.test(after(c, 3)) || titleCased(c, season) || (mod && /^[a-z]/.test(mod)))) return null;
    return { type: 'DATE', value: resolveSeason(c.A, code, c.tense(), /^(?:early|late|mid-?|the)$/.test(rel) ? '' : rel) };
  },
);

// Vague references to the present, past and future
rule(
  `\\b(right\\s+now|now|currently|then[\\s-]current|current|at\\s+present|presently|nowadays|these\\s+days|recently|recent|lately|more\\s+recently|most\\s+recently|the\\s+near\\s+future|the\\s+future|future|the\\s+past|soon|shortly|(?:the|in\\s+the)\\s+(?:short|near|long)[\\s-]term|so\\s+far\\s+this\\s+year)\\b`,
  (c) => {
    const w = lc(c.m[1]);
    if (w === 'now' && titleCased(c, c.m[1])) return null;
    if (/\b(?:until|till|by|from|for|since|up\s+to|right)\s+$/i.test(before(c, 12)) && w === 'now') return { type: 'DATE', value: 'PRESENT_REF' };
    if (w === 'current' && /^\s+(?:account|accounts|affairs|events|assets|liabilities|flows?|draw|carrying)\b/i.test(after(c))) return null;
    if (
      w === 'current' &&
      !/^\s+[a-z]/.test(after(c, 3)) &&
      !/^\s+(?:(?:fiscal\s+)?(?:quarter|year|period|month|week|season|session|term|level|levels|price|prices|rate|rates|market|situation|crisis|conditions|environment|climate|government|administration|leadership|management|regime|policy|account|deficit|contract|plan|negotiations|talks|round|system|law|owners?|president|chairman|chief|members?|holders?|dividend|earnings|quarter's|year's)\b)/i.test(
        after(c),
      )
    )
      return null;
    if (
      w === 'future' &&
      !/^\s+(?:quarters?|years?|months?|generations?|growth|earnings|profits?|results|plans|operations|sales|prospects|periods?)\b/i.test(after(c))
    )
      return null;
    if (
      w === 'the past' &&
      /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|quarter|century)/i.test(after(c, 12))
    )
      return null;
    if (w === 'shortly' && !/^\s*[.,;]/.test(after(c, 3)) && !/^\s+(?:thereafter|afterwards?)\b/i.test(after(c, 14))) return null;
    // "the future of the party" is its fate, not a time; "the short-term pain" an adjective.
    if (/future$/.test(w) && /^\s+of\b/i.test(after(c, 4))) return null;
    if (/-term$/.test(c.m[1]) && /^\s+[a-z]/.test(after(c, 3))) return null;
    // "shortly afterward", "but soon the crowd left": told in sequence in a past sentence, soon after a past event.
    const inSequence =
      /^\s+(?:thereafter|afterwards?)\b/i.test(after(c, 14)) ||
      (w === 'soon' && /(?:^|[.;,!?]\s*|\b(?:and|but|then)\s+)$/i.test(before(c, 6)) && !/^\s+(?:as|after|before)\b/i.test(after(c, 8)));
    if (/^(?:shortly|soon)$/.test(w) && inSequence && c.tense() === 'past') return { type: 'DATE', value: 'PAST_REF' };
    if (w === 'this time') return /^\s+(?:last|next)\s+year\b/i.test(after(c, 15)) ? null : { type: 'DATE', value: 'PRESENT_REF' };
    if (w === 'recent') return null;
    if (w === 'soon' && (/^\s+(?:as|after|before|afterwards?|thereafter)\b/i.test(after(c, 14)) || /\bas\s+$/i.test(before(c, 4)))) return null;
    if (/term$/.test(w) && !/^(?:the|in the) (?:short|near)/.test(w)) return null;
    // "the then-current price": the present of a past moment.
    if (/^then/.test(w)) return { type: 'DATE', value: 'PAST_REF' };
    const value = /^(?:right now|now|currently|current|at present|presently|nowadays|these days|this time)$/.test(w)
      ? 'PRESENT_REF'
      : /future|soon|shortly|short|near|long/.test(w)
        ? 'FUTURE_REF'
        : w === 'so far this year'
          ? c.A
            ? pad(c.A.y, 4)
            : 'PRESENT_REF'
          : 'PAST_REF';
    return { type: 'DATE', value };
  },
);

// An unnamed time ahead: "at a later date", "will one day be", "could someday win"
rule(`\\b(?:a\\s+later\\s+date|one\\s+day|some\\s?day)\\b`, (c) => {
  if (/^a/i.test(c.m[0])) return { type: 'DATE', value: 'FUTURE_REF' };
  // Only after a modal: "one day" alone is as often a length ("for one day") or a past day ("one day in May").
  return /\b(?:will|would|could|may|might|shall|can)\s+(?:[a-z]+ly\s+)?$/i.test(before(c, 24)) ? { type: 'DATE', value: 'FUTURE_REF' } : null;
});

// "that year", "that month", "that quarter": the one the story last named (none named: no date);
// not "that year-end", nor "that quarter of the city"
rule(`\\bthat\\s+(year|month|week|quarter)\\b(?!-|\\s+of\\b)`, (c) => {
  const unit = lc(c.m[1]);
  return {
    type: 'DATE',
    resolve: (st) => {
      const p = st.lastPoint;
      if (unit === 'quarter') return st.refQuarter ?? (p?.m ? quarterValue(p.y, p.m) : DROP);
      if (unit === 'year') return p ? pad(p.y, 4) : DROP;
      if (unit === 'month') return p?.m ? fmtMonth(p.y, p.m) : DROP;
      const day = dayOf(p);
      return day ? isoWeek(day) : DROP;
    },
  };
});

// "until then", "by then", "since then": the last date the story named
rule(`\\b(?:until|till|by|since)\\s+(then)\\b`, (c) => {
  const start = c.m.index + c.m[0].length - 4;
  return { type: 'DATE', start, end: start + 4, resolve: (st) => pointValue(st.lastPoint) ?? DROP };
});

// ---------------------------------------------------------------------------------------------

/** The tagger's verbs of a paragraph (its parse is shared with the entity extractor's). */
function verbTags(text: string): VerbTags {
  const { tags } = parsedParagraph(text);
  return {
    present: (o) => !!tags.get(o)?.has('PresentTense') && !!tags.get(o)?.has('Verb'),
    subject: (o) => {
      const t = tags.get(o);
      return !!t && (t.has('Noun') || t.has('Pronoun')) && !t.has('Value') && !t.has('Possessive') && !t.has('Verb');
    },
  };
}

/** A limit right before the expression ("by Friday", "until Monday", "since Tuesday"): the sentence's cue rules decide. */
const limitBefore = (text: string, start: number) =>
  /\b(?:by|until|till|through|effective|payable|expires?|expiring|record|starting|beginning|before|since|ago)\s+(?:(?:on|at|the)\s+)?$/i.test(
    text.slice(Math.max(0, start - 40), start),
  );

/** findInParagraph per (paragraph text, anchor); candidates are frozen and shared, offsets relative to the paragraph. */
const candCache = textCache<readonly Readonly<Cand>[]>(PARAGRAPH_CACHE_SIZE);

function findCached(text: string, anchor: string | null, A: Ymd | null): readonly Readonly<Cand>[] {
  return memo(candCache, `${anchor ?? ''}\u0000${text}`, () => Object.freeze(findInParagraph(text, A).map((c) => Object.freeze(c))));
}

function findInParagraph(text: string, A: Ymd | null): Cand[] {
  const cands: Array<Cand & { rank: number }> = [];
  rules.forEach((r, rank) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      let tense: Tense | undefined;
      const match = m;
      const span: [number, number] = [match.index, match.index + match[0].length];
      const sentenceTense = () => (tense ??= tenseAt(text, ...span));
      // A weekday that owns a noun ("Tuesday's declaration") is not the verb's adverbial.
      const governed = () => !limitBefore(text, span[0]) && !/^['’]s\b/.test(text.slice(span[1], span[1] + 3));
      const dayTense = () => (governed() ? dayVerbTense(text, ...span, verbTags(text)) : null) ?? sentenceTense();
      const ctx: Ctx = { text, A, m: match, tense: sentenceTense, dayTense };
      const res = r.fn(ctx);
      if (!res) continue;
      const start = res.start ?? m.index;
      const end = res.end ?? m.index + m[0].length;
      cands.push({ ...res, start, end, rank });
    }
  });
  const sorted = cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: Cand[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    if (inShowTitle(text, c.start, c.end)) continue;
    const { rank: _rank, ...cand } = c;
    kept.push(trimSpan(text, cand));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A date word written as it is in the name of a show or a work. */
const TITLE_WORD = new RegExp(`^(?:(?:this|last|good|early|late)\\s+)?(?:today|tonight|tomorrow|yesterday|morning|evening|night|week|${WEEKDAY_RE})$`, 'i');
const QUOTE_OPEN = /["“‘]/;
const QUOTE_CLOSE = /["”’]/;

/**
 * Whether a capitalized date word without a number names a show or a work ("Today" the show,
 * “Fox News Sunday”, ABC's “This Week”, CBS This Morning, “Good Morning America”): inside a short
 * quotation of capitalized words, right after a name's possessive, or right before "show",
 * "program" or "interview".
 */
function inShowTitle(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (!/^\p{Lu}/u.test(span) || !TITLE_WORD.test(span)) return false;
  const after = text.slice(end, end + 24);
  if (/^["”’,]?\s*(?:show|program|programme|broadcast|interview|segment|anchor|host|co-host)s?\b/i.test(after)) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  if (/\p{Lu}[\p{L}.]*['’]s\s+["“‘]?$/u.test(before)) return true;
  // "CBS This Morning": "This" capitalized inside a sentence.
  if (/^(?:This|Last|Good)\s/.test(span) && /[\p{L},]\s+$/u.test(before)) return true;
  // Inside a quotation of at most six capitalized words: “Fox News Sunday”, “Good Morning America”.
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('‘'));
  // An opening mark (space before it, none after it) and a closing one (none before it).
  if (open < 0 || (open > 0 && !/\s|\(/.test(before[open - 1])) || /\s/.test((before + span)[open + 1])) return false;
  const closeRel = after.search(QUOTE_CLOSE);
  if (closeRel < 0 || (closeRel > 0 && /\s/.test(after[closeRel - 1]))) return false;
  const inner = before.slice(open + 1) + span + after.slice(0, closeRel);
  if (QUOTE_OPEN.test(inner) || /[.!?;]/.test(inner.replace(/[.,]$/, ''))) return false;
  const words = inner.replace(/[.,]$/, '').trim().split(/\s+/);
  // A weekday alone in quotation marks may be a quoted word ("the “Monday” meeting"); "Today" alone is the show.
  if (words.length === 1 && !/^(?:today|tonight)$/i.test(words[0].replace(/[.,]$/, ''))) return false;
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|with|in|on|for|to)$/.test(w));
}

/** Drop trailing punctuation a pattern may have swallowed, except an abbreviation's period. */
function trimSpan(text: string, c: Cand): Cand {
  let end = c.end;
  while (end > c.start && /[\s,]/.test(text[end - 1])) end--;
  return end === c.end ? c : { ...c, end };
}
