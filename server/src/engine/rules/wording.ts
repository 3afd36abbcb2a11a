import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import { memo, TextCache } from '../collections';
import { tokenize, type Token } from '../text';

/** Word-level comparison of two versions of a quotation, blind to what editing legitimately changes. */

/** Maps, not objects: "constructor" is a word of a quotation too. */
const CONTRACTIONS = new Map<string, string[]>(Object.entries({
  "n't": ['not'], "can't": ['can', 'not'], "won't": ['will', 'not'], "'re": ['are'], "'ve": ['have'], "'ll": ['will'],
  "'m": ['am'], "'d": ['would'], "it's": ['it', 'is'], "that's": ['that', 'is'], "let's": ['let', 'us'],
}));
/** Words an editor drops or adds without changing what was said. */
const IGNORED = new Set(['that', 'the', 'a', 'an']);

export interface WordDiff {
  /** Words only in the first version, and only in the second. */
  removed: string[];
  added: string[];
  /** Sequence of parts, for rendering: [kind, words]. */
  parts: Array<{ kind: 'same' | 'removed' | 'added'; words: string[] }>;
}

/** Spellings of one word that differ by region or habit, not by what was said. */
const NUMBER_WORDS = new Map<string, string>(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th',
}));

function canonicalSpelling(w: string): string {
  if (w === 'okay') return 'ok';
  const number = NUMBER_WORDS.get(w);
  if (number !== undefined) return number;
  return w
    .replace(/^(\w{2,})our(hood|s|ed|ing|ite|ites|able|ful)?$/, '$1or$2')
    .replace(/^(\w{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(\w{3,})yse(d|s)?$/, '$1yze$2')
    .replace(/^(\w{3,})tre(s)?$/, '$1ter$2')
    .replace(/^(\w{3,})ll(ed|ing)$/, '$1l$2')
    .replace(/^(\w{3,})ence$/, '$1ense');
}

export function comparableWords(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase().replace(/’/g, "'");
    const suffix = /^(\w+)('m|'re|'ve|'ll|'d|n't)$/.exec(w);
    const expanded = CONTRACTIONS.get(w) ?? (suffix ? [suffix[1], ...CONTRACTIONS.get(suffix[2])!] : null);
    // Hyphens and dashes join words differently from one transcript to another ("say-the" / "say – the").
    const parts = expanded ?? w.replace(/'s$/, '').replace(/\.$/, '').split(/[-–—]+/);
    for (const part of parts) {
      // Minutes of a time ("6:00" / "6") and stray apostrophes say nothing.
      if (!part || /^0+$/.test(part) || IGNORED.has(part)) continue;
      out.push(canonicalSpelling(part.replace(/^'+|'+$/g, '')));
    }
  }
  return out;
}

export function diffWords(a: Token[], b: Token[]): WordDiff {
  const wa = comparableWords(a);
  const wb = comparableWords(b);
  const parts: WordDiff['parts'] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (const change of diffArrays(wa, wb)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    parts.push({ kind, words: change.value });
    if (kind === 'added') added.push(...change.value);
    if (kind === 'removed') removed.push(...change.value);
  }
  return { removed, added, parts: besideEachOther(parts) };
}

/**
 * A word replaced by a copy of its neighbour ("a remarkable lady, an iconic" / "a remarkable iconic,
 * an iconic") diffs as a word dropped on one side of the neighbour and one added on the other: the
 * same change, written as a replacement next to the neighbour.
 */
function besideEachOther(parts: WordDiff['parts']): WordDiff['parts'] {
  const out = parts.map((p) => ({ ...p }));
  const equal = (x: string[], y: string[]) => x.length === y.length && x.every((w, i) => w === y[i]);
  for (let i = 0; i + 2 < out.length; i++) {
    const [p, same, q] = [out[i], out[i + 1], out[i + 2]];
    if (same.kind !== 'same' || p.kind === 'same' || q.kind === 'same' || p.kind === q.kind) continue;
    // [changed P][same S][changed S] → [changed P][changed S][same S]
    if (equal(same.words, q.words)) [out[i + 1], out[i + 2]] = [q, same];
    // [changed S][same S][changed Q] → [same S][changed S][changed Q]
    else if (equal(same.words, p.words)) [out[i], out[i + 1]] = [same, p];
  }
  return out;
}

/**
 * A quotation cut short (or cut with an ellipsis) is no misquotation: the shorter version's words
 * all appear, in order, in the longer one.
 */
export function isTruncation(d: WordDiff): boolean {
  return d.removed.length === 0 || d.added.length === 0;
}

const TENSE_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'am']);

