import { RULE_CODES, type StoryReport } from '../engine';
import { LineIndex } from '../host/lines';
import { every, isObject, isOffset, isOptionalText, isSpan, isSpanOf, isText, isTextOrNull } from './shapes';

/** The JSON report (spec/report.schema.json, version 1). */
export interface JsonReport {
  version: 1;
  documents: JsonDocument[];
}

export interface JsonDocument {
  path: string;
  story: string;
  published: string | null;
  source: string | null;
  title?: string | null;
  entities: Array<{ start: number; end: number; text: string; type: string; id: string; name: string; via?: string }>;
  dates: Array<{ start: number; end: number; text: string; value: string | null; timexType: string; anchor: string | null }>;
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    speakerId: string | null;
    kind: string;
    speakerVia?: string;
    closed: boolean;
  }>;
  diagnostics: Array<{
    start: number;
    end: number;
    line: number;
    character: number;
    code: string;
    severity: string;
    confidence: number;
    message: string;
    related: Array<{ path: string; start: number; end: number; message?: string }>;
  }>;
}

export function buildJsonReport(stories: StoryReport[], order: string[]): JsonReport {
  const byPath = new Map<string, JsonDocument>();
  for (const story of stories) {
    for (const d of story.documents) {
      const text = d.facts.article.text;
      const lines = new LineIndex(text);
      byPath.set(d.path, {
        path: d.path,
        story: story.name,
        published: d.facts.article.published,
        source: d.facts.article.source,
        title: d.facts.article.title?.text ?? null,
        entities: d.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, id: e.id, name: e.name, ...(e.via ? { via: e.via } : {}) })),
        dates: d.facts.dates.map((x) => ({ start: x.start, end: x.end, text: x.text, value: x.value, timexType: x.timexType, anchor: x.anchor })),
        quotes: d.quotes.map((q) => ({
          start: q.start,
          end: q.end,
          text: q.text,
          speaker: q.speaker,
          speakerId: q.speakerId,
          kind: q.kind,
          ...(q.speakerVia ? { speakerVia: q.speakerVia } : {}),
          closed: q.closed,
        })),
        diagnostics: d.findings.map((f) => ({
          start: f.start,
          end: f.end,
          ...lines.positionAt(f.start),
          code: f.code,
          severity: f.severity,
          confidence: f.confidence,
          message: f.message,
          related: f.related.map((r) => ({ path: r.path, start: r.start, end: r.end, ...(r.message ? { message: r.message } : {}) })),
        })),
      });
    }
  }
  return { version: 1, documents: order.filter((p) => byPath.has(p)).map((p) => byPath.get(p)!) };
}

const CODES = new Set<string>(RULE_CODES);
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/** `x` is the report document of `path` with `text` as buildJsonReport makes them (docs/report.schema.json): what a cached story report must be. */
export function isJsonDocument(x: unknown, path: string, text: string): x is JsonDocument {
  return (
    isObject(x) &&
    x.path === path &&
    isText(x.story) &&
    isTextOrNull(x.published) &&
    isTextOrNull(x.source) &&
    (x.title === undefined || isTextOrNull(x.title)) &&
    every(x.entities, (e) => isSpanOf(e, text) && isText(e.type) && isText(e.id) && isText(e.name) && isOptionalText(e.via)) &&
    every(x.dates, (d) => isSpanOf(d, text) && isTextOrNull(d.value) && isText(d.timexType) && isTextOrNull(d.anchor)) &&
    every(
      x.quotes,
      (q) =>
        isSpanOf(q, text) &&
        isTextOrNull(q.speaker) &&
        isTextOrNull(q.speakerId) &&
        isText(q.kind) &&
        isOptionalText(q.speakerVia) &&
        typeof q.closed === 'boolean',
    ) &&
    every(
      x.diagnostics,
      (d) =>
        isSpan(d) &&
        (d.end as number) <= text.length &&
        isOffset(d.line) &&
        isOffset(d.character) &&
        CODES.has(d.code as string) &&
        SEVERITIES.has(d.severity as string) &&
        isText(d.message) &&
        every(d.related, (r) => isSpan(r) && isText(r.path) && isOptionalText(r.message)),
    )
  );
}
