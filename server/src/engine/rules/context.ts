import type { Statement } from '../story/statements';
import type { EntityMention } from '../types';

/** Helpers that several rules use to read what surrounds a place in a statement. */

/** Punctuation that ends a clause. */
const CLAUSE_BREAK = /[,;:()"“”!?]|[.](?!\d)|\s[–—-]\s/;

/**
 * The person or organization a place of a statement belongs to: the one named a few words before
 * it in its clause ("the Orioles between $140 million and $150 million"); with `across`, one named
 * just before a comma counts too ("Banky, 40,"). A subject further back is the sentence's, not the
 * number's ("Mr. Trump will also … tap $2.5 billion from … and $600 million from …").
 */
export function ownerBefore(s: Statement, at: number, across = false, reach = 30, people = false): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const e of s.entities) {
    if (e.end > at || (e.type !== 'person' && (people || e.type !== 'organization'))) continue;
    if (!best || e.end > best.end) best = e;
  }
  if (!best || at - best.end > reach) return undefined;
  const gap = s.text.slice(best.end - s.start, at - s.start);
  // "Banky, 40"; "the Orioles (seven years, $140-150 million)".
  if ((across && /^[\s,]*$/.test(gap)) || /^\s*\(\s*$/.test(gap)) return best;
  return CLAUSE_BREAK.test(gap) ? undefined : best;
}

/** The first person named after a place within a few words ("a 61-year-old Vancouver man - Eric Allen Kirkpatrick"). */
export function personAfter(s: Statement, at: number, reach = 40): EntityMention | undefined {
  for (const e of s.entities) if (e.type === 'person' && e.start >= at && e.start - at <= reach) return e;
  return undefined;
}

/** Shared items of two short lists. */
export function overlap(x: readonly string[], y: readonly string[]): number {
  let n = 0;
  for (const w of x) if (y.includes(w)) n++;
  return n;
}
