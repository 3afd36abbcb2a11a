import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument, checkStory, type CheckOptions, type DocumentFacts, type StoryResult } from '../engine';
import type { Article } from '../engine/article';
import type { CheckedDocument } from '../engine/check';
import type { Segment } from '../engine/story/align';
import type { TextSpan } from '../engine/types';
import { Lru } from '../engine/collections';

/**
 * Story checks run in a worker thread so the server's main thread keeps answering the editor while
 * compromise tags a long article. The worker keeps its own facts cache by content, so a re-check
 * after one edit re-analyses only the document that changed.
 */

export interface CheckRequest {
  id: number;
  docs: Array<{ path: string; text: string }>;
  options: CheckOptions;
  /** Documents whose own facts are sent back first (the open ones), before the story is checked. */
  first: string[];
}

/**
 * A document's facts as the server's main thread keeps them: what diagnostics, tokens, hovers and
 * the story overview read. Paragraphs and sentences stay in the worker: they are a third of what
 * would otherwise be copied between the threads on every keystroke.
 */
export interface ServedFacts extends Omit<DocumentFacts, 'article' | 'sentences'> {
  article: Omit<Article, 'paragraphs'>;
}
export interface ServedDocument extends Omit<CheckedDocument, 'facts'> {
  facts: ServedFacts;
}
/** One version of an aligned quotation as the main thread keeps it: where it stands (hovers tokenize the texts they show). */
export interface ServedSegment extends TextSpan {
  path: string;
  /** Start of the quotation it is part of. */
  quoteStart: number | null;
}
export interface ServedPair {
  a: ServedSegment;
  b: ServedSegment;
  score: number;
}
/**
 * A story result as the main thread keeps it. Aligned quotations go without their words and the
 * quotations they point into: with them, V8 took ~6 ms instead of ~1 to rebuild a 2,000-word
 * article's result on the main thread, on every keystroke.
 */
export interface ServedResult extends Omit<StoryResult, 'documents' | 'quotePairs'> {
  documents: ServedDocument[];
  quotePairs: ServedPair[];
}

export function servedFacts(facts: DocumentFacts): ServedFacts {
  const { path, text, frontMatter, bodyStart, problems, title, source, published, story } = facts.article;
  return { path: facts.path, article: { path, text, frontMatter, bodyStart, problems, title, source, published, story }, entities: facts.entities, dates: facts.dates, quotes: facts.quotes };
}

function servedSegment(s: Segment): ServedSegment {
  return { path: s.path, start: s.start, end: s.end, text: s.text, quoteStart: s.quote?.start ?? null };
}

export function servedResult(result: StoryResult): ServedResult {
  return {
    ...result,
    documents: result.documents.map((d) => ({ ...d, facts: servedFacts(d.facts) })),
    quotePairs: result.quotePairs.map((p) => ({ a: servedSegment(p.a), b: servedSegment(p.b), score: p.score })),
  };
}

type CheckReply = { id: number; result: ServedResult } | { id: number; error: string } | { id: number; early: ServedFacts };

/** Called with a document's own facts before its story is checked: enough for semantic tokens. */
export type EarlyFacts = (facts: ServedFacts) => void;

const WORKER_FLAG = 'secondSourceAnalysisWorker';
const WORKER_HEAP_MB = 192;

/**
 * Facts per path, re-used while the text is unchanged. Bounded, least recently used first: the
 * facts of files deleted or moved out of the workspace age out instead of staying until restart.
 */
export class FactsCache {
  private readonly facts: Lru<string, { hash: string; facts: DocumentFacts }>;
  constructor(limit = 3000) {
    this.facts = new Lru(limit);
  }
  get(path: string, text: string): DocumentFacts {
    const hash = createHash('sha1').update(text).digest('hex');
    const hit = this.facts.get(path);
    if (hit && hit.hash === hash) return hit.facts;
    const facts = analyzeDocument(path, text);
    this.facts.set(path, { hash, facts });
    return facts;
  }
  get size(): number {
    return this.facts.size;
  }
}

