import type { Article } from '../article';
import type { DateMention, TimexType } from '../types';

/**
 * Temporal expressions (TIMEX3-style) found by a pattern layer tuned for news, resolved against
 * the article's publication date with a past bias.
 */

interface Cand {
  start: number;
  end: number;
  value: string | null;
  type: TimexType;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function extractDates(article: Article): DateMention[] {
  const anchor = article.published;
  const out: DateMention[] = [];
  for (const p of article.paragraphs) {
    for (const c of findInParagraph(p.text, anchor)) {
      const start = p.start + c.start;
      const end = p.start + c.end;
      out.push({ start, end, text: article.text.slice(start, end), value: c.value, timexType: c.type, anchor });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

interface Ymd { y: number; m: number; d: number }

function parseAnchor(anchor: string | null): Ymd | null {
  if (!anchor) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function ymd(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

function findInParagraph(text: string, anchorIso: string | null): Cand[] {
  const A = parseAnchor(anchorIso);
  const cands: Cand[] = [];
  const add = (start: number, end: number, value: string | null, type: TimexType = 'DATE') => {
    cands.push({ start, end, value, type });
  };

  // Month day(, year)
  for (const m of text.matchAll(new RegExp(`\\b(${MONTH})\\s+(${DAY})\\b(?:,?\\s+(${YEAR})\\b)?`, 'g'))) {
    const mon = MONTHS[m[1].toLowerCase().replace('.', '')];
    const day = parseInt(m[2], 10);
    let value: string;
    if (m[3]) value = `${m[3]}-${pad(mon)}-${pad(day)}`;
    else if (A) value = `${A.y}-${pad(mon)}-${pad(day)}`;
    else value = `XXXX-${pad(mon)}-${pad(day)}`;
    add(m.index!, m.index! + m[0].length, value);
  }
  // (early|late|mid) Month (year)
  for (const m of text.matchAll(new RegExp(`\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?(${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'g'))) {
    const mon = MONTHS[m[1].toLowerCase().replace('.', '')];
    if (!m[2] && /^May$/.test(m[1]) && !/\b(?:in|of|since|until|by|early|late|mid-?|last|next|this)\s+$/i.test(text.slice(0, m.index!))) continue;
    const y = m[2] ? m[2] : A ? String(A.m >= mon ? A.y : A.y - 1) : 'XXXX';
    add(m.index!, m.index! + m[0].length, `${y}-${pad(mon)}`);
  }
  // Years
  for (const m of text.matchAll(new RegExp(`(?<![\\d,.$])\\b(${YEAR})\\b(?![,.]?\\d)`, 'g'))) {
    add(m.index!, m.index! + m[0].length, m[1]);
  }
  // Weekdays
  for (const m of text.matchAll(new RegExp(`\\b(${WEEKDAY})\\b`, 'g'))) {
    const w = WEEKDAYS[m[1].toLowerCase()];
    let value: string | null = null;
    if (A) {
      const delta = (weekday(A) - w + 7) % 7;
      value = ymd(addDays(A, -delta));
    } else value = `XXXX-WXX-${w}`;
    add(m.index!, m.index! + m[0].length, value);
  }
  // Deictic words
  for (const m of text.matchAll(/\b(today|yesterday|tomorrow|now)\b/gi)) {
    const w = m[1].toLowerCase();
    let value: string | null = null;
    if (w === 'now') value = 'PRESENT_REF';
    else if (A) value = ymd(addDays(A, w === 'today' ? 0 : w === 'yesterday' ? -1 : 1));
    else value = w === 'today' ? 'PRESENT_REF' : null;
    add(m.index!, m.index! + m[0].length, value);
  }
  // last/this/next month|year|week
  for (const m of text.matchAll(/\b(last|this|next)\s+(week|month|year)\b/gi)) {
    const rel = m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0;
    const unit = m[2].toLowerCase();
    let value: string | null = null;
    if (A) {
      if (unit === 'year') value = String(A.y + rel);
      else if (unit === 'month') {
        const t = A.y * 12 + (A.m - 1) + rel;
        value = `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
      } else value = isoWeek(addDays(A, 7 * rel));
    }
    add(m.index!, m.index! + m[0].length, value);
  }
  // Seasons
  for (const m of text.matchAll(/\b(?:(early|late|mid-?)\s*)?(summer|winter|spring|fall|autumn)\b/gi)) {
    const s = { summer: 'SU', winter: 'WI', spring: 'SP', fall: 'FA', autumn: 'FA' }[m[2].toLowerCase()]!;
    add(m.index!, m.index! + m[0].length, A ? `${A.y}-${s}` : `XXXX-${s}`);
  }
  // Durations: the past/last N units
  for (const m of text.matchAll(/\b(?:the\s+)?(?:past|last|next|previous|coming)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s+(day|week|month|year|decade)s\b/gi)) {
    const n = numberValue(m[1]);
    const u = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE' }[m[2].toLowerCase()]!;
    add(m.index!, m.index! + m[0].length, u === 'DE' ? `P${n * 10}Y` : `P${n}${u}`, 'DURATION');
  }
  // Times
  for (const m of text.matchAll(/\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b\.?/gi)) {
    let h = parseInt(m[1], 10) % 12;
    if (m[3].toLowerCase() === 'p') h += 12;
    const t = `T${pad(h)}:${m[2] ?? '00'}`;
    add(m.index!, m.index! + m[0].length, A ? ymd(A) + t : `XXXX-XX-XX${t}`, 'TIME');
  }
  return select(cands);
}

const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, twenty: 20,
};

function numberValue(s: string): number {
  return /^\d+$/.test(s) ? parseInt(s, 10) : NUMBERS[s.toLowerCase()] ?? 0;
}

function isoWeek(d: Ymd): string {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${pad(w)}`;
}

/** Longest candidates win; the result is sorted and non-overlapping. */
function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cand[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
