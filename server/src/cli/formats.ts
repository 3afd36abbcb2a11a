import { LineIndex } from '../engine/lines';
import { RULES } from '../engine/rules/registry';
import type { JsonReport } from './report';

/** A file's front matter that could not be read (not part of the JSON report, whose codes are the rules'). */
export interface FrontMatterError {
  path: string;
  start: number;
  message: string;
}

/** `:line:col` of offsets into the texts, for the text format and messages on stderr. */
export function positions(texts: ReadonlyMap<string, string>): (path: string, offset: number) => string {
  const indexes = new Map<string, LineIndex>();
  return (path, offset) => {
    const text = texts.get(path);
    if (text === undefined) return '';
    let index = indexes.get(path);
    if (!index) indexes.set(path, (index = new LineIndex(text)));
    const p = index.positionAt(offset);
    return `:${p.line + 1}:${p.character + 1}`;
  };
}

export function frontMatterLine(e: FrontMatterError, where: (path: string, offset: number) => string): string {
  return `${e.path}${where(e.path, e.start)}: error [front-matter] ${e.message}`;
}

/** Compiler-style lines: path:line:col: severity [code] message, then the related place. */
export function formatText(report: JsonReport, skipped: Array<{ path: string; reason: string }>, texts: ReadonlyMap<string, string>, frontMatter: FrontMatterError[] = []): string {
  const lines: string[] = [];
  for (const s of skipped) lines.push(`${s.path}: skipped: ${s.reason}`);
  const where = positions(texts);
  for (const doc of report.documents) {
    for (const e of frontMatter) if (e.path === doc.path) lines.push(frontMatterLine(e, where));
    for (const d of doc.diagnostics) {
      lines.push(`${doc.path}:${d.line + 1}:${d.character + 1}: ${d.severity} [${d.code}] ${d.message}`);
      for (const r of d.related) lines.push(`  ${r.path}${where(r.path, r.start)}: ${r.message ?? ''}`.trimEnd());
    }
  }
  const counts = { warning: 0, error: frontMatter.length, information: 0, hint: 0 };
  for (const doc of report.documents) for (const d of doc.diagnostics) counts[d.severity as keyof typeof counts]++;
  lines.push(
    `${report.documents.length} file${report.documents.length === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information} information${skipped.length ? `, ${skipped.length} skipped` : ''}`,
  );
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning dashboards. */
export function formatSarif(report: JsonReport, version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'second-source',
            version,
            informationUri: 'https://github.com/second-source/second-source',
            rules: RULES.map((r) => ({ id: r.code, name: r.title, shortDescription: { text: r.title }, fullDescription: { text: r.description }, defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
          },
        },
        results: report.documents.flatMap((doc) =>
          doc.diagnostics.map((d) => ({
            ruleId: d.code,
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: doc.path }, region: { charOffset: d.start, charLength: d.end - d.start, startLine: d.line + 1, startColumn: d.character + 1 } } }],
            relatedLocations: d.related.map((r, i) => ({ id: i, message: { text: r.message ?? '' }, physicalLocation: { artifactLocation: { uri: r.path }, region: { charOffset: r.start, charLength: r.end - r.start } } })),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
