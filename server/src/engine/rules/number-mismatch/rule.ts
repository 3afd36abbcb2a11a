import type { AlignedPair } from '../../story/align';
import type { Statement, Wording } from '../../story/statements';
import { backgroundAgainstNews, differentPeriods, differentTimes } from '../../timex';
import { perObject } from '../../collections';
import { confidenceOf, fitEvidence } from '../confidence';
import { overlap, ownerBefore, personAfter } from '../context';
import { defineRule, type Conflict, type RuleContext, type RuleDocument } from '../types';
import { quantitiesOf, sameQuantity, type Quantity } from './quantities';
import { measureOf, roundedAlike, sameMeasured } from './units';

/** A quantity placed in its statement, with what the statement says around it. */
interface Slot {
  q: Quantity;
  start: number;
  end: number;
  /** The person or organization it belongs to, by entity id. */
  owner: string | null;
  /** A date right after it ("three times since October"), lower-cased, '' when none. */
  period: string;
  /** The span of time it is counted over, when that is another quantity of the statement. */
  spanOf?: Quantity;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'dai', 'hour', 'season', 'decad', 'term']);

/** How far back a quantity looks for the parenthesis it may stand in. */
const PARENTHESIS_REACH = 80;

/**
 * The statement-relative offset of the "(" whose parenthetical holds `at`, or -1: in
 * "the Orioles (seven years, $140-150 million)" every figure inside belongs to the Orioles.
 */
function openParenthesisBefore(text: string, at: number): number {
  const from = Math.max(0, at - PARENTHESIS_REACH);
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open ? open : -1;
}

const slotsOf = perObject((s: Statement): Slot[] => {
  const out: Slot[] = [];
  const quantities = quantitiesOf(s.wording);
  const inOneClause = (from: number, to: number) => !/[,;:()]/.test(s.text.slice(from, to));
  for (const q of quantities) {
    const start = s.start + q.start;
    const end = s.start + q.end;
    // Numbers inside names ("76ers") and dates ("June 27, 2001") are no quantities; "No. 3" is a rank.
    // A span of time ("the last five days", "over seven years") counts days or years: a quantity.
    if (s.entities.some((e) => e.start < end && e.end > start) || s.dates.some((d) => d.timexType !== 'DURATION' && d.start < end && d.end > start)) continue;
    if (/\bNo\.?\s*$/.test(s.text.slice(Math.max(0, q.start - 4), q.start))) continue;
    const open = openParenthesisBefore(s.text, q.start);
    const owner =
      q.kind === 'age'
        ? (ownerBefore(s, start, true, 30, true) ?? personAfter(s, end))
        : (ownerBefore(s, start) ?? (open >= 0 ? ownerBefore(s, s.start + open + 1) : undefined));
    // The time it counts over, right after it in its clause: a date ("since October") or a span
    // ("over the eight year span"); in a parenthetical of figures, the span beside it ("(eight years, $160 million)").
    const date = s.dates.find((d) => d.start >= end && d.start - end <= 30 && inOneClause(end - s.start, d.start - s.start));
    const isSpan = (o: (typeof quantities)[number]) => o !== q && TIME_UNITS.has(o.unit) && !TIME_UNITS.has(q.unit);
    const span =
      quantities.find((o) => isSpan(o) && o.start >= q.end && o.start - q.end <= 30 && inOneClause(q.end, o.start)) ??
      (open >= 0 ? quantities.find((o) => isSpan(o) && o.start > open && o.end <= q.start && !s.text.slice(o.end, q.start).includes(')')) : undefined);
    const period = date ? date.text.toLowerCase() : span ? `${span.value} ${span.unit}` : '';
    out.push({ q, start, end, owner: owner?.id ?? null, period, spanOf: span });
  }
  // A span that times another figure belongs to that figure's owner ("the Orioles between $140 million and $150 million over seven years").
  for (const slot of out) {
    if (slot.owner || !TIME_UNITS.has(slot.q.unit)) continue;
    slot.owner = out.find((o) => o.spanOf === slot.q && o.owner)?.owner ?? null;
  }
  return out;
});

