import { relative } from 'node:path';
import type { FrontMatterProblem, Severity } from '../engine';
import type { Corrections, DecidedCheckOptions, FileCorrections } from './corrections';
import { DecisionsStore, insideFolder, workspaceRelative, type FindingIdentity, type TextMark } from './decisions';
import { checkOptions, type Settings } from './settings';

/**
 * One workspace folder as the CLI and the language server both see it: its settings, its story
 * decisions, and what they make of a story check (the options it runs with, then the findings
 * shown). Both hosts go through this, so that for one folder they report the same findings.
 */

/** What a finding needs for a decision to name it: offsets into its file and the other file. */
export interface FindingLike {
  code: string;
  start: number;
  end: number;
  related: ReadonlyArray<{ path: string; start: number; end: number }>;
}

/** A problem of an article's own (its front matter), reported beside the story's findings. */
export interface ArticleProblem {
  start: number;
  end: number;
  code: 'front-matter';
  severity: Severity;
  message: string;
}

export function articleProblems(problems: readonly FrontMatterProblem[]): ArticleProblem[] {
  return problems.map((p) => ({ start: p.start, end: p.end, code: 'front-matter', severity: 'error', message: p.message }));
}

export class FolderSession {
  readonly decisions: DecisionsStore;

  /** `folder` is null for files outside any workspace folder: settings apply, nothing is decided. */
  constructor(
    readonly folder: string | null,
    readonly settings: Settings,
  ) {
    this.decisions = new DecisionsStore(folder, settings.reviewedFile);
  }

  /** A file as decisions name it. */
  fileKey(path: string): string {
    return this.folder ? workspaceRelative(this.folder, path) : path.replace(/\\/g, '/');
  }

  /**
   * A story as decisions name it, the same in every checkout: `story:<name>` for a declared story,
   * `folder:<path relative to the workspace folder>` for one made by a folder.
   */
  storyScope(storyKey: string): string {
    if (!storyKey.startsWith('folder:')) return storyKey;
    const dir = storyKey.slice('folder:'.length);
    return `folder:${this.folder && relative(this.folder, dir) === '' ? '.' : this.fileKey(dir)}`;
  }

  /** The options a check of a story's files runs with: the severities, the rules turned off per file, and the corrections its decisions make. */
  checkOptions(paths: readonly string[], storyKey?: string): DecidedCheckOptions {
    const off = this.decisions.decisions.rulesOff(paths.map((p) => this.fileKey(p)));
    const disabledForFile = new Map<string, Set<string>>();
    for (const p of paths) {
      const codes = off.get(this.fileKey(p));
      if (codes) disabledForFile.set(p, codes);
    }
    const corrections = storyKey === undefined ? undefined : this.corrections(paths, this.storyScope(storyKey));
    return { ...checkOptions(this.settings), disabledForFile, ...(corrections ? { corrections } : {}) };
  }

  /** The decisions about words and speakers that apply to these files of the story `scope`; undefined when none does. */
  private corrections(paths: readonly string[], scope: string): Corrections | undefined {
    const data = this.decisions.decisions.data;
    const files: Record<string, FileCorrections> = {};
    for (const p of paths) {
      const file = this.fileKey(p);
      const applies = (m: TextMark) => (m.file === undefined ? m.story === scope : m.file === file);
      const c: FileCorrections = {
        notEntities: data.notEntities.filter(applies).map((m) => m.text),
        notDates: data.notDates.filter(applies).map((m) => m.text),
        speakers: data.speakers.filter((m) => m.file === file).map((m) => ({ quote: m.quote, speaker: m.speaker })),
      };
      if (c.notEntities.length || c.notDates.length || c.speakers.length) files[p] = c;
    }
    const spellings = data.spellings.filter((m) => m.story === scope).map((m) => m.text);
    return Object.keys(files).length || spellings.length ? { files, spellings } : undefined;
  }

  /** The finding as a decision names it; `textOf` gives the checked text of a file. */
  identity(path: string, f: FindingLike, textOf: (path: string) => string | undefined): FindingIdentity | null {
    const other = f.related[0];
    const [here, there] = [textOf(path), other && textOf(other.path)];
    if (here === undefined || there === undefined) return null;
    return {
      code: f.code,
      sides: [
        { file: this.fileKey(path), text: here.slice(f.start, f.end) },
        { file: this.fileKey(other.path), text: there.slice(other.start, other.end) },
      ],
    };
  }

  /** The findings of `path` that no one has marked as reviewed, here or on their twin. */
  unreviewed<F extends FindingLike>(path: string, findings: readonly F[], textOf: (path: string) => string | undefined): F[] {
    return findings.filter((f) => {
      const id = this.identity(path, f, textOf);
      return !id || !this.decisions.decisions.isReviewed(id);
    });
  }
}

/** The sessions of the workspace folders, and the one of files outside them all (default settings unless told, no decisions). */
export class FolderSessions {
  private sessions: FolderSession[] = [];
  private outside: FolderSession;

  constructor(folders: readonly string[] = [], settingsOf: (folder: string | null) => Settings) {
    this.outside = new FolderSession(null, settingsOf(null));
    this.reset(folders, settingsOf);
  }

  /** New sessions (settings and decisions read afresh) for these folders. */
  reset(folders: readonly string[], settingsOf: (folder: string | null) => Settings): void {
    this.sessions = folders.map((f) => new FolderSession(f, settingsOf(f)));
    this.outside = new FolderSession(null, settingsOf(null));
  }

  /** The session of the innermost folder holding `path`. */
  of(path: string): FolderSession {
    let best: FolderSession | undefined;
    for (const s of this.sessions) if (insideFolder(s.folder!, path) !== null && (!best || s.folder!.length > best.folder!.length)) best = s;
    return best ?? this.outside;
  }

  all(): readonly FolderSession[] {
    return this.sessions;
  }
}
