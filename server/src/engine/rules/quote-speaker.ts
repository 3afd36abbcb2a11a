import type { Quote } from '../types';
import type { Rule } from './types';

/**
 * Attributions resting on a name next to the quotation. Pronouns, "the company" and speakers carried
 * over from an earlier quotation are guesses, and guesses are not contradictions.
 */
export const EXPLICIT_ATTRIBUTION = new Set(['cue', 'colon', 'according-to']);

export function explicit(q: Quote | null): boolean {
  return !!q && !!q.speakerId && !!q.speaker && EXPLICIT_ATTRIBUTION.has(q.speakerVia ?? '');
}

/** The same quotation is attributed to different speakers. */
export const quoteSpeaker: Rule = {
  code: 'quote-speaker',
  title: 'Quotation attributed to someone else',
  description:
    'Another source attributes the same quotation to a different speaker. Only attributions that name the speaker count; a pronoun or "the company" is not compared.',
  defaultSeverity: 'warning',
  checkQuotePair(pair) {
    const qa = pair.a.quote;
    const qb = pair.b.quote;
    if (!qa || !qb || !explicit(qa) || !explicit(qb) || qa.speakerId === qb.speakerId) return [];
    const at = (q: Quote, path: string) => (q.speakerSpan ? { path, start: q.speakerSpan.start, end: q.speakerSpan.end } : { path, start: q.start, end: q.end });
    return [
      {
        code: 'quote-speaker',
        a: at(qa, pair.a.path),
        b: at(qb, pair.b.path),
        message: (here, other) =>
          here === 'a'
            ? `${other} attributes this quotation to ${qb.speaker}, not ${qa.speaker}.`
            : `${other} attributes this quotation to ${qa.speaker}, not ${qb.speaker}.`,
        data: { a: qa.speaker, b: qb.speaker },
      },
    ];
  },
};
