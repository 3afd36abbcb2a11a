import { verbBeforeTense } from '../../extract/dates/tense';
import type { AlignedPair } from '../../story/align';
import { sameEventVerb } from '../../story/events';
import type { Statement } from '../../story/statements';
import { BE_HAVE_DO, STOPWORDS } from '../../text';
import { calendarValue, namedWeekday, valuesAgree, yearOf } from '../../timex';
import type { DateMention } from '../../types';
import { appendTo, perObject } from '../../collections';
import { confidenceOf, fitEvidence } from '../confidence';
import { overlap, ownerBefore } from '../context';
import { defineRule, type Conflict, type RuleContext, type RuleDocument } from '../types';

/** A date of a statement with the words around it: what happened then, to whom. */
interface Slot {
  d: DateMention;
  /** Base-form stems of the verbs of its statement. */
  verbs: ReadonlySet<string>;
  /** The weekday it names, 1 = Monday, null when none. */
  weekday: number | null;
  /** It names a weekday without its calendar date ("on Friday", not "Friday, March 3, 2021"). */
  weekdayOnly: boolean;
  /** How it relates to its event, read off the preposition leading to it (see SAME_RELATION): "on" and "in" a day are 'at', "since" 'since'. */
  relation: string;
  /** Base-form stems of up to three content words before it in its clause ("return prison"). */
  before: string[];
  /** Stems of up to three content words after it in its clause. */
  after: string[];
  owner: string | null;
  /** It dates words said ("officials said Saturday"), not the event they tell of. */
  saidThen: boolean;
  /** Base-form stem of what it dates: the noun right after it, else the verb before it in its clause; '' when neither. */
  event: string;
  /** Index of the token of the event's verb, -1 when the event is a noun or unnamed. */
  eventAt: number;
  /** The event is a noun it qualifies: right after it ("a November 2013 release date") or before "of" ("a release date of 22 November"). */
  nounEvent: boolean;
  /** The parts of the date its words give outright, not inferred from the publication date. */
  parts: { year: boolean; month: boolean; day: boolean };
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function partsOf(d: DateMention): Slot['parts'] {
  const numeric = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/.test(d.text);
  return {
    year: /\b(?:1[6-9]|20)\d{2}\b|['’]\d{2}\b/.test(d.text) || /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(d.text),
    month: MONTH_NAME.test(d.text) || numeric,
    day: MONTH_OR_DAY.test(d.text) || numeric,
  };
}

const PREPOSITIONS = new Set(['on', 'in', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'during', 'through', 'at', 'of', 'as', 'for', 'until']);
/** Prepositions that relate a date to an event in the same way ("on" a day, "in" a month). */
const SAME_RELATION = new Map<string, string>(
  Object.entries({
    on: 'at',
    in: 'at',
    at: 'at',
    during: 'at',
    of: 'at',
    '': 'at',
    since: 'since',
    from: 'since',
    until: 'until',
    till: 'until',
    through: 'until',
    by: 'by',
    before: 'before',
    after: 'after',
    as: 'at',
    for: 'for',
  }),
);

/** Stems of words after which "for" names the day something is set for ("planned for December 15", "scheduled for Monday"). */
const SET_FOR = new Set(['plan', 'schedul', 'set', 'slate', 'due', 'expect', 'book', 'reschedul']);

/** The relation of a date to its event from the preposition before it and the word before that. */
function relationOf(prep: string, wordBeforePrep: string): string {
  if (prep === 'for' && SET_FOR.has(wordBeforePrep)) return 'at';
  return SAME_RELATION.get(prep) ?? 'at';
}

/** A day of a month written out ("March 4", "4th of March", "3/4"); not a month and its year ("December 2003"). */
const MONTH_OR_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.]\d{1,2}\b/i;
const CLAUSE_BREAK = /[;:()"“”!?]|[.](?!\d)|,\s*(?:and|but|while|when|after|before|who|which)\b/i;

const slotsOf = perObject((s: Statement): Slot[] => {
  const out: Slot[] = [];
  // Without a date, the statement's placed tokens are not even built.
  if (!s.dates.length) return out;
  const { tokens, wording } = s;
  const verbs = new Set(wording.lemmas.filter((_, k) => verbAt(wording, k)));
  for (const d of s.dates) {
    const weekday = namedWeekday(d);
    const usable = (d.timexType === 'DATE' && calendarValue(d)) || ((d.timexType === 'DATE' || d.timexType === 'TIME') && weekday !== null);
    if (!usable) continue;
    const first = tokens.findIndex((t) => t.end > d.start);
    let last = first;
    while (last < tokens.length && tokens[last].start < d.end) last++;
    const before: string[] = [];
    let prep = '';
    for (let b = first - 1, n = 0; b >= 0 && before.length < 3 && n < 7; b--, n++) {
      const next = b + 1 < tokens.length ? tokens[b + 1].start : d.start;
      if (CLAUSE_BREAK.test(s.text.slice(tokens[b].end - s.start, Math.min(next, d.start) - s.start))) break;
      const norm = tokens[b].norm;
      if (n === 0 && PREPOSITIONS.has(norm)) prep = norm;
      if (STOPWORDS.has(norm) || /^\d/.test(norm)) continue;
      before.push(wording.lemmas[b]);
    }
    const after: string[] = [];
    for (let a = last; a < tokens.length && after.length < 3 && a < last + 6; a++) {
      if (CLAUSE_BREAK.test(s.text.slice(tokens[a - 1].end - s.start, tokens[a].start - s.start))) break;
      if (!STOPWORDS.has(tokens[a].norm) && !/^\d/.test(tokens[a].norm)) after.push(wording.lemmas[a]);
    }
    // A date opening its sentence ("On Saturday, Cheeks was fired") dates the clause after it.
    if (before.length === 0) {
      for (let a = last; a < tokens.length && after.length < 3 && a < last + 8; a++) {
        if (/[;:()"“”!?]|[.](?!\d)/.test(s.text.slice(tokens[a - 1].end - s.start, tokens[a].start - s.start))) break;
        if (!STOPWORDS.has(tokens[a].norm) && !/^\d/.test(tokens[a].norm) && !after.includes(wording.lemmas[a])) after.push(wording.lemmas[a]);
      }
    }
    const parts = partsOf(d);
    // "said Saturday", "announced on Friday"; not "announced November 2013 release date".
    // A noun right after the date is what it dates ("his 2016 election", "a November 2013 release date").
    const nounAfter = last < tokens.length && /[NS]/.test(wording.classes[last]) && !/[,.;:]/.test(s.text.slice(d.end - s.start, tokens[last].start - s.start));
    let verbBefore = -1;
    for (let b = first - 1; b >= 0; b--) {
      const gap = s.text.slice(tokens[b].end - s.start, (b + 1 < first ? tokens[b + 1].start : d.start) - s.start);
      // "Klitschko (52-3, 46 KOs) blasted Rahman (45-7-2) on Saturday": an aside in parentheses is read past.
      if (/^\s*\)\s*$/.test(gap)) b = beforeAside(s, b);
      else if (CLAUSE_BREAK.test(gap)) break;
      if (b < 0) break;
      if ((/[VDG]/.test(wording.classes[b]) && !nounLike(wording, b)) || SAYING_WORDS.has(tokens[b].norm)) {
        verbBefore = b;
        break;
      }
    }
    // "said Saturday", "announced on Friday"; not "announced November 2013 release date".
    // "announced Sunday that …", "confirmed on Friday that …": the day of the announcement, not of what it tells.
    // Only a verb that reports takes that clause ("signed an extension to his contract in September that was guaranteed" dates the signing).
    const thatAfter =
      tokens[last]?.norm === 'that' &&
      verbBefore >= 0 &&
      first - verbBefore <= 2 &&
      /[VD]/.test(wording.classes[verbBefore]) &&
      REPORTING.test(tokens[verbBefore].norm);
    const saidThen = thatAfter || (!nounAfter && verbBefore >= 0 && first - verbBefore <= 2 && SAYING_WORDS.has(tokens[verbBefore].norm));
    // A date opening its sentence ("On Saturday, Cheeks was fired") dates the verb of the clause after it.
    // An auxiliary is no event ("On November 11, the frigate had repulsed …" dates the repelling).
    const verbAfter =
      before.length === 0 && verbBefore < 0
        ? tokens.findIndex((t, k) => k >= last && verbAt(wording, k) && !SAYING_WORDS.has(t.norm) && !BE_HAVE_DO.has(t.norm))
        : -1;
    // "a release date of 22 November": the date qualifies the noun phrase before "of", named by its first noun as when the date stands before it.
    const nounOf = prep === 'of' ? firstNounOfCompoundBefore(wording.classes, first - 1) : -1;
    const nounEvent = nounAfter || nounOf >= 0;
    const event = nounAfter
      ? wording.lemmas[last]
      : nounOf >= 0
        ? wording.lemmas[nounOf]
        : verbBefore >= 0
          ? wording.lemmas[verbBefore]
          : verbAfter >= 0
            ? wording.lemmas[verbAfter]
            : '';
    out.push({
      d,
      weekday,
      weekdayOnly: weekday !== null && !parts.day && !parts.year,
      relation: relationOf(prep, first >= 2 ? wording.lemmas[first - 2] : ''),
      before,
      after,
      owner: ownerBefore(s, d.start)?.id ?? null,
      saidThen,
      event,
      nounEvent,
      eventAt: nounEvent ? -1 : verbBefore >= 0 ? verbBefore : verbAfter,
      parts,
      verbs,
    });
  }
  return out;
});

/** Index of the last token before the parenthesis that the token at `inside` closes, -1 when none. */
function beforeAside(s: Statement, inside: number): number {
  const open = s.text.lastIndexOf('(', s.tokens[inside].start - s.start);
  if (open < 0) return -1;
  let k = inside;
  while (k >= 0 && s.tokens[k].end - s.start > open) k--;
  return k;
}

/** Index of the first noun of the compound ending right before the token at `of` ("the [release] date of"), -1 when no noun ends there. */
function firstNounOfCompoundBefore(classes: string, of: number): number {
  let k = of - 1;
  if (k < 0 || !/[NS]/.test(classes[k])) return -1;
  while (k > 0 && /[NS]/.test(classes[k - 1])) k--;
  return k;
}

/**
 * A word the tagger took for a verb right after a determiner or a number is a noun ("a pirate ship",
 * "two hijack attempts"); not after a comma ("on March 2, escorted three tankers").
 */
function nounLike({ classes, tokens, text }: Statement['wording'], k: number): boolean {
  return k > 0 && /[QC]/.test(classes[k - 1]) && /^\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
}

/** A verb of the statement, tagged as one and not read as a noun after an article or a number. */
function verbAt(wording: Statement['wording'], k: number): boolean {
  return /[VD]/.test(wording.classes[k]) && !nounLike(wording, k);
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);

/** Days between two dates with day precision (a missing year is taken from the other), else null. */
function daysApart(x: DateMention, y: DateMention): number | null {
  const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/;
  const mx = day.exec(x.value ?? '');
  const my = day.exec(y.value ?? '');
  if (!mx || !my) return null;
  const year = mx[1] !== 'XXXX' ? mx[1] : my[1] !== 'XXXX' ? my[1] : '2001';
  const iso = (m: RegExpExecArray) => `${m[1] === 'XXXX' ? year : m[1]}-${m[2]}-${m[3]}`;
  return Math.abs(dayNumber(iso(mx)) - dayNumber(iso(my)));
}

type Verdict = 'agree' | 'differ' | 'incomparable';

/** Whether two dates agree: weekdays by name (they do not depend on the week the article was written), else resolved values of one precision. */
function compare(x: Slot, y: Slot): Verdict {
  if (x.d.text.toLowerCase() === y.d.text.toLowerCase()) return 'agree';
  if (x.weekday !== null && y.weekday !== null && (x.weekdayOnly || y.weekdayOnly)) return x.weekday === y.weekday ? 'agree' : 'differ';
  // A weekday against a calendar date: only when the weekday was resolved against a known publication date.
  if (x.weekdayOnly !== y.weekdayOnly) {
    const resolved = (s: Slot) => !s.weekdayOnly || /^\d{4}-\d{2}-\d{2}/.test(s.d.value ?? '');
    if (!resolved(x) || !resolved(y)) return 'incomparable';
  }
  if (!calendarValue(x.d) || !calendarValue(y.d)) return 'incomparable';
  // Only what both write out is compared ("June 24" / "June 24, 2005" agree; "2003" / "in February" say nothing of each other).
  const value = (v: string, p: Slot['parts'], keep: Slot['parts']) => {
    const [year, month, day] = v.split('-');
    return [keep.year && p.year ? year : 'XXXX', keep.month && p.month ? (month ?? 'XX') : 'XX', keep.day && p.day ? (day?.slice(0, 2) ?? 'XX') : 'XX'].join(
      '-',
    );
  };
  const both = { year: x.parts.year && y.parts.year, month: x.parts.month && y.parts.month, day: x.parts.day && y.parts.day };
  if (!both.year && !both.month) return 'incomparable';
  return valuesAgree(value(x.d.value!, x.parts, both), value(y.d.value!, y.parts, both)) ? 'agree' : 'differ';
}

/** Statements aligned this well tell one fact: the one date each leaves unsettled is that fact's. */
const LAST_LEFT_ALIGNMENT = 0.25;

/** …and aligned this well when both name someone or some place the other names too. */
const LAST_LEFT_NAMED = 0.2;

/**
 * Two calendar dates that agree on all they both write out but the finest part: the same month and
 * year, another day; the same year, another month. Two years, or two weekdays of a running story,
 * are as likely two events of it.
 */
function nearDates(x: Slot, y: Slot): boolean {
  if (x.weekdayOnly || y.weekdayOnly) return false;
  const [vx, vy] = [x.d.value ?? '', y.d.value ?? ''];
  const same = (from: number, to: number) => vx.slice(from, to) === vy.slice(from, to) && !vx.slice(from, to).includes('X');
  const year = x.parts.year && y.parts.year;
  if (x.parts.day && y.parts.day) return same(5, 7) && (!year || same(0, 4));
  return year && x.parts.month && y.parts.month && same(0, 4);
}

/** People, organizations and places two statements both name. */
function sharedNames(x: Statement, y: Statement): number {
  const named = new Set(x.entities.filter((e) => e.type !== 'other').map((e) => e.id));
  return new Set(y.entities.filter((e) => e.type !== 'other' && named.has(e.id)).map((e) => e.id)).size;
}

/** Least fit of two dates to be taken for one event's (see `fit`). */
function leastFit(alignment: number): number {
  return alignment >= 0.8 ? 0.5 : alignment >= 0.5 ? 1 : 1.25;
}

/** Verbs that report what a that-clause tells ("announced Sunday that …", "ruled on Friday that …"). */
const REPORTING =
  /^(?:say|says|said|announc|confirm|report|reveal|disclos|stat|claim|den(?:y|ies|ied)|admit|acknowledg|warn|testif|tell|told|wr[io]te|insist|argu|rul|decid|learn|found|determin|conclud|agree|show|indicat|suggest|predict|promis|vow|pledg|concede)/;

/** Verbs of saying whose date is that of the words, not of the event they report. */
const SAYING_WORDS = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'tells',
  'added',
  'stated',
  'wrote',
  'writes',
  'tweeted',
  'explained',
  'commented',
  'insisted',
  'argued',
]);

function saying(x: Slot): boolean {
  return x.saidThen;
}

/** Both dates' events are named, by one word or by verbs that can tell one event ("killed" / "murdered"). */
function sameEvent(x: Slot, y: Slot): boolean {
  if (x.event === '' || y.event === '') return false;
  if (x.event === y.event) return true;
  if (x.nounEvent || y.nounEvent) return false;
  // Both statements tell both events and each dates the other one ("pointed a gun … when he was shot
  // Saturday night" / "shot him after he pointed a revolver on Tuesday night"): one night, told twice.
  return sameEventVerb(x.event, y.event) || (y.verbs.has(x.event) && x.verbs.has(y.event));
}

/** How surely two dates date one event: the same relation ("on" / "since"), the same verb and nouns around them, the same owner. */
function fit(x: Slot, y: Slot, alignment: number): number {
  if (x.relation !== y.relation) return -Infinity;
  // "joined the Pentagon in July 2017" / "after his 2016 election": two events, unless the rest says otherwise
  // (a date may hang on a noun: "the world's worst disaster in December 2003", "killed … in December 2003").
  if (x.event && y.event && x.event !== y.event && x.nounEvent && y.nounEvent) return -Infinity;
  // "…, officials said Saturday": the day something was said, not the day it happened; sources quote different days' words.
  // In one statement told near word for word, the day it was said is a fact like any other.
  if ((saying(x) || saying(y)) && !(saying(x) && saying(y) && alignment >= 0.8)) return -Infinity;
  let score = sameEvent(x, y) ? 1 : x.event && y.event ? 0.25 : 0.5;
  // Two verbs for one event ("hired" / "joined") agree as one word before both dates would.
  const eventWords = x.event !== y.event && sameEvent(x, y) ? 1 : 0;
  score += 0.5 * Math.min(2, overlap(x.before, y.before) + eventWords);
  score += 0.25 * Math.min(2, overlap([...x.after, ...x.before], [...y.after, ...y.before]) - overlap(x.before, y.before));
  if (x.owner && x.owner === y.owner) score += 0.5;
  return score;
}

/**
 * Reports of a recurring event on different days ("results of games played on Thursday" one day,
 * "… on Friday" the next): the two dates lie as far apart as the two articles.
 */
function shiftedWithArticles(x: Slot, y: Slot, publishedX: string | null, publishedY: string | null): boolean {
  if (!publishedX || !publishedY || publishedX === publishedY) return false;
  const shift = dayNumber(publishedY) - dayNumber(publishedX);
  const full = (d: DateMention) => /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? '');
  if (full(x.d) && full(y.d)) return dayNumber(y.d.value!) - dayNumber(x.d.value!) === shift;
  return x.weekday !== null && y.weekday !== null && (((y.weekday - x.weekday - shift) % 7) + 7) % 7 === 0;
}

