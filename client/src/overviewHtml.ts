/**
 * The story overview page: sources, a timeline drawn as inline SVG, entities with their mentions
 * per source, and the open conflicts. Pure (no `vscode` import): the panel passes the server's
 * `secondSource/storyOverview` answer, a nonce and the webview's CSP source.
 *
 * Every clickable element carries `data-open` (a JSON location); the page's only script posts it
 * back to the extension, which opens the article at that span.
 */

// The payload's types are the server's own, so the two sides cannot drift apart.
import type { Location, Range, StoryOverview } from '../../server/src/lsp/clientProtocol';

export type { StoryOverview };

export function isStoryOverview(x: unknown): x is StoryOverview {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.story === 'string' &&
    Array.isArray(o.sources) &&
    Array.isArray(o.entities) &&
    Array.isArray(o.dates) &&
    typeof o.dateCount === 'number' &&
    Array.isArray(o.conflicts)
  );
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Source colours: the workbench's chart palette, so every theme (high contrast too) has them. */
const PALETTE = [
  '--vscode-charts-blue',
  '--vscode-charts-orange',
  '--vscode-charts-green',
  '--vscode-charts-purple',
  '--vscode-charts-red',
  '--vscode-charts-yellow',
];
/** Inline `style` attributes are blocked by the CSP, so colours are classes: `.c0` fills, `.bg0` backgrounds. */
const colourClass = (i: number) => `c${i % PALETTE.length}`;
const PALETTE_CSS = PALETTE.map((v, i) => `.c${i} { fill: var(${v}); color: var(${v}); } .bg${i} { background: var(${v}); }`).join('\n');

const openAttr = (loc: Location) => `data-open="${escapeHtml(JSON.stringify(loc))}" tabindex="0" role="link"`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const DAY = 86_400_000;
const dayOf = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Mark {
  source: number;
  text: string;
  value: string;
  from: number;
  to: number;
  loc: Location;
}

/**
 * One axis, one lane per source; an interval is a bar, a single day a dot; each mark is labelled
 * with the words of the article. Labels that would overlap within a lane move down a row.
 */
