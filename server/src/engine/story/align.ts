import { lowerBound } from '../collections';
import type { Statement } from './statements';

/**
 * Alignment: which statement of one source tells the same fact as which of another. Outlets tell
 * one fact in their own words, so statements are paired by what they are about (the people,
 * organizations and places they name, their content words), each with its best partner in every
 * other source, not by near-identical wording.
 */

export interface AlignedPair {
  a: Statement;
  b: Statement;
  /** How much of what the two statements are about they share, 0..1 (weighted cosine). */
  score: number;
}

export interface AlignOptions {
  /** Quotations with quotations (true), or sentences in the sources' voice with each other (false). */
  quotes: boolean;
  /** Least score of a pair. */
  minScore: number;
  /** Least number of shared features (content words and named entities). */
  minShared: number;
  /** Whether two documents may be compared at all. */
  related(pathA: string, pathB: string): boolean;
}

/** Statements indexed under one feature at most: a feature in more says little about which two belong together. */
const MAX_POSTINGS = 60;
/** An entity both statements name counts this many times a content word of the same rarity. */
const ENTITY_WEIGHT = 1.5;

/** Whether a sorted list of feature numbers holds `id`. */
function holds(sorted: Int32Array, id: number): boolean {
  const at = lowerBound(sorted, id, (n: number) => n);
  return at < sorted.length && sorted[at] === id;
}

/** The statements' features, numbered and weighted, with the postings of those few enough statements hold to be indexed. */
function featureIndex(pool: readonly Statement[]) {
  const n = pool.length;
  // Features by number: content stems, and the ids of the entities named ('\u0001' + id).
  const featureNumber = new Map<string, number>();
  const number = (f: string) => {
    let id = featureNumber.get(f);
    if (id === undefined) featureNumber.set(f, (id = featureNumber.size));
    return id;
  };
  // Each statement's features, sorted (looked up by binary search below); an entity named twice counts once.
  const lastHolder: number[] = [];
  const features = pool.map((s, i) => {
    const list = new Int32Array(s.wording.stems.size + s.entities.length);
    let n = 0;
    const add = (id: number) => {
      if (lastHolder[id] === i) return;
      lastHolder[id] = i;
      list[n++] = id;
    };
    for (const stem of s.wording.stems) add(number(stem));
    for (const e of s.entities) if (e.type !== 'other') add(number(`\u0001${e.id}`));
    return list.subarray(0, n).sort();
  });
  const isEntity: boolean[] = [];
  for (const [f, id] of featureNumber) isEntity[id] = f.charCodeAt(0) === 1;
  const df = new Int32Array(featureNumber.size);
  for (const list of features) for (const id of list) df[id]++;
  const weightOf = Float64Array.from(df, (count, id) => Math.log(1 + n / count) * (isEntity[id] ? ENTITY_WEIGHT : 1));
  const norm = features.map((list) => {
    let sum = 0;
    for (const id of list) sum += weightOf[id] * weightOf[id];
    return Math.sqrt(sum);
  });
  // Postings of each indexed feature, flat: statements holding feature f are postings[offset[f] .. offset[f + 1]).
  const offset = new Int32Array(featureNumber.size + 1);
  for (let id = 0; id < df.length; id++) offset[id + 1] = offset[id] + (df[id] <= MAX_POSTINGS ? df[id] : 0);
  const postings = new Int32Array(offset[df.length]);
  const filled = offset.slice(0, df.length);
  features.forEach((list, i) => {
    for (const id of list) if (df[id] <= MAX_POSTINGS) postings[filled[id]++] = i;
  });

  // Features in too many statements to be indexed are tested per pair met through the others: the
  // first 32 by a bit of each statement's mask, any more by binary search in its sorted features.
  const bitOf = new Int32Array(df.length).fill(-1);
  const weightOfBit = new Float64Array(32);
  for (let id = 0, bits = 0; id < df.length && bits < 32; id++) {
    if (df[id] <= MAX_POSTINGS) continue;
    weightOfBit[bits] = weightOf[id] * weightOf[id];
    bitOf[id] = bits++;
  }
  const mask = Int32Array.from(features, (list) => {
    let m = 0;
    for (const id of list) if (bitOf[id] >= 0) m |= 1 << bitOf[id];
    return m;
  });

  return { features, df, weightOf, norm, offset, postings, bitOf, weightOfBit, mask };
}