/**
 * The first analysis in a thread loads the gazetteer and compromise's lexicon (~200 ms): done as the
 * worker starts, not when the first article is opened.
 */
const WARM_UP = 'WASHINGTON (Wire) - "We will not sell," John Smith, chief executive of Acme Corp., said in Paris on Monday, 12 March 2019.';

/**
 * Then a short article is analysed a few times over and checked beside a second version: until V8
 * has compiled the analysis, the first long article opened in a session took half as long again as
 * the next ones. This adds ~150 ms to the worker's start-up (one time, in the worker).
 */
const WARM_UP_ARTICLE = [
  WARM_UP,
  'The company said it would cut 1,200 jobs at its plant in Dayton, Ohio, and close two offices in Europe by June.',
  '"The decision was hard, but the market has changed," Smith told reporters. "We are confident the site will reopen."',
  'The union, led by Maria Lopez, called the cuts a betrayal and said 300 workers had already left since January.',
  'Analysts at Beta Bank expect the shares to rise 5 percent this week, according to a note seen by Reuters.',
  'Governor Tom Reed said the state would offer $40 million in aid, a spokeswoman for the governor confirmed on Tuesday.',
].join('\n\n');

function warmUp(): void {
  // Other numbers each time: new paragraphs, so compromise's tagger runs too, not only the caches.
  const version = (n: number) => WARM_UP_ARTICLE.replace(/\d+/g, (d) => String(Number(d) + n));
  for (let n = 0; n < 5; n++) analyzeDocument('warm-up.article', version(n));
  checkStory([analyzeDocument('warm-up/a.article', version(5)), analyzeDocument('warm-up/b.article', version(6).replace(/said/g, 'says'))]);
}

/**
 * Once the first long article opened in the session is checked, idle moments of the worker replay
 * typing on it: one word changed at a time, then re-analysed and re-checked beside the other
 * sources of its story, results dropped. The warm-up above runs a six-paragraph article; the first
 * edits of a long one still ran code V8 had not optimised for it, and took up to twice as long as
 * later ones, and V8 keeps optimising for ~100 edits. The first edits replay at once, one per turn
 * of the event loop (a request waits at most for one of them); the rest only once the worker has
 * been idle a while, so they never delay an edit typed meanwhile.
 */
const TYPING_WARM_UP_EDITS = 100;
const TYPING_WARM_UP_EAGER_EDITS = 20;
/** Quiet time before a later warm-up edit: more than the pause between two keystrokes' requests. */
const TYPING_WARM_UP_IDLE_MS = 250;
/** Shorter articles are re-checked fast enough with the warm-up above. */
const TYPING_WARM_UP_MIN_CHARS = 5_000;
/** Beyond this, twenty re-analyses would cost far more than they save. */
const TYPING_WARM_UP_MAX_CHARS = 50_000;

