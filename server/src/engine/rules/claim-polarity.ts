import { appendTo, memo, TextCache } from '../collections';
import { areAntonyms, frameOf, hasAntonym, verbLemma, type Frame } from '../claims';
import type { AlignedPair, Segment } from '../story/align';
import type { Token } from '../text';
import type { Conflict, Rule } from './types';

function describe(f: Frame, word: string): string {
  const phrase = `${f.auxiliaries ? f.auxiliaries + ' ' : ''}${word}`;
  if (f.negated) return `denied (“${phrase}”)`;
  if (f.mood === 'counterfactual') return `hypothetical (“${phrase}”)`;
  if (f.mood === 'possible') return `only possible (“${phrase}”)`;
  return `stated as fact (“${phrase}”)`;
}

/** Index of the first token of the frame (its first auxiliary, or the word itself). */
function frameStart(tokens: Token[], f: Frame, i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].start >= f.start) k--;
  return k;
}

/**
 * The two places are the same clause: the word before the verb group and the word after the verb
 * are the same on both sides. A paraphrase ("X bought Y" / "Y was sold to X") or another clause
 * that happens to share the verb is not compared.
 */
function sameContext(a: Token[], i0: number, i1: number, b: Token[], j0: number, j1: number): boolean {
  const before = (t: Token[], k: number) => (k > 0 ? t[k - 1].norm : '');
  const after = (t: Token[], k: number) => (k + 1 < t.length ? t[k + 1].norm : '');
  return before(a, i0) === before(b, j0) && after(a, i1) === after(b, j1) && (before(a, i0) !== '' || after(a, i1) !== '');
}

/** Verbal negations in a statement ("not", "never", "didn't"). */
function negations(tokens: Token[]): number {
  return tokens.filter((t) => /^(?:not|never|cannot|wouldn|couldn|didn|doesn|don|isn|wasn|aren|weren|hasn|haven|hadn)$|n['’]t$/.test(t.norm)).length;
}

/** What the comparison reads of a statement's words, by index (independent of where the statement sits). */
interface Profile {
  /** Indices of the tokens per normalized word. */
  at: Map<string, number[]>;
  /** Indices of the words that have an opposite (most words have none). */
  reversible: number[];
  negations: number;
}

/** Every check of a story compares mostly the same statements as the last one: profile each text once. */
const profiles = new TextCache<Profile>(8000);

function profileOf(s: Segment): Profile {
  return memo(profiles, s.text, () => {
    const at = new Map<string, number[]>();
    s.tokens.forEach((t, k) => {
      appendTo(at, t.norm, k);
    });
    return { at, reversible: s.tokens.flatMap((t, k) => (hasAntonym(t) ? [k] : [])), negations: negations(s.tokens) };
  });
}

/**
 * Statement pairs found to agree, by their two texts: the comparison reads nothing else (the
 * shared words follow from the texts), and each re-check of a story compares mostly the same pairs.
 */
const agreeing = new TextCache<true>(8000);

function check(pair: AlignedPair): Conflict[] {
  const key = `${pair.a.text}\u0000${pair.b.text}`;
  if (agreeing.get(key)) return [];
  const found = compare(pair);
  if (found.length === 0) agreeing.set(key, true);
  return found;
}

function compare(pair: AlignedPair): Conflict[] {
  const { a, b } = pair;
  // As many negations on both sides: the negation sits on another verb ("I didn't feel we were
  // executing" / "I feel we weren't executing"), the claim is the same.
  const [pa, pb] = [profileOf(a), profileOf(b)];
  const movedNegation = pa.negations === pb.negations;
  const shared = new Set(pair.shared);
  for (let i = 0; i < a.tokens.length; i++) {
    const ta = a.tokens[i];
    if (!shared.has(ta.stem)) continue;
    for (const j of pb.at.get(ta.norm) ?? []) {
      const tb = b.tokens[j];
      const fa = frameOf(a.tokens, i);
      const fb = frameOf(b.tokens, j);
      const moodFlip = fa.mood !== fb.mood && (fa.mood === 'fact' || fb.mood === 'fact');
      if (fa.negated === fb.negated && !moodFlip) continue;
      if (fa.negated !== fb.negated && !moodFlip && movedNegation) continue;
      if (!sameContext(a.tokens, frameStart(a.tokens, fa, i), i, b.tokens, frameStart(b.tokens, fb, j), j)) continue;
      return [
        {
          code: 'claim-polarity',
          a: { path: a.path, start: fa.start, end: fa.end },
          b: { path: b.path, start: fb.start, end: fb.end },
          message: (here, other) =>
            here === 'a'
              ? `Here ${describe(fa, ta.text)}; ${other} has it ${describe(fb, tb.text)}.`
              : `Here ${describe(fb, tb.text)}; ${other} has it ${describe(fa, ta.text)}.`,
        },
      ];
    }
  }
  // A reversed claim: the statements match but for a verb and its opposite.
  if (pb.reversible.length === 0) return [];
  for (const i of pa.reversible) {
    const ta = a.tokens[i];
    for (const j of pb.reversible) {
      const tb = b.tokens[j];
      if (!areAntonyms(ta, tb) || verbLemma(ta) === verbLemma(tb)) continue;
      if (frameOf(a.tokens, i).negated !== frameOf(b.tokens, j).negated) continue;
      if (!sameContext(a.tokens, i, i, b.tokens, j, j)) continue;
      return [
        {
          code: 'claim-polarity',
          a: { path: a.path, start: ta.start, end: ta.end },
          b: { path: b.path, start: tb.start, end: tb.end },
          message: (here, other) => (here === 'a' ? `“${ta.text}” here, but “${tb.text}” in ${other}.` : `“${tb.text}” here, but “${ta.text}” in ${other}.`),
        },
      ];
    }
  }
  return [];
}

/** A claim negated, reversed, or turned from hypothetical into fact by another source. */
export const claimPolarity: Rule = {
  code: 'claim-polarity',
  title: 'Negated, reversed or hedged claim',
  description:
    'Another source states the same claim negated ("will not sell" / "will sell"), reversed ("denied" / "confirmed") or with a different factuality ("would have made" / "have made").',
  defaultSeverity: 'warning',
  checkQuotePair: check,
  checkSentencePair: check,
};