/** Each statement's best partner in every other related source; a pair is kept when it is either side's best. */
export function alignStatements(statements: readonly Statement[], options: AlignOptions): AlignedPair[] {
  const pool = statements.filter((s) => (s.quote !== null) === options.quotes);
  const n = pool.length;
  const { features, df, weightOf, norm, offset, postings, bitOf, weightOfBit, mask } = featureIndex(pool);

  // Documents by number, and whether two may be compared asked once per pair (0 unknown, 1 yes, 2 no).
  const docNumber = new Map<string, number>();
  const docOf = Int32Array.from(pool, (s) => {
    let d = docNumber.get(s.path);
    if (d === undefined) docNumber.set(s.path, (d = docNumber.size));
    return d;
  });
  const paths = [...docNumber.keys()];
  const docs = paths.length;
  const relatedKnown = new Uint8Array(docs * docs);
  const related = (x: number, y: number) => {
    const key = x < y ? x * docs + y : y * docs + x;
    if (relatedKnown[key] === 0) relatedKnown[key] = options.related(paths[x], paths[y]) ? 1 : 2;
    return relatedKnown[key] === 1;
  };

  // Per statement, its best partner in each other document. Shared weight is summed along the
  // postings of its features, then over the frequent features both statements hold (in the order
  // of their numbers, as the sum was always made).
  const best = new Array<Map<number, { j: number; score: number }> | undefined>(n);
  const sharedWeight = new Float64Array(n);
  const sharedCount = new Int32Array(n);
  const met: number[] = [];
  for (let i = 0; i < n; i++) {
    const mine = features[i];
    const docA = docOf[i];
    const beyondMask: number[] = [];
    for (const id of mine) {
      if (df[id] > MAX_POSTINGS) {
        if (bitOf[id] < 0) beyondMask.push(id);
        continue;
      }
      const w = weightOf[id] * weightOf[id];
      for (let at = offset[id]; at < offset[id + 1]; at++) {
        const j = postings[at];
        if (docOf[j] === docA) continue;
        if (sharedCount[j] === 0) met.push(j);
        sharedWeight[j] += w;
        sharedCount[j]++;
      }
    }
    for (const j of met) {
      let shared = sharedWeight[j];
      let count = sharedCount[j];
      sharedWeight[j] = 0;
      sharedCount[j] = 0;
      if (!related(docA, docOf[j])) continue;
      for (let common = mask[i] & mask[j]; common !== 0; common &= common - 1) {
        shared += weightOfBit[31 - Math.clz32(common & -common)];
        count++;
      }
      for (const id of beyondMask) {
        if (!holds(features[j], id)) continue;
        shared += weightOf[id] * weightOf[id];
        count++;
      }
      if (count < options.minShared) continue;
      const score = shared / (norm[i] * norm[j]);
      if (score < options.minScore) continue;
      const mineBest = (best[i] ??= new Map());
      const prev = mineBest.get(docOf[j]);
      if (!prev || score > prev.score) mineBest.set(docOf[j], { j, score });
    }
    met.length = 0;
  }
  const pairs: AlignedPair[] = [];
  const taken = new Set<number>();
  best.forEach((mine, i) => {
    if (!mine) return;
    for (const { j, score } of mine.values()) {
      const key = Math.min(i, j) * n + Math.max(i, j);
      if (taken.has(key)) continue;
      taken.add(key);
      const [x, y] = i < j ? [pool[i], pool[j]] : [pool[j], pool[i]];
      pairs.push({ a: x, b: y, score });
    }
  });
  return pairs;
}
