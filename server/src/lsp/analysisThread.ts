import { createHash } from 'node:crypto';
import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, checkStory, type CheckOptions, type DocumentFacts, type StoryResult } from '../engine';
import type { Segment } from '../engine/story/align';
import { Lru } from '../engine/collections';
import type { CheckReply, CheckRequest, ServedFacts, ServedResult, ServedSegment } from './analysisWorker';

/**
 * The analysis worker's side of `StoryChecker`: compromise and the whole engine. Only the worker
 * loads this module (and tests run from the sources, in process): the server's main thread never
 * builds compromise's lexicon, which took ~0.2 s of its start and tens of megabytes of its heap.
 */

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

/** An article for the worker to analyse while it waits for its first request. */
const WARM_UP = 'WASHINGTON (Wire) - "We will not sell," John Smith, chief executive of Acme Corp., said in Paris on Monday, 12 March 2019.';

/**
 * A short article is analysed a few times over and checked beside a second version: until V8 has
 * compiled the analysis, the first long article opened in a session took half as long again as the
 * next ones. One step at a time, each once the worker has had no request for a moment: the editor
 * opens an article as it starts the server, and that article used to wait ~180 ms for all of it.
 */
const WARM_UP_ARTICLE = [
  WARM_UP,
  'The company said it would cut 1,200 jobs at its plant in Dayton, Ohio, and close two offices in Europe by June.',
  '"The decision was hard, but the market has changed," Smith told reporters. "We are confident the site will reopen."',
  'The union, led by Maria Lopez, called the cuts a betrayal and said 300 workers had already left since January.',
  'Analysts at Beta Bank expect the shares to rise 5 percent this week, according to a note seen by Reuters.',
  'Governor Tom Reed said the state would offer $40 million in aid, a spokeswoman for the governor confirmed on Tuesday.',
].join('\n\n');

function warmUp(idleMs: () => number, served: () => boolean): void {
  // Other numbers each time: new paragraphs, so compromise's tagger runs too, not only the caches.
  const version = (n: number) => WARM_UP_ARTICLE.replace(/\d+/g, (d) => String(Number(d) + n));
  const steps = [0, 1, 2, 3, 4].map((n) => () => void analyzeDocument('warm-up.article', version(n)));
  steps.push(() => void checkStory([analyzeDocument('warm-up/a.article', version(5)), analyzeDocument('warm-up/b.article', version(6).replace(/said/g, 'says'))]));
  let k = 0;
  whileIdle(
    () => {
      steps[k++]();
      return k < steps.length;
    },
    idleMs,
    () => (served() ? IDLE_MS : WARM_UP_IDLE_MS),
  );
}

/** Quiet time before a start-up warm-up step while no request has come; after one, `IDLE_MS`. */
const WARM_UP_IDLE_MS = 20;

/**
 * Runs `step` until it returns false, each time once the worker has had no request for `quietMs()`,
 * one step per turn of the event loop: a request arriving meanwhile waits at most for one step.
 */
function whileIdle(step: () => boolean, idleMs: () => number, quietMs: () => number): void {
  const next = () => {
    const wait = quietMs() - idleMs();
    if (wait > 0) setTimeout(next, wait).unref();
    else if (step()) setImmediate(next);
  };
  next();
}

/**
 * Once the first long article opened in the session is checked, idle moments of the worker replay
 * typing on it: one word changed at a time, then re-analysed and re-checked beside the other
 * sources of its story, results dropped. The warm-up above runs a six-paragraph article; the first
 * edits of a long one still ran code V8 had not optimised for it, and took up to twice as long as
 * later ones, and V8 keeps optimising for ~100 edits. They replay only while the worker is idle (a
 * request waits at most for one of them): replayed at once, the first 20 held up the first edits
 * of a user who started typing straight away, p95 45-72 ms instead of 28-33 over 80 edits.
 */
const TYPING_WARM_UP_EDITS = 100;
/**
 * Quiet time before a warm-up step once the editor is sending requests: more than the pause
 * between two keystrokes' requests or two articles opened together, so a step never delays them.
 */
const IDLE_MS = 250;
/** Shorter articles are re-checked fast enough with the warm-up above. */
const TYPING_WARM_UP_MIN_CHARS = 5_000;
/** Beyond this, a hundred re-analyses would cost far more than they save. */
const TYPING_WARM_UP_MAX_CHARS = 50_000;

function warmUpTyping(text: string, others: DocumentFacts[], options: CheckOptions, idleMs: () => number): void {
  let edited = text;
  let k = 0;
  whileIdle(
    () => {
      // The k-th longer lower-case word gets its last letter twice, as a typo would.
      let n = 0;
      edited = edited.replace(/\b\p{Ll}{4,}\b/gu, (w) => (n++ === k * 7 ? w + w[w.length - 1] : w));
      try {
        checkStory([analyzeDocument('warm-up/typing.article', edited), ...others], options);
      } catch {
        // Only a warm-up: the real check of this text has already answered.
        return false;
      }
      return ++k < TYPING_WARM_UP_EDITS;
    },
    idleMs,
    () => IDLE_MS,
  );
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
  let typingWarm = false;
  const scavenger = IdleScavenger.create();
  const startedAt = performance.now();
  let lastReply = startedAt;
  const idleMs = () => performance.now() - lastReply;
  warmUp(idleMs, () => lastReply > startedAt);
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

/** Checks in the calling thread, for tests that load the TypeScript sources (there is no bundle to start a worker from). */
export class InProcessChecker {
  private readonly cache = new FactsCache();
  check(docs: Array<{ path: string; text: string }>, options: CheckOptions): ServedResult {
    return servedResult(checkStory(docs.map((d) => this.cache.get(d.path, d.text)), options));
  }
}
