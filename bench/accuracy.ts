/**
 * Accuracy of the engine beside bare compromise (and chrono-node for dates), on every annotated set
 * under a data folder (default ../shared/data): writes each side's JSON report and scores it with
 * the shared scorer, on the whole set and on each half of it.
 *
 * Halves: the documents of a set in file-name order, numbered from 1. The rules are tuned on the
 * odd-numbered ones ('tuned'); the even-numbered ones ('held out') are only measured, so the gap
 * between the two is what unseen news of the same kind will show.
 *
 *   npm run bench:accuracy [-- --data DIR] [--set NAME] [--no-baseline] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArticle } from '../server/src/engine/article';
import { checkTexts } from '../server/src/engine';
import { buildJsonReport, type JsonReport } from '../server/src/cli/report';
import { bareDates, bareEntities, bareQuotes } from './baseline';
import { chronoDates } from './chrono';

const root = resolve(__dirname, '..');

export type Half = 'tuned' | 'heldOut';
export const HALVES: Half[] = ['tuned', 'heldOut'];
/** The half the rules are tuned on: odd-numbered documents (1st, 3rd, … in file-name order). */
export const inHalf = (index: number, half: Half): boolean => (index % 2 === 0) === (half === 'tuned');
export const HALF_LABEL: Record<Half, string> = { tuned: 'tuned half (odd docs)', heldOut: 'held-out half (even docs)' };

/** Scores of one report: the whole set, each half, and entities per type (exact span and type). */
export interface Scores {
  all: Record<string, unknown>;
  halves: Record<Half, Record<string, unknown>>;
}

export interface SetScore {
  set: string;
  engine: Record<string, unknown>;
  engineHalves: Record<Half, Record<string, unknown>>;
  baseline?: Record<string, unknown>;
  /** chrono-node on sets with dates. */
  chrono?: Record<string, unknown>;
  chronoHalves?: Record<Half, Record<string, unknown>>;
  seconds: { engine: number; baseline?: number };
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
  return readdirSync(dataDir)
    .filter((d) => existsSync(join(dataDir, d, 'gold.jsonl')) && existsSync(join(dataDir, d, 'docs')))
    .sort();
}

