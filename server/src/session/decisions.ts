import { isAbsolute, relative } from 'node:path';
import { readRegularFile, workspaceFile, writeFileAtomic } from '../files';

/**
 * The story decisions a team shares: findings marked as reviewed, rules turned off per file,
 * spellings a story accepts, words that are no entity or no date, and the speakers of quotations
 * the analysis misread, kept in one small JSON file in the workspace folder (`secondSource.reviewedFile`) and meant to be
 * committed. Paths are relative to the folder, and a finding is named by its code and the passages
 * of both sides, not by offsets: an edit elsewhere in an article leaves its marks in force, and a
 * mark made in one article covers its twin in the other.
 */

/** One side of a finding: its file (relative to the workspace folder, `/` between folders) and the passage it quotes. */
export interface FindingSide {
  file: string;
  text: string;
}

/** A finding as a decision names it: its code and both sides, whichever article it is shown in. */
export interface FindingIdentity {
  code: string;
  sides: [FindingSide, FindingSide];
}

/** A stored mark. A side without a file comes from a version 1 file, which did not record where the mark was made: it matches that text in any file. */
interface StoredMark {
  code: string;
  sides: Array<{ file?: string; text: string }>;
}

/**
 * A decision about a word, named by its text (white space aside) wherever it stands: in one file
 * (`file`, workspace-relative) or in every source of one story (`story`, see `FolderSession.storyScope`).
 */
export interface TextMark {
  text: string;
  file?: string;
  story?: string;
}

/** "The speaker of this quotation is …": the quotation named by its text in one file. */
export interface SpeakerMark {
  file: string;
  quote: string;
  speaker: string;
}

export interface DecisionsFile {
  version: 3;
  reviewed: StoredMark[];
  /** Workspace-relative path -> rule codes turned off there. */
  rulesOff: Record<string, string[]>;
  /** Spellings a story accepts ("this story spells it Gadhafi"): no name-variant finding on them in any of its sources. */
  spellings: TextMark[];
  /** Words the analysis took for a name ("Real" of "Real estate") or a date ("Today", the TV show). */
  notEntities: TextMark[];
  notDates: TextMark[];
  speakers: SpeakerMark[];
  /** Version 1 marks naming a file outside this folder (made in another checkout): they match nothing here, and are kept so that saving loses nothing. */
  fingerprints?: string[];
}

/** Far more than a team's marks; a larger file is not read. */
const MAX_DECISIONS_BYTES = 16 * 1024 * 1024;

const empty = (): DecisionsFile => ({ version: 3, reviewed: [], rulesOff: {}, spellings: [], notEntities: [], notDates: [], speakers: [] });

/** How version 1 and the engine compare passages: case and runs of white space aside. */
const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** How a word or quotation decided on is matched: white space aside, case kept ("Today" the show, not "today"). */
export const sameText = (text: string) => text.replace(/\s+/g, ' ').trim();

const markKey = (code: string, a: { file?: string; text: string }, b: { file?: string; text: string }) =>
  [code, a.file ?? '*', normalized(a.text), b.file ?? '*', normalized(b.text)].join('\u0000');

/** `path` relative to `folder` with `/` separators, as decisions name files; null when it is not inside the folder. */
export function insideFolder(folder: string, path: string): string | null {
  const rel = relative(folder, path);
  const inside = rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\');
  return inside ? rel.replace(/\\/g, '/') : null;
}

/** `path` as decisions name it: relative to `folder` when inside it, else as it is (with `/` separators). */
export function workspaceRelative(folder: string, path: string): string {
  return insideFolder(folder, path) ?? path.replace(/\\/g, '/');
}

/**
 * A version 1 fingerprint (`code|passage here|absolute path of the other file|passage there`, as
 * the language server made them) as a mark, when the other file is inside `folder`.
 */