/**
 * A year still to come when one article was written against a year already gone when the other was,
 * told in the past: two occurrences of a recurring event ("picked to host 2014 Oscars" / "first
 * hosted the Oscars in 2007"), not one dated twice. The verb before the past year must be past:
 * "scheduled to open in 2011" stays one date.
 */
function toComeAgainstPast(x: Slot, docX: RuleDocument, y: Slot, docY: RuleDocument): boolean {
  const year = (d: DateMention) => (calendarValue(d) ? yearOf(d) : null);
  const [yx, yy] = [year(x.d), year(y.d)];
  if (!docX.published || !docY.published || yx === null || yy === null) return false;
  return yx > docX.published.slice(0, 4) && yy < docY.published.slice(0, 4) && verbBeforeTense(docY.text, y.d.start, y.d.end) === 'past';
}

function show(d: DateMention): string {
  return d.value && /^\d{4}/.test(d.value) && d.value !== d.text ? `“${d.text}” (${d.value})` : `“${d.text}”`;
}

/** The dates of two aligned statements, matched one to one by fit, agreeing ones first. */
function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const xs = slotsOf(pair.a);
  if (!xs.length) return [];
  const ys = slotsOf(pair.b);
  if (!ys.length) return [];
  const candidates: Array<{ x: Slot; y: Slot; score: number; verdict: Verdict }> = [];
  for (const x of xs) {
    for (const y of ys) {
      const verdict = compare(x, y);
      if (verdict === 'incomparable') continue;
      const score = fit(x, y, pair.score);
      if (score > -Infinity) candidates.push({ x, y, score, verdict });
    }
  }
  // The one date on each side of two aligned statements, with a word around them in common, is theirs: one event, dated twice.
  const [x0, y0] = [xs[0], ys[0]];
  if (
    xs.length === 1 &&
    ys.length === 1 &&
    candidates.length === 1 &&
    ((x0.event && x0.event === y0.event) || overlap([...x0.before, ...x0.after], [...y0.before, ...y0.after]) > 0)
  )
    candidates[0].score += 0.5;
  // Agreeing dates settle each other first: a date both give is no conflict with another one gives.
  const rank = (c: (typeof candidates)[number]) => c.score + (c.verdict === 'agree' ? 1 : 0);
  candidates.sort((p, q) => rank(q) - rank(p));

  const [docA, docB] = [ctx.doc(pair.a.path), ctx.doc(pair.b.path)];
  const oneText = ctx.sameText(pair.a.path, pair.b.path);
  const used = new Set<Slot>();
  const out: Conflict[] = [];
  const least = leastFit(pair.score);
  // Agreeing pairs settle first; then, of two well-aligned statements, the one date left on each side is the same event's.
  for (const c of candidates) if (c.verdict === 'agree' && c.score >= 0.5 && !used.has(c.x) && !used.has(c.y)) used.add(c.x).add(c.y);
  const open = (list: Slot[]) => list.filter((s) => !used.has(s));
  const [restX, restY] = [open(xs), open(ys)];
  const lastLeft =
    restX.length === 1 &&
    restY.length === 1 &&
    (pair.score >= LAST_LEFT_ALIGNMENT + 0.15 ||
      (pair.score >= LAST_LEFT_ALIGNMENT && overlap([...restX[0].before, ...restX[0].after], [...restY[0].before, ...restY[0].after]) > 0) ||
      (pair.score >= LAST_LEFT_NAMED && nearDates(restX[0], restY[0]) && sharedNames(pair.a, pair.b) > 0));
  for (const c of candidates) {
    const { x, y } = c;
    if (used.has(x) || used.has(y) || c.verdict === 'agree') continue;
    if (lastLeft && c.score < least) c.score = least;
    if (c.score < least || shiftedWithArticles(x, y, docA.published, docB.published)) continue;
    if (toComeAgainstPast(x, docA, y, docB) || toComeAgainstPast(y, docB, x, docA)) continue;
    // Days one apart are one moment in two time zones ("late Saturday" in New York is Sunday in Bern).
    if (!oneText && daysApart(x.d, y.d) === 1) continue;
    used.add(x).add(y);
    // A weekday is relative to the week the article was written: without both publication dates
    // (or one text written once), two reports' weekdays may name different days of a running story.
    const weekdaysOfUnknownWeeks = !oneText && x.weekdayOnly && y.weekdayOnly && (!docA.published || !docB.published);
    // Without the same event named on both sides (a verb, or the noun the date qualifies), only worth a look.
    const evidence = Math.min(fitEvidence(c.score, 0.5, 1.75) * (sameEvent(x, y) ? 1 : 0.5), weekdaysOfUnknownWeeks ? 0.3 : 1);
    out.push({
      code: 'date-mismatch',
      a: { path: pair.a.path, start: x.d.start, end: x.d.end },
      b: { path: pair.b.path, start: y.d.start, end: y.d.end },
      confidence: confidenceOf(pair.score, evidence),
      message: (here, other) => (here === 'a' ? `${show(x.d)} here, but ${show(y.d)} in ${other}.` : `${show(y.d)} here, but ${show(x.d)} in ${other}.`),
      data: { a: x.d.value, b: y.d.value },
    });
  }
  return out;
}

