import { createHash, randomBytes } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files';

/**
 * The incremental cache of the command line: what the engine found in files (their facts) and what
 * a story check reported, on disk, keyed by content hashes. A key covers the cache schema and a
 * hash of the engine's own code, so a new build or an edited extractor never reads an old answer.
 * Entries are written atomically (temporary file, then rename) and an entry that cannot be read or
 * parsed is treated as missing. Pure Node, no editor imports.
 */

/** Bump when the shape of cached values or the layout changes (2: one facts entry per story, no shard folders). */
export const CACHE_SCHEMA = 2;

/** `SECOND_SOURCE_CACHE_DIR`, else `$XDG_CACHE_HOME/second-source`, else `~/.cache/second-source` (`%LOCALAPPDATA%` on Windows). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SECOND_SOURCE_CACHE_DIR) return env.SECOND_SOURCE_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'second-source');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'second-source', 'cache');
  return join(homedir(), '.cache', 'second-source');
}

export function sha256(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

function sourceFiles(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(full, out);
    else if (/\.(?:ts|json)$/.test(e.name)) out.push(full);
  }
}

let fingerprint: string | undefined;

/** The engine's sources, beside this host folder. */
const ENGINE_DIR = join(__dirname, '..', 'engine');

/**
 * A hash of the code that produces the facts. Bundled (dist/cli.js) that is the bundle itself,
 * compromise and every extractor included; run from source, every file of the engine folder.
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256').update(`schema ${CACHE_SCHEMA}\u0000`);
  try {
    if (/\.ts$/.test(__filename)) {
      const files: string[] = [];
      sourceFiles(ENGINE_DIR, files);
      for (const f of files) h.update(f.slice(ENGINE_DIR.length)).update('\u0000').update(readFileSync(f)).update('\u0000');
    } else h.update(readFileSync(__filename));
  } catch {
    // Unreadable code: a per-process key, so nothing stale is ever read.
    h.update(randomBytes(16));
  }
  return (fingerprint = h.digest('hex'));
}

/** Default size of the cache: `SECOND_SOURCE_CACHE_MAX_MB` megabytes, else 500. */
export function cacheBudgetBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.SECOND_SOURCE_CACHE_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 500) * 1024 * 1024;
}

/** Entries hold whole articles: readable and writable by their owner only (folders created 0700, files 0600). */
const PRIVATE = { mode: 0o600, folderMode: 0o700 };

/**
 * A store of JSON values by key: `<dir>/v<schema>/<kind>/<key>.json`. Creating a file is what
 * costs (~0.7 ms each between analyses, against 0.02 ms to write the same bytes into an open
 * file), so callers store few, larger entries, and there are no shard folders to create.
 */
export class DiskCache {
  readonly root: string;
  /** Folders this process has written to, so that each is created once. */
  private readonly folders = new Set<string>();
  constructor(private readonly dir: string) {
    this.root = join(dir, `v${CACHE_SCHEMA}`);
  }

  private file(kind: string, key: string): string {
    return join(this.root, kind, `${key}.json`);
  }

  /** The value stored under `key`, or undefined when missing, unreadable or corrupt. */
  get<T>(kind: string, key: string): T | undefined {
    try {
      const file = this.file(kind, key);
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; value?: T };
      if (!entry || entry.key !== key || entry.value === undefined) return undefined;
      // A hit is recent use: pruning removes the entries unused for longest.
      try {
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // A read-only cache still answers.
      }
      return entry.value;
    } catch {
      return undefined;
    }
  }

  /** Store `value` atomically; failures (read-only disk, full disk) only cost the cache. */
  put(kind: string, key: string, value: unknown): boolean {
    const file = this.file(kind, key);
    const folder = dirname(file);
    const data = JSON.stringify({ key, value });
    try {
      writeFileAtomic(file, data, { folderExists: this.folders.has(folder), ...PRIVATE });
    } catch {
      // A folder removed meanwhile (the user emptied the cache): once more, creating it.
      try {
        writeFileAtomic(file, data, PRIVATE);
      } catch {
        return false;
      }
    }
    this.folders.add(folder);
    return true;
  }

  /** Every entry file, of this schema and of older ones (never read again), with its size and last use, oldest first. */
  private entries(): Array<{ file: string; size: number; used: number }> {
    const out: Array<{ file: string; size: number; used: number }> = [];
    const walk = (d: string) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = join(d, e.name);
        if (e.isDirectory()) walk(full);
        else {
          try {
            const st = statSync(full);
            out.push({ file: full, size: st.size, used: st.mtimeMs });
          } catch {
            // Removed meanwhile (another run pruning): nothing to count.
          }
        }
      }
    };
    let schemas: string[] = [];
    try {
      schemas = readdirSync(this.dir).filter((name) => /^v\d+$/.test(name));
    } catch {
      // No cache yet.
    }
    for (const schema of schemas) walk(join(this.dir, schema));
    return out.sort((a, b) => a.used - b.used);
  }

  /** Total bytes stored (for reports and tests). */
  size(): number {
    return this.entries().reduce((sum, e) => sum + e.size, 0);
  }

  /**
   * Over `maxBytes`, remove the entries unused for longest until a fifth of the budget is free (so
   * that not every run prunes); entries of older engine builds and schemas are never read again
   * and go first by age. Returns how many were removed.
   */
  prune(maxBytes: number): number {
    const entries = this.entries();
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    if (total <= maxBytes) return 0;
    let removed = 0;
    for (const e of entries) {
      if (total <= 0.8 * maxBytes) break;
      try {
        rmSync(e.file, { force: true });
        total -= e.size;
        removed++;
      } catch {
        // Not removable (read-only cache): it only costs space.
      }
    }
    return removed;
  }
}

/** Content key of one file's facts: its path (the story and source depend on it), its text and the engine. */
export function factsKey(path: string, text: string): string {
  return sha256('facts', engineFingerprint(), path, text);
}

/** Cache key of the entry that holds the facts of one story's files (by the story, not by their texts). */
export function storyFactsKey(storyKey: string): string {
  return sha256('story facts', engineFingerprint(), storyKey);
}
