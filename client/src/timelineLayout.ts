/**
 * The story timeline's geometry, computed for a given width: pure (no DOM), so the extension draws
 * a first picture and the webview's script draws it again at the panel's width whenever it
 * changes, with the same function and real text widths.
 *
 * - A date several mentions give (one source or several) is one mark, with its count and sources.
 * - The axis spans where the dates are: a date far from the rest (one stray year in a story of a
 *   few weeks) gets a short segment of its own, after a break in the axis.
 * - Tick spacing is chosen from the width and the labels' widths; labels that would still touch
 *   are left out, and nothing is drawn outside the view box.
 * - Mark labels are stacked in rows, a label moving down a row when it would touch the one before.
 */
import type { Location } from '../../server/src/lsp/clientProtocol';

export interface TimelineDate {
  source: number;
  text: string;
  value: string;
  /** First and last day covered, UTC milliseconds at midnight (inclusive). */
  from: number;
  to: number;
  loc: Location;
}

export interface TimelineData {
  id: string;
  title: string;
  sources: string[];
  dates: TimelineDate[];
  /** Dates without a known year, placed in the year 2000: labels leave the year out. */
  yearless: boolean;
}

/** One date as the timeline shows it: every mention of the same interval. */
export interface TimelineItem {
  from: number;
  to: number;
  value: string;
  /** The most common words for it, then the others. */
  texts: string[];
  /** Sources giving it (indices into `sources`), in order, with their mention counts. */
  sources: Array<{ source: number; count: number; loc: Location }>;
  count: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  t0: number;
  t1: number;
  x0: number;
  x1: number;
}

export interface Tick {
  x: number;
  label: string | null;
  /** The label's box (text drawn from box.x, anchored at its start). */
  box: Box | null;
}

export interface PlacedMark {
  item: TimelineItem;
  /** A bar from x0 to x1, or a dot at x0 when they are equal, centred on y. */
  x0: number;
  x1: number;
  y: number;
  label: string;
  /** The label's box, under the glyph: swatches of its sources, then its words. */
  box: Box;
  row: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  segments: Segment[];
  /** Where the axis is broken (x of each break's centre). */
  breaks: number[];
  ticks: Tick[];
  marks: PlacedMark[];
}

/** Text width in px at a font size; the webview measures, tests and the first picture estimate. */
export type Measure = (text: string, fontSize: number) => number;

