import type { ServedResult } from './workerProtocol';
import type { Span } from '../engine';
import type { Location, OverviewConflict, OverviewDate, OverviewEntity, OverviewSource, Range, StoryOverview } from './clientProtocol';

export interface OverviewContext {
  storyLabel: string;
  toUri(path: string): string;
  range(path: string, span: Span): Range;
}

const MAX_ENTITIES = 60;
/**
 * Dates the overview draws at most: a story with 240,000 of them made the page's rendering throw
 * and the panel stopped updating, and a timeline of thousands of marks is unreadable anyway.
 */
export const MAX_OVERVIEW_DATES = 1000;

/** How many of each list to keep so that at most `max` are kept in all, shared out in turns (every list gets its share). */
export function fairShares(lengths: number[], max: number): number[] {
  const shares = lengths.map(() => 0);
  let left = Math.min(
    max,
    lengths.reduce((n, l) => n + l, 0),
  );
  while (left > 0) {
    for (let i = 0; i < lengths.length && left > 0; i++) {
      if (shares[i] < lengths[i]) {
        shares[i]++;
        left--;
      }
    }
  }
  return shares;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Season and quarter months (northern hemisphere; winter is taken as January and February of its year). */
const PARTS: Record<string, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  AU: [9, 11],
};

/**
 * The interval of days a TIMEX3 date value covers: `2020` → 2020-01-01…2020-12-31, `2020-08`,
 * `2020-09-15`, `2020-09-15T10:00`, `2020-Q3`, `2020-SU`, `2020-W37`, `201X`/`202X` (decades).
 * Values with an unknown year (`XXXX-09-15`), durations and references (`PRESENT_REF`) give null.
 */
export function interval(value: string | null): { from: string; to: string } | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return { from: iso(+m[1], +m[2], +m[3]), to: iso(+m[1], +m[2], +m[3]) };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { from: iso(+m[1], +m[2], 1), to: iso(+m[1], +m[2], lastDay(+m[1], +m[2])) };
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU)$/.exec(value);
  if (m) {
    const [a, b] = PARTS[m[2]];
    return { from: iso(+m[1], a, 1), to: iso(+m[1], b, lastDay(+m[1], b)) };
  }
  m = /^(\d{4})-WI$/.exec(value);
  if (m) return { from: iso(+m[1], 1, 1), to: iso(+m[1], 2, lastDay(+m[1], 2)) };
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+m[2] - 1) * 7 * 86_400_000;
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    return { from: day(monday), to: day(monday + 6 * 86_400_000) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: iso(+m[1], 1, 1), to: iso(+m[1], 12, 31) };
  m = /^(\d{3})X$/.exec(value);
  if (m) return { from: iso(+m[1] * 10, 1, 1), to: iso(+m[1] * 10 + 9, 12, 31) };
  return null;
}

/** `XXXX-09-15` → 09-15…09-15, `XXXX-08` → 08-01…08-31 (February has 29 days), else null. */
export function yearlessInterval(value: string | null): { from: string; to: string } | null {
  if (!value?.startsWith('XXXX-')) return null;
  const span = interval(`2000${value.slice(4)}`);
  return span ? { from: span.from.slice(5), to: span.to.slice(5) } : null;
}

export function storyOverview(result: ServedResult, ctx: OverviewContext): StoryOverview {
  const uriOf = new Map(result.documents.map((d) => [d.path, ctx.toUri(d.path)]));
  const uri = (path: string) => uriOf.get(path) ?? ctx.toUri(path);

  const sources: OverviewSource[] = result.documents.map((d) => ({
    uri: uri(d.path),
    source: d.facts.article.source,
    title: d.facts.article.title?.text ?? null,
    published: d.facts.article.published,
    conflicts: d.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length,
  }));

  const entities: OverviewEntity[] = [];
  for (const e of result.story.byId.values()) {
    const mentions: Record<string, number> = {};
    const first: Record<string, Location> = {};
    let total = 0;
    for (const d of result.documents) {
      const list = e.mentions.get(d.path) ?? [];
      mentions[uri(d.path)] = list.length;
      total += list.length;
      if (list.length) first[uri(d.path)] = { uri: uri(d.path), range: ctx.range(d.path, list[0]) };
    }
    if (total > 0) entities.push({ id: e.id, name: e.name, type: e.type, mentions, first, total });
  }
  // Names several sources share first, then the most mentioned.
  const spread = (e: OverviewEntity) => Object.values(e.mentions).filter((n) => n > 0).length;
  entities.sort((a, b) => spread(b) - spread(a) || b.total - a.total || a.name.localeCompare(b.name));

  const shares = fairShares(
    result.documents.map((d) => d.facts.dates.length),
    MAX_OVERVIEW_DATES,
  );
  const dates: OverviewDate[] = result.documents.flatMap((d, i) =>
    d.facts.dates.slice(0, shares[i]).map((date) => {
      const placed = date.timexType === 'DATE' || date.timexType === 'TIME' ? date.value : null;
      const span = interval(placed);
      return {
        uri: uri(d.path),
        text: date.text,
        value: date.value,
        type: date.timexType,
        range: ctx.range(d.path, date),
        from: span?.from ?? null,
        to: span?.to ?? null,
        yearless: yearlessInterval(placed),
      };
    }),
  );

  const conflicts: OverviewConflict[] = result.documents.flatMap((d) =>
    d.findings.map((f) => ({
      uri: uri(d.path),
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: ctx.range(d.path, f),
      related: f.related.map((r) => ({ uri: uri(r.path), range: ctx.range(r.path, r), message: r.message ?? '' })),
    })),
  );

  const dateCount = result.documents.reduce((n, d) => n + d.facts.dates.length, 0);
  return { story: ctx.storyLabel, sources, entities: entities.slice(0, MAX_ENTITIES), dates, dateCount, conflicts };
}
