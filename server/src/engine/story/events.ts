/*! Verb senses from WordNet 3.1. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Licence: verb-senses.LICENSE. */
import { stemOf } from '../text';
import verbSenses from './verb-senses.json';

/**
 * Whether two verbs can tell one event: the same word, or, by WordNet (see build-verb-senses.cjs),
 * a common sense among their most frequent ones ("hire" / "employ"), or one a kind of the other
 * ("murder" is to "kill", "raze" to "destroy"), or the event told from its other party's side
 * ("the club hired him" / "he joined the club"), which WordNet does not record. Verbs are given by
 * the Porter stems of their base forms, as statements' lemmas are.
 */
export function sameEventVerb(x: string, y: string): boolean {
  if (x === y || conversePairs().has(`${x} ${y}`)) return true;
  const senses = sensesByStem();
  const [sx, sy] = [senses.get(x), senses.get(y)];
  if (!sx || !sy) return false;
  return meets(sx.senses, sy.senses) || meets(sx.senses, sy.kindOf) || meets(sy.senses, sx.kindOf);
}

interface Senses {
  /** Synsets of its most frequent senses. */
  senses: readonly number[];
  /** The synsets those senses are kinds of. */
  kindOf: readonly number[];
}

let senseTable: ReadonlyMap<string, Senses> | undefined;

/** Built on first use, in the thread that checks stories. */
function sensesByStem(): ReadonlyMap<string, Senses> {
  senseTable ??= new Map(Object.entries(verbSenses as Record<string, number[][]>).map(([stem, [senses, kindOf]]) => [stem, { senses, kindOf }]));
  return senseTable;
}

/** Verbs telling one transfer or engagement from its two sides. */
const CONVERSES: ReadonlyArray<readonly [string, string]> = [
  ['hire', 'join'],
  ['employ', 'join'],
  ['recruit', 'join'],
  ['sign', 'join'],
  ['buy', 'sell'],
  ['acquire', 'sell'],
  ['purchase', 'sell'],
  ['give', 'receive'],
  ['send', 'receive'],
  ['award', 'receive'],
  ['lend', 'borrow'],
  ['beat', 'lose'],
  ['defeat', 'lose'],
];
let converseTable: ReadonlySet<string> | undefined;

/** Both orders of each converse pair, by stem. */
function conversePairs(): ReadonlySet<string> {
  converseTable ??= new Set(CONVERSES.flatMap(([a, b]) => [`${stemOf(a)} ${stemOf(b)}`, `${stemOf(b)} ${stemOf(a)}`]));
  return converseTable;
}

function meets(x: readonly number[], y: readonly number[]): boolean {
  return x.some((n) => y.includes(n));
}
