import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { appendTo, parseArticle, storyKey } from '../engine';
import { cacheBudgetBytes, DiskCache, engineFingerprint, factsKey, sha256 } from '../host/cache';
import { coreCount, WorkerCrash, WorkerPool } from '../host/parallel';
import type { DecidedCheckOptions } from '../session/corrections';
import type { CheckJob, CheckJobResult, Doc, DocJobResult, Story, StoryJobResult } from './checkJob';
import type { FrontMatterError } from './formats';
import { isJsonDocument, type JsonDocument, type JsonReport } from './report';
import { StoryFacts } from './storyFacts';

/**
 * The analysis code (compromise and the whole engine), loaded on first use: with worker threads
 * the main thread only plans, and loading it would delay the workers' start by about a third of
 * a second.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analysis = (): typeof import('./checkJob') => require('./checkJob');

/**
 * The work behind `second-source check`: every story of the files, each document analysed once
 * and each story checked once (in worker threads when there is enough text), with both facts and
 * story reports kept in the incremental cache. The report is the same whatever the number of
 * threads and whatever the cache holds.
 */

export interface CheckRunOptions {
  /** Analysis threads: 1 analyses in this thread; undefined picks by core count and amount of text. */
  jobs?: number;
  /** Where the incremental cache lives; undefined for no cache. */
  cacheDir?: string;
  /** Size the cache is pruned to after a run that stored entries (least recently used first); `cacheBudgetBytes()` by default. */
  cacheMaxBytes?: number;
  /** The script analysis workers run (defaults to the running bundle, or worker.ts from source). */
  workerEntry?: string;
  /** The options a story of these files is checked with (the settings of their workspace folder); none by default. */
  optionsOf?: (paths: string[], storyKey: string) => DecidedCheckOptions;
  /** Called as documents are done (cache hits count at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface CheckRunStats {
  files: number;
  analysed: number;
  factsFromCache: number;
  storiesFromCache: number;
  stories: number;
  threads: number;
  /** Peak resident set size of this process, threads included, in kilobytes. */
  maxRSS: number;
}

/** Below this much text to analyse (not in the cache), starting worker threads costs more than it saves. */
const PARALLEL_MIN_CHARS = 150_000;

/**
 * V8's interrupt budget (bytecode run between tier-up checks; V8's default is 67,584) while a
 * worker runs on every core. V8's optimizing compiler then has no core of its own and takes
 * theirs: over the dev archive it spent ~7 s compiling per thread for ~5 s of analysis, mostly
 * on functions run too few times to repay it. With this budget only the hottest ones
 * (compromise's tagging loops, the tokenizer) are optimized: ~0.5 s of compiling, and the archive
 * takes about a quarter less time. One thread keeps the default: there the compiler has the
 * other core to itself, and the optimized code wins.
 */
const SATURATED_INTERRUPT_BUDGET = 3_200_000;

function defaultWorkerEntry(): string {
  return /\.ts$/.test(__filename) ? join(__dirname, 'worker.ts') : __filename;
}