/** A date of a statement in the narration's voice, with the statement, for the story-wide search. */
interface Dated {
  st: Statement;
  slot: Slot;
}

/** Per document, its narration's dates by the verb of the event they date. */
function datedEvents(ctx: RuleContext, path: string): Map<string, Dated[]> {
  const events = new Map<string, Dated[]>();
  for (const st of ctx.doc(path).statements) {
    if (st.quote) continue;
    for (const slot of slotsOf(st)) if (slot.eventAt >= 0) appendTo(events, slot.event, { st, slot });
  }
  return events;
}

/**
 * An event each of two sources dates once, in statements that do not align: one fact inside a long
 * sentence telling several ("deployed on November 2 and since then rescued … and sunk a pirate ship
 * on November 19") against a sentence of its own ("On September 19, Tabar sank a pirate vessel").
 * The same verb and relation to the date, a name both statements give and a word beside both verbs;
 * not when either statement aligns with one of the other source giving its date alike. Worth a look,
 * not a warning: unaligned statements may tell two events.
 */
function checkStory(ctx: RuleContext): Conflict[] {
  const paths = ctx.compared;
  const events = new Map(paths.map((p) => [p, datedEvents(ctx, p)]));
  const out: Conflict[] = [];
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (!ctx.related(paths[i], paths[j]) || ctx.sameText(paths[i], paths[j])) continue;
      const theirs = events.get(paths[j])!;
      for (const [verb, xs] of events.get(paths[i])!) {
        const ys = theirs.get(verb);
        // Dated once on each side: the verb names one event of the story, not a recurring one.
        if (!ys || xs.length !== 1 || ys.length !== 1) continue;
        const conflict = unalignedConflict(xs[0], ys[0], ctx);
        if (conflict) out.push(conflict);
      }
    }
  }
  return out;
}

