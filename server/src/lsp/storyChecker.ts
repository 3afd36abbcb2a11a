import { join } from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { DecidedCheckOptions } from '../session/corrections';
import type { InProcessChecker } from './analysisWorker';
import type { CheckReply, CheckRequest, CheckResult, EarlyFacts, WarmUpRequest } from './workerProtocol';

/** The worker's side, loaded only where it runs (a required module is initialised on first use). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerSide = (): typeof import('./analysisWorker') => require('./analysisWorker');

/**
 * Story checks run in a worker thread so the server's main thread keeps answering the editor while
 * compromise tags a long article. The worker keeps its own facts cache by content, so a re-check
 * after one edit re-analyses only the document that changed.
 */

const WORKER_FLAG = 'secondSourceAnalysisWorker';
/** Running from dist/ (a worker can start from the bundle), not from the TypeScript sources. */
const BUNDLED = __filename.endsWith('.js');
const WORKER_HEAP_MB = 192;

/** True (and serving) when this bundle was started as the analysis worker. */
export function runAsWorkerIfRequested(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) return false;
  workerSide().serveRequests();
  return true;
}

function newAnalysisWorker(): Worker {
  return new Worker(join(__dirname, 'server.js'), {
    workerData: { [WORKER_FLAG]: true },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  });
}

let prestarted: Worker | undefined;

/**
 * Starts the analysis worker before the server's own modules load (bundles only): its start-up
 * (~0.4 s, most of it compromise's lexicon) then overlaps theirs, and the first `StoryChecker`
 * takes it over.
 */
export function prestartAnalysisWorker(): void {
  if (BUNDLED && !prestarted) prestarted = newAnalysisWorker();
}

/** A story check waiting its turn for the worker, and everyone waiting for its result. */
interface QueuedCheck {
  story: string;
  request: Omit<CheckRequest, 'id'>;
  early?: EarlyFacts;
  callers: Array<{ resolve: (r: CheckResult) => void; reject: (e: Error) => void }>;
}

/**
 * Runs story checks in one worker thread when the server runs from its bundle, in process
 * otherwise (tests that load the TypeScript sources directly).
 *
 * The worker gets one check at a time; the others wait here, where they can still be dropped. A
 * check of a story that already has one waiting replaces it (only the latest texts are worth
 * checking; both callers get the result), and checks of stories with an open document go first.
 * Posted straight to the worker, 1,000 quick opens and closes of documents had queued 2,000 checks
 * there, and an article opened next waited 5.8 s for its highlighting.
 */
export class StoryChecker {
  private worker: Worker | null = null;
  private inProcess: InProcessChecker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; early?: EarlyFacts }>();
  private readonly queue: QueuedCheck[] = [];
  /** A check is with the worker. */
  private busy = false;

  constructor(private readonly log: (message: string) => void) {
    if (BUNDLED) this.start();
  }

  private start(): void {
    // dist/server.js serves as the worker for both bundles (the CLI's `lsp` command lives in dist/cli.js).
    // A bounded heap makes V8 collect compromise's garbage early instead of growing the process.
    // The young generation is collected between keystrokes (IdleScavenger), so it need not hold
    // many of them: 32 MB, of which a workspace check commits all. With 64 MB the server's RSS
    // after Check Workspace of 1,000 articles was 284-301 MB (limit 300), now 252-263, and typing
    // p95 is no worse (interleaved A/B: 43.3/32.8/28.0 vs 47.1/35.4/33.7 ms, the machine slow).
    const worker = prestarted ?? newAnalysisWorker();
    prestarted = undefined;
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const w = this.waiting.get(reply.id);
      if ('early' in reply) return w?.early?.(reply.early);
      this.waiting.delete(reply.id);
      this.busy = false;
      if (w) {
        if ('error' in reply) w.reject(new Error(reply.error));
        else w.resolve(reply.result);
      }
      this.dispatch();
    });
    worker.on('error', (err) => this.log(`second-source: analysis worker failed: ${err.stack ?? err}`));
    worker.on('exit', () => {
      // A crashed worker fails the check it had; a fresh one takes the checks still waiting.
      for (const w of this.waiting.values()) w.reject(new Error('analysis worker exited'));
      this.waiting.clear();
      if (this.worker === worker) {
        this.worker = null;
        this.busy = false;
        this.dispatch();
      }
    });
    this.worker = worker;
  }

  /** Checks the documents of `story`. A story with no documents left (its last one closed) needs no check, nor does one waiting for it. */
  check(
    story: string,
    docs: Array<{ path: string; text: string }>,
    options: DecidedCheckOptions,
    first: string[] = [],
    early?: EarlyFacts,
    editing = true,
  ): Promise<CheckResult> {
    if (!docs.length) {
      const none: CheckResult = { diagnosed: [] };
      const dropped = this.queue.findIndex((q) => q.story === story);
      if (dropped >= 0) for (const c of this.queue.splice(dropped, 1)[0].callers) c.resolve(none);
      return Promise.resolve(none);
    }
    if (!BUNDLED) {
      try {
        this.inProcess ??= new (workerSide().InProcessChecker)();
        return Promise.resolve(this.inProcess.check(docs, options, editing));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return new Promise((resolve, reject) => {
      const request = { docs, first, editing, options: { ...options, reviewed: options.reviewed ? new Set(options.reviewed) : undefined } };
      const waiting = this.queue.find((q) => q.story === story);
      if (waiting) Object.assign(waiting, { request, early }).callers.push({ resolve, reject });
      else this.queue.push({ story, request, early, callers: [{ resolve, reject }] });
      this.dispatch();
    });
  }

  /** Hands the worker its next check: the first of a story being edited, else the oldest. */
  private dispatch(): void {
    if (this.busy || !this.queue.length) return;
    if (!this.worker) this.start();
    const editing = this.queue.findIndex((q) => q.request.editing);
    const [next] = this.queue.splice(Math.max(0, editing), 1);
    const id = this.nextId++;
    this.busy = true;
    this.waiting.set(id, {
      resolve: (r) => {
        for (const c of next.callers) c.resolve(r);
      },
      reject: (e) => {
        for (const c of next.callers) c.reject(e);
      },
      early: next.early,
    });
    this.worker!.postMessage({ id, ...next.request } satisfies CheckRequest);
  }

  /** Hands the worker a long article to warm up on while it is idle (in process, nothing to warm). */
  warmUpOn(text: string): void {
    if (!BUNDLED) return;
    if (!this.worker) this.start();
    this.worker!.postMessage({ warmUpText: text } satisfies WarmUpRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
