import { statSync } from 'node:fs';
import { listArticleFiles, readRegularFile } from '../files';

/** Extensions a folder is searched for; a file named on the command line is read whatever it is. */
export const ARTICLE_EXTENSIONS = ['.article', '.news', '.txt', '.md'];

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
 * Files named, and article files under folders named, in a stable order, each read only when it
 * is a regular file of at most `maxBytes`. A file named on the command line is read through a
 * link; in folders, links are listed as skipped, not followed.
 */
export function collectInputs(paths: string[], maxBytes: number): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      out.push({ path: toSlash(p), error: message(err) });
      continue;
    }
    const files: string[] = [];
    if (stat.isDirectory()) files.push(...listArticleFiles(p, ARTICLE_EXTENSIONS, Infinity, (path, reason) => out.push({ path: toSlash(path), skipped: reason })));
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