/** Words that make a statement's counts running totals. */
const TOTAL = /\b(?:so far|in total|a total of|in all|altogether|overall|cumulative|to date|combined|all told)\b/i;

const cumulative = perObject((w: Wording): boolean => TOTAL.test(w.text));

/** An agreeing pair is preferred to a differing one this much less fit. */
const SAME_BONUS = 0.3;
/** Least fit for agreeing values to settle each other: some correspondence beyond both being numbers. */
const SETTLING_FIT = 0.5;

/**
 * Least fit of two quantities to be compared as one (see `fit`): what they count and a word of
 * context, or less in sentences that are nearly one (a copy and its edit).
 */
function leastFit(alignment: number): number {
  return alignment >= 0.8 ? 0.5 : alignment >= 0.5 ? 1 : 1.25;
}

/**
 * How surely two quantities stand for the same thing: what they count (required), then the words
 * leading to them, the words after, and whom they belong to. -Infinity when they cannot be one.
 */
function fit(x: Slot, y: Slot): number {
  const [a, b] = [x.q, y.q];
  if (a.kind !== b.kind) return -Infinity;
  if (a.unit !== b.unit && a.kind !== 'count' && a.kind !== 'ordinal') return -Infinity;
  // "a 10-year contract" / "an eight-year offer"; "the fifth NBA head coach" / "the third Eastern Conference head coach".
  if (a.thing && b.thing && a.thing !== b.thing && a.unit === b.unit && a.unit !== a.thing) return -Infinity;
  if (a.qualifiers.length && b.qualifiers.length && overlap(a.qualifiers, b.qualifiers) === 0) return -Infinity;
  // "won by four wickets" / "scored 228 for nine wickets"; "rose 3 percent" and "rose by 3 percent" agree.
  if (a.prep && b.prep && a.prep !== b.prep && !(SAME_RELATION.has(a.prep) && SAME_RELATION.has(b.prep))) return -Infinity;
  let score: number;
  const [ma, mb] = [measureOf(a.unit), measureOf(b.unit)];
  // Two units of measure: one dimension given in two systems ("square feet" / "square metres"), or two things measured.
  if (ma && mb && a.unit !== b.unit && ma.dimension !== mb.dimension) return -Infinity;
  if (a.kind === 'money' || a.kind === 'percent' || a.kind === 'age' || (ma && mb)) score = 1;
  else if (a.unit && a.unit === b.unit) score = 1;
  else if (a.unit && b.unit && overlap(a.head, b.head) > 0) score = 0.75;
  // People counted by different nouns ("five officers" / "two guards").
  else if (a.people && b.people) score = 0.5;
  else if (!a.unit && !b.unit) score = 0.25;
  else if (a.unit && b.unit) return -Infinity;
  else score = 0;
  // "two plainclothes officers" / "eleven plainclothes officers": the phrase agrees beyond its noun.
  if (overlap(a.head, b.head) > (a.thing && a.thing === b.thing ? 1 : 0)) score += 0.25;
  score += 0.5 * Math.min(2, overlap(a.before, b.before));
  score += 0.25 * Math.min(2, overlap(a.after, b.after));
  if (x.owner && y.owner) score += x.owner === y.owner ? 0.75 : -1.5;
  return score;
}

const unitOf = (s: Slot) => `${s.q.kind} ${s.q.unit}`;

/** Prepositions relating a number the same way ("in 30 days" / "within 30 days" are one relation; "at 91" / "of 91" one age). */
const SAME_RELATION = new Set(['in', 'at', 'of', 'on']);

/** Differences that make two quantities count different things, whatever else they share. */
function countsOtherThings(x: Slot, y: Slot): boolean {
  // "arrested four times" / "arrested three times since October"; "his first 11 seasons" / "15 seasons".
  return x.period !== y.period || x.q.part !== y.q.part;
}