export function markFromFingerprint(fingerprint: string, folder: string): StoredMark | null {
  const code = fingerprint.slice(0, fingerprint.indexOf('|'));
  for (const prefix of [folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`, `${folder}\\`]) {
    const at = fingerprint.indexOf(`|${prefix}`, code.length + 1);
    if (!code || at < 0) continue;
    const rest = fingerprint.slice(at + 1);
    const bar = rest.indexOf('|');
    if (bar < 0) continue;
    const other = { file: workspaceRelative(folder, rest.slice(0, bar)), text: rest.slice(bar + 1) };
    return { code, sides: [{ text: fingerprint.slice(code.length + 1, at) }, other] };
  }
  return null;
}

/** The decisions file's content, from any version; throws why it is not one. */
export function parseDecisions(json: string, folder: string): DecisionsFile {
  const raw: unknown = JSON.parse(json);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('it does not hold an object');
  const r = raw as Record<string, unknown>;
  const data = empty();
  if (r.version === 1 || r.version === undefined) {
    for (const print of Array.isArray(r.reviewed) ? r.reviewed : []) {
      if (typeof print !== 'string') continue;
      const mark = markFromFingerprint(print, folder);
      if (mark) data.reviewed.push(mark);
      else (data.fingerprints ??= []).push(print);
    }
    data.rulesOff = codesByFile(r.disabled);
  } else if (r.version === 2 || r.version === 3) {
    data.reviewed = (Array.isArray(r.reviewed) ? r.reviewed : []).filter(isStoredMark);
    data.rulesOff = codesByFile(r.rulesOff);
    data.spellings = listOf(r.spellings, isTextMark);
    data.notEntities = listOf(r.notEntities, isTextMark);
    data.notDates = listOf(r.notDates, isTextMark);
    data.speakers = listOf(r.speakers, isSpeakerMark);
    const prints = Array.isArray(r.fingerprints) ? r.fingerprints.filter((x): x is string => typeof x === 'string') : [];
    if (prints.length) data.fingerprints = prints;
  } else throw new Error(`it is version ${String(r.version)}, newer than this build reads`);
  return data;
}

const listOf = <T>(x: unknown, is: (y: unknown) => y is T): T[] => (Array.isArray(x) ? x.filter(is) : []);

function isTextMark(x: unknown): x is TextMark {
  const m = x as TextMark;
  return !!m && typeof m.text === 'string' && (typeof m.file === 'string') !== (typeof m.story === 'string');
}

function isSpeakerMark(x: unknown): x is SpeakerMark {
  const m = x as SpeakerMark;
  return !!m && typeof m.file === 'string' && typeof m.quote === 'string' && typeof m.speaker === 'string';
}

function isStoredMark(x: unknown): x is StoredMark {
  const m = x as StoredMark;
  return (
    !!m &&
    typeof m.code === 'string' &&
    Array.isArray(m.sides) &&
    m.sides.length === 2 &&
    m.sides.every((s) => !!s && typeof s.text === 'string' && (s.file === undefined || typeof s.file === 'string'))
  );
}

function codesByFile(x: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!x || typeof x !== 'object') return out;
  for (const [file, codes] of Object.entries(x)) if (Array.isArray(codes)) out[file] = codes.filter((c): c is string => typeof c === 'string');
  return out;
}

/** One decision as the editor lists, makes and undoes it. */
export type Decision =
  | { kind: 'reviewed'; mark: StoredMark }
  | { kind: 'rule-off'; file: string; code: string }
  | { kind: TextKind; mark: TextMark }
  | { kind: 'speaker'; mark: SpeakerMark };

/** The decisions about a word, and the list of the file each is kept in. */
const TEXT_LISTS = { spelling: 'spellings', 'not-entity': 'notEntities', 'not-date': 'notDates' } as const;
export type TextKind = keyof typeof TEXT_LISTS;

/** Every decision of a file, kind by kind. */
export function decisionsIn(data: DecisionsFile): Decision[] {
  const kinds = Object.keys(TEXT_LISTS) as TextKind[];
  return [
    ...data.reviewed.map((mark): Decision => ({ kind: 'reviewed', mark })),
    ...Object.entries(data.rulesOff).flatMap(([file, codes]) => codes.map((code): Decision => ({ kind: 'rule-off', file, code }))),
    ...kinds.flatMap((kind) => data[TEXT_LISTS[kind]].map((mark): Decision => ({ kind, mark }))),
    ...data.speakers.map((mark): Decision => ({ kind: 'speaker', mark })),
  ];
}

/** Marks and rules turned off, as read from a decisions file (or none), with the lookups a check needs. */
export class Decisions {
  private readonly marks = new Set<string>();

  constructor(readonly data: DecisionsFile = empty()) {
    for (const m of data.reviewed) this.marks.add(markKey(m.code, m.sides[0], m.sides[1]));
  }

  /** True when the finding, or its twin in the other article, is marked as reviewed. */
  isReviewed(f: FindingIdentity): boolean {
    const [a, b] = f.sides;
    const fileless = (s: FindingSide) => ({ text: s.text });
    const keys = [markKey(f.code, a, b), markKey(f.code, b, a), markKey(f.code, fileless(a), b), markKey(f.code, fileless(b), a)];
    return keys.some((k) => this.marks.has(k));
  }

  /** Rule codes turned off in each of the files (workspace-relative paths). */
  rulesOff(files: readonly string[]): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const f of files) {
      const codes = this.data.rulesOff[f];
      if (codes?.length) out.set(f, new Set(codes));
    }
    return out;
  }
}

/** The decisions file of a workspace folder: read, and written one change at a time. */
export class DecisionsStore {
  decisions = new Decisions();
  /** Why the file was not read (a setting refused, a link, not JSON, a merge conflict), or null. */
  problem: string | null = null;
  /** The file exists but does not parse (a merge conflict): it is left alone, never written over. */
  doesNotParse = false;

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
    this.decisions = new Decisions();
    this.problem = null;
    this.doesNotParse = false;
    let text: string;
    try {
      const file = this.locate();
      if (!file) return;
      const read = readRegularFile(file, MAX_DECISIONS_BYTES, { followLinks: false });
      if (!read.ok) throw new Error(`secondSource.reviewedFile: ${this.setting} is ${read.reason}`);
      text = read.bytes.toString('utf8');
    } catch (err) {
      // No file yet: nothing decided.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = String((err as Error).message ?? err);
      return;
    }
    try {
      this.decisions = new Decisions(parseDecisions(text, this.folder!));
    } catch (err) {
      this.doesNotParse = true;
      this.problem = `${this.setting} does not parse (${(err as Error).message}); it is left as it is, and no decision is saved until it is fixed`;
    }
  }

  /** Marks the finding (and with it its twin) as reviewed. Throws when the mark cannot be kept (see `update`). */
  markReviewed(f: FindingIdentity): void {
    this.update((data) => {
      if (!new Decisions(data).isReviewed(f)) data.reviewed.push({ code: f.code, sides: f.sides.map((s) => ({ file: s.file, text: s.text })) });
    });
  }

  /** Turns a rule off for one file (workspace-relative). */
  turnOff(file: string, code: string): void {
    this.update((data) => {
      const codes = (data.rulesOff[file] ??= []);
      if (!codes.includes(code)) codes.push(code);
    });
  }

  /** Keeps a decision about a word or a quotation's speaker (a later speaker replaces an earlier one for the same quotation). */
  decide(d: Extract<Decision, { kind: TextKind | 'speaker' }>): void {
    this.update((data) => {
      if (d.kind === 'speaker') {
        const same = (m: SpeakerMark) => m.file === d.mark.file && sameText(m.quote) === sameText(d.mark.quote);
        data.speakers = [...data.speakers.filter((m) => !same(m)), d.mark];
        return;
      }
      const list = data[TEXT_LISTS[d.kind]];
      const key = (m: TextMark) => JSON.stringify([sameText(m.text), m.file ?? null, m.story ?? null]);
      if (!list.some((m) => key(m) === key(d.mark))) list.push(d.mark);
    });
  }

  /** Undoes a decision as `decisionsIn` listed it; false when it is no longer there (a teammate undid it first). */
  undo(d: Decision): boolean {
    let found = false;
    this.update((data) => {
      if (d.kind === 'rule-off') {
        const codes = data.rulesOff[d.file] ?? [];
        found = codes.includes(d.code);
        const left = codes.filter((c) => c !== d.code);
        if (left.length) data.rulesOff[d.file] = left;
        else delete data.rulesOff[d.file];
        return;
      }
      const list: object[] = d.kind === 'reviewed' ? data.reviewed : d.kind === 'speaker' ? data.speakers : data[TEXT_LISTS[d.kind]];
      const at = list.findIndex((m) => JSON.stringify(m) === JSON.stringify(d.mark));
      found = at >= 0;
      if (found) list.splice(at, 1);
    });
    return found;
  }

  /**
   * Reads the file again (a teammate's marks may have arrived with a pull), applies the change and
   * writes it atomically, so a crash never leaves half a file to commit; only inside the workspace
   * folder, only over a regular file, and never over a file that does not parse (throws why not).
   * Without a workspace folder nothing is kept.
   */
  private update(change: (data: DecisionsFile) => void): void {
    this.load();
    if (this.problem) throw new Error(this.problem!);
    const file = this.locate();
    if (!file) return;
    const data = this.decisions.data;
    change(data);
    writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
    this.decisions = new Decisions(data);
  }
}
