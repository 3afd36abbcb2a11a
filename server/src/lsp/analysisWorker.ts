import { createHash } from 'node:crypto';
import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, type DocumentFacts, type QuotedSide, type StoryResult, withoutKeepingTextResults } from '../engine';
import { checkDecided, correctedFacts, type DecidedCheckOptions } from '../session/corrections';
import {
  diagnosedStory,
  type CheckReply,
  type CheckResult,
  type ServedFacts,
  type ServedResult,
  type ServedSegment,
  type WorkerRequest,
} from './workerProtocol';
import { isWarmUpText, WarmUps } from './warmUps';

/**
 * The analysis worker's side of `StoryChecker`: compromise and the whole engine. Only the worker
 * loads this module (and tests run from the sources, in process): the server's main thread never
 * builds compromise's lexicon, which took ~0.2 s of its start and tens of megabytes of its heap.
 */

export function servedFacts(facts: DocumentFacts): ServedFacts {
  const { path, text, frontMatter, bodyStart, problems, title, source, published, story } = facts.article;
  return {
    path: facts.path,
    article: { path, text, frontMatter, bodyStart, problems, title, source, published, story },
    entities: facts.entities,
    dates: facts.dates,
    quotes: facts.quotes,
  };
}

function servedSegment(s: QuotedSide): ServedSegment {
  return { path: s.path, start: s.start, end: s.end, text: s.text, quoteStart: s.quote.start };
}

export function servedResult(result: StoryResult): ServedResult {
  return {
    ...result,
    documents: result.documents.map((d) => {
      const { entities: _, quotes: __, ...facts } = servedFacts(d.facts);
      return { ...d, facts };
    }),
    quotePairs: result.quotePairs.map((p) => ({ a: servedSegment(p.a), b: servedSegment(p.b), score: p.score })),
  };
}

/**
 * A check's answer: the whole result for a story being edited; for one no one is editing, its
 * diagnostics, and nothing the check computed stays in the text caches.
 */
function answer(check: () => StoryResult, editing: boolean): CheckResult {
  return editing ? servedResult(check()) : diagnosedStory(withoutKeepingTextResults(check).documents);
}

/**
 * Facts per path, re-used while the text is unchanged. Bounded, least recently used first, by
 * count and by the length of the texts: facts take ~14 bytes per character of their text, and a
 * workspace check of 1,000 articles of 40 KB, all kept, ran the worker's 192 MB heap out of memory.
 * The facts of files deleted or moved out of the workspace age out instead of staying until restart.
 */
export class FactsCache {
  /** Oldest first (a Map keeps insertion order; a hit moves the entry to the end). */
  private readonly facts = new Map<string, { hash: string; facts: DocumentFacts }>();
  private chars = 0;
  constructor(
    private readonly limit = 3000,
    private readonly maxChars = 4_000_000,
  ) {}
  get(path: string, text: string): DocumentFacts {
    const hash = createHash('sha1').update(text).digest('hex');
    const hit = this.facts.get(path);
    if (hit) this.remove(path);
    if (hit && hit.hash === hash) return this.keep(path, hit);
    return this.keep(path, { hash, facts: analyzeDocument(path, text) });
  }
  private keep(path: string, entry: { hash: string; facts: DocumentFacts }): DocumentFacts {
    this.facts.set(path, entry);
    this.chars += entry.facts.article.text.length;
    // The newest entry stays, however long its text: the check under way reads it.
    for (const [oldest] of this.facts) {
      if (this.facts.size <= this.limit && this.chars <= this.maxChars) break;
      if (oldest === path) break;
      this.remove(oldest);
    }
    return entry.facts;
  }
  private remove(path: string): void {
    const entry = this.facts.get(path);
    if (!entry) return;
    this.facts.delete(path);
    this.chars -= entry.facts.article.text.length;
  }
  get size(): number {
    return this.facts.size;
  }
  /** Characters of text whose facts are kept. */
  get textLength(): number {
    return this.chars;
  }
}

/** Quiet time after a reply before collecting: the server's main thread and the editor handle the reply meanwhile. */
const IDLE_SCAVENGE_DELAY_MS = 15;

/**
 * Young-generation collections in the pauses between requests rather than in the middle of one.
 * A keystroke on a 2,000-word article allocates ~4 MB and a scavenge of the worker took 5-10 ms,
 * so about one keystroke in six paid for one. After each request, when the young generation has
 * no room left for two more like it, it is collected once the worker has been idle a moment; a
 * request arriving first cancels that, and V8 collects as it would have.
 */
class IdleScavenger {
  private timer: NodeJS.Timeout | undefined;
  private usedBefore = 0;
  /** Young-generation bytes the last request allocated that were still in use after it. */
  private perRequest = 0;
  private constructor(private readonly collect: () => void) {}

  /** Null where V8 refuses to expose its collector. */
  static create(): IdleScavenger | null {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
      return new IdleScavenger(() => gc({ type: 'minor' }));
    } catch {
      return null;
    }
  }

  requestStarted(): void {
    clearTimeout(this.timer);
    this.usedBefore = newSpace().space_used_size;
  }

  requestEnded(): void {
    const { space_used_size: used, space_available_size: available } = newSpace();
    // Less in use than before: V8 collected during the request, and the estimate stands.
    if (used > this.usedBefore) this.perRequest = used - this.usedBefore;
    if (available < 2 * this.perRequest) this.timer = setTimeout(this.collect, IDLE_SCAVENGE_DELAY_MS).unref();
  }
}

function newSpace(): HeapSpaceInfo {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;
}

/** Answer the server's check requests in this worker thread. */
export function serveRequests(): void {
  const cache = new FactsCache();
  const scavenger = IdleScavenger.create();
  let lastReply = performance.now();
  const idleMs = () => performance.now() - lastReply;
  const warmUps = new WarmUps(idleMs);
  parentPort!.on('message', (req: WorkerRequest) => {
    if ('warmUpText' in req) return warmUps.fromWorkspace(req.warmUpText);
    scavenger?.requestStarted();
    let reply: CheckReply;
    let facts: DocumentFacts[] = [];
    try {
      const check = () => {
        for (const d of req.docs)
          if (req.first.includes(d.path))
            parentPort!.postMessage({
              id: req.id,
              early: servedFacts(correctedFacts(cache.get(d.path, d.text), req.options.corrections)),
            } satisfies CheckReply);
        facts = req.docs.map((d) => cache.get(d.path, d.text));
        return checkDecided(facts, req.options);
      };
      reply = { id: req.id, result: answer(check, req.editing) };
    } catch (err) {
      reply = { id: req.id, error: String((err as Error).stack ?? err) };
    }
    parentPort!.postMessage(reply);
    lastReply = performance.now();
    scavenger?.requestEnded();
    if ('error' in reply) return;
    warmUps.afterRequest(() => {
      const opened = req.docs.findIndex((d) => req.first.includes(d.path) && isWarmUpText(d.text));
      return opened < 0 ? undefined : { text: req.docs[opened].text, others: facts.filter((_, i) => i !== opened), options: req.options };
    });
  });
}

/** Checks in the calling thread, for tests that load the TypeScript sources (there is no bundle to start a worker from). */
export class InProcessChecker {
  private readonly cache = new FactsCache();
  check(docs: Array<{ path: string; text: string }>, options: DecidedCheckOptions, editing: boolean): CheckResult {
    return answer(
      () =>
        checkDecided(
          docs.map((d) => this.cache.get(d.path, d.text)),
          options,
        ),
      editing,
    );
  }
}