/**
 * Too little to tie two numbers to one thing outside near copies: bare numbers ("three up on",
 * "shot a 67"), or ordinals that pick one of many ("the 18th hole" / "the seventh hole") with no
 * one they belong to.
 */
function unplaced(c: Candidate, alignment: number): boolean {
  if (alignment >= 0.8) return false;
  if (!c.x.q.unit && !c.y.q.unit) return alignment < 0.5;
  return c.x.q.kind === 'ordinal' && !(c.x.owner && c.x.owner === c.y.owner);
}

interface Candidate {
  x: Slot;
  y: Slot;
  score: number;
  same: boolean;
}

/** Pairs of the two statements' quantities that may stand for one thing, with their fit. */
function candidatesOf(xs: Slot[], ys: Slot[]): Candidate[] {
  const alike = (list: Slot[], s: Slot) => list.filter((o) => o.q.kind === s.q.kind && o.q.unit === s.q.unit).length;
  // Of its kind and unit, the one on its side that could stand for `other`: "another $2.5 billion" is no counterpart of "$3.5 billion".
  const alone = (list: Slot[], s: Slot, other: Slot) =>
    list.filter((o) => o === s || (o.q.kind === s.q.kind && o.q.unit === s.q.unit && !countsOtherThings(o, other))).length === 1;
  const listed = (list: Slot[], s: Slot) => alike(list, s) >= 3;
  const out: Candidate[] = [];
  for (const x of xs) {
    for (const y of ys) {
      let score = fit(x, y);
      if (score === -Infinity) continue;
      // The one quantity of its kind and unit on each side; a list of them (a poll's figures, a table's row) on either says less.
      if (alone(xs, x, y) && alone(ys, y, x)) score += 0.25;
      if (listed(xs, x) || listed(ys, y)) score -= 0.5;
      out.push({ x, y, score, same: sameMeasured(x.q, y.q) ?? (sameQuantity(x.q, y.q) || roundedAlike(x.q, y.q)) });
    }
  }
  return out;
}

const figureKey = (q: Quantity) => `${q.kind}|${q.unit}|${q.value}|${q.upper}`;

/**
 * Whether a source gives a figure in another sentence of the aligned one's paragraph: the figure
 * told right beside the aligned sentence is the one its counterpart meant. "None of the $5.7
 * billion he demanded for 234 miles of wall. Instead, it provided $1.375 billion for 55 miles" holds
 * the "55 miles" another source gives, one sentence on.
 */
function besideIn(doc: RuleDocument, aligned: Statement, q: Quantity): boolean {
  const start = doc.text.lastIndexOf('\n', aligned.start) + 1;
  const end = doc.text.indexOf('\n', aligned.end);
  const key = figureKey(q);
  return doc.statements.some(
    (s) => !s.quote && s !== aligned && s.start >= start && (end < 0 || s.end <= end) && quantitiesOf(s.wording).some((o) => figureKey(o) === key),
  );
}

/**
 * The quantities of two aligned statements, matched one to one by fit. A sentence may hold several
 * of one unit ("seven life sentences and four sentences of life without parole"): each is compared
 * with the counterpart it fits best, an agreeing one first.
 */
