import { readFileSync, statSync } from 'node:fs';
import { listArticleFiles } from '../files';

/** Extensions a folder is searched for; a file named on the command line is read whatever it is. */
export const ARTICLE_EXTENSIONS = ['.article', '.news', '.txt', '.md'];

export interface Input {
  path: string;
  bytes?: Uint8Array;
  error?: string;
}

function toSlash(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Files named, and article files under folders named, in a stable order. Unreadable paths carry an error. */
export function collectInputs(paths: string[]): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      out.push({ path: toSlash(p), error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((err as Error).message) });
      continue;
    }
    const files: string[] = [];
    if (stat.isDirectory()) files.push(...listArticleFiles(p, ARTICLE_EXTENSIONS));
    else files.push(p);
    for (const f of files) {
      try {
        out.push({ path: toSlash(f), bytes: readFileSync(f) });
      } catch (err) {
        out.push({ path: toSlash(f), error: String((err as Error).message) });
      }
    }
  }
  return out;
}
