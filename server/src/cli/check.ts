import { join } from 'node:path';
import { checkStory, storyKey, storyName, type DocumentFacts } from '../engine';
import { parseArticle } from '../engine/article';
import { appendTo } from '../engine/collections';
import { cacheBudgetBytes, DiskCache, engineFingerprint, factsKey, sha256 } from '../engine/cache';
import { clearParseCache } from '../engine/nlp';
import { analyzeFresh, AnalyzePool, coreCount, WorkerCrash } from '../engine/parallel';
import { buildJsonReport, type JsonDocument, type JsonReport } from './report';

/**
 * The work behind `second-source check`: every story of the files, each document analysed once
 * (in worker threads when there is enough text), stories checked on the main thread as soon as
 * their documents are in, and both facts and story reports kept in the incremental cache. The
 * report is the same whatever the number of threads and whatever the cache holds.
 */

export interface CheckRunOptions {
  /** Analysis threads: 1 analyses in this thread; undefined picks by core count and amount of text. */
  jobs?: number;
  /** Where the incremental cache lives; undefined for no cache. */
  cacheDir?: string;
  /** Size the cache is pruned to after the run (least recently used entries first); `cacheBudgetBytes()` by default. */
  cacheMaxBytes?: number;
  /** The script analysis workers run (defaults to the running bundle, or worker.ts from source). */
  workerEntry?: string;
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

/** Below this much text to analyse, starting worker threads costs more than it saves. */
const PARALLEL_MIN_CHARS = 150_000;

function defaultWorkerEntry(): string {
  return /\.ts$/.test(__filename) ? join(__dirname, 'worker.ts') : __filename;
}

function storyCacheKey(key: string, docs: Array<{ path: string; text: string }>): string {
  return sha256('story', engineFingerprint(), key, ...docs.map((d) => factsKey(d.path, d.text)));
}

function validStoryEntry(value: unknown, paths: string[]): value is JsonDocument[] {
  return Array.isArray(value) && value.length === paths.length && value.every((d, i) => d && typeof d === 'object' && (d as JsonDocument).path === paths[i] && Array.isArray((d as JsonDocument).diagnostics));
}

/** Check the texts (path -> text, in report order) story by story. */
export async function checkArticles(texts: ReadonlyMap<string, string>, options: CheckRunOptions = {}): Promise<{ report: JsonReport; stats: CheckRunStats }> {
  const cache = options.cacheDir ? new DiskCache(options.cacheDir) : undefined;
  const total = texts.size;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  // Stories in first-seen order, documents in input order (the front matter decides, no NLP).
  const stories = new Map<string, Array<{ path: string; text: string }>>();
  for (const [path, text] of texts) {
    appendTo(stories, storyKey(parseArticle(path, text)), { path, text });
  }

  const stats: CheckRunStats = { files: total, analysed: 0, factsFromCache: 0, storiesFromCache: 0, stories: stories.size, threads: 1, maxRSS: 0 };
  const byPath = new Map<string, JsonDocument>();
  const todo: Array<{ key: string; docs: Array<{ path: string; text: string }>; cacheKey: string }> = [];
  for (const [key, docs] of stories) {
    const cacheKey = cache ? storyCacheKey(key, docs) : '';
    const hit = cache?.get<unknown>('story', cacheKey);
    if (hit !== undefined && validStoryEntry(hit, docs.map((d) => d.path))) {
      for (const d of hit) byPath.set(d.path, d);
      stats.storiesFromCache++;
      progress(docs.length);
    } else todo.push({ key, docs, cacheKey });
  }

  // Facts already cached; the rest is analysed.
  const cachedFacts = new Map<string, DocumentFacts>();
  let charsToAnalyse = 0;
  let toAnalyse = 0;
  for (const s of todo) {
    for (const d of s.docs) {
      const facts = cache?.get<DocumentFacts>('facts', factsKey(d.path, d.text));
      if (facts && facts.path === d.path && facts.article?.text === d.text) cachedFacts.set(d.path, facts);
      else {
        charsToAnalyse += d.text.length;
        toAnalyse++;
      }
    }
  }
  stats.factsFromCache = cachedFacts.size;
  stats.analysed = toAnalyse;

  const cores = coreCount();
  const threads = options.jobs ?? (charsToAnalyse >= PARALLEL_MIN_CHARS ? cores : 1);
  const pool = threads > 1 && toAnalyse > 1 ? new AnalyzePool({ entry: options.workerEntry ?? defaultWorkerEntry(), size: Math.min(threads, toAnalyse), cacheDir: options.cacheDir }) : undefined;
  stats.threads = pool ? Math.min(threads, toAnalyse) : 1;

  try {
    const factsOf = (d: { path: string; text: string }): DocumentFacts | Promise<DocumentFacts> => {
      const hit = cachedFacts.get(d.path);
      if (hit) {
        cachedFacts.delete(d.path);
        return hit;
      }
      if (pool) return pool.analyze(d.path, d.text).catch((err: Error) => (err instanceof WorkerCrash ? analyzeFresh(d.path, d.text, cache) : Promise.reject(err)));
      return analyzeFresh(d.path, d.text, cache);
    };
    // With a pool every job is queued at once and workers go through them in story order, while
    // this thread checks each story as soon as its documents are in.
    const pendingFacts = pool
      ? todo.map((s) =>
          s.docs.map((d) => {
            const p = Promise.resolve(factsOf(d)).then((f) => (progress(1), f));
            p.catch(() => undefined); // reported when its story is awaited, never as unhandled
            return p;
          }),
        )
      : undefined;
    for (let i = 0; i < todo.length; i++) {
      const s = todo[i];
      let facts: DocumentFacts[];
      if (pendingFacts) facts = await Promise.all(pendingFacts[i]);
      else facts = s.docs.map((d) => {
        const f = factsOf(d) as DocumentFacts;
        progress(1);
        return f;
      });
      const result = checkStory(facts);
      // Each story is checked once here: what the check memoized is of no further use.
      clearParseCache();
      const documents = buildJsonReport([{ key: s.key, name: storyName(s.key), ...result }], s.docs.map((d) => d.path)).documents;
      for (const d of documents) byPath.set(d.path, d);
      cache?.put('story', s.cacheKey, documents);
      if (pendingFacts) pendingFacts[i] = [];
    }
  } finally {
    await pool?.close();
  }
  // The process's peak, worker threads included (they share it).
  stats.maxRSS = process.resourceUsage().maxRSS;
  cache?.prune(options.cacheMaxBytes ?? cacheBudgetBytes());
  const report: JsonReport = { version: 1, documents: [...texts.keys()].filter((p) => byPath.has(p)).map((p) => byPath.get(p)!) };
  return { report, stats };
}
