import { quantities, sameQuantity } from '../numbers';
import { spanIndex } from '../spans';
import type { AlignedPair, Segment } from '../story/align';
import type { Conflict, Rule, RuleContext } from './types';

function quantitiesOf(s: Segment, ctx: RuleContext) {
  const doc = ctx.doc(s.path);
  const skip = [...spanIndex(doc.dates).overlapping(s.start, s.end), ...spanIndex(doc.entities).overlapping(s.start, s.end)];
  return quantities(s.tokens, s.text, s.start, skip);
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

function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const qa = quantitiesOf(pair.a, ctx);
  const qb = quantitiesOf(pair.b, ctx);
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
