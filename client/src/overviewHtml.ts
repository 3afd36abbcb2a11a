/**
 * The story overview page: sources, a timeline drawn as inline SVG, entities with their mentions
 * per source, and the open conflicts. Pure (no `vscode` import): the panel passes the server's
 * `secondSource/storyOverview` answer, a nonce, the webview's CSP source and the address of the
 * script that redraws the timeline at the panel's width (dist/timeline.js).
 *
 * Every clickable element carries `data-open` (a JSON location); the page's only script posts it
 * back to the extension, which opens the article at that span.
 */

// The payload's types are the server's own, so the two sides cannot drift apart.
import type { Range, StoryOverview } from '../../server/src/lsp/clientProtocol';
import { escapeHtml, openAttr, PALETTE } from './html';
import { describeInterval, layoutTimeline, type TimelineData, type TimelineDate } from './timelineLayout';
import { timelineSvg } from './timelineSvg';

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

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const PALETTE_CSS = PALETTE.map((v, i) => `.c${i} { fill: var(${v}); color: var(${v}); } .bg${i} { background: var(${v}); }`).join('\n');

const dayOf = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
/** The width the first picture is drawn at; the page's script draws it again at the panel's. */
const FIRST_WIDTH = 760;

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * A timeline: its first picture, its data for the page's script (JSON, which the CSP lets the
 * page read but never run), and the same dates as a table for screen readers and copying.
 */
function timelineBlock(data: TimelineData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const layout = layoutTimeline(data, FIRST_WIDTH);
  const rows = layout.marks.map(({ item }) => {
    const links = item.sources
      .map(
        (s) =>
          `<a ${openAttr(s.loc)}><span class="swatch bg${s.source % PALETTE.length}"></span>${escapeHtml(data.sources[s.source])}</a>${s.count > 1 ? ` ×${s.count}` : ''}`,
      )
      .join(', ');
    return `<tr><td>${escapeHtml(describeInterval(item.from, item.to, data.yearless))}</td><td>${escapeHtml(item.texts.join(' · '))}</td><td>${links}</td></tr>`;
  });
  return `<div class="timeline-box" data-timeline="${escapeHtml(data.id)}"><script type="application/json" class="timeline-data">${json}</script>${timelineSvg(data, layout)}</div>
<details class="timeline-table"><summary>The same dates as a table (${plural(layout.marks.length, 'date')})</summary><table id="${escapeHtml(data.id)}-table"><thead><tr><th>Date</th><th>Words</th><th>Given by</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function timelines(o: StoryOverview): string {
  const index = new Map(o.sources.map((s, i) => [s.uri, i]));
  const known: TimelineDate[] = [];
  const yearless: TimelineDate[] = [];
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
  const sources = o.sources.map((s) => s.source);
  const out: string[] = [];
  if (o.dateCount > o.dates.length) {
    out.push(
      `<p class="note" id="dates-capped">${plural(o.dateCount, 'date')} in this story: the timeline shows ${o.dates.length.toLocaleString('en-US')} of them, shared out between the sources.</p>`,
    );
  }
  if (known.length) out.push(timelineBlock({ id: 'timeline', title: 'Timeline of the dates each source gives', sources, dates: known, yearless: false }));
  if (yearless.length) {
    out.push(
      `<h3>Year not known</h3><p class="note">Dates these sources give without a year they can be resolved against (no <code>published:</code> date), placed within a year.</p>`,
      timelineBlock({ id: 'timeline-yearless', title: 'Dates without a known year', sources, dates: yearless, yearless: true }),
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
svg.timeline { display: block; max-width: 100%; height: auto; font-family: var(--vscode-font-family); }
.tick { stroke: var(--vscode-editorRuler-foreground, #8886); stroke-dasharray: 2 3; } .tick-label { fill: var(--vscode-descriptionForeground); font-size: 10px; }
.axis, .break line { stroke: var(--vscode-foreground); stroke-width: 1.5; }
.glyph { stroke: var(--vscode-foreground); stroke-width: 1; } .glyph.shared { fill: var(--vscode-foreground); }
.swatch-mark { stroke: var(--vscode-foreground); stroke-width: 0.5; }
.mark-label { fill: var(--vscode-foreground); font-size: 11px; }
.mark:hover .mark-label, .mark:focus .mark-label { text-decoration: underline; } .mark:focus { outline: none; } .mark:focus .glyph { stroke-width: 3; stroke: var(--vscode-focusBorder); }
.timeline-table { margin-top: 6px; }
`;

export function renderOverview(o: StoryOverview, opts: { nonce: string; cspSource: string; timelineScript?: string }): string {
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
${opts.timelineScript ? `<script nonce="${opts.nonce}" src="${escapeHtml(opts.timelineScript)}"></script>` : ''}
</body></html>`;
}

export function renderMessage(message: string, opts: { nonce: string; cspSource: string }): string {
  const csp = `default-src 'none'; style-src ${opts.cspSource} 'nonce-${opts.nonce}'; img-src ${opts.cspSource} data:`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style nonce="${opts.nonce}">${STYLE}</style></head><body><h1>Story overview</h1><p class="note" id="message">${escapeHtml(message)}</p></body></html>`;
}
