/**
 * Contradiction benchmark: every figure the contradictions issue asks for, from the data in
 * ../shared/data (read, never copied).
 *
 *   npm run bench:contradictions [-- --data DIR] [--verbose]
 *
 * - contra-dev: recall and precision per code of contradictions with gold, in copy mode (one text
 *   changed once) and cross mode (two different articles of one story, one fact changed in one of
 *   them), and warnings per 100 documents of clean pairs; scored as ../shared/tools/score-contra.py
 *   scores a `second-source check --format json` report.
 * - basil-dev: real three-outlet stories without gold. Every warning is looked up in the judgement
 *   table (bench/basil-judgements.json, each warning read with both passages); warnings not judged
 *   yet are listed for reading. The real disagreements of the stories read in full are looked up
 *   among the findings (warning or information) for recall.
 * - conll-dev as one folder of unrelated articles: warnings per 100 documents.
 * - The reference story: its findings, which must stay as recorded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument, checkStory, groupByStory } from '../server/src/engine';
import { RULE_CODES } from '../server/src/engine/rules/registry';
import type { Finding } from '../server/src/engine/types';

const root = resolve(__dirname, '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const verbose = process.argv.includes('--verbose');
const dataDir = resolve(arg('data') ?? resolve(root, '../shared/data'));

const isWarning = (f: Finding) => f.severity === 'warning' || f.severity === 'error';
const overlaps = (s: number, e: number, gs: number, ge: number) => (s === e ? gs <= s && s < ge : s < ge && gs < e);
const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : '–');

interface Checked {
  path: string;
  text: string;
  findings: Finding[];
}

/** Analyse and check every story of a set of files, in process. */
function checkAll(files: Array<{ path: string; text: string }>): Map<string, Checked> {
  const facts = files.map((f) => analyzeDocument(f.path, f.text));
  const out = new Map<string, Checked>();
  for (const story of groupByStory(facts).values()) {
    for (const d of checkStory(story).documents) out.set(d.path, { path: d.path, text: d.facts.article.text, findings: d.findings });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- contra-dev

interface Gold {
  variant: string;
  mode: 'copy' | 'cross' | 'clean';
  code: string;
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
  sub?: string;
}

function contraDev(): void {
  const dir = join(dataDir, 'contra-dev');
  if (!existsSync(join(dir, 'gold.jsonl'))) return void console.log('contra-dev: not found, skipped.\n');
  const gold: Gold[] = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const files = gold.flatMap((g) => ['a.txt', 'b.txt'].map((f) => ({ path: `${g.variant}/${f}`, text: readFileSync(join(dir, g.variant, f), 'utf8') })));
  const started = Date.now();
  const checked = checkAll(files);
  const diags = (variant: string, side: 'a' | 'b') => checked.get(`${variant}/${side}.txt`)?.findings ?? [];
  const relatedIn = (f: Finding, variant: string, side: 'a' | 'b', s: number, e: number) =>
    f.related.some((r) => r.path === `${variant}/${side}.txt` && overlaps(r.start, r.end, s, e));
  type Row = { n: number; found: number; exact: number; warnings: number; tp: number };
  const rows = new Map<string, Row>();
  const missed: string[] = [];
  for (const g of gold) {
    if (g.mode === 'clean') continue;
    const accepted = new Set([g.code, ...(g.code === 'quote-wording' && (g.sub === 'not' || g.sub === 'antonym') ? ['claim-polarity'] : [])]);
    let found = false;
    let exact = false;
    for (const f of diags(g.variant, 'b')) {
      if (!overlaps(f.start, f.end, g.start, g.end)) continue;
      if (accepted.has(f.code) && relatedIn(f, g.variant, 'a', 0, 1 << 30)) found = true;
      if (f.code === g.code && relatedIn(f, g.variant, 'a', g.otherStart, g.otherEnd)) exact = true;
    }
    let warnings = 0;
    let tp = 0;
    for (const side of ['a', 'b'] as const) {
      for (const f of diags(g.variant, side)) {
        if (!isWarning(f)) continue;
        warnings++;
        tp +=
          side === 'b'
            ? +overlaps(f.start, f.end, g.start, g.end)
            : +(overlaps(f.start, f.end, g.otherStart, g.otherEnd) || relatedIn(f, g.variant, 'b', g.start, g.end));
      }
    }
    for (const key of [`${g.mode} ${g.code}`, `${g.mode} all`]) {
      const r = rows.get(key) ?? { n: 0, found: 0, exact: 0, warnings: 0, tp: 0 };
      r.n++;
      r.found += +(found || exact);
      r.exact += +exact;
      r.warnings += warnings;
      r.tp += tp;
      rows.set(key, r);
    }
    if (!found && !exact) missed.push(`${g.variant}`);
  }
  console.log(`contra-dev (${gold.length} variants, checked in ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  console.log('| mode | code | items | recall | recall, exact passage | precision (warnings) | warnings |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const mode of ['copy', 'cross']) {
    for (const code of [...RULE_CODES, 'all']) {
      const r = rows.get(`${mode} ${code}`);
      if (r) console.log(`| ${mode} | ${code} | ${r.n} | ${ratio(r.found, r.n)} | ${ratio(r.exact, r.n)} | ${ratio(r.tp, r.warnings)} | ${r.warnings} |`);
    }
  }
  const clean = gold.filter((g) => g.mode === 'clean');
  const cleanWarnings = clean.flatMap((g) => [...diags(g.variant, 'a'), ...diags(g.variant, 'b')].filter(isWarning));
  const byCode = new Map<string, number>();
  for (const f of cleanWarnings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  console.log(
    `\nclean pairs: ${clean.length * 2} documents, ${cleanWarnings.length} warnings (${((100 * cleanWarnings.length) / (clean.length * 2)).toFixed(2)} per 100 documents)${byCode.size ? `: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}` : ''}\n`,
  );
  if (verbose) console.log(`missed: ${missed.join(' ')}\n`);
}

// ---------------------------------------------------------------------------------------------- basil-dev

interface Side {
  file: string;
  start: number;
  end: number;
}
interface Judgements {
  /** Warnings read with both passages: real disagreements or false alarms. */
  warnings: Array<{ story: string; code: string; here: Side; there: Side; real: boolean; note: string }>;
  /** Stories read in full, with the real disagreements their outlets have. */
  stories: Record<string, { disagreements: Array<{ code: string; a: Side; b: Side; note: string }> }>;
}

function basilDev(): void {
  const dir = join(dataDir, 'basil-dev', 'stories');
  if (!existsSync(dir)) return void console.log('basil-dev: not found, skipped.\n');
  const judged: Judgements = JSON.parse(readFileSync(join(root, 'bench/basil-judgements.json'), 'utf8'));
  const stories = readdirSync(dir).sort();
  const files = stories.flatMap((s) =>
    readdirSync(join(dir, s))
      .filter((f) => f.endsWith('.article'))
      .map((f) => ({ path: `${s}/${f}`, text: readFileSync(join(dir, s, f), 'utf8') })),
  );
  const checked = checkAll(files);
  const fileOf = (path: string) => path.split('/').pop()!;
  // Each conflict is a warning on both sides: judged once, counted on both.
  let real = 0;
  let wrong = 0;
  const unjudged: string[] = [];
  const wrongList: string[] = [];
  for (const d of checked.values()) {
    const story = d.path.split('/')[0];
    for (const f of d.findings.filter(isWarning)) {
      const r = f.related[0];
      const here = { file: fileOf(d.path), start: f.start, end: f.end };
      const there = { file: fileOf(r.path), start: r.start, end: r.end };
      const same = (x: Side, y: Side) => x.file === y.file && x.start === y.start && x.end === y.end;
      const j = judged.warnings.find(
        (w) => w.story === story && w.code === f.code && ((same(w.here, here) && same(w.there, there)) || (same(w.here, there) && same(w.there, here))),
      );
      if (!j)
        unjudged.push(
          `${story} ${here.file}:${f.start} ${f.code} (${f.confidence}) ${f.message}\n    here: “${d.text.slice(f.start, f.end).slice(0, 200)}”\n    ${there.file}: “${checked.get(r.path)!.text.slice(r.start, r.end).slice(0, 200)}”`,
        );
      else if (j.real) real++;
      else {
        wrong++;
        wrongList.push(`${story} ${here.file}:${f.start} ${f.code}: ${j.note}`);
      }
    }
  }
  const warnings = real + wrong + unjudged.length;
  console.log(`basil-dev (${stories.length} stories, ${files.length} articles)\n`);
  console.log(`warnings: ${warnings}; judged real ${real}, false ${wrong}, not judged yet ${unjudged.length}`);
  console.log(`share real (of judged): ${ratio(real, real + wrong)}; false warnings per 100 articles: ${((100 * wrong) / files.length).toFixed(2)}`);
  // Recall over the stories read in full.
  let found = 0;
  let asWarning = 0;
  let total = 0;
  const missed: string[] = [];
  for (const [story, { disagreements }] of Object.entries(judged.stories)) {
    for (const x of disagreements) {
      total++;
      let hit: Finding | undefined;
      for (const [p, q] of [
        [x.a, x.b],
        [x.b, x.a],
      ]) {
        for (const f of checked.get(`${story}/${p.file}`)?.findings ?? []) {
          if (!overlaps(f.start, f.end, p.start, p.end)) continue;
          // A misspelling points at the name as any other source writes it.
          const related = x.code === 'name-variant' || f.related.some((r) => r.path === `${story}/${q.file}` && overlaps(r.start, r.end, q.start, q.end));
          if (related && (!hit || isWarning(f))) hit = f;
        }
      }
      if (hit) {
        found++;
        asWarning += +isWarning(hit);
      } else missed.push(`${story} ${x.code}: ${x.note}`);
    }
  }
  console.log(
    `recall over ${Object.keys(judged.stories).length} stories read in full: ${found} of ${total} real disagreements reported (${ratio(found, total)}), ${asWarning} as warnings\n`,
  );
  if (verbose) {
    if (wrongList.length) console.log(`false warnings:\n  ${wrongList.join('\n  ')}\n`);
    if (missed.length) console.log(`missed disagreements:\n  ${missed.join('\n  ')}\n`);
  }
  if (unjudged.length) console.log(`warnings to read and judge (bench/basil-judgements.json):\n  ${unjudged.join('\n  ')}\n`);
}

// ---------------------------------------------------------------------------------------------- conll-dev

function conllDev(): void {
  const dir = join(dataDir, 'conll-dev', 'docs');
  if (!existsSync(dir)) return void console.log('conll-dev: not found, skipped.\n');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `conll-dev/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  const checked = checkAll(files);
  const warnings = [...checked.values()].flatMap((d) => d.findings.filter(isWarning).map((f) => `${d.path}:${f.start} ${f.code} ${f.message}`));
  console.log(
    `conll-dev as one folder: ${files.length} documents, ${warnings.length} warnings (${((100 * warnings.length) / files.length).toFixed(2)} per 100)`,
  );
  if (verbose && warnings.length) console.log(`  ${warnings.join('\n  ')}`);
  console.log('');
}

// ---------------------------------------------------------------------------------------------- the reference story

function referenceStory(): void {
  const dir = join(root, 'examples/tiktok-oracle');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.article'))
    .sort()
    .map((f) => ({ path: `examples/tiktok-oracle/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  const checked = checkAll(files);
  console.log('reference story:');
  for (const d of checked.values()) for (const f of d.findings) console.log(`  ${d.path.split('/').pop()}:${f.start} ${f.severity} [${f.code}] ${f.message}`);
}

contraDev();
basilDev();
conllDev();
referenceStory();
