import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** File system helpers shared by the CLI, the language server and the CLI's cache. */

/** Project files that sit beside articles but are not articles. */
const NOT_ARTICLES = /^(?:README|CHANGELOG|LICENSE)/i;

/** True for a file name with one of the extensions that is not a README, CHANGELOG or LICENSE. */
export function isArticleName(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e)) && !NOT_ARTICLES.test(name);
}

/**
 * Article files under `dir` in a stable order, skipping hidden folders, node_modules and folders
 * that cannot be read; at most `limit` of them.
 */
export function listArticleFiles(dir: string, extensions: readonly string[], limit = Infinity): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= limit) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && isArticleName(e.name, extensions)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/**
 * Write to a temporary file and rename it over `file`, so a crash never leaves half a file. The
 * folder is created first unless the caller knows it exists.
 */
export function writeFileAtomic(file: string, data: string, folderExists = false): void {
  if (!folderExists) mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw err;
  }
}
