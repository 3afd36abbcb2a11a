import { analyzeDocument, clearTextCaches, type DocumentFacts, storyName } from '../engine';
import { DiskCache } from '../host/cache';
import { checkDecided, type DecidedCheckOptions } from '../session/corrections';
import { servePoolWorker } from '../host/parallel';
import { buildJsonReport, type JsonDocument } from './report';
import { StoryFacts } from './storyFacts';

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
  /** The severities, rules turned off per file and corrections that the story's workspace folder sets. */
  options: DecidedCheckOptions;
}

/**
 * A job of the analysis threads: a whole story (its documents analysed or taken from the cache,
 * then checked: only the small report comes back) or, for a story too big for one thread, one of
 * its documents to analyse (the main thread reads and writes that story's cached facts).
 */
export type CheckJob = { story: Story } | { doc: Doc };
/** A story job's answer: its documents' reports, and how many documents were analysed (not from the cache). */
export type StoryJobResult = { documents: JsonDocument[]; analysed: number };
/** A document job's answer: its facts. */
export type DocJobResult = { facts: DocumentFacts; analysed: number };
export type CheckJobResult = StoryJobResult | DocJobResult;

/**
 * Analyse a document. The text caches are emptied after it, so every document is analysed from
 * the same state (the same facts in any thread, in any order) and parses never pile up.
 */
function analyse(doc: Doc): DocumentFacts {
  const facts = analyzeDocument(doc.path, doc.text);
  clearTextCaches();
  return facts;
}

/** Check one story from its documents' facts: the report of its documents, also stored in the cache. */
export function reportStory(story: Story, facts: DocumentFacts[], cache: DiskCache | undefined): JsonDocument[] {
  const result = checkDecided(facts, story.options);
  // Each story is checked once: what the check memoized is of no further use.
  clearTextCaches();
  const documents = buildJsonReport(
    [{ key: story.key, name: storyName(story.key), ...result }],
    story.docs.map((d) => d.path),
  ).documents;
  cache?.put('report', story.cacheKey, documents);
  return documents;
}

/** Run one job, in a worker or in this thread; `progress` hears each document done. */
export function runCheckJob(job: CheckJob, cache: DiskCache | undefined, progress: (done: number) => void): CheckJobResult {
  if ('doc' in job) {
    const facts = analyse(job.doc);
    progress(1);
    return { facts, analysed: 1 };
  }
  const stored = new StoryFacts(cache, job.story.key);
  let analysed = 0;
  const facts = job.story.docs.map((d) => {
    let f = stored.get(d.path, d.text);
    if (!f) {
      f = analyse(d);
      stored.add(d.path, d.text, f);
      analysed++;
    }
    progress(1);
    return f;
  });
  stored.save();
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