export const DAY = 86_400_000;
export const TICK_FONT = 10;
export const LABEL_FONT = 11;
const PAD = 8;
const BREAK_W = 18;
const MIN_SEGMENT = 64;
const GAP = 8;
const SWATCH = 10;
const ROW_H = 30;
const AXIS_Y = 18;
export const DOT_R = 5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A generous estimate (proportional fonts), so estimated labels do not touch when measured ones would. */
export const estimateWidth: Measure = (text, fontSize) => {
  let em = 0;
  for (const c of text) em += /[mwMW@%]/.test(c) ? 0.9 : /[A-Z0-9#$€£&]/.test(c) ? 0.68 : /[ilj.,:;'’|!() ]/.test(c) ? 0.32 : 0.56;
  return em * fontSize;
};

/** Mentions of the same interval merged into one item, in time order. */
export function mergeDates(dates: readonly TimelineDate[]): TimelineItem[] {
  const byInterval = new Map<string, { from: number; to: number; value: string; texts: Map<string, number>; sources: TimelineItem['sources'] }>();
  for (const d of dates) {
    const key = `${d.from}/${d.to}`;
    let item = byInterval.get(key);
    if (!item) byInterval.set(key, (item = { from: d.from, to: d.to, value: d.value, texts: new Map(), sources: [] }));
    item.texts.set(d.text, (item.texts.get(d.text) ?? 0) + 1);
    const s = item.sources.find((x) => x.source === d.source);
    if (s) s.count++;
    else item.sources.push({ source: d.source, count: 1, loc: d.loc });
  }
  return [...byInterval.values()]
    .map((i) => ({
      from: i.from,
      to: i.to,
      value: i.value,
      texts: [...i.texts].sort((a, b) => b[1] - a[1]).map(([t]) => t),
      sources: i.sources.sort((a, b) => a.source - b.source),
      count: i.sources.reduce((n, s) => n + s.count, 0),
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

const isShort = (i: TimelineItem) => i.to - i.from < 32 * DAY;
const centre = (i: TimelineItem) => (i.from + i.to + DAY) / 2;

/**
 * The spans of time the axis shows: the items' centres split at the widest gaps, each gap wider
 * than a quarter of the whole span (and than 45 days), at most `max` spans. Long items (a year, a
 * quarter) do not stretch a span; one that overlaps no span of the short ones makes its own.
 */
export function clusterSpans(items: readonly TimelineItem[], max: number): Array<{ t0: number; t1: number }> {
  const spansOf = (points: number[]) => {
    const sorted = [...new Set(points)].sort((a, b) => a - b);
    const whole = sorted[sorted.length - 1] - sorted[0];
    const gaps = sorted
      .slice(1)
      .map((t, i) => ({ at: i + 1, size: t - sorted[i] }))
      .filter((g) => g.size > Math.max(45 * DAY, whole / 4))
      .sort((a, b) => b.size - a.size)
      .slice(0, max - 1)
      .sort((a, b) => a.at - b.at);
    const cuts = [0, ...gaps.map((g) => g.at), sorted.length];
    return cuts.slice(1).map((end, k) => sorted.slice(cuts[k], end));
  };
  const short = items.filter(isShort);
  const inSpan = (i: TimelineItem, groups: number[][]) => groups.some((g) => i.to + DAY > g[0] && i.from < g[g.length - 1]);
  let groups = short.length ? spansOf(short.map(centre)) : [];
  const loose = items.filter((i) => !isShort(i) && !inSpan(i, groups));
  if (loose.length) groups = spansOf([...short, ...loose].map(centre));
  return groups.map((g) => {
    const members = items.filter((i) => centre(i) >= g[0] && centre(i) <= g[g.length - 1]);
    let t0 = Math.min(...members.filter(isShort).map((i) => i.from));
    let t1 = Math.max(...members.filter(isShort).map((i) => i.to + DAY));
    if (!Number.isFinite(t0)) {
      t0 = Math.min(...members.map((i) => i.from));
      t1 = Math.max(...members.map((i) => i.to + DAY));
    }
    // A few days of margin, and at least a fortnight shown, so a lone day is not a wall-to-wall axis.
    const pad = Math.max((t1 - t0) * 0.04, DAY);
    const extra = Math.max(0, (14 * DAY - (t1 - t0 + 2 * pad)) / 2);
    return { t0: t0 - pad - extra, t1: t1 + pad + extra };
  });
}

/** Segments share the width by their number of items, each at least MIN_SEGMENT wide. */
function placeSegments(spans: Array<{ t0: number; t1: number }>, items: readonly TimelineItem[], width: number): Segment[] {
  const usable = width - 2 * PAD - (spans.length - 1) * BREAK_W;
  // The square of the number of items: the cluster where the story happens gets the width, an outlier little more than its minimum.
  const weights = spans.map((s) => items.filter((i) => centre(i) >= s.t0 && centre(i) <= s.t1).length ** 2);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const spare = usable - spans.length * MIN_SEGMENT;
  let x = PAD;
  return spans.map((s, k) => {
    const w = MIN_SEGMENT + (spare * weights[k]) / total;
    const seg = { t0: s.t0, t1: s.t1, x0: x, x1: x + w };
    x += w + BREAK_W;
    return seg;
  });
}

/** x of a time on the broken axis; a time between segments or beyond them is clamped to the nearest edge. */
export function xOf(segments: readonly Segment[], t: number): number {
  let best = segments[0];
  let dist = Infinity;
  for (const s of segments) {
    if (t >= s.t0 && t <= s.t1) return s.x0 + ((t - s.t0) / (s.t1 - s.t0)) * (s.x1 - s.x0);
    const d = Math.min(Math.abs(t - s.t0), Math.abs(t - s.t1));
    if (d < dist) [best, dist] = [s, d];
  }
  return t < best.t0 ? best.x0 : best.x1;
}

interface TickUnit {
  /** Tick times from t0 to t1. */
  times(t0: number, t1: number): number[];
  label(t: number, first: boolean, yearless: boolean): string;
}

const utc = (t: number) => new Date(t);
const dayLabel = (t: number, withYear: boolean) => `${utc(t).getUTCDate()} ${MONTHS[utc(t).getUTCMonth()]}${withYear ? ` ${utc(t).getUTCFullYear()}` : ''}`;
const monthLabel = (t: number, withYear: boolean) => `${MONTHS[utc(t).getUTCMonth()]}${withYear ? ` ${utc(t).getUTCFullYear()}` : ''}`;

function dayUnit(step: number): TickUnit {
  return {
    times(t0, t1) {
      const out: number[] = [];
      const first = Math.ceil(t0 / DAY) * DAY;
      // Weekly steps start on Mondays (1970-01-05 was one).
      const start = step % 7 === 0 ? first + ((((4 * DAY - first) % (7 * DAY)) + 7 * DAY) % (7 * DAY)) : first;
      for (let t = start; t <= t1; t += step * DAY) out.push(t);
      return out;
    },
    label: (t, first, yearless) => dayLabel(t, !yearless && (first || (utc(t).getUTCMonth() === 0 && utc(t).getUTCDate() <= step))),
  };
}

function monthUnit(step: number): TickUnit {
  return {
    times(t0, t1) {
      const out: number[] = [];
      const d = utc(t0);
      let m = d.getUTCFullYear() * 12 + d.getUTCMonth() + (d.getUTCDate() === 1 && t0 % DAY === 0 ? 0 : 1);
      m = Math.ceil(m / step) * step;
      for (let t = Date.UTC(Math.floor(m / 12), m % 12, 1); t <= t1; m += step, t = Date.UTC(Math.floor(m / 12), m % 12, 1)) out.push(t);
      return out;
    },
    label: (t, first, yearless) => monthLabel(t, !yearless && (first || utc(t).getUTCMonth() < step)),
  };
}

function yearUnit(step: number): TickUnit {
  return {
    times(t0, t1) {
      const out: number[] = [];
      for (let y = Math.ceil(utc(t0).getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= t1; y += step)
        if (Date.UTC(y, 0, 1) >= t0) out.push(Date.UTC(y, 0, 1));
      return out;
    },
    label: (t) => String(utc(t).getUTCFullYear()),
  };
}

const UNITS: TickUnit[] = [
  dayUnit(1),
  dayUnit(2),
  dayUnit(7),
  dayUnit(14),
  monthUnit(1),
  monthUnit(3),
  monthUnit(6),
  yearUnit(1),
  yearUnit(2),
  yearUnit(5),
  yearUnit(10),
  yearUnit(25),
  yearUnit(100),
];

/** The finest unit whose ticks are far enough apart for their labels, else a label at the segment's middle. */
function segmentTicks(seg: Segment, yearless: boolean, measure: Measure): { unit: TickUnit | null; times: number[] } {
  const px = (seg.x1 - seg.x0) / (seg.t1 - seg.t0);
  for (const unit of UNITS) {
    const times = unit.times(seg.t0, seg.t1);
    if (!times.length) continue;
    const widest = Math.max(...times.map((t) => measure(unit.label(t, true, yearless), TICK_FONT)));
    const spacing = times.length > 1 ? (times[1] - times[0]) * px : Infinity;
    if (spacing >= widest + GAP) return { unit, times };
  }
  return { unit: null, times: [(seg.t0 + seg.t1) / 2] };
}

/**
 * Ticks of every segment. Labels are kept inside their segment and the width (moved off their
 * tick a little if need be) and apart from each other, else left out; the first label a segment
 * shows carries the year.
 */
function placeTicks(segments: readonly Segment[], yearless: boolean, width: number, measure: Measure): Tick[] {
  const ticks: Tick[] = [];
  let lastEnd = -Infinity;
  for (const seg of segments) {
    const { unit, times } = segmentTicks(seg, yearless, measure);
    let shown = 0;
    for (const t of times) {
      const label = unit
        ? unit.label(t, shown === 0, yearless)
        : seg.t1 - seg.t0 > 200 * DAY && !yearless
          ? String(utc(t).getUTCFullYear())
          : monthLabel(t, !yearless);
      const x = xOf(segments, t);
      const w = measure(label, TICK_FONT);
      const left = Math.min(Math.max(x - w / 2, seg.x0 - 4, 0), seg.x1 + 4 - w, width - w);
      const fits = left >= lastEnd + GAP && left >= 0 && Math.abs(left + w / 2 - x) <= w;
      const box = fits ? { x: left, y: 2, width: w, height: TICK_FONT + 2 } : null;
      if (box) {
        lastEnd = left + w;
        shown++;
      }
      ticks.push({ x, label: box ? label : null, box });
    }
  }
  return ticks;
}

/** The label of an item: its most common words (cut to fit), and how many mentions when more than one. */
function markLabel(item: TimelineItem, room: number, measure: Measure): string {
  const count = item.count > 1 ? ` ×${item.count}` : '';
  let text = item.texts[0];
  if (measure(text + count, LABEL_FONT) > room) {
    while (text.length > 1 && measure(`${text}…${count}`, LABEL_FONT) > room) text = text.slice(0, -1);
    text = `${text.trimEnd()}…`;
  }
  return text + count;
}

/** Width of the source swatches before a label. */
export const swatchesWidth = (item: TimelineItem) => Math.min(item.sources.length, 4) * SWATCH + 2;

export function layoutTimeline(data: TimelineData, width: number, measure: Measure = estimateWidth): TimelineLayout {
  const items = mergeDates(data.dates);
  const maxSegments = Math.max(1, Math.min(4, Math.floor((width - 2 * PAD) / (2 * MIN_SEGMENT))));
  const segments = items.length ? placeSegments(clusterSpans(items, maxSegments), items, width) : [{ t0: 0, t1: DAY, x0: PAD, x1: width - PAD }];
  const ticks = placeTicks(segments, data.yearless, width, measure);
  // Rows: an item goes on the first row whose last glyph or label ends before its own begin.
  const rowEnds: number[] = [];
  const marks: PlacedMark[] = items.map((item) => {
    let x0 = xOf(segments, item.from);
    let x1 = xOf(segments, item.to + DAY);
    // A single day is a dot, however far the axis zooms in; a bar too short to see is one as well.
    if (item.to === item.from || x1 - x0 < 2 * DOT_R) x0 = x1 = (x0 + x1) / 2;
    const label = markLabel(item, Math.min(260, width - 2 * PAD) - swatchesWidth(item), measure);
    const w = swatchesWidth(item) + measure(label, LABEL_FONT);
    const left = Math.max(PAD, Math.min(x0 - DOT_R, width - PAD - w));
    const start = Math.min(left, x0 - DOT_R);
    let row = rowEnds.findIndex((end) => end + GAP <= start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = Math.max(left + w, x1 + DOT_R);
    const top = AXIS_Y + 6 + row * ROW_H;
    return { item, x0, x1, y: top + DOT_R + 1, label, box: { x: left, y: top + 2 * DOT_R + 3, width: w, height: LABEL_FONT + 3 }, row };
  });
  const breaks = segments.slice(1).map((s) => s.x0 - BREAK_W / 2);
  return { width, height: AXIS_Y + 6 + Math.max(1, rowEnds.length) * ROW_H + 2, axisY: AXIS_Y, segments, breaks, ticks, marks };
}

/** Words for a day or an interval: "Monday, 14 September 2020", "September 2020", "1 Jan – 31 Mar 2020". */
export function describeInterval(from: number, to: number, yearless: boolean): string {
  const f = utc(from);
  const t = utc(to);
  const long = (d: Date, withYear: boolean) =>
    d.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
  if (from === to) return (yearless ? '' : `${f.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'long' })}, `) + long(f, !yearless);
  const wholeMonths = f.getUTCDate() === 1 && utc(to + DAY).getUTCDate() === 1;
  if (wholeMonths && f.getUTCMonth() === 0 && t.getUTCMonth() === 11 && f.getUTCFullYear() === t.getUTCFullYear() && !yearless)
    return String(f.getUTCFullYear());
  const month = (d: Date) => d.toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long', ...(yearless ? {} : { year: 'numeric' }) });
  if (wholeMonths && f.getUTCMonth() === t.getUTCMonth() && f.getUTCFullYear() === t.getUTCFullYear()) return month(f);
  if (wholeMonths) return `${month(f)} – ${month(t)}`;
  return `${long(f, !yearless && f.getUTCFullYear() !== t.getUTCFullYear())} – ${long(t, !yearless)}`;
}
