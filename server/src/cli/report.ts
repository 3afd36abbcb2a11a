import type { StoryReport } from '../engine';
import { LineIndex } from '../engine/lines';

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
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; speakerId: string | null; kind: string; speakerVia?: string; closed: boolean }>;
  diagnostics: Array<{ start: number; end: number; line: number; character: number; code: string; severity: string; confidence: number; message: string; related: Array<{ path: string; start: number; end: number; message?: string }> }>;
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
        quotes: d.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerId: q.speakerId, kind: q.kind, ...(q.speakerVia ? { speakerVia: q.speakerVia } : {}), closed: q.closed })),
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
