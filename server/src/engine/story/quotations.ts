import type { Quote } from '../types';
import { comparableWordsOf } from './wording';

/**
 * One quotation in two sources. Two quotations are the same quotation when most of the words of
 * the shorter are found in the longer: a source may quote a part only, or render a word or two
 * differently, but two different remarks of one interview share few words.
 */

export interface QuotedSide {
  path: string;
  quote: Quote;
  start: number;
  end: number;
  text: string;
}

export interface QuotePair {
  a: QuotedSide;
  b: QuotedSide;
  /** Share of the shorter quotation's words found in the longer, 0..1. */
  score: number;
}

/** Least share of the shorter quotation's words found in the other. */
export const SAME_QUOTATION = 0.6;
/** Least number of words shared, however short the quotations (a short one must match whole). */
const MIN_SHARED = 4;
/** Quotations indexed under one word at most: a word in more says little about which two are one. */
const MAX_POSTINGS = 40;

interface Entry {
  side: QuotedSide;
  words: readonly string[];
  counts: Map<string, number>;
}

/** Words of the shorter found in the longer, counted with repeats. */
function sharedWords(x: Entry, y: Entry): number {
  const [small, large] = x.words.length <= y.words.length ? [x, y] : [y, x];
  let shared = 0;
  for (const [w, n] of small.counts) shared += Math.min(n, large.counts.get(w) ?? 0);
  return shared;
}

/** Pairs of the same quotation in related sources: each quotation with its best match in every other source. */
export function sameQuotations(docs: Array<{ path: string; text: string; quotes: readonly Quote[] }>, related: (x: string, y: string) => boolean): QuotePair[] {
  const entries: Entry[] = [];
  for (const d of docs) {
    for (const quote of d.quotes) {
      if (quote.kind !== 'statement') continue;
      const words = comparableWordsOf(quote.text);
      if (words.length < 2) continue;
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      entries.push({ side: { path: d.path, quote, start: quote.start, end: quote.end, text: quote.text }, words, counts });
    }
  }
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of e.counts.keys()) {
      const list = index.get(w) ?? [];
      if (list.length <= MAX_POSTINGS) list.push(i);
      index.set(w, list);
    }
  });
  const best = new Map<string, { i: number; j: number; score: number }>();
  entries.forEach((e, i) => {
    const seen = new Set<number>();
    for (const w of e.counts.keys()) {
      const list = index.get(w)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        const o = entries[j];
        if (j === i || seen.has(j) || o.side.path === e.side.path) continue;
        seen.add(j);
        if (!related(e.side.path, o.side.path)) continue;
        const shared = sharedWords(e, o);
        const shorter = Math.min(e.words.length, o.words.length);
        if (shared < Math.min(MIN_SHARED, shorter) || shared / shorter < SAME_QUOTATION) continue;
        const score = shared / shorter;
        const key = `${i}\u0000${o.side.path}`;
        const prev = best.get(key);
        if (!prev || score > prev.score || (score === prev.score && o.words.length > entries[prev.j].words.length)) best.set(key, { i, j, score });
      }
    }
  });
  const pairs: QuotePair[] = [];
  const taken = new Set<string>();
  for (const { i, j, score } of best.values()) {
    const key = i < j ? `${i}|${j}` : `${j}|${i}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const [x, y] = i < j ? [entries[i], entries[j]] : [entries[j], entries[i]];
    pairs.push({ a: x.side, b: y.side, score });
  }
  return pairs;
}
