import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files';

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

export class ReviewedStore {
  private data: ReviewedData = { version: 1, reviewed: [], disabled: {} };

  constructor(public file: string | null) {
    this.load();
  }

  load(): void {
    if (!this.file) return;
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<ReviewedData>;
      this.data = {
        version: 1,
        reviewed: Array.isArray(raw.reviewed) ? raw.reviewed.filter((x) => typeof x === 'string') : [],
        disabled: raw.disabled && typeof raw.disabled === 'object' ? raw.disabled : {},
      };
    } catch {
      this.data = { version: 1, reviewed: [], disabled: {} };
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

  markReviewed(fingerprint: string): void {
    if (!this.data.reviewed.includes(fingerprint)) this.data.reviewed.push(fingerprint);
    this.save();
  }

  disable(key: string, code: string): void {
    const list = (this.data.disabled[key] ??= []);
    if (!list.includes(code)) list.push(code);
    this.save();
  }

  /** Atomic, so a crash never leaves half a file for the team to commit. */
  private save(): void {
    if (this.file) writeFileAtomic(this.file, JSON.stringify(this.data, null, 2) + '\n');
  }
}
