import { areAntonyms, frameOf, verbLemma, type Frame } from '../claims';
import type { AlignedPair } from '../story/align';
import type { Conflict, Rule } from './types';

function describe(f: Frame, word: string): string {
  const phrase = `${f.auxiliaries ? f.auxiliaries + ' ' : ''}${word}`;
  if (f.negated) return `denied (“${phrase}”)`;
  if (f.mood === 'counterfactual') return `hypothetical (“${phrase}”)`;
  if (f.mood === 'possible') return `only possible (“${phrase}”)`;
  return `stated as fact (“${phrase}”)`;
}

function check(pair: AlignedPair): Conflict[] {
  const { a, b } = pair;
  const shared = new Set(pair.shared);
  for (let i = 0; i < a.tokens.length; i++) {
    const ta = a.tokens[i];
    if (!shared.has(ta.stem)) continue;
    const j = b.tokens.findIndex((t) => t.stem === ta.stem);
    if (j < 0) continue;
    const fa = frameOf(a.tokens, i);
    const fb = frameOf(b.tokens, j);
    const moodFlip = fa.mood !== fb.mood && (fa.mood === 'fact' || fb.mood === 'fact');
    if (fa.negated === fb.negated && !moodFlip) continue;
    const tb = b.tokens[j];
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
  // A reversed claim: the statements match but for a verb and its opposite.
  for (let i = 0; i < a.tokens.length; i++) {
    const ta = a.tokens[i];
    const j = b.tokens.findIndex((t) => areAntonyms(ta, t));
    if (j < 0) continue;
    const tb = b.tokens[j];
    if (verbLemma(ta) === verbLemma(tb)) continue;
    return [
      {
        code: 'claim-polarity',
        a: { path: a.path, start: ta.start, end: ta.end },
        b: { path: b.path, start: tb.start, end: tb.end },
        message: (here, other) => (here === 'a' ? `“${ta.text}” here, but “${tb.text}” in ${other}.` : `“${tb.text}” here, but “${ta.text}” in ${other}.`),
      },
    ];
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