/**
 * Whether a statement aligns with a statement of another document giving its date word for word
 * or to the same day: there the event may be told with another verb, and dated alike.
 */
function datedAlikeElsewhere(x: Dated, other: string, ctx: RuleContext): boolean {
  const here = { path: x.st.path, start: x.slot.d.start, end: x.slot.d.end };
  for (const st of ctx.doc(other).statements) {
    if (!st.dates.length || ctx.alignment(here, { path: other, start: st.start, end: st.end }) === 0) continue;
    if (slotsOf(st).some((y) => y.d.value === x.slot.d.value || y.d.text === x.slot.d.text)) return true;
  }
  return false;
}

function unalignedConflict(x: Dated, y: Dated, ctx: RuleContext): Conflict | null {
  const [sx, sy] = [x.slot, y.slot];
  if (saying(sx) || saying(sy) || sx.weekdayOnly || sy.weekdayOnly || sx.relation !== sy.relation) return null;
  // "was in 1987", "had in May": an auxiliary names no event.
  if (BE_HAVE_DO.has(x.st.wording.tokens[sx.eventAt].norm) || BE_HAVE_DO.has(y.st.wording.tokens[sy.eventAt].norm)) return null;
  if (compare(sx, sy) !== 'differ' || daysApart(sx.d, sy.d) === 1) return null;
  const [docX, docY] = [ctx.doc(x.st.path), ctx.doc(y.st.path)];
  if (shiftedWithArticles(sx, sy, docX.published, docY.published)) return null;
  // Who or what took part: a name both statements give, and a word beside both verbs ("sank a pirate vessel" / "sunk a pirate ship").
  const nouns = wordsBeside(y);
  if (!sharesName(x.st, y.st) || !wordsBeside(x).some((w) => nouns.includes(w))) return null;
  if (aligned(x, y, ctx) || datedAlikeElsewhere(x, y.st.path, ctx) || datedAlikeElsewhere(y, x.st.path, ctx)) return null;
  return {
    code: 'date-mismatch',
    a: { path: x.st.path, start: sx.d.start, end: sx.d.end },
    b: { path: y.st.path, start: sy.d.start, end: sy.d.end },
    confidence: confidenceOf(0, 0.5),
    message: (here, other) => (here === 'a' ? `${show(sx.d)} here, but ${show(sy.d)} in ${other}.` : `${show(sy.d)} here, but ${show(sx.d)} in ${other}.`),
    data: { a: sx.d.value, b: sy.d.value },
  };
}

