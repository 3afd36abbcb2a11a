import { basename } from 'node:path';
import { isArticleName, listArticleFiles, readRegularFile } from '../files';
import { checkText, decodeArticle, MONTHS, parseArticle, storyKey, storyName, WEEKDAYS } from '../engine';

/**
 * The server's view of the articles: open documents (their editor text wins) and files on disk in
 * the workspace folders, grouped into stories. It holds texts only; the analysis worker keeps the
 * facts.
 */

export interface Member {
  path: string;
  text: string;
  open: boolean;
}

const MAX_WORKSPACE_FILES = 20_000;
/**
 * A folder can be a whole archive: one "story" of thousands of unrelated articles. Above this many
 * members, a check covers only the open documents and the articles that name enough of the same
 * proper nouns (a cheap regular-expression signature, no NLP), so opening one article never
 * analyses the archive.
 */
const LARGE_STORY = 40;
const MIN_SHARED_NAMES = 4;
const NAME = /\b\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;
/** Capitalized words that name no one: sentence openers, pronouns, titles, and the calendar's names. */
const NOT_NAMES = new Set([
  ...['The', 'This', 'That', 'These', 'Those', 'And', 'But', 'For', 'With', 'From', 'After', 'Before', 'When', 'While'],
  // (Two-letter words, "We" or "Mr", are too short to sign anything.)
  ...['His', 'Her', 'Their', 'Its', 'They', 'She', 'Our', 'You', 'Mrs'],
  ...['There', 'What', 'Who', 'How', 'Why', 'Where', 'Some', 'All', 'One', 'Two'],
  ...[...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)].map((w) => w[0].toUpperCase() + w.slice(1)),
]);

function nameSignature(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME)) if (!NOT_NAMES.has(m[0])) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

export class ArticleWorkspace {
  private readonly disk = new Map<string, string>();
  private readonly openTexts = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly signatures = new Map<string, { text: string; names: Set<string> }>();
  readonly skipped = new Map<string, string>();

  constructor(
    private readonly extensions: () => string[],
    private readonly maxFileSize: () => number,
  ) {}

  /** Index article files under the folders (paths are file system paths). */
  scan(folders: string[]): number {
    let count = 0;
    // Skipped files are found again below: one deleted or fixed meanwhile is no longer skipped.
    for (const path of this.skipped.keys()) if (!this.openTexts.has(path)) this.skipped.delete(path);
    const skip = (path: string, reason: string) => {
      this.skipped.set(path, reason);
      this.forgetDisk(path);
    };
    for (const folder of folders) {
      for (const file of listArticleFiles(folder, this.extensions(), MAX_WORKSPACE_FILES - count, skip)) {
        this.readFromDisk(file);
        count++;
      }
    }
    return count;
  }

  isArticlePath(path: string): boolean {
    return isArticleName(basename(path), this.extensions());
  }

  /**
   * (Re)read a file from disk; a deleted or unreadable file leaves the workspace. Only a regular
   * file within the size limit is read, and a link is not followed (as when scanning): a link to
   * /dev/zero or a named pipe is skipped, not read until memory runs out or waited on.
   */
  readFromDisk(path: string): void {
    try {
      const read = readRegularFile(path, this.maxFileSize(), { followLinks: false });
      const decoded = read.ok ? decodeArticle(read.bytes, this.maxFileSize()) : read;
      if (!decoded.ok) {
        this.skipped.set(path, decoded.reason);
        this.forgetDisk(path);
        return;
      }
      this.skipped.delete(path);
      this.disk.set(path, decoded.text);
      this.keys.set(path, storyKey(parseArticle(path, decoded.text)));
    } catch {
      this.forgetDisk(path);
    }
  }

  forgetDisk(path: string): void {
    this.disk.delete(path);
    this.signatures.delete(path);
    if (!this.openTexts.has(path)) this.keys.delete(path);
  }

  /** An open document's text; returns why it is not analysed, or null. */
  setOpen(path: string, text: string): string | null {
    const problem = checkText(text, this.maxFileSize());
    if (problem) {
      this.skipped.set(path, problem);
      this.openTexts.delete(path);
      return problem;
    }
    this.skipped.delete(path);
    this.openTexts.set(path, text);
    this.keys.set(path, storyKey(parseArticle(path, text)));
    return null;
  }

  close(path: string): void {
    this.openTexts.delete(path);
    if (this.disk.has(path)) this.keys.set(path, storyKey(parseArticle(path, this.disk.get(path)!)));
    else this.keys.delete(path);
  }

  isOpen(path: string): boolean {
    return this.openTexts.has(path);
  }

  textOf(path: string): string | undefined {
    return this.openTexts.get(path) ?? this.disk.get(path);
  }

  storyOf(path: string): string | undefined {
    return this.keys.get(path);
  }

  storyLabel(key: string): string {
    return storyName(key);
  }

  members(key: string): Member[] {
    const out: Member[] = [];
    for (const [path, k] of this.keys) {
      const text = this.textOf(path);
      if (k === key && text !== undefined) out.push({ path, text, open: this.openTexts.has(path) });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * The members a check of `key` must cover: all of them in an ordinary story; in a large one, the
   * open documents and the articles that share enough names with one of them.
   */
  checkScope(key: string): Member[] {
    const all = this.members(key);
    if (all.length <= LARGE_STORY) return all;
    const focus = all.filter((m) => m.open);
    const focusNames = focus.map((m) => this.signature(m.path, m.text));
    return all.filter((m) => {
      if (m.open) return true;
      const names = this.signature(m.path, m.text);
      return focusNames.some((f) => {
        let shared = 0;
        for (const n of f) if (names.has(n) && ++shared >= MIN_SHARED_NAMES) return true;
        return false;
      });
    });
  }

  private signature(path: string, text: string): Set<string> {
    const hit = this.signatures.get(path);
    if (hit && hit.text === text) return hit.names;
    const names = nameSignature(text);
    this.signatures.set(path, { text, names });
    return names;
  }

  /** The longest article on disk within `chars` in length, if any. */
  longestArticle(chars: { min: number; max: number }): string | undefined {
    let longest: string | undefined;
    for (const text of this.disk.values()) if (text.length >= chars.min && text.length <= chars.max && text.length > (longest?.length ?? 0)) longest = text;
    return longest;
  }

  allStories(): string[] {
    return [...new Set(this.keys.values())];
  }
}
