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

/**
 * Heap limits of a worker. The editing worker's young generation holds many keystrokes' garbage
 * between collections; the background worker (stories no one is editing, Check Workspace) keeps a
 * smaller one, and is stopped once idle, so that what a workspace check committed is given back.
 */
const YOUNG_GENERATION_MB = { editing: 64, background: 32 };

function newAnalysisWorker(lane: Lane): Worker {
  return new Worker(join(__dirname, 'server.js'), {
    workerData: { [WORKER_FLAG]: true },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB[lane] },
  });
}

/** Checks of stories with an open article, and those of stories no one is editing. */
type Lane = 'editing' | 'background';

let prestarted: Worker | undefined;

/**
 * Starts the editing worker before the server's own modules load (bundles only): its start-up
 * (~0.4 s, most of it compromise's lexicon) then overlaps theirs, and the first `StoryChecker`
 * takes it over.
 */
export function prestartAnalysisWorker(): void {
  if (BUNDLED && !prestarted) prestarted = newAnalysisWorker('editing');
}

/** A story check waiting its turn for the worker, and everyone waiting for its result. */
interface QueuedCheck {
  story: string;
  request: Omit<CheckRequest, 'id'>;
  early?: EarlyFacts;
  callers: Array<{ resolve: (r: CheckResult) => void; reject: (e: Error) => void }>;
}

/** Idle time after which the background worker stops, its memory given back (a workspace check stops it at its end). */
const BACKGROUND_IDLE_MS = 20_000;

/** One worker and the check it has. */
interface Running {
  worker: Worker | null;
  /** The check with the worker, if any. */
  busy: boolean;
  waiting: Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; early?: EarlyFacts }>;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Runs story checks in worker threads when the server runs from its bundle, in process otherwise
 * (tests that load the TypeScript sources directly).
 *
 * Two workers: one for the stories of open articles, one for the others (a workspace check, files
 * changed on disk). An edit never waits behind a background story, and the editing worker's facts
 * cache holds the open stories, not the workspace. Each worker gets one check at a time; the others
 * wait here, where they can still be dropped. A check of a story that already has one waiting
 * replaces it (only the latest texts are worth checking; both callers get the result). Posted
 * straight to the worker, 1,000 quick opens and closes of documents had queued 2,000 checks there,
 * and an article opened next waited 5.8 s for its highlighting.
 */
export class StoryChecker {
  private readonly lanes: Record<Lane, Running> = {
    editing: { worker: null, busy: false, waiting: new Map() },
    background: { worker: null, busy: false, waiting: new Map() },
  };
  private inProcess: InProcessChecker | undefined;
  private nextId = 1;
  private readonly queue: QueuedCheck[] = [];

  constructor(private readonly log: (message: string) => void) {
    if (BUNDLED) this.start('editing');
  }

  private start(lane: Lane): Worker {
    const running = this.lanes[lane];
    // dist/server.js serves as the worker for both bundles (the CLI's `lsp` command lives in dist/cli.js).
    // A bounded heap makes V8 collect compromise's garbage early instead of growing the process.
    const worker = (lane === 'editing' ? prestarted : undefined) ?? newAnalysisWorker(lane);
    if (lane === 'editing') prestarted = undefined;
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const w = running.waiting.get(reply.id);
      if ('early' in reply) return w?.early?.(reply.early);
      running.waiting.delete(reply.id);
      running.busy = false;
      if (w) {
        if ('error' in reply) w.reject(new Error(reply.error));
        else w.resolve(reply.result);
      }
      this.dispatch();
    });
    worker.on('error', (err) => this.log(`second-source: analysis worker failed: ${err.stack ?? err}`));
    worker.on('exit', () => {
      // A worker stopped on purpose had no check, and its lane may have a new one by now.
      if (running.worker !== worker) return;
      // A crashed worker fails the check it had; a fresh one takes the checks still waiting.
      this.failWaiting(running);
      running.worker = null;
      running.busy = false;
      this.dispatch();
    });
    running.worker = worker;
    return worker;
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

  /** Hands each idle worker the oldest check of its lane. */
  private dispatch(): void {
    for (const lane of ['editing', 'background'] as const) {
      const running = this.lanes[lane];
      if (running.busy) continue;
      const at = this.queue.findIndex((q) => q.request.editing === (lane === 'editing'));
      if (at < 0) {
        if (lane === 'background' && running.worker && !running.idleTimer)
          running.idleTimer = setTimeout(() => this.stopBackground(), BACKGROUND_IDLE_MS).unref();
        continue;
      }
      clearTimeout(running.idleTimer);
      running.idleTimer = undefined;
      const [next] = this.queue.splice(at, 1);
      const worker = running.worker ?? this.start(lane);
      const id = this.nextId++;
      running.busy = true;
      running.waiting.set(id, {
        resolve: (r) => {
          for (const c of next.callers) c.resolve(r);
        },
        reject: (e) => {
          for (const c of next.callers) c.reject(e);
        },
        early: next.early,
      });
      worker.postMessage({ id, ...next.request } satisfies CheckRequest);
    }
  }

  /**
   * Stops the background worker once it has no check: what a workspace check committed (its facts
   * cache, its heap) goes back to the system. The next background check starts a new one.
   */
  stopBackground(): void {
    const running = this.lanes.background;
    clearTimeout(running.idleTimer);
    running.idleTimer = undefined;
    if (running.busy || !running.worker || this.queue.some((q) => !q.request.editing)) return;
    const worker = running.worker;
    running.worker = null;
    void worker.terminate();
  }

  /** Hands the editing worker a long article to warm up on while it is idle (in process, nothing to warm). */
  warmUpOn(text: string): void {
    if (!BUNDLED) return;
    (this.lanes.editing.worker ?? this.start('editing')).postMessage({ warmUpText: text } satisfies WarmUpRequest);
  }

  dispose(): void {
    for (const running of Object.values(this.lanes)) {
      clearTimeout(running.idleTimer);
      this.failWaiting(running);
      void running.worker?.terminate();
      running.worker = null;
    }
  }

  private failWaiting(running: Running): void {
    for (const w of running.waiting.values()) w.reject(new Error('analysis worker exited'));
    running.waiting.clear();
  }
}
