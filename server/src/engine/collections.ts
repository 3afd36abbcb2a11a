/** Add `value` to the list kept under `key`, starting the list when there is none. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Index of the first of `sorted` (ascending by `key`) whose key is at or above `value`; `sorted.length` when none. */
export function lowerBound<T>(sorted: ArrayLike<T>, value: number, key: (item: T) => number): number {
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
 * once however many statements of other sources it is paired with. The memo may be the module's,
 * shared by engine instances: its keys are objects one instance made (statements, wordings), its
 * results a function of the key alone, and an entry goes when its key does, so no instance ever
 * reads another's results or keeps them alive.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    let value = results.get(key);
    if (value === undefined && !results.has(key)) results.set(key, (value = compute(key)));
    return value as V;
  };
}

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
  /** Entries added within the owner's `withoutKeepingTextResults`, dropped when it returns. */
  private readonly scratch = new Map<string, V>();
  private readonly half: number;
  constructor(
    limit: number,
    private readonly owner: EngineCaches,
  ) {
    this.half = Math.max(1, limit >> 1);
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const old = this.old.get(key);
    if (old !== undefined) {
      this.keep(key, old);
      return old;
    }
    return this.owner.keepingResults ? undefined : this.scratch.get(key);
  }

  set(key: string, value: V): void {
    if (this.owner.keepingResults) this.keep(key, value);
    else this.scratch.set(key, value);
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

/**
 * A cache of results derived from text, declared by the module that computes them; every engine
 * instance holds its own TextCache for it (`EngineCaches.of`).
 */
export interface TextCacheKey<V> {
  readonly index: number;
  readonly limit: number;
  /** Only for the compiler: ties the key to the type of the values it caches. */
  readonly valueType?: V;
}

let declaredCaches = 0;

/** Declares a cache of at most `limit` results derived from text. */
export function textCache<V>(limit: number): TextCacheKey<V> {
  return { index: declaredCaches++, limit };
}

/** One engine instance's caches of results derived from text: parses, paragraph and statement results. */
export class EngineCaches {
  private readonly caches: Array<TextCache<unknown> | undefined> = [];
  private scratchDepth = 0;

  get keepingResults(): boolean {
    return this.scratchDepth === 0;
  }

  of<V>(key: TextCacheKey<V>): TextCache<V> {
    let cache = this.caches[key.index];
    if (!cache) this.caches[key.index] = cache = new TextCache<unknown>(key.limit, this);
    return cache as TextCache<V>;
  }

  /**
   * Runs `work` with every cache answering as usual but keeping what it adds only until `work`
   * returns: for a story no one is editing (a workspace check), whose paragraphs and statements will
   * not be asked for again soon. Kept, they pushed out the results of the stories being edited, and
   * a workspace check of 1,000 articles grew the analysis worker's heap to ~110 MB of live objects
   * (V8 kept its pages after they were freed).
   */
  withoutKeepingTextResults<T>(work: () => T): T {
    this.scratchDepth++;
    try {
      return work();
    } finally {
      if (--this.scratchDepth === 0) for (const c of this.caches) c?.dropScratch();
    }
  }

  /** Forget every cached result. */
  clear(): void {
    for (const c of this.caches) c?.clear();
  }
}

/**
 * The caches of the engine instance whose call is running. The engine is synchronous, so an
 * instance binds its caches for the length of each call (`withCaches`) instead of passing them
 * down through every extractor; outside any call (the extractors called directly, as tests do)
 * they are the default engine's.
 */
export const DEFAULT_ENGINE_CACHES = new EngineCaches();
let activeCaches = DEFAULT_ENGINE_CACHES;

/** Runs `work` with `caches` as the caches every `memo` uses. */
export function withCaches<T>(caches: EngineCaches, work: () => T): T {
  const outer = activeCaches;
  activeCaches = caches;
  try {
    return work();
  } finally {
    activeCaches = outer;
  }
}

/** The running engine's cache for `key`. */
export function cacheOf<V>(key: TextCacheKey<V>): TextCache<V> {
  return activeCaches.of(key);
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
 * `compute(text)` memoized per text in the running engine's cache for `key`. Results must depend on
 * `text` alone and are shared between calls: callers must not mutate them (store offsets relative
 * to the text, shift on use).
 */
export function memo<V>(key: TextCacheKey<V>, text: string, compute: (text: string) => V): V {
  const cache = activeCaches.of(key);
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
export function memoByLine<T>(
  bySource: TextCacheKey<readonly T[]>,
  byLine: TextCacheKey<readonly T[]>,
  text: string,
  read: (line: string) => readonly T[],
  shift: (item: T, offset: number) => T,
): readonly T[] {
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