function timelineSvg(
  marks: Mark[],
  sources: StoryOverview['sources'],
  axis: { min: number; max: number; ticks: Array<{ at: number; label: string }> },
  id: string,
  title: string,
): string {
  const width = 640;
  const left = 130;
  const right = 20;
  const rowH = 16;
  const x = (t: number) => left + ((t - axis.min) / Math.max(axis.max - axis.min, DAY)) * (width - left - right);

  const lanes = sources.map((_, i) => marks.filter((m) => m.source === i).sort((a, b) => a.from - b.from || a.to - b.to));
  const parts: string[] = [];
  let y = 28;
  lanes.forEach((lane, i) => {
    // Greedy rows: a mark goes on the first row whose last label ends before it starts.
    const rowEnds: number[] = [];
    const placed = lane.map((m) => {
      const x0 = x(m.from);
      const labelEnd = Math.max(x(m.to + DAY), x0 + 8 + m.text.length * 6.2);
      let row = rowEnds.findIndex((end) => end + 6 < x0);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = labelEnd;
      return { m, row };
    });
    const rows = Math.max(1, rowEnds.length);
    const laneH = rows * (rowH + 14) + 8;
    parts.push(`<g class="lane"><line x1="${left}" x2="${width - right}" y1="${y + laneH - 4}" y2="${y + laneH - 4}" class="sep"/>`);
    parts.push(`<text x="8" y="${y + 14}" class="lane-label ${colourClass(i)}">${escapeHtml(truncate(sources[i].source, 19))}</text>`);
    for (const { m, row } of placed) {
      const x0 = x(m.from);
      const x1 = Math.max(x(m.to + DAY), x0 + 4);
      const top = y + row * (rowH + 14);
      const shape =
        x1 - x0 > 6
          ? `<rect x="${x0.toFixed(1)}" y="${top + 2}" width="${(x1 - x0).toFixed(1)}" height="8" rx="3" class="${colourClass(i)}"/>`
          : `<circle cx="${x0.toFixed(1)}" cy="${top + 6}" r="5" class="${colourClass(i)}"/>`;
      parts.push(
        `<g class="mark" ${openAttr(m.loc)}><title>${escapeHtml(`${m.text} → ${m.value} (${sources[i].source})`)}</title>${shape}<text x="${x0.toFixed(1)}" y="${top + 24}" class="mark-label">${escapeHtml(truncate(m.text, 40))}</text></g>`,
      );
    }
    parts.push('</g>');
    y += laneH;
  });
  const axisParts = axis.ticks.map(
    (t) =>
      `<line x1="${x(t.at).toFixed(1)}" x2="${x(t.at).toFixed(1)}" y1="18" y2="${y}" class="tick"/><text x="${x(t.at).toFixed(1)}" y="12" class="tick-label">${escapeHtml(t.label)}</text>`,
  );
  return `<svg id="${id}" class="timeline" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${y + 4}" width="${width}" height="${y + 4}" xmlns="http://www.w3.org/2000/svg">${axisParts.join('')}${parts.join('')}</svg>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Ticks at years, or months when the span is short. */
function absoluteAxis(marks: Mark[]): { min: number; max: number; ticks: Array<{ at: number; label: string }> } {
  // A loop, not Math.min(...marks): spreading a long list overflows the call stack.
  const first = new Date(marks.reduce((t, m) => Math.min(t, m.from), Infinity));
  const last = new Date(marks.reduce((t, m) => Math.max(t, m.to), -Infinity));
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  const ticks: Array<{ at: number; label: string }> = [];
  if (months <= 24) {
    const min = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
    const max = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
    for (let t = new Date(min); t.getTime() <= max; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))) {
      ticks.push({
        at: t.getTime(),
        label: t.getUTCMonth() === 0 || ticks.length === 0 ? `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}` : MONTHS[t.getUTCMonth()],
      });
    }
    return { min, max, ticks };
  }
  const y0 = first.getUTCFullYear();
  const y1 = last.getUTCFullYear() + 1;
  const step = Math.max(1, Math.ceil((y1 - y0) / 12));
  for (let y = y0; y <= y1; y += step) ticks.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  return { min: Date.UTC(y0, 0, 1), max: Date.UTC(y1, 0, 1), ticks };
}

function timelines(o: StoryOverview): string {
  const index = new Map(o.sources.map((s, i) => [s.uri, i]));
  const known: Mark[] = [];
  const yearless: Mark[] = [];
  const unplaced: StoryOverview['dates'] = [];
  for (const d of o.dates) {
    const source = index.get(d.uri);
    if (source === undefined) continue;
    const loc = { uri: d.uri, range: d.range };
    if (d.from && d.to) known.push({ source, text: d.text, value: d.value ?? '', from: dayOf(d.from), to: dayOf(d.to), loc });
    else if (d.yearless)
      yearless.push({ source, text: d.text, value: d.value ?? '', from: dayOf(`2000-${d.yearless.from}`), to: dayOf(`2000-${d.yearless.to}`), loc });
    else unplaced.push(d);
  }
  const out: string[] = [];
  if (o.dateCount > o.dates.length) {
    out.push(
      `<p class="note" id="dates-capped">${plural(o.dateCount, 'date')} in this story: the timeline shows ${o.dates.length.toLocaleString('en-US')} of them, shared out between the sources.</p>`,
    );
  }
  if (known.length) out.push(timelineSvg(known, o.sources, absoluteAxis(known), 'timeline', 'Timeline of the dates each source gives'));
  if (yearless.length) {
    const ticks = MONTHS.map((m, i) => ({ at: Date.UTC(2000, i, 1), label: m }));
    out.push(
      `<h3>Year not known</h3><p class="note">Dates these sources give without a year they can be resolved against (no <code>published:</code> date), placed within a year.</p>`,
      timelineSvg(yearless, o.sources, { min: Date.UTC(2000, 0, 1), max: Date.UTC(2001, 0, 1), ticks }, 'timeline-yearless', 'Dates without a known year'),
    );
  }
  if (!known.length && !yearless.length) out.push('<p class="note">No dates that can be placed on a time axis.</p>');
  if (unplaced.length) {
    const items = unplaced.map(
      (d) =>
        `<li><a ${openAttr({ uri: d.uri, range: d.range })}>${escapeHtml(d.text)}</a> <span class="value">${escapeHtml(d.value ?? 'unresolved')}</span> <span class="dim">${escapeHtml(o.sources[index.get(d.uri)!].source)}</span></li>`,
    );
    out.push(
      `<details><summary>Not on the timeline (${unplaced.length}: durations, references, unresolved)</summary><ul class="plain">${items.join('')}</ul></details>`,
    );
  }
  return out.join('\n');
}

function sourcesSection(o: StoryOverview): string {
  const rows = o.sources.map(
    (s, i) =>
      `<tr><td><span class="swatch bg${i % PALETTE.length}"></span><a ${openAttr({ uri: s.uri, range: zero })}>${escapeHtml(s.source)}</a></td><td>${escapeHtml(s.title ?? '')}</td><td>${s.published ? escapeHtml(s.published) : '<span class="dim">unknown</span>'}</td><td class="num">${s.conflicts}</td></tr>`,
  );
  return `<table id="sources"><thead><tr><th>Source</th><th>Headline</th><th>Published</th><th class="num">Conflicts</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const zero: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function entitiesSection(o: StoryOverview): string {
  if (!o.entities.length) return '<p class="note">No people, organizations or places found.</p>';
  const head = o.sources
    .map(
      (s, i) =>
        `<th class="num" title="${escapeHtml(s.source)}"><span class="swatch bg${i % PALETTE.length}"></span>${escapeHtml(truncate(s.source, 18))}</th>`,
    )
    .join('');
  const rows = o.entities.map((e) => {
    const cells = o.sources
      .map((s) => {
        const n = e.mentions[s.uri] ?? 0;
        const first = e.first[s.uri];
        return `<td class="num">${n && first ? `<a ${openAttr(first)} title="First mention in ${escapeHtml(s.source)}">${n}</a>` : '<span class="dim">–</span>'}</td>`;
      })
      .join('');
    return `<tr><td><span class="badge ${escapeHtml(e.type)}">${escapeHtml(e.type)}</span> ${escapeHtml(e.name)}</td>${cells}</tr>`;
  });
  return `<table id="entities"><thead><tr><th>Entity</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function conflictsSection(o: StoryOverview): string {
  const open = o.conflicts.filter((c) => c.severity === 'error' || c.severity === 'warning' || c.severity === 'information');
  if (!open.length) return '<p class="note">No open conflicts.</p>';
  const name = (uri: string) => o.sources.find((s) => s.uri === uri)?.source ?? uri;
  const items = open.map((c) => {
    const rel = c.related.map((r) => ` · <a ${openAttr(r)}>${escapeHtml(name(r.uri))} ${r.range.start.line + 1}:${r.range.start.character + 1}</a>`).join('');
    return `<li class="${escapeHtml(c.severity)}"><span class="sev">${escapeHtml(c.severity)}</span> <code>${escapeHtml(c.code)}</code> <a ${openAttr({ uri: c.uri, range: c.range })}>${escapeHtml(name(c.uri))} ${c.range.start.line + 1}:${c.range.start.character + 1}</a>${rel}<div>${escapeHtml(c.message)}</div></li>`;
  });
  return `<ul id="conflicts" class="plain">${items.join('')}</ul>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.4em; margin: 14px 0 4px; } h2 { font-size: 1.1em; margin: 22px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 3px; } h3 { font-size: 1em; margin: 14px 0 2px; }
