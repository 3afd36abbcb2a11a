import { readRegularFile, workspaceFile, writeFileAtomic } from '../files';

/**
 * Findings a team has marked as reviewed and rules disabled per file, kept in one small JSON file
 * in the workspace so it travels with the articles through version control.
 */
export interface ReviewedData {
  version: 1;
  reviewed: string[];
  /** Workspace-relative path -> rule codes disabled there. */
  disabled: Record<string, string[]>;
}

/** Far more than a team's marks; a larger file is not read. */
const MAX_REVIEWED_BYTES = 16 * 1024 * 1024;

const empty = (): ReviewedData => ({ version: 1, reviewed: [], disabled: {} });

export class ReviewedStore {
  private data: ReviewedData = empty();
  /** Why the reviewed file was not read (a setting refused, a link, not a regular file), or null. */
  problem: string | null = null;

  /**
   * The file is `setting` inside the workspace `folder` (`secondSource.reviewedFile`), located
   * afresh on every read and write so that a link committed meanwhile cannot redirect them.
   */
  constructor(
    private readonly folder: string | null,
    private readonly setting: string,
  ) {
    this.load();
  }

  /** The file's path, null without a workspace folder; throws why the setting is refused. */
  private locate(): string | null {
    if (!this.folder) return null;
    const where = workspaceFile(this.folder, this.setting);
    if ('error' in where) throw new Error(`secondSource.reviewedFile: ${where.error}`);
    return where.path;
  }

  load(): void {
    this.data = empty();
    this.problem = null;
    try {
      const file = this.locate();
      if (!file) return;
      const read = readRegularFile(file, MAX_REVIEWED_BYTES, { followLinks: false });
      if (!read.ok) throw new Error(`secondSource.reviewedFile: ${this.setting} is ${read.reason}`);
      const raw = JSON.parse(read.bytes.toString('utf8')) as Partial<ReviewedData>;
      this.data = {
        version: 1,
        reviewed: Array.isArray(raw.reviewed) ? raw.reviewed.filter((x) => typeof x === 'string') : [],
        disabled: raw.disabled && typeof raw.disabled === 'object' ? raw.disabled : {},
      };
    } catch (err) {
      // No file yet, or not JSON: nothing reviewed.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && !(err instanceof SyntaxError)) this.problem = String((err as Error).message ?? err);
    }
  }

  reviewed(): ReadonlySet<string> {
    return new Set(this.data.reviewed);
  }

  disabled(toKey: (path: string) => string, paths: string[]): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const p of paths) {
      const codes = this.data.disabled[toKey(p)];
      if (codes?.length) out.set(p, new Set(codes));
    }
    return out;
  }

  /** Throws when the mark cannot be kept (see `save`). */
  markReviewed(fingerprint: string): void {
    if (!this.data.reviewed.includes(fingerprint)) this.data.reviewed.push(fingerprint);
    this.save();
  }

  disable(key: string, code: string): void {
    const list = (this.data.disabled[key] ??= []);
    if (!list.includes(code)) list.push(code);
    this.save();
  }

  /**
   * Atomic, so a crash never leaves half a file for the team to commit; only inside the workspace
   * folder and only over a regular file (throws why not). Without a workspace folder nothing is kept.
   */
  private save(): void {
    const file = this.locate();
    if (file) writeFileAtomic(file, JSON.stringify(this.data, null, 2) + '\n');
  }
}
