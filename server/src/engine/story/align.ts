import { appendTo, memo, TextCache } from '../collections';
import { contentStems, tokenize, type Token } from '../text';
import type { Quote, TextSpan } from '../types';

/**
 * Alignment: which sentence (or quoted sentence) of one source speaks about the same thing as
 * which of another. Comparing anything else would be comparing different events.
 */

export interface Segment extends TextSpan {
  path: string;
  tokens: Token[];
  stems: Set<string>;
  /** The quotation this segment is part of, null for a sentence of the article's own voice. */
  quote: Quote | null;
}

export interface AlignedPair {
  a: Segment;
  b: Segment;
  /** idf-weighted overlap of content words, 0..1. */
  score: number;
  shared: string[];
}

export interface SegmentSource {
  path: string;
  sentences: TextSpan[];
  quotes: Quote[];
}

/**
 * Content stems of a statement's text, and its tokens placed where the statement stood in the last
 * checks (shared: tokens are never mutated, places only added). The next check asks for it at the
 * same places (one statement may stand in several sources), unless an edit before it moved it.
 */
interface Words {
  stems: ReadonlySet<string>;
  count: number;
  /** Tokens by the offset they are placed at, oldest first. */
  placed: Map<number, Token[]>;
}
/** Statements recur unchanged between checks (every edit re-checks the story): tokenize each text once. */
const wordsCache = new TextCache<Words>(8000);
/** Places kept per statement: a wire story copied by a few sources of one story. */
const PLACES = 4;

/** The tokens of a statement placed at `start`. */
function placedAt(words: Words, start: number): Token[] {
  let tokens = words.placed.get(start);
  if (!tokens) {
    const [[from, some]] = words.placed;
    tokens = some.map((t) => ({ ...t, start: t.start - from + start, end: t.end - from + start }));
    words.placed.set(start, tokens);
    if (words.placed.size > PLACES) words.placed.delete(from);
  }
  return tokens;
}

/**
 * A statement whose tokens are placed only when a rule reads them: an edit moves every statement
 * after it, and rules compare most statements by text alone (cached), so placing them all on every
 * check cost ~1 ms a keystroke on a 2,000-word article.
 */
class StatementSegment implements Segment {
  private placedTokens: Token[] | undefined;
  constructor(
    readonly path: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly stems: Set<string>,
    readonly quote: Quote | null,
    private readonly words: Words,
  ) {}
  get tokens(): Token[] {
    return (this.placedTokens ??= placedAt(this.words, this.start));
  }
}

/** Sentences, and separately the part of each sentence inside a quoted statement. */
export function buildSegments(doc: SegmentSource, text: string): Segment[] {
  const out: Segment[] = [];
  const make = (start: number, end: number, quote: Quote | null) => {
    const slice = text.slice(start, end);
    const words = memo(wordsCache, slice, (t) => {
      const tokens = tokenize(t, start);
      return { stems: new Set(contentStems(tokens)), count: tokens.length, placed: new Map([[start, tokens]]) };
    });
    // A quoted sentence of a few words may have two content words ("This was an assassination of a deputy"); a quoted phrase is no statement.
    // A quoted sentence of plain words ("I was just so scared") is kept too: it aligns only word for word.
    if (words.stems.size >= 3 || (quote && words.count >= 5)) out.push(new StatementSegment(doc.path, start, end, slice, words.stems as Set<string>, quote, words));
  };
  const statements = doc.quotes.filter((q) => q.kind === 'statement');
  for (const s of doc.sentences) {
    make(s.start, s.end, null);
    for (const q of statements) {
      const start = Math.max(q.start, s.start);
      const end = Math.min(q.end, s.end);
      if (end > start) make(start, end, q);
    }
  }
  return out;
}

/**
 * Statements indexed under one word at most. A word in more of them says little about which two
 * belong together (candidates still come through the statement's rarer words, and the common ones
 * count as shared once a candidate is found).
 */
const MAX_POSTINGS = 50;

export interface AlignOptions {
  /** Minimum weighted overlap for two segments to count as the same statement. */
  minScore: number;
  /** Minimum number of shared content words. */
  minShared: number;
  /** Only pairs where both segments are quotations (true) or where neither is (false). */
  quotes: boolean;
}

