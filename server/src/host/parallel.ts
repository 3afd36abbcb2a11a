import { cpus } from 'node:os';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Work on every core. The engine is pure, so a worker thread can run any job whose input and result
 * are plain data (structured clone: the same values the main thread would have computed). The
 * entry script decides what a job is: it calls `servePoolWorker(handler)` in its workers. Pure
 * Node, no editor imports.
 */

const WORKER_FLAG = 'secondSourcePoolWorker';
/** Not a literal require: the bundle never includes tsx (only TypeScript entries need it). */
const TSX_CJS = ['tsx', 'cjs'].join('/');

interface Request<J> {
  id: number;
  job: J;
  /** Whether anyone hears the job's progress: a message per document otherwise cost ~2% of a run. */
  progress: boolean;
}

/** A job's answer, or one of the progress messages it sends before (units of work done). */
type Reply<R> = { id: number; result: R } | { id: number; error: string } | { id: number; progress: number };

/** Cores this process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus().length;
}

/** True inside a worker started by `WorkerPool`. */
export function isPoolWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

/** What a worker's handler is given besides its job. */
export interface WorkerContext {
  /** The pool's `shared` option (e.g. the cache directory). */
  shared: unknown;
  /** Report units of work done (the pool's `onProgress`). */
  progress(done: number): void;
}

/** The worker side: answer jobs with `handle` until the pool closes. */
export function servePoolWorker<J, R>(handle: (job: J, context: WorkerContext) => R): void {
  const shared = (workerData as { shared?: unknown }).shared;
  parentPort!.on('message', (req: Request<J>) => {
    let reply: Reply<R>;
    try {
      const progress = req.progress ? (done: number) => parentPort!.postMessage({ id: req.id, progress: done } satisfies Reply<R>) : () => undefined;
      const context: WorkerContext = { shared, progress };
      reply = { id: req.id, result: handle(req.job, context) };
    } catch (err) {
      reply = { id: req.id, error: String((err as Error).stack ?? err) };
    }
    parentPort!.postMessage(reply);
  });
}

/** A worker died on a job (out of memory on a huge document): the caller analyses it itself. */
export class WorkerCrash extends Error {}

/**
 * Heap limits of a worker. compromise leaves much garbage behind, and an unbounded heap grows far
 * beyond what one article needs; these keep each worker near 60 MB. A job that needs more kills
 * its worker, which is replaced, and the job fails with `WorkerCrash`. A process-wide
 * `--max-semi-space-size` (the CLI sets one) overrides the young generation limit.
 */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export interface PoolOptions {
  /** The script a worker runs; it must call `servePoolWorker(handler)` when `isPoolWorker()`. */
  entry: string;
  size: number;
  /** Plain data every worker's handler receives (`WorkerContext.shared`). */
  shared?: unknown;
  /** Heap limits per worker (`WORKER_HEAP` by default, null for none). */
  heap?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } | null;
}

interface Pending<R> {
  resolve: (result: R) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number) => void;
  worker?: Worker;
}

/** A fixed set of workers fed from one queue, one job in flight per worker. */
export class WorkerPool<J, R> {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Array<Request<J>> = [];
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private closed = false;
  private failure: Error | undefined;
  private crashes = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  private spawn(): void {
    const heap = this.options.heap === undefined ? WORKER_HEAP : this.options.heap;
    // From source (tests, benchmarks) a TypeScript entry needs tsx in the worker too.
    const execArgv =
      /\.ts$/.test(this.options.entry) && !process.execArgv.some((a) => a.includes('tsx'))
        ? [...process.execArgv, '--require', require.resolve(TSX_CJS)]
        : undefined;
    const w = new Worker(this.options.entry, {
      workerData: { [WORKER_FLAG]: true, shared: this.options.shared },
      execArgv,
      ...(heap ? { resourceLimits: heap } : {}),
    });
    let gone = false;
    const lost = (err: Error) => {
      if (gone || this.closed) return;
      gone = true;
      this.workers.delete(w);
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
      // Its job fails (the caller runs it itself); the others go on in a new worker.
      for (const [id, p] of this.pending) {
        if (p.worker !== w) continue;
        this.pending.delete(id);
        p.reject(new WorkerCrash(`worker stopped: ${err.message}`));
      }
      if (++this.crashes > 2 * this.options.size + 4) this.fail(err);
      else {
        this.spawn();
        this.pump();
      }
    };
    w.on('message', (reply: Reply<R>) => this.onReply(w, reply));
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`exited with code ${code}`)));
    this.workers.add(w);
    this.idle.push(w);
  }

  /** Run `job` in a worker; `onProgress` hears the progress the handler reports. */
  run(job: J, onProgress?: (done: number) => void): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.queue.push({ id, job, progress: !!onProgress });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const req = this.queue.shift()!;
      this.pending.get(req.id)!.worker = w;
      w.postMessage(req);
    }
  }

  private onReply(w: Worker, reply: Reply<R>): void {
    const p = this.pending.get(reply.id);
    if ('progress' in reply) {
      p?.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    this.idle.push(w);
    if (p) {
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
    }
    this.pump();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
