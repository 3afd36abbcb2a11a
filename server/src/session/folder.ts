import type { CheckOptions, FrontMatterProblem, Severity } from '../engine';
import { DecisionsStore, insideFolder, workspaceRelative, type FindingIdentity } from './decisions';
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

  /** The options a check of these files runs with: the severities, and the rules turned off per file. */
  checkOptions(paths: readonly string[]): CheckOptions {
    const off = this.decisions.decisions.rulesOff(paths.map((p) => this.fileKey(p)));
    const disabledForFile = new Map<string, Set<string>>();
    for (const p of paths) {
      const codes = off.get(this.fileKey(p));
      if (codes) disabledForFile.set(p, codes);
    }
    return { ...checkOptions(this.settings), disabledForFile };
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