/** Mutual best matches between segments of different documents, found through a word index. */
export function alignSegments(segments: Segment[], options: AlignOptions): AlignedPair[] {
  const pool = segments.filter((s) => (s.quote !== null) === options.quotes);
  // Stems by number, each segment's in the order of its set: overlaps are summed in that order.
  const stemNumber = new Map<string, number>();
  const stemsOf = pool.map((s) => {
    const numbers = new Int32Array(s.stems.size);
    let k = 0;
    for (const stem of s.stems) {
      let id = stemNumber.get(stem);
      if (id === undefined) stemNumber.set(stem, (id = stemNumber.size));
      numbers[k++] = id;
    }
    return numbers;
  });
  const df = new Int32Array(stemNumber.size);
  for (const numbers of stemsOf) for (const id of numbers) df[id]++;
  const n = pool.length;
  const idf = Float64Array.from(df, (count) => Math.log(1 + n / count));
  // Words in a large share of segments say nothing about which two belong together.
  // Capped, so that the candidates of a statement stay bounded however many sources the story has.
  const tooCommon = Math.min(MAX_POSTINGS, Math.max(25, n * 0.05));
  const index: number[][] = Array.from({ length: stemNumber.size }, () => []);
  stemsOf.forEach((numbers, i) => {
    for (const id of numbers) if (df[id] <= tooCommon) index[id].push(i);
  });
  const weight = stemsOf.map((numbers) => {
    let sum = 0;
    for (const id of numbers) sum += idf[id];
    return sum;
  });

  // Per segment, its best match in each other document.
  const best = new Array<Map<string, { j: number; score: number }> | undefined>(n).fill(undefined);
  // Candidates of one segment: how many indexed words each shares with it, in the order first met.
  const hits = new Int32Array(n);
  const candidates: number[] = [];
  // Where each stem of the segment compared stands in it (1-based, 0: not in it), and which of them a candidate shares.
  const place = new Int32Array(stemNumber.size);
  let inBoth = new Uint8Array(0);
  pool.forEach((a, i) => {
    const mine = stemsOf[i];
    candidates.length = 0;
    for (const id of mine) {
      for (const j of index[id]) {
        if (pool[j].path === a.path) continue;
        if (hits[j]++ === 0) candidates.push(j);
      }
    }
    mine.forEach((id, k) => (place[id] = k + 1));
    if (inBoth.length < mine.length) inBoth = new Uint8Array(mine.length);
    for (const j of candidates) {
      const count = hits[j];
      hits[j] = 0;
      const b = pool[j];
      // Candidates come through the rarer words; the common ones still count as shared once found
      // ("Page was married three times" in a story where every sentence names Page).
      if (count < Math.min(2, options.minShared)) continue;
      inBoth.fill(0, 0, mine.length);
      let shared = 0;
      for (const id of stemsOf[j]) {
        if (place[id] === 0) continue;
        inBoth[place[id] - 1] = 1;
        shared++;
      }
      // A short quotation (two content words) aligns only with the same words.
      if (shared < options.minShared && !(shared >= 2 && shared === mine.length && shared === stemsOf[j].length)) continue;
      let overlap = 0;
      for (let k = 0; k < mine.length; k++) if (inBoth[k]) overlap += idf[mine[k]];
      const score = overlap / Math.min(weight[i], weight[j]);
      if (score < options.minScore) continue;
      const matches = (best[i] ??= new Map());
      const prev = matches.get(b.path);
      if (!prev || score > prev.score) matches.set(b.path, { j, score });
    }
    for (const id of mine) place[id] = 0;
  });
  const pairs: AlignedPair[] = [];
  best.forEach((mine, i) => {
    if (!mine) return;
    for (const m of mine.values()) {
      const back = best[m.j]?.get(pool[i].path);
      // The shared words of the pairs kept only: listing them for every better candidate met cost more.
      if (back?.j === i && i < m.j) pairs.push({ a: pool[i], b: pool[m.j], score: m.score, shared: [...pool[i].stems].filter((s) => pool[m.j].stems.has(s)) });
    }
  });
  // Quoted sentences with fewer than two content words: the same words in the same order, once per document.
  if (options.quotes) {
    const plain = new Map<string, Map<string, number[]>>();
    pool.forEach((s, i) => {
      if (s.stems.size >= 2) return;
      const key = s.tokens.map((t) => t.norm).join(' ');
      const byPath = plain.get(key) ?? new Map<string, number[]>();
      appendTo(byPath, s.path, i);
      plain.set(key, byPath);
    });
    for (const byPath of plain.values()) {
      const once = [...byPath.values()].filter((list) => list.length === 1).map((list) => list[0]);
      for (let x = 0; x < once.length; x++) for (let y = x + 1; y < once.length; y++) pairs.push({ a: pool[once[x]], b: pool[once[y]], score: 1, shared: [...pool[once[x]].stems] });
    }
  }
  return pairs;
}
