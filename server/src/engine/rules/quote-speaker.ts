import { looksMisspelled } from '../story/link';
import type { Quote } from '../types';
import type { Rule, RuleContext } from './types';

/**
 * Attributions resting on a name next to the quotation. Pronouns, "the company" and speakers carried
 * over from an earlier quotation are guesses, and guesses are not contradictions.
 */
export const EXPLICIT_ATTRIBUTION = new Set(['cue', 'colon', 'according-to']);

export function explicit(q: Quote | null): boolean {
  return !!q && !!q.speakerId && !!q.speaker && EXPLICIT_ATTRIBUTION.has(q.speakerVia ?? '');
}

function sameSurname(x: string, y: string): boolean {
  const last = (n: string) => n.toLowerCase().replace(/[’']s$/, '').replace(/,?\s+(?:jr|sr|ii|iii)\.?$/, '').split(/\s+/).pop() ?? '';
  // "Bodfiord" / "James G. Bodiford": the surname alone, mistyped.
  return last(x) === last(y) || looksMisspelled(last(x), last(y));
}

/** Reads as a person's name: a few capitalized words ("Obama Reverses Bush on Species Protection" is a headline). */
function nameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|del|der|den|da|di|du|van|von|bin|ibn|al|el|la|le|dos|das|y)$/.test(w));
}

/**
 * The entity `id` is named as a co-speaker of quotation `q` in document `path`: beside the named
 * speaker ("said Zadan and Meron"), or, without a speaker span, within a sentence's reach outside
 * the quotation. A name inside the quoted words is what was said, not who said it.
 */
function namedNear(ctx: RuleContext, path: string, q: Quote, id: string): boolean {
  const doc = ctx.doc(path);
  const outside = (e: { start: number; end: number }) => e.end <= q.start || e.start >= q.end;
  const span = q.speakerSpan;
  if (span) {
    const gap = (x: { start: number; end: number }, y: { start: number; end: number }) => doc.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start));
    return doc.entities.some((e) => e.id === id && outside(e) && /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(gap(e, span)));
  }
  const reach = 80;
  return doc.entities.some((e) => e.id === id && outside(e) && e.end >= q.start - reach && e.start <= q.end + reach);
}

/** The same quotation is attributed to different speakers. */
export const quoteSpeaker: Rule = {
  code: 'quote-speaker',
  title: 'Quotation attributed to someone else',
  description:
    'Another source attributes the same quotation to a different speaker. Only attributions that name the speaker count; a pronoun or "the company" is not compared.',
  defaultSeverity: 'warning',
  checkQuotePair(pair, ctx) {
    const qa = pair.a.quote;
    const qb = pair.b.quote;
    if (!qa || !qb || !explicit(qa) || !explicit(qb) || qa.speakerId === qb.speakerId) return [];
    // People only: "ABC" for its president, or a title read as a name, is not a different speaker.
    const type = (id: string) => ctx.story.byId.get(id)?.type ?? id.split(':')[0];
    if (type(qa.speakerId!) !== 'person' || type(qb.speakerId!) !== 'person') return [];
    // One name, one of its spellings mistyped: the name-variant rule's business.
    if (sameSurname(qa.speaker!, qb.speaker!) || looksMisspelled(qa.speaker!, qb.speaker!)) return [];
    if (!nameLike(qa.speaker!) || !nameLike(qb.speaker!)) return [];
    // A statement several people gave together ("said Zadan and Meron"): the other source names this speaker beside the quotation too.
    if (namedNear(ctx, pair.b.path, qb, qa.speakerId!) || namedNear(ctx, pair.a.path, qa, qb.speakerId!)) return [];
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
