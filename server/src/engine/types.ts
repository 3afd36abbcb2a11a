/**
 * Facts the engine extracts. Every offset is a UTF-16 index into the document's full text
 * (front matter included), end exclusive, so `text.slice(start, end) === span.text`.
 */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A sentence of the article with what comparisons read of its words (see extract/sentences.ts). */
export interface Sentence extends TextSpan {
  /**
   * One character per word of `tokenize(text)`: X negation, M modal, A auxiliary, U pronoun,
   * T person noun by role ("actor"), O ordinal, C number, G gerund, D past form, V other verb form,
   * R proper noun, S plural noun, N noun, J adjective, B adverb, E preposition, K conjunction,
   * Q determiner, '.' other.
   */
  classes: string;
  /** Stem of the base form of verbs whose own stem differs ("left" → "leav"), by word index. */
  lemmas: Record<number, string>;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface EntityMention extends TextSpan {
  type: EntityType;
  /** Canonical entity id, shared by every mention and alias of one entity across the story. */
  id: string;
  /** Canonical display name ("Donald Trump" for "Mr. Trump"). */
  name: string;
  /** Why this mention belongs to its entity, shown in hovers: 'name', 'alias', 'surname', 'title', 'acronym', 'ticker', 'misspelling'. */
  via?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends TextSpan {
  /** TIMEX3 value: 2020-09-15, 2020-08, 2020-SU, P18M, PRESENT_REF, XXXX-09-15; null if unresolvable. */
  value: string | null;
  timexType: TimexType;
  /** The ISO date relative expressions were resolved against, null when unknown. */
  anchor: string | null;
}

export type QuoteKind = 'statement' | 'term';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** Display name of the speaker, null if unattributed. */
  speaker: string | null;
  /** Entity id of the speaker once the story is linked. */
  speakerId: string | null;
  /** Where the speaker is named in this document (the mention the attribution rests on). */
  speakerSpan?: Span;
  /** How the speaker was found: 'cue' ("…," X said), 'colon' (X said: "…"), 'according-to', 'pronoun', 'nominal' ("the company"), 'carried-over' (previous paragraph), 'other-source'. */
  speakerVia?: string;
  /** False when the closing mark is missing and the quote was ended at its sentence. */
  closed: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  path: string;
  message?: string;
}

/** A finding of a rule; `Code` is the registry's `RuleCode` where findings leave the engine (index.ts), kept generic here so these types import no rule. */
export interface Finding<Code extends string = string> extends Span {
  code: Code;
  severity: Severity;
  /** How sure the rule is, 0..1 (rules/confidence.ts): below WARNING_CONFIDENCE (0.7) a warning is shown as information. */
  confidence: number;
  message: string;
  related: RelatedSpan[];
  /** Machine-readable extras for quick fixes and hovers (e.g. the replacement text). */
  data?: Record<string, unknown>;
}
