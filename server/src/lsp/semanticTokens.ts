import type { Position, SemanticTokensLegend } from 'vscode-languageserver';
import type { DateMention, EntityMention, Finding, Quote } from '../engine';
import { DEFAULT_SETTINGS, type Settings } from '../session/settings';

/** The legend's first five types are fixed by the manifest; modifiers mark speakers and conflicts. */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'quote'] as const;
export const TOKEN_MODIFIERS = ['speaker', 'contradicted'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Tok {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/**
 * Encode entity, date and quote spans as LSP semantic tokens. Tokens may not overlap or span
 * lines, so entities and dates inside a quotation cut it into pieces, and each piece is split at
 * line ends. `positionAt` converts the text's offsets (lsp/positions.ts). A kind switched off in
 * `highlight` (`secondSource.highlight.<kind>`) gets no token, nor does a speaker of that kind.
 */
export function encodeTokens(
  text: string,
  positionAt: (offset: number) => Position,
  entities: EntityMention[],
  dates: DateMention[],
  quotes: Quote[],
  findings: Finding[],
  highlight: Settings['highlight'] = DEFAULT_SETTINGS.highlight,
): number[] {
  const speakerSpans = quotes.filter((q) => q.speakerSpan).map((q) => q.speakerSpan!);
  const contradicted = (s: number, e: number) => findings.some((f) => f.severity !== 'hint' && f.start < e && f.end > s);
  const mod = (s: number, e: number, extra = 0) => extra | (contradicted(s, e) ? 2 : 0);
  const inner: Tok[] = [];
  for (const e of entities) {
    const type = TOKEN_TYPES.indexOf(e.type as (typeof TOKEN_TYPES)[number]);
    if (type < 0 || !highlight[TOKEN_TYPES[type]]) continue;
    const speaker = speakerSpans.some((s) => s.start <= e.start && s.end >= e.end) ? 1 : 0;
    inner.push({ start: e.start, end: e.end, type, modifiers: mod(e.start, e.end, speaker) });
  }
  if (highlight.date) for (const d of dates) inner.push({ start: d.start, end: d.end, type: 3, modifiers: mod(d.start, d.end) });
  inner.sort((a, b) => a.start - b.start || b.end - a.end);
  const all: Tok[] = [];
  let lastEnd = -1;
  for (const t of inner) {
    if (t.start < lastEnd) continue;
    all.push(t);
    lastEnd = t.end;
  }
  // Quote pieces fill the gaps between the entities and dates inside them.
  for (const q of quotes) {
    if (q.kind !== 'statement' || !highlight.quote) continue;
    let at = q.start;
    for (const t of all.filter((x) => x.start < q.end && x.end > q.start)) {
      if (t.start > at) all.push({ start: at, end: t.start, type: 4, modifiers: mod(at, t.start) });
      at = Math.max(at, t.end);
    }
    if (at < q.end) all.push({ start: at, end: q.end, type: 4, modifiers: mod(at, q.end) });
  }
  all.sort((a, b) => a.start - b.start);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of all) {
    for (const piece of splitAtLineEnds(text, t.start, t.end)) {
      const pos = positionAt(piece.start);
      const length = piece.end - piece.start;
      if (length <= 0) continue;
      data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, length, t.type, t.modifiers);
      prevLine = pos.line;
      prevChar = pos.character;
    }
  }
  return data;
}

function splitAtLineEnds(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out;
}