function readDocs(dataDir: string, set: string): Array<{ path: string; text: string }> {
  const dir = join(dataDir, set, 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `${set}/docs/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

type Extract = (article: ReturnType<typeof parseArticle>) => Partial<JsonReport['documents'][number]>;

function reportOf(docs: Array<{ path: string; text: string }>, extract: Extract): JsonReport {
  return {
    version: 1,
    documents: docs.map((d) => {
      const article = parseArticle(d.path, d.text);
      return {
        path: d.path,
        story: d.path.split('/')[0],
        published: article.published,
        source: article.source,
        entities: [],
        dates: [],
        quotes: [],
        diagnostics: [],
        ...extract(article),
      } as unknown as JsonReport['documents'][number];
    }),
  };
}

const baselineReport = (docs: Array<{ path: string; text: string }>) =>
  reportOf(docs, (a) => ({ entities: bareEntities(a), dates: bareDates(a), quotes: bareQuotes(a) }) as unknown as Partial<JsonReport['documents'][number]>);
const chronoReport = (docs: Array<{ path: string; text: string }>) =>
  reportOf(docs, (a) => ({ dates: chronoDates(a) }) as unknown as Partial<JsonReport['documents'][number]>);

const ENTITY_TYPES = ['person', 'organization', 'place'] as const;

interface GoldLine {
  doc: string;
  entities?: Array<{ type: string }>;
  quotes?: Array<{ speaker: string | null }>;
}

/**
 * A gold speaker that is a pronoun or a description ("He", "The commission"): the scorer compares
 * the capitalized words of the two speakers, so a speaker resolved to the person's name ("He" →
 * Donald Trump, as the report's `speaker` is defined) never matches one of these.
 */
export const UNNAMED_SPEAKER = /^(?:(?:he|she|it|they|i|we|you)|(?:the|a|an|this|that|these|those|his|her|its|their|our|one|another)\b.*)$/is;

/**
 * Scores a report with the shared scorer against gold files written to `work`: the whole set, each
 * half (a gold file of that half's documents), and per entity type (gold and report restricted to it).
 */
function scoreAll(dataDir: string, setName: string, report: JsonReport, work: string, label: string, halves: boolean): Scores {
  const goldLines = readFileSync(join(dataDir, setName, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const gold: GoldLine[] = goldLines.map((l) => JSON.parse(l));
  const order = [...gold.keys()].sort((a, b) => (gold[a].doc < gold[b].doc ? -1 : gold[a].doc > gold[b].doc ? 1 : 0));
  const rank = new Map(order.map((g, i) => [g, i]));
  const run = (name: string, lines: GoldLine[], rep: JsonReport): Record<string, unknown> => {
    const dir = join(work, `${setName}.${label}.${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gold.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const file = join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(rep));
    return JSON.parse(execFileSync('python3', [join(root, '../shared/tools/score-report.py'), dir, file], { encoding: 'utf8' }));
  };
  const withTypes = (name: string, lines: GoldLine[]): Record<string, unknown> => {
    const out = run(name, lines, report);
    if (!lines.some((l) => l.entities)) return out;
    for (const type of ENTITY_TYPES) {
      const g = lines.map((l) => ({ ...l, entities: (l.entities ?? []).filter((e) => e.type === type) }));
      const r = { ...report, documents: report.documents.map((d) => ({ ...d, entities: d.entities.filter((e) => e.type === type) })) };
      out[`entities_${type}_prf`] = run(`${name}.${type}`, g, r).entities_exact_prf;
    }
    return out;
  };
  const withNamed = (name: string, lines: GoldLine[]): Record<string, unknown> => {
    const out = withTypes(name, lines);
    if (out.dates_detect_prf) {
      // The gold scored holds DATE and TIME expressions; a DURATION or SET the report gives (P3M, "every week") counts as a false date.
      const points = {
        ...report,
        documents: report.documents.map((d) => ({ ...d, dates: d.dates.filter((x) => x.timexType === 'DATE' || x.timexType === 'TIME') })),
      };
      out.dates_points_detect_prf = run(`${name}.points`, lines, points).dates_detect_prf;
    }
    if (!lines.some((l) => l.quotes)) return out;
    const named = lines.map((l) => ({
      ...l,
      quotes: (l.quotes ?? []).map((q) => ({ ...q, speaker: q.speaker && UNNAMED_SPEAKER.test(q.speaker.trim()) ? null : q.speaker })),
    }));
    out.quotes_named_speaker_acc = run(`${name}.named`, named, report).quotes_speaker_acc;
    return out;
  };
  const all = withNamed('all', gold);
  const h = {} as Record<Half, Record<string, unknown>>;
  if (halves)
    for (const half of HALVES)
      h[half] = withNamed(
        half,
        gold.filter((_, i) => inHalf(rank.get(i)!, half)),
      );
  return { all, halves: h };
}

/** Score one set with the engine, bare compromise (unless `baseline` is false) and, on dated sets, chrono-node. */
export function scoreSet(dataDir: string, setName: string, options: { baseline?: boolean; work?: string } = {}): SetScore {
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'second-source-acc-'));
  const docs = readDocs(dataDir, setName);
  let t = performance.now();
  const engineReport = buildJsonReport(
    checkTexts(docs),
    docs.map((d) => d.path),
  );
  const engineSeconds = (performance.now() - t) / 1000;
  const engine = scoreAll(dataDir, setName, engineReport, work, 'engine', true);
  const out: SetScore = { set: setName, engine: engine.all, engineHalves: engine.halves, seconds: { engine: engineSeconds } };
  if (engine.all.dates_detect_prf) {
    const c = scoreAll(dataDir, setName, chronoReport(docs), work, 'chrono', true);
    out.chrono = c.all;
    out.chronoHalves = c.halves;
  }
  if (options.baseline !== false) {
    t = performance.now();
    const base = baselineReport(docs);
    out.seconds.baseline = (performance.now() - t) / 1000;
    out.baseline = scoreAll(dataDir, setName, base, work, 'baseline', false).all;
  }
  return out;
}

