import { cpus } from 'node:os';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument, type DocumentFacts } from './analyze';
import { DiskCache, factsKey } from './cache';
import { clearParseCache } from './nlp';

/**
 * Analysing documents on every core. The engine is pure, so a worker thread analyses files and
 * sends the facts back (structured clone: the same values the main thread would have computed);
 * the caller groups stories and checks them. Pure Node, no editor imports.
 */

const WORKER_FLAG = 'secondSourceAnalyzeWorker';
/** Not a literal require: the bundle never includes tsx (only TypeScript entries need it). */
const TSX_CJS = ['tsx', 'cjs'].join('/');

export interface AnalyzeJob {
  path: string;
  text: string;
}

interface Request extends AnalyzeJob {
  id: number;
}

type Reply = { id: number; facts: DocumentFacts } | { id: number; error: string };

/** Cores this process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus().length;
}

/**
 * Analyse one document the way the command line does: the per-paragraph parse cache is emptied
 * afterwards, so every document is analysed from the same state (the same facts in any thread, in
 * any order) and compromise documents never pile up.
 */
export function analyzeFresh(path: string, text: string, cache?: DiskCache): DocumentFacts {
  const facts = analyzeDocument(path, text);
  clearParseCache();
  cache?.put('facts', factsKey(path, text), facts);
  return facts;
}

/** True inside an analysis worker started by `AnalyzePool`. */
export function isAnalyzeWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

/** The worker side: answer analysis requests until the pool closes. */
export function serveAnalyzeWorker(): void {
  const dir = (workerData as { cacheDir?: string }).cacheDir;
  const cache = dir ? new DiskCache(dir) : undefined;
  parentPort!.on('message', (req: Request) => {
    let reply: Reply;
    try {
      reply = { id: req.id, facts: analyzeFresh(req.path, req.text, cache) };
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
 * beyond what one article needs; these keep each worker near 60 MB. A document that needs more
 * kills its worker, which is replaced, and the job fails with `WorkerCrash`.
 */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export interface PoolOptions {
  /** The script a worker runs; it must call `serveAnalyzeWorker()` when `isAnalyzeWorker()`. */
  entry: string;
  size: number;
  /** Workers store the facts they compute here (the caller reads the cache itself). */
  cacheDir?: string;
  /** Heap limits per worker (`WORKER_HEAP` by default, null for none). */
  heap?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } | null;
}

/** A fixed set of analysis workers fed from one queue, one job in flight per worker. */
export class AnalyzePool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Request[] = [];
  private readonly pending = new Map<number, { resolve: (f: DocumentFacts) => void; reject: (e: Error) => void; worker?: Worker }>();
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
    const execArgv = /\.ts$/.test(this.options.entry) && !process.execArgv.some((a) => a.includes('tsx')) ? [...process.execArgv, '--require', require.resolve(TSX_CJS)] : undefined;
    const w = new Worker(this.options.entry, { workerData: { [WORKER_FLAG]: true, cacheDir: this.options.cacheDir }, execArgv, ...(heap ? { resourceLimits: heap } : {}) });
    let gone = false;
    const lost = (err: Error) => {
      if (gone || this.closed) return;
      gone = true;
      this.workers.delete(w);
      const at = this.idle.indexOf(w);
      if (at >= 0) this.idle.splice(at, 1);
      // Its job fails (the caller analyses that document itself); the others go on in a new worker.
      for (const [id, p] of this.pending) {
        if (p.worker !== w) continue;
        this.pending.delete(id);
        p.reject(new WorkerCrash(`analysis worker stopped: ${err.message}`));
      }
      if (++this.crashes > 2 * this.options.size + 4) this.fail(err);
      else {
        this.spawn();
        this.pump();
      }
    };
    w.on('message', (reply: Reply) => this.onReply(w, reply));
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`exited with code ${code}`)));
    this.workers.add(w);
    this.idle.push(w);
  }

  analyze(path: string, text: string): Promise<DocumentFacts> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, path, text });
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

  private onReply(w: Worker, reply: Reply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(w);
    if (p) {
      if ('facts' in reply) p.resolve(reply.facts);
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
