import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** File system helpers shared by the CLI, the language server and the CLI's cache. */

/** Project files that sit beside articles but are not articles. */
const NOT_ARTICLES = /^(?:README|CHANGELOG|LICENSE)/i;

/** True for a file name with one of the extensions that is not a README, CHANGELOG or LICENSE. */
export function isArticleName(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e)) && !NOT_ARTICLES.test(name);
}

export const SYMLINK_SKIPPED = 'a symbolic link (links are not followed)';

/**
 * Article files under `dir` in a stable order, skipping hidden folders, node_modules and folders
 * that cannot be read; at most `limit` of them. Links are not followed (they can lead out of the
 * folder, or to a device): `skipped` hears of every link or other non-regular file with an
 * article's name.
 */
export function listArticleFiles(dir: string, extensions: readonly string[], limit = Infinity, skipped?: (path: string, reason: string) => void): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: Dirent[];
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
      else if (!isArticleName(e.name, extensions)) continue;
      else if (e.isFile()) out.push(full);
      else skipped?.(full, e.isSymbolicLink() ? SYMLINK_SKIPPED : kindOf(e));
    }
  };
  walk(dir);
  return out;
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** What a non-regular file is, from its stat or its folder entry. */
function kindOf(st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export function tooLarge(size: number, maxBytes: number): string {
  return `larger than the ${maxBytes.toLocaleString('en-US')}-byte limit (${size.toLocaleString('en-US')} bytes)`;
}

/**
 * The bytes of a regular file of at most `maxBytes`, else why not. The checks are made on the
 * opened handle, so what is read is what was checked: a pipe is opened without waiting for a
 * writer and refused, a device (/dev/zero) is refused before a byte is read, and no more than
 * `maxBytes` are read from a file that grows meanwhile. With `followLinks: false` a symbolic link
 * is refused too. Other failures (no such file, no permission) throw.
 */
export function readRegularFile(path: string, maxBytes: number, options: { followLinks?: boolean } = {}): ReadResult {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.followLinks === false ? (constants.O_NOFOLLOW ?? 0) : 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP' && options.followLinks === false) return { ok: false, reason: SYMLINK_SKIPPED };
    throw err;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: kindOf(st) };
    if (st.size > maxBytes) return { ok: false, reason: tooLarge(st.size, maxBytes) };
    // One byte more than allowed tells a file that grew past the limit since fstat.
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (let n: number; length < buf.length && (n = readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) return { ok: false, reason: tooLarge(length, maxBytes) };
    return { ok: true, bytes: buf.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** `path` is `root` or inside it (both already resolved). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Where a workspace file named by a setting (the reviewed file) may be read and written: `setting`
 * must be a relative path without `..` (or an absolute one inside `folder`), the folders of it that exist must resolve (links followed)
 * inside `folder`, and the file itself, if it exists, must be a regular file and not a link. Returns
 * the resolved path, or why the setting is refused. A repository's settings and committed links
 * must not make the extension write outside its workspace.
 */
export function workspaceFile(folder: string, setting: string): { path: string } | { error: string } {
  // An absolute path is taken as the path it gives inside the folder, if it is inside.
  const rel = isAbsolute(setting) ? relative(folder, setting) : setting;
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.startsWith('\\')) return { error: `"${setting}" is not inside the workspace folder` };
  const parts = rel.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (!parts.length) return { error: `"${setting}" names no file` };
  if (parts.includes('..')) return { error: `"${setting}" leads out of the workspace folder` };
  const root = realpathSync(folder);
  // Folder by folder: a link is followed only when it resolves inside the workspace folder; from
  // the first folder that does not exist, the rest is created there.
  let base = root;
  let i = 0;
  for (; i < parts.length - 1; i++) {
    const next = join(base, parts[i]);
    let st: Stats;
    try {
      st = lstatSync(next);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') break;
      throw err;
    }
    if (st.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(next);
      } catch {
        return { error: `"${setting}" goes through a symbolic link that leads nowhere` };
      }
      if (!isInside(root, real)) return { error: `"${setting}" leads out of the workspace folder through a symbolic link` };
      base = real;
    } else if (st.isDirectory()) base = next;
    else return { error: `"${setting}" goes through ${parts[i]}, which is not a folder` };
  }
  const path = join(base, ...parts.slice(i));
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return { error: `"${setting}" is a symbolic link` };
    if (!st.isFile()) return { error: `"${setting}" is ${kindOf(st)}` };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return { path };
}

export interface AtomicWriteOptions {
  /** The folder is known to exist (the CLI's cache creates each folder once per run). */
  folderExists?: boolean;
  /** Permissions of a new file, and of folders created for it (before the umask). */
  mode?: number;
  folderMode?: number;
}

/**
 * Write to a temporary file and rename it over `file`, so a crash never leaves half a file. The
 * folder is created first unless the caller knows it exists. Only a regular file is replaced: a
 * link, a folder, a pipe or a device at `file` is an error, and the temporary file is always a new
 * one (never one planted under its name).
 */
export function writeFileAtomic(file: string, data: string, options: AtomicWriteOptions = {}): void {
  if (!options.folderExists) mkdirSync(dirname(file), { recursive: true, mode: options.folderMode });
  try {
    const st = lstatSync(file);
    if (!st.isFile()) throw new Error(`not replacing ${file}: it is ${st.isSymbolicLink() ? 'a symbolic link' : kindOf(st)}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: options.mode });
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
