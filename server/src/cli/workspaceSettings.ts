import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FolderSessions, type FolderSession } from '../session/folder';
import { ALL_LANGUAGES } from '../session/languages';
import { mergeSections, readSettings, readSettingsFile, settingsExtensions, type Settings } from '../session/settings';

/**
 * The settings and story decisions `second-source check` runs with, the editor's own: each PATH's
 * workspace folder (the nearest folder at or above it holding `.vscode` or `.git`, else the PATH's
 * own folder) gives the `secondSource.*` keys of its `.vscode/settings.json`, with a `--settings`
 * file's keys on top, and its decisions file (`secondSource.reviewedFile`, inside the folder).
 * Neither is read through a link.
 */

export interface CliSettings {
  sessions: FolderSessions;
  /** Settings or decisions files that could not be read: each an error line, and exit status 2. */
  problems: string[];
  /** The file extensions a folder PATH is searched for. */
  extensionsOf(path: string): string[];
  /** The size limit of files under PATH: `--max-size`, else the folder's `secondSource.maxFileSize`. */
  maxSizeOf(path: string): number;
}

/** The workspace folder a PATH belongs to. */
export function workspaceFolderOf(path: string): string {
  const start = resolve(path);
  const own = isFolder(start) ? start : dirname(start);
  for (let dir = own; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.vscode')) || existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return own;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads every PATH's folder settings once; `overrides` is the `--settings` file's section, already read. */
export function cliSettings(paths: readonly string[], overrides: Record<string, unknown>, maxSize: number | undefined): CliSettings {
  const problems: string[] = [];
  const folders = [...new Set(paths.map(workspaceFolderOf))];
  const sections = new Map<string | null, Record<string, unknown>>();
  for (const folder of folders) {
    const file = resolve(folder, '.vscode', 'settings.json');
    let own: Record<string, unknown> = {};
    if (existsSync(file)) {
      try {
        own = readSettingsFile(file, { followLinks: false });
      } catch (err) {
        problems.push(`settings not read: ${(err as Error).message}`);
      }
    }
    sections.set(folder, mergeSections(own, overrides));
  }
  sections.set(null, overrides);
  const settingsOf = (folder: string | null): Settings => readSettings(sections.get(folder));
  const sessions = new FolderSessions(folders, settingsOf);
  for (const s of sessions.all()) if (s.decisions.problem) problems.push(`reviewed marks not read in ${s.folder}: ${s.decisions.problem}`);
  const sessionOf = (path: string): FolderSession => sessions.of(resolve(path));
  return {
    sessions,
    problems,
    // Folders are searched for every language unless the settings choose (as the editor's do).
    extensionsOf: (path) => {
      const section = sections.get(sessionOf(path).folder);
      return section && section.checkLanguages !== undefined
        ? settingsExtensions(sessionOf(path).settings)
        : settingsExtensions({ ...sessionOf(path).settings, checkLanguages: [...ALL_LANGUAGES] });
    },
    maxSizeOf: (path) => maxSize ?? sessionOf(path).settings.maxFileSize,
  };
}