a, [data-open] { color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: none; } a:hover { text-decoration: underline; }
[data-open]:focus { outline: 1px solid var(--vscode-focusBorder); }
table { border-collapse: collapse; } th, td { text-align: left; padding: 2px 10px 2px 0; vertical-align: top; } th { font-weight: 600; } .num { text-align: right; }
.dim, .note { color: var(--vscode-descriptionForeground); } .value { font-family: var(--vscode-editor-font-family); }
.swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px; }
.badge { font-size: 0.8em; padding: 0 4px; border-radius: 3px; border: 1px solid var(--vscode-contrastBorder, transparent); background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
ul.plain { list-style: none; padding: 0; } ul.plain li { margin: 4px 0; }
#conflicts li { border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: 8px; } #conflicts li.error { border-color: var(--vscode-editorError-foreground); } #conflicts li.information { border-color: var(--vscode-editorInfo-foreground); }
.sev { font-size: 0.85em; text-transform: uppercase; color: var(--vscode-descriptionForeground); }
svg.timeline { max-width: 100%; height: auto; font-family: var(--vscode-font-family); }
.tick { stroke: var(--vscode-editorRuler-foreground, #8886); stroke-dasharray: 2 3; } .tick-label { fill: var(--vscode-descriptionForeground); font-size: 10px; text-anchor: middle; }
.sep { stroke: var(--vscode-panel-border, #8884); } .lane-label { font-size: 12px; font-weight: 600; } .mark-label { fill: var(--vscode-foreground); font-size: 11px; }
.mark:hover .mark-label { text-decoration: underline; }
`;

export function renderOverview(o: StoryOverview, opts: { nonce: string; cspSource: string; active?: string }): string {
  const csp = `default-src 'none'; style-src ${opts.cspSource} 'nonce-${opts.nonce}'; script-src 'nonce-${opts.nonce}'; img-src ${opts.cspSource} data:`;
  const conflicts = o.conflicts.filter((c) => c.severity === 'error' || c.severity === 'warning').length;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Story: ${escapeHtml(o.story)}</title>
<style nonce="${opts.nonce}">${STYLE}
${PALETTE_CSS}</style>
</head><body>
<h1 id="story">Story: ${escapeHtml(o.story)}</h1>
<p class="dim" id="summary">${plural(o.sources.length, 'source')} · ${plural(o.entities.length, 'entity', 'entities')} · ${plural(o.dateCount, 'date')} · ${plural(conflicts, 'open conflict')}</p>
<h2>Sources</h2>
${sourcesSection(o)}
<h2>Timeline</h2>
${timelines(o)}
<h2>Conflicts</h2>
${conflictsSection(o)}
<h2>Entities</h2>
${entitiesSection(o)}
<script nonce="${opts.nonce}">
const vscode = acquireVsCodeApi();
const go = (el) => vscode.postMessage({ type: 'open', location: JSON.parse(el.getAttribute('data-open')) });
document.addEventListener('click', (e) => { const el = e.target.closest('[data-open]'); if (el) { e.preventDefault(); go(el); } });
document.addEventListener('keydown', (e) => { if (e.key === 'Enter') { const el = e.target.closest && e.target.closest('[data-open]'); if (el) go(el); } });
</script>
</body></html>`;
}

export function renderMessage(message: string, opts: { nonce: string; cspSource: string }): string {
  const csp = `default-src 'none'; style-src ${opts.cspSource} 'nonce-${opts.nonce}'; img-src ${opts.cspSource} data:`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style nonce="${opts.nonce}">${STYLE}</style></head><body><h1>Story overview</h1><p class="note" id="message">${escapeHtml(message)}</p></body></html>`;
}
