/** Add `value` to the list kept under `key`, starting the list when there is none. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Index of the first of `sorted` (ascending by `key`) whose key is at or above `value`; `sorted.length` when none. */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A function of an object computed once per object: what a rule reads off one statement is read
 * once however many statements of other sources it is paired with.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    let value = results.get(key);
    if (value === undefined && !results.has(key)) results.set(key, (value = compute(key)));
    return value as V;
  };
}

/** Every cache of results derived from text (parses, paragraph and statement results), so clearTextCaches() forgets them all. */
const caches: Array<TextCache<unknown>> = [];

/**
 * A bounded map that forgets the least recently used entry (Map keeps insertion order). For a few
 * large entries (the server's facts per file, line indexes); results derived from text go in a
 * TextCache.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as K);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * A bounded cache of results derived from text, for lookups by the thousand per edit: a hit is one
 * Map lookup, where an exact LRU moves the entry on every hit (a delete and an insert that make V8
 * rebuild the Map's table now and then). Entries live in two generations; when the young one
 * is full it becomes the old one and the old one is dropped, and a hit in the old one moves the
 * entry back to the young one. So an entry used at least once in any `limit / 2` insertions stays,
 * and at most `limit` entries are held.
 */
export class TextCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  /** Entries added within `withoutKeepingTextResults`, dropped when it returns. */
  private readonly scratch = new Map<string, V>();
  private readonly half: number;
  constructor(limit: number) {
    this.half = Math.max(1, limit >> 1);
    caches.push(this);
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const old = this.old.get(key);
    if (old !== undefined) {
      this.keep(key, old);
      return old;
    }
    return scratchDepth ? this.scratch.get(key) : undefined;
  }

  set(key: string, value: V): void {
    if (scratchDepth) this.scratch.set(key, value);
    else this.keep(key, value);
  }

  private keep(key: string, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  dropScratch(): void {
    this.scratch.clear();
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
    this.scratch.clear();
  }
}

let scratchDepth = 0;

/**
 * Runs `work` with every TextCache answering as usual but keeping what it adds only until `work`
 * returns: for a story no one is editing (a workspace check), whose paragraphs and statements will
 * not be asked for again soon. Kept, they pushed out the results of the stories being edited, and
 * a workspace check of 1,000 articles grew the analysis worker's heap to ~110 MB of live objects
 * (V8 kept its pages after they were freed).
 */
export function withoutKeepingTextResults<T>(work: () => T): T {
  scratchDepth++;
  try {
    return work();
  } finally {
    if (--scratchDepth === 0) for (const c of caches) c.dropScratch();
  }
}

/**
 * Entries of the caches kept per paragraph (parses, tokens, names, dates) and per sentence. They
 * serve re-analysis: an edited article is re-read only in the paragraphs it changed, and a few
 * hundred paragraphs hold several long open articles. Every document analysed leaves its
 * paragraphs in them, and with 4,000 paragraphs and 8,000 sentences they held ~80 MB after a
 * workspace check of 1,000 articles (the analysis worker's heap is bounded at 192 MB).
 */
export const PARAGRAPH_CACHE_SIZE = 1000;
export const SENTENCE_CACHE_SIZE = 2 * PARAGRAPH_CACHE_SIZE;

/**
 * `compute(text)` memoized per text in `cache`. Results must depend on `text` alone and are shared
 * between calls: callers must not mutate them (store offsets relative to the text, shift on use).
 */
export function memo<V>(cache: TextCache<V>, text: string, compute: (text: string) => V): V {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const v = compute(text);
  cache.set(text, v);
  return v;
}

/**
 * What `read` finds in every line of a source, with offsets from the source's start: memoized for the
 * whole source and per line, so a source edited since the last check is read again in its edited
 * line only. For results that never span a line break.
 */
export function memoByLine<T>(bySource: TextCache<readonly T[]>, byLine: TextCache<readonly T[]>, text: string, read: (line: string) => readonly T[], shift: (item: T, offset: number) => T): readonly T[] {
  return memo(bySource, text, (t) => {
    const out: T[] = [];
    let offset = 0;
    for (const line of t.split('\n')) {
      for (const item of memo(byLine, line, read)) out.push(shift(item, offset));
      offset += line.length + 1;
    }
    return out;
  });
}

/** Forget every cached result derived from text: parses, paragraph and statement results. */
export function clearTextCaches(): void {
  for (const c of caches) c.clear();
}
