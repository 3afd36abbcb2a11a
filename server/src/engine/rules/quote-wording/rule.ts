import type { QuotePair } from '../../story/quotations';
import { quoteChanges, type QuoteChange } from '../../story/wording';
import { confidenceOf, quotationAlignment } from '../confidence';
import { defineRule, type Conflict } from '../types';

const DESCRIPTION =
  'The same quotation reads differently in another source on the story: words replaced, a tense or auxiliary changed, or words cut or added inside it without an ellipsis. Punctuation, case, "that", articles, contractions, regional and transliterated spellings, censored words and an editor\'s bracketed insertions are ignored, and a quotation cut at either end is not flagged.';

/** Replaced runs longer than this are another rendering of the remark (a translation, a paraphrase), not one text misquoted. */
const MAX_REPLACED_WORDS = 4;
/** More changes than this: another rendering too. */
const MAX_CHANGES = 3;

function describe(c: QuoteChange, here: 'a' | 'b', other: string): string {
  const [mine, theirs] = here === 'a' ? [c.a, c.b] : [c.b, c.a];
  if (c.kind === 'replaced') return `“${mine}” here, “${theirs}” in ${other}`;
  if (mine) return `“${mine}” is not in ${other}'s version, with no ellipsis`;
  return `${other} has “${theirs}” here, with no ellipsis`;
}

function check(pair: QuotePair): Conflict[] {
  const { changes, same, lengthA, lengthB } = quoteChanges(pair.a.text, pair.b.text);
  const real = changes.filter((c) => !c.respelled);
  if (!real.length || real.length > MAX_CHANGES) return [];
  if (real.some((c) => c.wordsA > MAX_REPLACED_WORDS || c.wordsB > MAX_REPLACED_WORDS)) return [];
  if (same < 4 || same / Math.min(lengthA, lengthB) < 0.6) return [];
  // Words cut inside a quotation are marked with an ellipsis by a careful writer.
  const ellipsis = (text: string) => /\.\s?\.\s?\.|…/.test(text);
  const shown = real.filter((c) => c.kind === 'replaced' || (c.kind === 'missing' ? !ellipsis(pair.b.text) : !ellipsis(pair.a.text)));
  if (!shown.length) return [];
  const replaced = shown.filter((c) => c.kind === 'replaced' && !c.tense);
  // A word replaced is what misquotation is; a tense, or words cut without an ellipsis, are worth a look.
  const evidence = replaced.length ? 1 - 0.15 * (replaced.length - 1) : shown.some((c) => c.tense) ? 0.5 : 0.3;
  return [
    {
      code: 'quote-wording',
      a: { path: pair.a.path, start: pair.a.start, end: pair.a.end },
      b: { path: pair.b.path, start: pair.b.start, end: pair.b.end },
      confidence: confidenceOf(quotationAlignment(pair.score), evidence),
      message: (here, other) => `Quotation reads differently in ${other}: ${shown.map((c) => describe(c, here, other)).join('; ')}.`,
      data: { a: pair.a.text, b: pair.b.text },
    },
  ];
}

/** The same quotation reads differently in another source. */
export const quoteWording = defineRule({
  code: 'quote-wording',
  title: 'Quotation worded differently',
  description: DESCRIPTION,
  defaultSeverity: 'warning',
  checkQuotePair: check,
});
