/**
 * The timeline drawn from its layout (timelineLayout.ts): SVG markup, pure, shared by the
 * extension (the first picture) and the webview's script (each redraw at the panel's width).
 */
import { colourClass, escapeHtml, openAttr } from './html';
import { describeInterval, DOT_R, LABEL_FONT, TICK_FONT, type TimelineData, type TimelineItem, type TimelineLayout } from './timelineLayout';

/** What a screen reader says on a mark, and the tooltip: the date, the words, who gives it. */
export function itemDescription(item: TimelineItem, data: TimelineData): string {
  const who = item.sources.map((s) => `${data.sources[s.source]}${s.count > 1 ? ` (${s.count} mentions)` : ''}`).join(', ');
  return `${describeInterval(item.from, item.to, data.yearless)}: “${item.texts.join('”, “')}” in ${who}`;
}

function markSvg(m: TimelineLayout['marks'][number], data: TimelineData, key: number): string {
  const { item, box } = m;
  const fill = item.sources.length > 1 ? 'shared' : colourClass(item.sources[0].source);
  const glyph =
    m.x1 > m.x0
      ? `<rect class="glyph ${fill}" x="${m.x0.toFixed(1)}" y="${m.y - DOT_R + 1}" width="${(m.x1 - m.x0).toFixed(1)}" height="${2 * DOT_R - 2}" rx="3"/>`
      : `<circle class="glyph ${fill}" cx="${m.x0.toFixed(1)}" cy="${m.y}" r="${DOT_R}"/>`;
  // Several sources: a swatch for each (four at most) before the words.
  const swatches =
    item.sources.length > 1
      ? item.sources
          .slice(0, 4)
          .map((s, k) => `<rect class="swatch-mark ${colourClass(s.source)}" x="${(box.x + k * 10).toFixed(1)}" y="${box.y + 3}" width="8" height="8" rx="2"/>`)
          .join('')
      : '';
  const textX = box.x + (item.sources.length > 1 ? Math.min(item.sources.length, 4) * 10 + 2 : 2);
  const description = itemDescription(item, data);
  return `<g class="mark" data-key="${key}" ${openAttr(item.sources[0].loc)} aria-label="${escapeHtml(description)}"><title>${escapeHtml(description)}</title>${glyph}${swatches}<text class="mark-label" x="${textX.toFixed(1)}" y="${box.y + LABEL_FONT}">${escapeHtml(m.label)}</text></g>`;
}

export function timelineSvg(data: TimelineData, layout: TimelineLayout): string {
  const { width, height, axisY } = layout;
  const grid = layout.ticks.map((t) => `<line class="tick" x1="${t.x.toFixed(1)}" x2="${t.x.toFixed(1)}" y1="${axisY}" y2="${height}"/>`).join('');
  const labels = layout.ticks
    .filter((t) => t.box)
    .map((t) => `<text class="tick-label" x="${t.box!.x.toFixed(1)}" y="${t.box!.y + TICK_FONT}">${escapeHtml(t.label!)}</text>`)
    .join('');
  const axis = layout.segments.map((s) => `<line class="axis" x1="${s.x0.toFixed(1)}" x2="${s.x1.toFixed(1)}" y1="${axisY}" y2="${axisY}"/>`).join('');
  // A break: two short slanted strokes across the axis, where time is skipped.
  const breaks = layout.breaks
    .map((x, k) => {
      const [a, b] = [layout.segments[k], layout.segments[k + 1]];
      const skipped = `The axis skips from ${describeInterval(a.t1, a.t1, data.yearless)} to ${describeInterval(b.t0, b.t0, data.yearless)}`;
      return `<g class="break"><title>${escapeHtml(skipped)}</title><line x1="${(x - 5).toFixed(1)}" x2="${(x - 1).toFixed(1)}" y1="${axisY + 5}" y2="${axisY - 5}"/><line x1="${(x + 1).toFixed(1)}" x2="${(x + 5).toFixed(1)}" y1="${axisY + 5}" y2="${axisY - 5}"/></g>`;
    })
    .join('');
  const marks = layout.marks.map((m, k) => markSvg(m, data, k)).join('');
  return `<svg id="${escapeHtml(data.id)}" class="timeline" role="group" aria-label="${escapeHtml(data.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${grid}${axis}${breaks}${labels}${marks}</svg>`;
}
