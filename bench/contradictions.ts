/**
 * Contradiction benchmark: recall and precision of every cross-source rule on contradictions
 * injected into copies of real articles, and false warnings on untouched real articles.
 *
 *   npm run bench:contradictions [-- --data DIR] [--per-story N] [--seed N] [--verbose] [--untouched]
 *
 * For each ecb-dev story (several outlets on one event) and each kind of contradiction, a source
 * is copied, one change is made in the copy (a number, a date, a speaker, a negation, …) and the
 * story is checked with the copy beside its original. A finding in the copy is right when it has
 * the expected code and sits in the changed sentence; any other new finding in the copy is wrong.
 * Untouched articles (ecb-dev stories as they are, conll-dev as one folder of unrelated Reuters
 * articles) give the false-warning rate. The data is read from ../shared/data, never copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument, checkStory, groupByStory, type DocumentFacts } from '../server/src/engine';
import { RULE_CODES } from '../server/src/engine/rules/registry';
import type { Finding, RuleCode } from '../server/src/engine/types';
import { applyEdits, inject, KIND_CODE, KINDS, Random, type Injection, type InjectionKind } from './contradictions/inject';

const root = resolve(__dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const dataDir = resolve(arg('data') ?? resolve(root, '../shared/data'));
const perStory = Number(arg('per-story') ?? 2);
const seed = Number(arg('seed') ?? 20240604);
const verbose = flag('verbose');

function readSet(set: string): DocumentFacts[] {
  const dir = join(dataDir, set, 'docs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => analyzeDocument(`${set}/docs/${f}`, readFileSync(join(dir, f), 'utf8')));
}

const isWarning = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function untouched(stories: DocumentFacts[][]): { docs: number; warnings: number; information: number; byCode: Map<string, number>; list: string[] } {
  const byCode = new Map<string, number>();
  const list: string[] = [];
  let docs = 0;
  let warnings = 0;
  let information = 0;
  for (const story of stories) {
    docs += story.length;
    for (const d of checkStory(story).documents) {
      for (const f of d.findings) {
        if (isWarning(f)) warnings++;
        else information++;
        byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
        list.push(`${f.code} ${d.path}: “${d.facts.article.text.slice(f.start, f.end).slice(0, 80)}” — ${f.message.slice(0, 160)}`);
      }
    }
  }
  return { docs, warnings, information, byCode, list };
}

interface Tally {
  injected: number;
  detected: number;
  tp: number;
  fp: number;
}

function main(): void {
  if (!existsSync(join(dataDir, 'ecb-dev', 'docs'))) {
    console.log(`No data at ${dataDir} (needs ecb-dev, optionally conll-dev): nothing to measure.`);
    return;
  }
  const t0 = Date.now();
  const ecb = readSet('ecb-dev');
  const conll = readSet('conll-dev');
  const stories = [...groupByStory(ecb).values()].filter((s) => s.length >= 2);

  const ecbClean = untouched(stories);
  const conllClean = conll.length ? untouched([...groupByStory(conll).values()]) : null;
  if (flag('untouched')) {
    for (const line of [...ecbClean.list, ...(conllClean?.list ?? [])]) console.log(line);
  }

  const tallies = new Map<RuleCode, Tally>(RULE_CODES.map((c) => [c, { injected: 0, detected: 0, tp: 0, fp: 0 }]));
  const kindTallies = new Map<InjectionKind, { injected: number; detected: number }>(KINDS.map((k) => [k, { injected: 0, detected: 0 }]));
  const rnd = new Random(seed);
  const misses: string[] = [];
  const wrong: string[] = [];

  for (const story of stories) {
    // What each source is already told before anything is injected: findings that are not new.
    const before = new Map<string, Set<string>>();
    for (const d of checkStory(story).documents) {
      before.set(d.path, new Set(d.findings.map((f) => `${f.code}|${f.related[0]?.path}|${d.facts.article.text.slice(f.start, f.end)}`)));
    }
    for (const kind of KINDS) {
      let made = 0;
      for (const source of rnd.shuffle(story)) {
        if (made >= perStory) break;
        const injection = inject(kind, source, story, rnd);
        if (!injection) continue;
        made++;
        score(story, source, injection, before.get(source.path)!, tallies, kindTallies, misses, wrong);
      }
    }
  }

  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`Contradiction benchmark (seed ${seed}, ${perStory} per story and kind, ${stories.length} ecb-dev stories, ${seconds} s)\n`);
  console.log('| code | injected | recall | precision | true | false |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [code, t] of tallies) {
    const recall = t.injected ? (t.detected / t.injected).toFixed(3) : '–';
    const precision = t.tp + t.fp ? (t.tp / (t.tp + t.fp)).toFixed(3) : '–';
    console.log(`| ${code} | ${t.injected} | ${recall} | ${precision} | ${t.tp} | ${t.fp} |`);
  }
  console.log('\n| injected change | count | detected |');
  console.log('|---|---:|---:|');
  for (const [kind, t] of kindTallies) console.log(`| ${kind} (${KIND_CODE[kind]}) | ${t.injected} | ${t.injected ? (t.detected / t.injected).toFixed(3) : '–'} |`);

  console.log('\nUntouched real articles:');
  console.log('| set | articles | warnings | per 100 | information | per 100 | by code |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const [name, r] of [['ecb-dev (stories)', ecbClean], ['conll-dev (one folder)', conllClean]] as const) {
    if (!r) continue;
    const codes = [...r.byCode].map(([c, n]) => `${c} ${n}`).join(', ') || '–';
    console.log(`| ${name} | ${r.docs} | ${r.warnings} | ${((100 * r.warnings) / r.docs).toFixed(2)} | ${r.information} | ${((100 * r.information) / r.docs).toFixed(2)} | ${codes} |`);
  }
  if (verbose) {
    console.log('\nMissed:');
    for (const m of misses) console.log('  ' + m);
    console.log('\nWrong findings:');
    for (const w of wrong) console.log('  ' + w);
  }
}

function score(
  story: DocumentFacts[],
  source: DocumentFacts,
  injection: Injection,
  before: Set<string>,
  tallies: Map<RuleCode, Tally>,
  kindTallies: Map<InjectionKind, { injected: number; detected: number }>,
  misses: string[],
  wrong: string[],
): void {
  const { text, spans } = applyEdits(source.article.text, injection.edits);
  const copyPath = source.path.replace(/\.txt$/, `--${injection.kind}.txt`);
  const copy = analyzeDocument(copyPath, text);
  const result = checkStory([...story, copy]);
  const findings = result.documents.find((d) => d.path === copyPath)!.findings;
  // The sentences the change is in.
  const regions = spans.map((s) => {
    const sentence = copy.sentences.find((x) => x.start <= s.start && x.end >= s.end);
    return sentence ?? { start: s.start, end: s.end };
  });
  const inRegion = (f: Finding) => regions.some((r) => f.start < r.end && f.end > r.start);
  const inQuote = spans.some((s) => copy.quotes.some((q) => q.start <= s.start && q.end >= s.end));
  let detected = false;
  const expected = injection.code;
  for (const f of findings) {
    const other = f.related[0]?.path;
    const isNew = other === source.path || !before.has(`${f.code}|${other}|${text.slice(f.start, f.end)}`);
    if (!isNew) continue;
    const tally = tallies.get(f.code)!;
    if (f.code === expected && inRegion(f)) {
      tally.tp++;
      detected = true;
    } else if (f.code === 'quote-wording' && inQuote && inRegion(f)) {
      // A changed word inside a quotation does make the quotation read differently: not wrong, not the finding sought.
    } else {
      tally.fp++;
      wrong.push(`[${injection.kind}: ${injection.note}] ${f.code} in ${copyPath}: “${text.slice(f.start, f.end).slice(0, 80)}” — ${f.message.slice(0, 160)}`);
    }
  }
  tallies.get(expected)!.injected++;
  kindTallies.get(injection.kind)!.injected++;
  if (detected) {
    tallies.get(expected)!.detected++;
    kindTallies.get(injection.kind)!.detected++;
  } else {
    const sentence = regions[0] ? text.slice(regions[0].start, regions[0].end).slice(0, 220) : '';
    misses.push(`[${injection.kind}] ${copyPath}: ${injection.note} — “${sentence}”`);
  }
}

main();
