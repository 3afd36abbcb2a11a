import type { Rule } from './types';
import { comparableWords, describeDiff, diffWords, isMisquotation, isReordering, isTruncation } from './wording';

/** The same quotation reads differently in another source. */
export const quoteWording: Rule = {
  code: 'quote-wording',
  title: 'Quotation worded differently',
  description:
    'The same quotation reads differently in another source on the story. Punctuation, case, "that", articles, contractions and ellipses are ignored, and a shortened quotation is not flagged.',
  defaultSeverity: 'warning',
  checkQuotePair(pair, _ctx, fired) {
    // A more specific finding (a negation, a number) already explains the difference.
    if (fired.has('claim-polarity') || fired.has('number-mismatch') || fired.has('date-mismatch')) return [];
    const d = diffWords(pair.a.tokens, pair.b.tokens);
    if (isTruncation(d) || isReordering(d)) return [];
    if (!isMisquotation(d, comparableWords(pair.a.tokens).length, comparableWords(pair.b.tokens).length)) return [];
    const reverse = diffWords(pair.b.tokens, pair.a.tokens);
    return [
      {
        code: 'quote-wording',
        a: { path: pair.a.path, start: pair.a.start, end: pair.a.end },
        b: { path: pair.b.path, start: pair.b.start, end: pair.b.end },
        message: (here, other) => `Quotation reads differently in ${other}: ${describeDiff(here === 'a' ? d : reverse)}`,
        data: { a: pair.a.text, b: pair.b.text },
      },
    ];
  },
};
