/**
 * Accuracy of the engine beside bare compromise, on every annotated set under a data folder
 * (default ../shared/data): writes each side's JSON report and scores both with the shared scorer.
 *
 *   npm run bench:accuracy [-- --data DIR] [--set NAME] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArticle } from '../server/src/engine/article';
import { checkTexts } from '../server/src/engine';
import { buildJsonReport, type JsonReport } from '../server/src/cli/report';
import { bareDates, bareEntities, bareQuotes } from './baseline';

const root = resolve(__dirname, '..');

export interface SetScore {
  set: string;
  engine: Record<string, unknown>;
  baseline: Record<string, unknown>;
  seconds: { engine: number; baseline: number };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function defaultDataDir(): string {
  return resolve(root, '../shared/data');
}

export function listSets(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir).filter((d) => existsSync(join(dataDir, d, 'gold.jsonl')) && existsSync(join(dataDir, d, 'docs'))).sort();
}

function readDocs(dataDir: string, set: string): Array<{ path: string; text: string }> {
  const dir = join(dataDir, set, 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `${set}/docs/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

function baselineReport(docs: Array<{ path: string; text: string }>): JsonReport {
  return {
    version: 1,
    documents: docs.map((d) => {
      const article = parseArticle(d.path, d.text);
      return { path: d.path, story: set(d.path), published: article.published, source: article.source, entities: bareEntities(article), dates: bareDates(article), quotes: bareQuotes(article), diagnostics: [] } as unknown as JsonReport['documents'][number];
    }),
  };
}

function set(path: string): string {
  return path.split('/')[0];
}

function score(dataDir: string, setName: string, report: JsonReport, work: string, label: string): Record<string, unknown> {
  const file = join(work, `${setName}.${label}.json`);
  writeFileSync(file, JSON.stringify(report));
  return JSON.parse(execFileSync('python3', [join(root, '../shared/tools/score-report.py'), join(dataDir, setName), file], { encoding: 'utf8' }));
}

/** Score one set with both the engine and bare compromise. */
export function scoreSet(dataDir: string, setName: string, work = mkdtempSync(join(tmpdir(), 'second-source-acc-'))): SetScore {
  const docs = readDocs(dataDir, setName);
  let t = performance.now();
  const engineReport = buildJsonReport(checkTexts(docs), docs.map((d) => d.path));
  const engineSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const base = baselineReport(docs);
  const baseSeconds = (performance.now() - t) / 1000;
  return {
    set: setName,
    engine: score(dataDir, setName, engineReport, work, 'engine'),
    baseline: score(dataDir, setName, base, work, 'baseline'),
    seconds: { engine: engineSeconds, baseline: baseSeconds },
  };
}

/** The figures the table asks for, per set. */
export const ROWS: Array<{ set: string; label: string; key: string; index?: number; target: number }> = [
  { set: 'conll-dev', label: 'entities, exact span and type, F1', key: 'entities_exact_prf', index: 2, target: 0.85 },
  { set: 'conll-dev', label: 'entities, any overlap, F1', key: 'entities_overlap_prf', index: 2, target: 0 },
  { set: 'timebank', label: 'date detection F1', key: 'dates_detect_prf', index: 2, target: 0.9 },
  { set: 'timebank', label: 'date value accuracy', key: 'dates_value_acc', target: 0.85 },
  { set: 'polnear-dev', label: 'quotation detection F1', key: 'quotes_detect_prf', index: 2, target: 0.95 },
  { set: 'polnear-dev', label: 'speaker accuracy', key: 'quotes_speaker_acc', target: 0.85 },
  { set: 'conll-dev', label: 'diagnostics on unrelated articles', key: 'diagnostics_on_unrelated_docs', target: -1 },
];

export function figure(scores: Record<string, unknown>, key: string, index?: number): number | undefined {
  const v = scores[key];
  if (Array.isArray(v)) return v[index ?? 2] as number;
  return typeof v === 'number' ? v : undefined;
}

function main(): void {
  const dataDir = resolve(arg('data') ?? defaultDataDir());
  const only = arg('set');
  const sets = listSets(dataDir).filter((s) => !only || s === only);
  if (!sets.length) {
    console.log(`No annotated sets under ${dataDir}; nothing to measure.`);
    return;
  }
  const results = sets.map((s) => scoreSet(dataDir, s));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log(`Accuracy on ${dataDir} (engine vs bare compromise, same run)\n`);
  console.log('| what | set | bare compromise | Second Source | target |');
  console.log('|---|---|---|---|---|');
  for (const row of ROWS) {
    const r = results.find((x) => x.set === row.set);
    if (!r) continue;
    const e = figure(r.engine, row.key, row.index);
    const b = figure(r.baseline, row.key, row.index);
    const target = row.target > 0 ? `≥ ${row.target.toFixed(2)}` : row.target < 0 ? '0' : '';
    const fmt = (x: number | undefined) => (x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(3));
    console.log(`| ${row.label} | ${row.set} | ${fmt(b)} | ${fmt(e)} | ${target} |`);
  }
  console.log('\nTime per set (s): ' + results.map((r) => `${r.set} engine ${r.seconds.engine.toFixed(1)} / compromise ${r.seconds.baseline.toFixed(1)}`).join('; '));
  for (const r of results) console.log(`\n${r.set}\n  engine:   ${JSON.stringify(r.engine)}\n  baseline: ${JSON.stringify(r.baseline)}`);
}

if (require.main === module) main();
