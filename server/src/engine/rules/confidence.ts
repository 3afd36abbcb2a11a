/**
 * How sure a rule is that two passages tell one fact differently. Two things decide it: how well
 * the two statements holding them align (the same people, places and content words: are they
 * about one fact at all?), and how much of the passages' own context agrees (the same unit, the
 * same verb, the same owner: is it the same slot of that fact?). A finding below WARNING_CONFIDENCE
 * is shown as information, whatever the rule's severity: recall without false alarms.
 */
export const WARNING_CONFIDENCE = 0.7;

/** Alignment scores at or above this are as sure as alignment gets: the same sentence nearly word for word. */
const FULL_ALIGNMENT = 0.6;

/**
 * Confidence from an alignment score (0..1, see story/align.ts) and the rule's own evidence (0..1).
 * Evidence weighs more: a well-aligned pair of sentences may still hold different facts.
 */
export function confidenceOf(alignment: number, evidence: number): number {
  const a = Math.min(1, Math.max(0, alignment / FULL_ALIGNMENT));
  const e = Math.min(1, Math.max(0, evidence));
  return Math.round((0.4 * a + 0.6 * e) * 100) / 100;
}

/** Quotations pair as one from SAME_QUOTATION up (story/quotations.ts): how far above it a pair's words agree, 0..1. */
export function quotationAlignment(score: number): number {
  return Math.max(0, (score - 0.6) / 0.4) * FULL_ALIGNMENT;
}

/** How far a fit score (a rule's sum of agreeing context) stands above the least that counts, 0..1. */
export function fitEvidence(score: number, least: number, full: number): number {
  return Math.min(1, Math.max(0, (score - least) / (full - least)));
}
