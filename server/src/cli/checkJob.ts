import { checkStory, storyName, type DocumentFacts } from '../engine';
import { analyzeDocument } from '../engine/analyze';
import { DiskCache, factsKey } from '../engine/cache';
import { clearTextCaches } from '../engine/collections';
import { servePoolWorker } from '../engine/parallel';
import { buildJsonReport, type JsonDocument } from './report';

/**
 * The analysis side of `second-source check`: what a worker thread (or the main thread with one
 * thread) does with a story or a document. Kept apart from check.ts, which only plans the work,
 * so that the main thread of a run with workers never loads compromise.
 */

export interface Doc {
  path: string;
  text: string;
}

export interface Story {
  key: string;
  docs: Doc[];
  cacheKey: string;
}

/**
 * A job of the analysis threads: a whole story (its documents analysed, then checked: only the
 * small report comes back) or, for a story too big for one thread, one of its documents' facts.
 */
export type CheckJob = { story: Story } | { doc: Doc };
/** A story job's answer: its documents' reports, and how many documents were analysed (not from the cache). */
export type StoryJobResult = { documents: JsonDocument[]; analysed: number };
/** A document job's answer: its facts. */
export type DocJobResult = { facts: DocumentFacts; analysed: number };
export type CheckJobResult = StoryJobResult | DocJobResult;

/**
 * A document's facts from the cache when they are there, else analysed (and cached). The text
 * caches are emptied after an analysis, so every document is analysed from the same state (the
 * same facts in any thread, in any order) and parses never pile up.
 */
function factsOf(doc: Doc, cache: DiskCache | undefined): DocJobResult {
  const key = cache ? factsKey(doc.path, doc.text) : '';
  const hit = cache?.get<DocumentFacts>('facts', key);
  if (hit && hit.path === doc.path && hit.article?.text === doc.text) return { facts: hit, analysed: 0 };
  const facts = analyzeDocument(doc.path, doc.text);
  clearTextCaches();
  cache?.put('facts', key, facts);
  return { facts, analysed: 1 };
}

/** Check one story from its documents' facts: the report of its documents, also stored in the cache. */
export function reportStory(story: Story, facts: DocumentFacts[], cache: DiskCache | undefined): JsonDocument[] {
  const result = checkStory(facts);
  // Each story is checked once: what the check memoized is of no further use.
  clearTextCaches();
  const documents = buildJsonReport([{ key: story.key, name: storyName(story.key), ...result }], story.docs.map((d) => d.path)).documents;
  cache?.put('story', story.cacheKey, documents);
  return documents;
}

/** Run one job, in a worker or in this thread; `progress` hears each document done. */
export function runCheckJob(job: CheckJob, cache: DiskCache | undefined, progress: (done: number) => void): CheckJobResult {
  if ('doc' in job) {
    const r = factsOf(job.doc, cache);
    progress(1);
    return r;
  }
  let analysed = 0;
  const facts = job.story.docs.map((d) => {
    const r = factsOf(d, cache);
    analysed += r.analysed;
    progress(1);
    return r.facts;
  });
  return { documents: reportStory(job.story, facts, cache), analysed };
}

/** The worker side of `checkArticles` (the entry scripts call it in their workers). */
export function serveCheckWorker(): void {
  let cache: DiskCache | undefined;
  servePoolWorker<CheckJob, CheckJobResult>((job, { shared, progress }) => {
    const dir = (shared as { cacheDir?: string }).cacheDir;
    if (dir && !cache) cache = new DiskCache(dir);
    return runCheckJob(job, cache, progress);
  });
}