/** A story report's key: its files' texts and the options that change what it reports (the corrections its decisions make included). */
function storyCacheKey(key: string, docs: Array<{ path: string; text: string }>, options: DecidedCheckOptions): string {
  const severities = Object.entries(options.severities ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const off = [...(options.disabledForFile ?? [])].map(([path, codes]) => [path, [...codes].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  return sha256(
    'story',
    engineFingerprint(),
    key,
    JSON.stringify({ severities, off, corrections: options.corrections ?? null }),
    ...docs.map((d) => factsKey(d.path, d.text)),
  );
}

/**
 * The text of the stories' files whose facts are not in the cache. Threads pay for themselves only
 * on text to analyse: a story re-checked for one edited file takes the others' facts from the cache.
 */
function uncachedChars(stories: Story[], cache: DiskCache | undefined): number {
  return stories.reduce((n, s) => {
    const stored = new StoryFacts(cache, s.key);
    return n + s.docs.reduce((m, d) => (stored.get(d.path, d.text) ? m : m + d.text.length), 0);
  }, 0);
}

/** A cached story report: one well-formed document per file, in order (anything else is recomputed). */
function validStoryEntry(value: unknown, docs: Doc[]): value is JsonDocument[] {
  return Array.isArray(value) && value.length === docs.length && value.every((d, i) => isJsonDocument(d, docs[i].path, docs[i].text));
}

/**
 * Stories in first-seen order, documents in input order (the front matter decides, no NLP), and
 * each file's broken front matter: its own error, the file checked without it.
 */
function storiesOf(texts: ReadonlyMap<string, string>): { stories: Map<string, Doc[]>; frontMatter: FrontMatterError[] } {
  const stories = new Map<string, Doc[]>();
  const frontMatter: FrontMatterError[] = [];
  for (const [path, text] of texts) {
    const article = parseArticle(path, text);
    appendTo(stories, storyKey(article), { path, text });
    for (const p of article.problems) frontMatter.push({ path, start: p.start, message: p.message });
  }
  return { stories, frontMatter };
}

/** Check the texts (path -> text, in report order) story by story. */
export async function checkArticles(
  texts: ReadonlyMap<string, string>,
  options: CheckRunOptions = {},
): Promise<{ report: JsonReport; stats: CheckRunStats; frontMatter: FrontMatterError[] }> {
  const cache = options.cacheDir ? new DiskCache(options.cacheDir) : undefined;
  const total = texts.size;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  const { stories, frontMatter } = storiesOf(texts);

  const stats: CheckRunStats = { files: total, analysed: 0, factsFromCache: 0, storiesFromCache: 0, stories: stories.size, threads: 1, maxRSS: 0 };
  const byPath = new Map<string, JsonDocument>();
  const todo: Story[] = [];
  for (const [key, docs] of stories) {
    const storyOptions =
      options.optionsOf?.(
        docs.map((d) => d.path),
        key,
      ) ?? {};
    const cacheKey = cache ? storyCacheKey(key, docs, storyOptions) : '';
    const hit = cache?.get<unknown>('report', cacheKey);
    if (hit !== undefined && validStoryEntry(hit, docs)) {
      for (const d of hit) byPath.set(d.path, d);
      stats.storiesFromCache++;
      progress(docs.length);
    } else todo.push({ key, docs, cacheKey, options: storyOptions });
  }
  const charsOf = (s: Story) => s.docs.reduce((n, d) => n + d.text.length, 0);
  const chars = todo.reduce((n, s) => n + charsOf(s), 0);
  const documents = todo.reduce((n, s) => n + s.docs.length, 0);

  const threads = Math.min(options.jobs ?? (uncachedChars(todo, cache) >= PARALLEL_MIN_CHARS ? coreCount() : 1), documents);
  if (threads > 1) setFlagsFromString(`--interrupt-budget=${SATURATED_INTERRUPT_BUDGET}`);
  const pool =
    threads > 1
      ? new WorkerPool<CheckJob, CheckJobResult>({ entry: options.workerEntry ?? defaultWorkerEntry(), size: threads, shared: { cacheDir: options.cacheDir } })
      : undefined;
  stats.threads = pool ? threads : 1;
  let analysed = 0;
  const record = (docs: JsonDocument[]) => {
    for (const d of docs) byPath.set(d.path, d);
  };

  try {
    if (!pool) {
      for (const story of todo) {
        const r = analysis().runCheckJob({ story }, cache, progress) as StoryJobResult;
        analysed += r.analysed;
        record(r.documents);
      }
    } else {
      // A job runs again in this thread when its worker died on it (out of memory on a huge
      // document), without counting again the documents the worker had reported done.
      const run = (job: CheckJob) => {
        let reported = 0;
        const heard = options.onProgress
          ? (n: number) => {
              reported += n;
              progress(n);
            }
          : undefined;
        return pool.run(job, heard).catch((err: Error) => {
          if (!(err instanceof WorkerCrash)) throw err;
          return analysis().runCheckJob(job, cache, (n) => (reported > 0 ? (reported -= n) : progress(n)));
        });
      };
      // Longest stories first, so that no thread is left with a long one at the end. A story with
      // more than a thread's share of the text is analysed document by document on every thread
      // and checked here; every other story is analysed and checked whole in one worker, so that
      // only its report comes back and this thread never holds up the queue.
      const order = [...todo].sort((a, b) => charsOf(b) - charsOf(a));
      await Promise.all(
        order.map(async (story) => {
          if (charsOf(story) > chars / threads && story.docs.length > 1) {
            const stored = new StoryFacts(cache, story.key);
            const facts = await Promise.all(
              story.docs.map(async (doc) => {
                const hit = stored.get(doc.path, doc.text);
                if (hit) {
                  progress(1);
                  return hit;
                }
                const r = (await run({ doc })) as DocJobResult;
                analysed += r.analysed;
                stored.add(doc.path, doc.text, r.facts);
                return r.facts;
              }),
            );
            stored.save();
            record(analysis().reportStory(story, facts, cache));
          } else {
            const r = (await run({ story })) as StoryJobResult;
            analysed += r.analysed;
            record(r.documents);
          }
        }),
      );
    }
  } finally {
    await pool?.close();
  }
  stats.analysed = analysed;
  stats.factsFromCache = documents - analysed;
  // The process's peak, worker threads included (they share it).
  stats.maxRSS = process.resourceUsage().maxRSS;
  // Only a run that checked stories stored entries; pruning stats every entry (~40 ms of a warm run's ~600).
  if (todo.length) cache?.prune(options.cacheMaxBytes ?? cacheBudgetBytes());
  const report: JsonReport = { version: 1, documents: [...texts.keys()].filter((p) => byPath.has(p)).map((p) => byPath.get(p)!) };
  return { report, stats, frontMatter };
}