/** The figures the issues' tables ask for, per set. */
export const ROWS: Array<{ set: string; label: string; key: string; index?: number; target: number }> = [
  { set: 'conll-dev', label: 'entities, exact span and type, F1', key: 'entities_exact_prf', index: 2, target: 0.92 },
  { set: 'conll-dev', label: 'persons, exact, F1', key: 'entities_person_prf', index: 2, target: 0.88 },
  { set: 'conll-dev', label: 'organizations, exact, F1', key: 'entities_organization_prf', index: 2, target: 0.88 },
  { set: 'conll-dev', label: 'places, exact, F1', key: 'entities_place_prf', index: 2, target: 0.88 },
  { set: 'conll-dev', label: 'entities, any overlap, F1', key: 'entities_overlap_prf', index: 2, target: 0 },
  { set: 'timebank', label: 'date detection F1', key: 'dates_detect_prf', index: 2, target: 0.94 },
  { set: 'timebank', label: 'date detection F1, reported DATE and TIME only', key: 'dates_points_detect_prf', index: 2, target: 0 },
  { set: 'timebank', label: 'date value accuracy', key: 'dates_value_acc', target: 0.93 },
  { set: 'polnear-dev', label: 'quotation detection F1', key: 'quotes_detect_prf', index: 2, target: 0.97 },
  { set: 'polnear-dev', label: 'speaker accuracy', key: 'quotes_speaker_acc', target: 0.92 },
  { set: 'polnear-dev', label: 'speaker accuracy, speakers named by name', key: 'quotes_named_speaker_acc', target: 0 },
  { set: 'conll-dev', label: 'diagnostics on unrelated articles', key: 'diagnostics_on_unrelated_docs', target: -1 },
];

export function figure(scores: Record<string, unknown> | undefined, key: string, index?: number): number | undefined {
  const v = scores?.[key];
  if (Array.isArray(v)) return v[index ?? 2] as number;
  return typeof v === 'number' ? v : undefined;
}

function main(): void {
  const dataDir = resolve(arg('data') ?? defaultDataDir());
  const only = arg('set');
  const baseline = !process.argv.includes('--no-baseline');
  const sets = listSets(dataDir).filter((s) => !only || s === only);
  if (!sets.length) {
    console.log(`No annotated sets under ${dataDir}; nothing to measure.`);
    return;
  }
  const results = sets.map((s) => scoreSet(dataDir, s, { baseline }));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log(`Accuracy on ${dataDir} (engine vs bare compromise and chrono-node, same run)`);
  console.log('The rules are tuned on the odd-numbered documents of each set (file-name order); the even-numbered ones are held out.\n');
  console.log(`| what | set | bare compromise | chrono-node | Second Source, ${HALF_LABEL.tuned} | ${HALF_LABEL.heldOut} | gap | whole set | target |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  const fmt = (x: number | undefined) => (x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(3));
  for (const row of ROWS) {
    const r = results.find((x) => x.set === row.set);
    if (!r) continue;
    const e = figure(r.engine, row.key, row.index);
    if (e === undefined) continue;
    const tuned = figure(r.engineHalves.tuned, row.key, row.index);
    const held = figure(r.engineHalves.heldOut, row.key, row.index);
    const gap = tuned !== undefined && held !== undefined && row.target >= 0 ? (held - tuned).toFixed(3) : '';
    const target = row.target > 0 ? `≥ ${row.target.toFixed(2)}` : row.target < 0 ? '0' : '';
    console.log(
      `| ${row.label} | ${row.set} | ${fmt(figure(r.baseline, row.key, row.index))} | ${fmt(figure(r.chrono, row.key, row.index))} | ${fmt(tuned)} | ${fmt(held)} | ${gap} | ${fmt(e)} | ${target} |`,
    );
  }
  console.log(
    '\nTime per set (s): ' +
      results
        .map((r) => `${r.set} engine ${r.seconds.engine.toFixed(1)}${r.seconds.baseline !== undefined ? ` / compromise ${r.seconds.baseline.toFixed(1)}` : ''}`)
        .join('; '),
  );
  for (const r of results) {
    console.log(`\n${r.set}\n  engine:   ${JSON.stringify(r.engine)}`);
    for (const half of HALVES) console.log(`  ${half}:${' '.repeat(8 - half.length)}${JSON.stringify(r.engineHalves[half])}`);
    if (r.chrono) console.log(`  chrono:   ${JSON.stringify(r.chrono)}`);
    if (r.baseline) console.log(`  baseline: ${JSON.stringify(r.baseline)}`);
  }
}

if (require.main === module) main();
