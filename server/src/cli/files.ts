import { type Stats, statSync } from 'node:fs';
import { listArticleFiles, readRegularFile } from '../files';

/** A file to check: its bytes, or why it is skipped (a link, a device, too large), or why it cannot be read. */
export interface Input {
  path: string;
  bytes?: Uint8Array;
  skipped?: string;
  error?: string;
}

function toSlash(p: string): string {
  return p.replace(/\\/g, '/');
}

function message(err: unknown): string {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((err as Error).message);
}

/**
 * Files named, and article files under folders named (with the extensions `extensionsOf` gives
 * for the folder), in a stable order, each read only when it is a regular file of at most
 * `maxBytesOf` its PATH. A file named on the command line is read whatever its extension, through
 * a link; in folders, links are listed as skipped, not followed.
 */
export function collectInputs(paths: string[], extensionsOf: (path: string) => string[], maxBytesOf: (path: string) => number): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    let stat: Stats;
    try {
      stat = statSync(p);
    } catch (err) {
      out.push({ path: toSlash(p), error: message(err) });
      continue;
    }
    const files: string[] = [];
    const maxBytes = maxBytesOf(p);
    if (stat.isDirectory()) files.push(...listArticleFiles(p, extensionsOf(p), Infinity, (path, reason) => out.push({ path: toSlash(path), skipped: reason })));
    else files.push(p);
    for (const f of files) {
      try {
        const read = readRegularFile(f, maxBytes);
        out.push(read.ok ? { path: toSlash(f), bytes: read.bytes } : { path: toSlash(f), skipped: read.reason });
      } catch (err) {
        out.push({ path: toSlash(f), error: message(err) });
      }
    }
  }
  return out;
}
