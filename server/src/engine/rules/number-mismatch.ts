import { TextCache } from '../collections';
import { quantities, sameQuantity } from '../numbers';
import { spanIndex } from '../spans';
import type { AlignedPair, Segment } from '../story/align';
import type { Conflict, Rule, RuleContext } from './types';

/** Dates and names overlapping a statement: their numbers are no quantities. */
function skippedIn(s: Segment, ctx: RuleContext) {
  const doc = ctx.doc(s.path);
  return { dates: spanIndex(doc.dates).overlapping(s.start, s.end), entities: spanIndex(doc.entities).overlapping(s.start, s.end) };
}

/** Everything the check reads of a statement: its text and where dates and names lie in it. */
function readingKey(s: Segment, skipped: ReturnType<typeof skippedIn>): string {
  const at = (kind: string, x: { start: number; end: number }) => `\u0001${kind}${x.start - s.start},${x.end - s.start}`;
  return s.text + skipped.dates.map((d) => at('d', d)).join('') + skipped.entities.map((e) => at('e', e)).join('');
}

/** The date right after a quantity ("three times since October"), lower-cased, or '' when none. */
function periodAfter(s: Segment, q: { end: number }, ctx: RuleContext): string {
  const d = ctx.doc(s.path).dates.find((x) => x.start >= q.end && x.start - q.end <= 30 && x.end <= s.end);
  return d ? d.text.toLowerCase() : '';
}

/** Words before a count that make it a part of a whole ("his first 11 seasons" / "15 seasons"). */
const PART = new Set(['first', 'last', 'past', 'next', 'final', 'previous', 'top', 'another', 'other', 'additional', 'remaining', 'initial', 'further', 'extra']);

function partBefore(s: Segment, q: { start: number }): string {
  const k = s.tokens.findIndex((t) => t.start === q.start || t.start === q.start + 1);
  const prev = k > 0 ? s.tokens[k - 1].norm : '';
  return PART.has(prev) ? prev : '';
}

/** Statement pairs found to agree, by what the check reads of both: a story's re-check compares mostly the same pairs. */
const agreeing = new TextCache<true>(8000);

function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const [sa, sb] = [skippedIn(pair.a, ctx), skippedIn(pair.b, ctx)];
  const key = `${readingKey(pair.a, sa)}\u0000${readingKey(pair.b, sb)}`;
  if (agreeing.get(key)) return [];
  const found = compare(pair, ctx, sa, sb);
  if (found.length === 0) agreeing.set(key, true);
  return found;
}

function compare(pair: AlignedPair, ctx: RuleContext, sa: ReturnType<typeof skippedIn>, sb: ReturnType<typeof skippedIn>): Conflict[] {
  const qa = quantities(pair.a.tokens, pair.a.text, pair.a.start, [...sa.dates, ...sa.entities]);
  const qb = quantities(pair.b.tokens, pair.b.text, pair.b.start, [...sb.dates, ...sb.entities]);
  for (const x of qa) {
    const sameUnit = qb.filter((y) => y.unit === x.unit);
    if (sameUnit.length === 0 || sameUnit.some((y) => sameQuantity(x, y))) continue;
    // Two different counts of one unit on each side are a list, not a contradiction.
    if (qa.filter((y) => y.unit === x.unit).length > 1 || sameUnit.length > 1) continue;
    const y = sameUnit[0];
    // A count over a period one source names and the other does not ("arrested four times" /
    // "arrested three times since October") counts something else.
    if (periodAfter(pair.a, x, ctx) !== periodAfter(pair.b, y, ctx)) continue;
    // "His first 11 seasons" / "15 seasons": a part counted against the whole.
    if (partBefore(pair.a, x) !== partBefore(pair.b, y)) continue;
    return [
      {
        code: 'number-mismatch',
        a: { path: pair.a.path, start: x.start, end: x.end },
        b: { path: pair.b.path, start: y.start, end: y.end },
        message: (here, other) => (here === 'a' ? `“${x.text}” here, but “${y.text}” in ${other}.` : `“${y.text}” here, but “${x.text}” in ${other}.`),
        data: { a: x.text, b: y.text },
      },
    ];
  }
  return [];
}

/** A different number for the same quantity. */
export const numberMismatch: Rule = {
  code: 'number-mismatch',
  title: 'Different number',
  description:
    'Another source gives a different number for the same quantity (numbers in words too). "About 5,000" and "5,000" agree; units and currencies must match for numbers to be compared.',
  defaultSeverity: 'warning',
  checkQuotePair: check,
  checkSentencePair: check,
};
