import { STOPWORDS } from '../text';
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
  /** A statement the source reports in its own words ("X said the church is old"), not a quotation. */
  reported: boolean;
  start: number;
  end: number;
  text: string;
}

export interface QuotePair {
  a: QuotedSide;
  b: QuotedSide;
  /** Share of the shorter quotation's words found in the longer in the same order, 0..1. */
  score: number;
  /** How many words they share in that order. */
  shared: number;
}

/** Least share of the shorter quotation's words found in the other. */
export const SAME_QUOTATION = 0.6;
/** Least share of the shorter quotation's content words found in the other. */
const SAME_CONTENT = 0.5;
/** Word pairs compared at most to order two quotations' shared words (a 400-word quotation against another). */
const MAX_ORDERED = 160_000;
/** Least number of words shared, however short the quotations (a short one must match whole). */
const MIN_SHARED = 4;
/** Quotations indexed under one word at most: a word in more says little about which two are one. */
const MAX_POSTINGS = 40;

interface Entry {
  side: QuotedSide;
  words: readonly string[];
  counts: Map<string, number>;
  /** Where in its document the quotation stands, 0 (top) to 1 (end). */
  place: number;
}

/** Words of the shorter found in the longer, counted with repeats: a cheap bound before ordering them. */
function sharedWords(x: Entry, y: Entry): number {
  const [small, large] = x.words.length <= y.words.length ? [x, y] : [y, x];
  let shared = 0;
  for (const [w, n] of small.counts) shared += Math.min(n, large.counts.get(w) ?? 0);
  return shared;
}

/** Longest common subsequence of two word lists (two rows; quotations are short). */
function inOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** Content words of the shorter (no function words) found in the longer: two remarks may share "why would he not do". */
function sharedContent(x: Entry, y: Entry): number {
  const [small, large] = x.words.length <= y.words.length ? [x, y] : [y, x];
  const content = [...small.counts.keys()].filter((w) => !STOPWORDS.has(w));
  if (!content.length) return 1;
  return content.filter((w) => large.counts.has(w)).length / content.length;
}

/** The parts of a quotation between ellipses ("… critical...the issuing of permits …"), with where each starts. */
function pieces(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let at = 0;
  for (const m of text.matchAll(/\s*(?:\.\s?\.\s?\.|…)\s*/g)) {
    if (m.index! > at) out.push({ text: text.slice(at, m.index), at });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), at });
  return out;
}

/** Pairs of the same quotation in related sources: each quotation with its best match in every other source. */
export function sameQuotations(
  docs: Array<{ path: string; text: string; quotes: readonly Quote[]; reported: readonly Quote[] }>,
  related: (x: string, y: string) => boolean,
): QuotePair[] {
  const entries: Entry[] = [];
  for (const d of docs) {
    const quotes = [...d.quotes.map((quote) => ({ quote, reported: false })), ...d.reported.map((quote) => ({ quote, reported: true }))];
    for (const { quote, reported } of quotes) {
      if (quote.kind !== 'statement') continue;
      // An ellipsis marks a cut: each piece of the quotation is verbatim on its own, the whole is not.
      for (const piece of pieces(quote.text)) {
        const words = comparableWordsOf(piece.text);
        if (words.length < 2) continue;
        const counts = new Map<string, number>();
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
        const start = quote.start + piece.at;
        entries.push({
          side: { path: d.path, quote, reported, start, end: start + piece.text.length, text: piece.text },
          words,
          counts,
          place: start / Math.max(1, d.text.length),
        });
      }
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
  const best = new Map<string, { i: number; j: number; score: number; shared: number; distance: number }>();
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
        const shorter = Math.min(e.words.length, o.words.length);
        if (sharedWords(e, o) < Math.max(Math.min(MIN_SHARED, shorter), SAME_QUOTATION * shorter) || sharedContent(e, o) < SAME_CONTENT) continue;
        // In order where affordable; two very long quotations by their shared words alone.
        const shared = e.words.length * o.words.length <= MAX_ORDERED ? inOrder(e.words, o.words) : sharedWords(e, o);
        if (shared < Math.min(MIN_SHARED, shorter) || shared / shorter < SAME_QUOTATION) continue;
        const score = shared / shorter;
        const key = `${i}\u0000${o.side.path}`;
        const prev = best.get(key);
        // The partner sharing the most words: a two-word fragment matching whole says less than a long quotation matching most.
        // Between equals (a headline quoting the body), the one at the same place of its article.
        const distance = Math.abs(e.place - o.place);
        if (!prev || shared > prev.shared || (shared === prev.shared && (score > prev.score || (score === prev.score && distance < prev.distance))))
          best.set(key, { i, j, score, shared, distance });
      }
    }
  });
  const pairs: QuotePair[] = [];
  const taken = new Set<string>();
  for (const { i, j, score, shared } of best.values()) {
    const key = i < j ? `${i}|${j}` : `${j}|${i}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const [x, y] = i < j ? [entries[i], entries[j]] : [entries[j], entries[i]];
    pairs.push({ a: x.side, b: y.side, score, shared });
  }
  return pairs;
}