/** The two statements align: the sentence-pair check has compared their dates. */
function aligned(x: Dated, y: Dated, ctx: RuleContext): boolean {
  return ctx.alignment({ path: x.st.path, start: x.slot.d.start, end: x.slot.d.end }, { path: y.st.path, start: y.slot.d.start, end: y.slot.d.end }) > 0;
}

/**
 * Stems of the words within a few words of a date's event verb in its clause, names, dates and
 * function words aside: what was done, to what ("sank a pirate vessel" / "sunk a pirate ship").
 * Word classes are not asked: the tagger takes "pirate" before a noun for a verb.
 */
function wordsBeside({ st, slot }: Dated): string[] {
  const { tokens, classes, text } = st.wording;
  const inDate = (k: number) => st.dates.some((d) => d.start < st.start + tokens[k].end && st.start + tokens[k].start < d.end);
  const counts = (k: number) => classes[k] !== 'R' && !STOPWORDS.has(tokens[k].norm) && !/^\d/.test(tokens[k].norm) && !inDate(k);
  const gap = (k: number) => text.slice(tokens[k].end, tokens[k + 1].start);
  const out: string[] = [];
  for (let k = slot.eventAt - 1; k >= 0 && k >= slot.eventAt - WORD_REACH && !CLAUSE_BREAK.test(gap(k)); k--) if (counts(k)) out.push(tokens[k].stem);
  for (let k = slot.eventAt + 1; k < tokens.length && k <= slot.eventAt + WORD_REACH && !CLAUSE_BREAK.test(gap(k - 1)); k++)
    if (counts(k)) out.push(tokens[k].stem);
  return out;
}

/** Words either side of a verb searched for what it was done to. */
const WORD_REACH = 5;

/** Two statements name someone or something alike: one entity, or one proper noun. */
function sharesName(x: Statement, y: Statement): boolean {
  if (sharedNames(x, y) > 0) return true;
  const proper = (s: Statement) => s.wording.tokens.filter((_, k) => s.wording.classes[k] === 'R').map((t) => t.stem);
  const theirs = proper(y);
  return proper(x).some((w) => theirs.includes(w));
}

/** The same event dated differently. */
export const dateMismatch = defineRule({
  code: 'date-mismatch',
  title: 'Different date',
  description:
    'Another source dates the same event differently, comparing resolved dates matched by the words around them: "2018" and "August 2018" agree; a relative date in an article without a publication date is never compared as if it were a known day, and two weekdays of articles without publication dates only as information. An event each source dates once, in statements that do not align, is compared as information when both name someone alike and give it a word in common beside its verb.',
  defaultSeverity: 'warning',
  quotation: 'explains',
  checkSentencePair: check,
  checkStory,
});
