import { diffArrays } from 'diff';
import type { Token } from '../text';

/** Word-level comparison of two versions of a quotation, blind to what editing legitimately changes. */

const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'], "can't": ['can', 'not'], "won't": ['will', 'not'], "'re": ['are'], "'ve": ['have'], "'ll": ['will'],
  "'m": ['am'], "'d": ['would'], "it's": ['it', 'is'], "that's": ['that', 'is'], "let's": ['let', 'us'],
};
/** Words an editor drops or adds without changing what was said. */
const IGNORED = new Set(['that', 'the', 'a', 'an']);

export interface WordDiff {
  /** Words only in the first version, and only in the second. */
  removed: string[];
  added: string[];
  /** Sequence of parts, for rendering: [kind, words]. */
  parts: Array<{ kind: 'same' | 'removed' | 'added'; words: string[] }>;
}

export function comparableWords(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase().replace(/’/g, "'");
    const suffix = /^(\w+)('m|'re|'ve|'ll|'d|n't)$/.exec(w);
    const expanded = CONTRACTIONS[w] ?? (suffix ? [suffix[1], ...CONTRACTIONS[suffix[2]]] : null);
    for (const part of expanded ?? [w.replace(/'s$/, '').replace(/\.$/, '')]) if (!IGNORED.has(part)) out.push(part);
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
  return { removed, added, parts };
}

/**
 * A quotation cut short (or cut with an ellipsis) is no misquotation: the shorter version's words
 * all appear, in order, in the longer one.
 */
export function isTruncation(d: WordDiff): boolean {
  return d.removed.length === 0 || d.added.length === 0;
}

/** The same words in another order (a quotation cut and rejoined) say the same thing. */
export function isReordering(d: WordDiff): boolean {
  return d.removed.length === d.added.length && [...d.removed].sort().join(' ') === [...d.added].sort().join(' ');
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
