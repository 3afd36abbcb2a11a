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

/** Every cache of results derived from text (parses, paragraph and statement results), so clearTextCaches() forgets them all. */
const caches: Array<Lru<unknown, unknown>> = [];

/** A bounded map that forgets the least recently used entry (Map keeps insertion order). */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {
    caches.push(this as Lru<unknown, unknown>);
  }

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
 * `compute(text)` memoized per text in `lru`. Results must depend on `text` alone and are shared
 * between calls: callers must not mutate them (store offsets relative to the text, shift on use).
 */
export function memo<V>(lru: Lru<string, V>, text: string, compute: (text: string) => V): V {
  const hit = lru.get(text);
  if (hit !== undefined) return hit;
  const v = compute(text);
  lru.set(text, v);
  return v;
}

/**
 * What `read` finds in every line of a source, with offsets from the source's start: memoized for the
 * whole source and per line, so a source edited since the last check is read again in its edited
 * line only. For results that never span a line break.
 */
export function memoByLine<T>(bySource: Lru<string, readonly T[]>, byLine: Lru<string, readonly T[]>, text: string, read: (line: string) => readonly T[], shift: (item: T, offset: number) => T): readonly T[] {
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
