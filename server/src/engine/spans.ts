import { lowerBound } from './collections';
import type { Span } from './types';

/**
 * Spans of one document sorted by start, for the spans overlapping or inside a range without a
 * scan of the whole document (rules ask this for every aligned statement).
 */
export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((x, y) => x.start - y.start);
    this.longest = this.sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** Index of the first span starting at or after `offset`. */
  private lowerBound(offset: number): number {
    return lowerBound(this.sorted, offset, (s) => s.start);
  }

  /** Spans sharing at least one character with [start, end), in order of start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = this.lowerBound(start - this.longest); k < this.sorted.length && this.sorted[k].start < end; k++) {
      if (this.sorted[k].end > start) out.push(this.sorted[k]);
    }
    return out;
  }

  /** Spans lying wholly inside [start, end), in order of start. */
  inside(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = this.lowerBound(start); k < this.sorted.length && this.sorted[k].start < end; k++) {
      if (this.sorted[k].end <= end) out.push(this.sorted[k]);
    }
    return out;
  }
}

const indexes = new WeakMap<readonly Span[], SpanIndex<Span>>();

/** The index of an array of spans, built once per array (arrays are not mutated once indexed). */
export function spanIndex<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  let index = indexes.get(spans) as SpanIndex<T> | undefined;
  if (!index) {
    index = new SpanIndex(spans);
    indexes.set(spans, index as SpanIndex<Span>);
  }
  return index;
}
