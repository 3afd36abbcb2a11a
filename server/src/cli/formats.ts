import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../host/lines';
import { RULES } from '../engine';
import type { JsonReport } from './report';

/**
 * Characters a terminal obeys rather than shows: C0 controls (ESC starts colour, clear-screen,
 * title and hyperlink sequences; a line feed forges a line), DEL, C1 controls, line and paragraph
 * separators, and the bidirectional marks, embeddings, overrides and isolates that reorder a line.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `text` with every such character written as an escape (`\x1b`, `\u202e`): for text from articles and file names shown in a terminal. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

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
export function formatText(
  report: JsonReport,
  skipped: Array<{ path: string; reason: string }>,
  texts: ReadonlyMap<string, string>,
  frontMatter: FrontMatterError[] = [],
): string {
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
  // Paths, messages and reasons all carry text from the articles and their file names.
  return `${lines.map(printable).join('\n')}\n`;
}

/**
 * A report path as SARIF's `artifactLocation.uri`, which must be a URI reference: a `file:` URI
 * for an absolute path, else a relative reference with each segment percent-encoded (`a b#1%zz`
 * is `a%20b%231%25zz`; a colon cannot pass for a scheme).
 */
export function artifactUri(path: string): string {
  return isAbsolute(path) ? pathToFileURL(path).href : path.split('/').map(encodeURIComponent).join('/');
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
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.title,
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: report.documents.flatMap((doc) =>
          doc.diagnostics.map((d) => ({
            ruleId: d.code,
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(doc.path) },
                  region: { charOffset: d.start, charLength: d.end - d.start, startLine: d.line + 1, startColumn: d.character + 1 },
                },
              },
            ],
            relatedLocations: d.related.map((r, i) => ({
              id: i,
              message: { text: r.message ?? '' },
              physicalLocation: { artifactLocation: { uri: artifactUri(r.path) }, region: { charOffset: r.start, charLength: r.end - r.start } },
            })),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
