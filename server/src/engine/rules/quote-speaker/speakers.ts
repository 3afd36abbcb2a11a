import type { Quote } from '../../types';

/**
 * Attributions resting on a name next to the quotation, or set by an editor ('decision', the
 * story decisions file). Pronouns, "the company" and speakers carried over from an earlier
 * quotation are guesses, and guesses are not contradictions.
 */
const EXPLICIT_ATTRIBUTION = new Set(['cue', 'colon', 'according-to', 'reported', 'decision']);

/** Name particles that stay lower-case inside a name ("Ludwig van Beethoven"). */
const PARTICLE = /^(?:de|del|der|den|da|di|du|van|von|bin|ibn|al|el|la|le|dos|das|y)$/;

/** Reads as a person's name: a few capitalized words ("Obama Reverses Bush on Species Protection" is a headline). */
export function nameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLE.test(w));
}

export function explicit(q: Quote | null): boolean {
  // A name the tagger missed ("…,” Rosenthal said) is named all the same.
  return !!q && !!q.speaker && (!!q.speakerId || nameLike(q.speaker)) && EXPLICIT_ATTRIBUTION.has(q.speakerVia ?? '');
}