function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  // Two statements dated differently tell of two times: their counts may differ.
  if (differentTimes(pair.a.dates, pair.b.dates) || differentPeriods(pair.a, pair.b)) return [];
  const dated = (s: Statement) => ({ dates: s.dates, published: ctx.doc(s.path).published });
  if (backgroundAgainstNews(dated(pair.a), dated(pair.b))) return [];
  // A running total against one occasion's count ("923 rounds so far" / "300 rounds").
  if (cumulative(pair.a.wording) !== cumulative(pair.b.wording)) return [];
  const xs = slotsOf(pair.a);
  if (!xs.length) return [];
  const ys = slotsOf(pair.b);
  if (!ys.length) return [];
  const rank = (c: Candidate) => c.score + (c.same ? SAME_BONUS : 0);
  const candidates = candidatesOf(xs, ys).sort((p, q) => rank(q) - rank(p));
  const used = new Set<Slot>();
  const settled = new Set<string>();
  const found: Candidate[] = [];
  const least = leastFit(pair.score);
  for (const c of candidates) {
    if (used.has(c.x) || used.has(c.y)) continue;
    if (c.same) {
      if (c.score >= SETTLING_FIT) {
        used.add(c.x).add(c.y);
        settled.add(unitOf(c.x));
      }
      continue;
    }
    if (c.score < least || countsOtherThings(c.x, c.y) || unplaced(c, pair.score)) continue;
    if (besideIn(ctx.doc(pair.b.path), pair.b, c.x.q) || besideIn(ctx.doc(pair.a.path), pair.a, c.y.q)) continue;
    used.add(c.x).add(c.y);
    found.push(c);
  }
  const out: Conflict[] = [];
  for (const c of found) {
    const { x, y } = c;
    // Several figures of one unit on both sides and none of them agreeing: two sets of figures (two
    // years, two taxes, two polls), more likely than one figure changed.
    const several = (list: Slot[]) => list.filter((o) => unitOf(o) === unitOf(x)).length >= 2;
    // Close values (6.1 / 5.9, $700 billion / $716 billion) are more often two measurements or roundings than an
    // error: a warning only when everything else ties them (a full fit in well-aligned sentences); "21 percent of registered voters" / "34 percent" may be shares of two groups.
    const close = Math.abs(x.q.value - y.q.value) <= 0.05 * Math.max(Math.abs(x.q.value), Math.abs(y.q.value));
    const unsaidShare = x.q.kind === 'percent' && !x.q.thing !== !y.q.thing;
    // A number with nothing counted ("three up on", "shot a 67") says little of what it is; reports
    // published on different days may give a running count (a toll, a standing) as it was each day.
    const unitless = !x.q.unit && !y.q.unit;
    const [pa, pb] = [ctx.doc(pair.a.path).published, ctx.doc(pair.b.path).published];
    const laterReport = !!pa && !!pb && pa !== pb;
    // A standing or a score ("second place", "shot a 67") is an update in a report of another day.
    if (laterReport && (unitless || x.q.kind === 'ordinal')) continue;
    const evidence = Math.min(
      unitless ? 0.4 : laterReport ? 0.5 : 1,
      fitEvidence(c.score, 0.75, 2) - (several(xs) && several(ys) && !settled.has(unitOf(x)) ? 0.4 : 0) - (close ? 0.35 : 0) - (unsaidShare ? 0.4 : 0),
    );
    out.push({
      code: 'number-mismatch',
      a: { path: pair.a.path, start: x.start, end: x.end },
      b: { path: pair.b.path, start: y.start, end: y.end },
      confidence: confidenceOf(pair.score, evidence),
      message: (here, other) =>
        here === 'a' ? `“${x.q.phrase}” here, but “${y.q.phrase}” in ${other}.` : `“${y.q.phrase}” here, but “${x.q.phrase}” in ${other}.`,
      data: { a: x.q.phrase, b: y.q.phrase },
    });
  }
  return out;
}

/** A different number for the same quantity. */
export const numberMismatch = defineRule({
  code: 'number-mismatch',
  title: 'Different number',
  description:
    'Another source gives a different number for the same quantity (numbers in words too), matched by what it counts and the words around it. "About 5,000" and "5,000" agree, and so do a figure and the same figure rounded ("35.7 percent" / "36 percent"), a number and a range holding it, or two lower bounds ("at least 3" / "at least 10"); a measure given in another system of units is converted first ("170,000 square feet" / "15,800 square metres" agree).',
  defaultSeverity: 'warning',
  quotation: 'explains',
  checkSentencePair: check,
});