/** The same words in another order (a quotation cut and rejoined) say the same thing. */
export function isReordering(d: WordDiff): boolean {
  return d.removed.length === d.added.length && [...d.removed].sort().join(' ') === [...d.added].sort().join(' ');
}

/**
 * Words replaced by other words: a removed run next to an added run. Words only dropped or only
 * added are cuts and insertions an editor makes around a quotation ("…"), not a misquotation.
 */
export function substitutions(d: WordDiff): Array<{ removed: string[]; added: string[] }> {
  const out: Array<{ removed: string[]; added: string[] }> = [];
  const parts = d.parts;
  for (let i = 0; i + 1 < parts.length; i++) {
    const [p, q] = [parts[i], parts[i + 1]];
    if (p.kind === 'removed' && q.kind === 'added') out.push({ removed: p.words, added: q.words });
    else if (p.kind === 'added' && q.kind === 'removed') out.push({ removed: q.words, added: p.words });
    else continue;
    i++;
  }
  return out;
}

/** Words the two versions have in common, in order. */
export function sameWords(d: WordDiff): number {
  return d.parts.filter((p) => p.kind === 'same').reduce((n, p) => n + p.words.length, 0);
}

/**
 * The two versions are one quotation worded differently: most words agree and every replaced run is
 * short. Two different sentences of one interview that share some words are not one quotation.
 */
export function isMisquotation(d: WordDiff, lengthA: number, lengthB: number): boolean {
  const subs = substitutions(d);
  if (subs.length === 0) return false;
  // A word swapped for another form of itself ("want" / "wanted") or a typo of it ("sulking" / "skulking") is no rewording.
  const minor = (s: { removed: string[]; added: string[] }) => {
    // One word against a phrase built on it ("anything" / "any of that", "everyone" / "every one of them").
    const [one, many] = s.removed.length === 1 ? [s.removed[0], s.added] : s.added.length === 1 ? [s.added[0], s.removed] : [null, []];
    if (one && many.length > 1 && many[0].length >= 3 && one.startsWith(many[0])) return true;
    if (s.removed.length !== 1 || s.added.length !== 1) return false;
    const [x, y] = [s.removed[0], s.added[0]];
    // Tense of a quoted auxiliary ("did" / "will"): how a chant or a remark is transcribed, not what it says.
    if (TENSE_AUXILIARIES.has(x) && TENSE_AUXILIARIES.has(y)) return true;
    if ((x.startsWith(y) || y.startsWith(x)) && Math.abs(x.length - y.length) <= 2) return true;
    return Math.min(x.length, y.length) >= 5 && distance(x, y) <= 1;
  };
  const real = subs.filter((s) => !minor(s));
  if (real.length === 0 || real.length > 2) return false;
  if (subs.some((s) => s.removed.length > 3 || s.added.length > 3)) return false;
  // Words dropped or added inside the quotation beside a replaced one: another rendering (a translation, a paraphrase), not one text misquoted.
  const parts = d.parts;
  const subWords = subs.reduce((n, s) => n + s.removed.length + s.added.length, 0);
  const changedWords = parts.filter((p) => p.kind !== 'same').reduce((n, p) => n + p.words.length, 0);
  const innerGaps = parts.filter((p, k) => p.kind !== 'same' && parts[k - 1]?.kind === 'same' && parts[k + 1]?.kind === 'same').length;
  if (changedWords > subWords && innerGaps > 0) return false;
  const same = sameWords(d);
  return same >= 4 && same / Math.min(lengthA, lengthB) >= 0.6;
}

/** "confident → convinced; good → useful" for messages. */
export function describeDiff(d: WordDiff, limit = 4): string {
  const changes: string[] = [];
  const parts = d.parts;
  for (let i = 0; i < parts.length && changes.length < limit; i++) {
    const p = parts[i];
    if (p.kind === 'same') continue;
    const next = parts[i + 1];
    if (p.kind === 'removed' && next?.kind === 'added') {
      changes.push(`“${p.words.join(' ')}” → “${next.words.join(' ')}”`);
      i++;
    } else if (p.kind === 'removed') changes.push(`“${p.words.join(' ')}” missing`);
    else changes.push(`“${p.words.join(' ')}” added`);
  }
  const total = parts.filter((p) => p.kind !== 'same').length;
  return changes.join('; ') + (total > changes.length ? '; …' : '');
}

/** Comparable words of a text (shared: never mutated). Every check of a story reads the same statements again. */
export function comparableWordsOf(text: string): readonly string[] {
  return memo(textWords, text, (t) => comparableWords(tokenize(t)));
}
const textWords = new TextCache<readonly string[]>(8000);