function warmUpTyping(text: string, others: DocumentFacts[], options: CheckOptions, idleMs: () => number): void {
  let edited = text;
  let k = 0;
  const step = () => {
    if (k >= TYPING_WARM_UP_EDITS) return;
    if (k >= TYPING_WARM_UP_EAGER_EDITS && idleMs() < TYPING_WARM_UP_IDLE_MS) {
      setTimeout(step, TYPING_WARM_UP_IDLE_MS - idleMs()).unref();
      return;
    }
    // The k-th longer lower-case word gets its last letter twice, as a typo would.
    let n = 0;
    edited = edited.replace(/\b\p{Ll}{4,}\b/gu, (w) => (n++ === k * 7 ? w + w[w.length - 1] : w));
    try {
      checkStory([analyzeDocument('warm-up/typing.article', edited), ...others], options);
    } catch {
      // Only a warm-up: the real check of this text has already answered.
      return;
    }
    k++;
    setImmediate(step);
  };
  setImmediate(step);
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

function serveRequests(): void {
  const cache = new FactsCache();
  warmUp();
  let typingWarm = false;
  const scavenger = IdleScavenger.create();
  let lastReply = 0;
  const idleMs = () => performance.now() - lastReply;
  parentPort!.on('message', (req: CheckRequest) => {
    scavenger?.requestStarted();
    let reply: CheckReply;
    try {
      for (const d of req.docs) if (req.first.includes(d.path)) parentPort!.postMessage({ id: req.id, early: servedFacts(cache.get(d.path, d.text)) } satisfies CheckReply);
      reply = { id: req.id, result: servedResult(checkStory(req.docs.map((d) => cache.get(d.path, d.text)), req.options)) };
    } catch (err) {
      reply = { id: req.id, error: String((err as Error).stack ?? err) };
    }
    parentPort!.postMessage(reply);
    lastReply = performance.now();
    scavenger?.requestEnded();
    if (typingWarm || 'error' in reply) return;
    const opened = req.docs.find((d) => req.first.includes(d.path) && d.text.length >= TYPING_WARM_UP_MIN_CHARS && d.text.length <= TYPING_WARM_UP_MAX_CHARS);
    if (opened) {
      typingWarm = true;
      warmUpTyping(opened.text, req.docs.filter((d) => d !== opened).map((d) => cache.get(d.path, d.text)), req.options, idleMs);
    }
  });
}

/** True (and serving) when this bundle was started as the analysis worker. */
export function runAsWorkerIfRequested(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) return false;
  serveRequests();
  return true;
}

/**
 * Runs story checks in one worker thread when the server runs from its bundle, in process
 * otherwise (tests that load the TypeScript sources directly).
 */
export class StoryChecker {
  private worker: Worker | null = null;
  private readonly inProcess = new FactsCache();
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: ServedResult) => void; reject: (e: Error) => void; early?: EarlyFacts }>();

  constructor(private readonly log: (message: string) => void) {
    if (__filename.endsWith('.js')) this.start();
  }

  private start(): void {
    // dist/server.js serves as the worker for both bundles (the CLI's `lsp` command lives in dist/cli.js).
    // A bounded heap makes V8 collect compromise's garbage early instead of growing the process.
    // The young generation is collected between keystrokes (IdleScavenger), so it need not hold
    // many of them: 32 MB, of which a workspace check commits all. With 64 MB the server's RSS
    // after Check Workspace of 1,000 articles was 284-301 MB (limit 300), now 252-263, and typing
    // p95 is no worse (interleaved A/B: 43.3/32.8/28.0 vs 47.1/35.4/33.7 ms, the machine slow).
    const worker = new Worker(join(__dirname, 'server.js'), { workerData: { [WORKER_FLAG]: true }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 } });
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const w = this.waiting.get(reply.id);
      if ('early' in reply) return w?.early?.(reply.early);
      this.waiting.delete(reply.id);
      if (!w) return;
      if ('error' in reply) w.reject(new Error(reply.error));
      else w.resolve(reply.result);
    });
    worker.on('error', (err) => this.log(`second-source: analysis worker failed: ${err.stack ?? err}`));
    worker.on('exit', () => {
      // A crashed worker fails its pending checks and is replaced on the next request.
      for (const w of this.waiting.values()) w.reject(new Error('analysis worker exited'));
      this.waiting.clear();
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
  }

  check(docs: Array<{ path: string; text: string }>, options: CheckOptions, first: string[] = [], early?: EarlyFacts): Promise<ServedResult> {
    if (!__filename.endsWith('.js')) {
      try {
        return Promise.resolve(servedResult(checkStory(docs.map((d) => this.inProcess.get(d.path, d.text)), options)));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    if (!this.worker) this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, early });
      this.worker!.postMessage({ id, docs, first, options: { ...options, reviewed: options.reviewed ? new Set(options.reviewed) : undefined } } satisfies CheckRequest);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
