import type { AlignedPair } from '../story/align';
import type { LinkedStory } from '../story/link';
import type { DateMention, EntityMention, Quote, RuleCode, Severity, Span } from '../types';

/** What a rule may read about one document of the story. */
export interface RuleDocument {
  path: string;
  /** Outlet name used in messages ("the other source"). */
  source: string;
  /** The day the article was published: front matter, else a full date in its dateline; null when unknown. */
  published: string | null;
  text: string;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
}

export interface ConflictSide extends Span {
  path: string;
}

/**
 * A contradiction between two places of two sources. The engine turns it into one diagnostic on
 * each side, each pointing at the other.
 */
export interface Conflict {
  code: RuleCode;
  a: ConflictSide;
  b: ConflictSide;
  /** The message shown at side `here`, naming the other source. */
  message(here: 'a' | 'b', otherSource: string): string;
  /** Per side extras for quick fixes (e.g. the other source's wording). */
  data?: Record<string, unknown>;
  /** Only one side is wrong (name-variant: the rarer spelling); the other gets no diagnostic. */
  oneSided?: boolean;
}

export interface RuleContext {
  doc(path: string): RuleDocument;
  story: LinkedStory;
  /** Documents that aligned statements show to be about the same event. */
  related(pathA: string, pathB: string): boolean;
  /** The two places lie in statements aligned as saying the same thing (a quotation pair or a sentence pair). */
  aligned(a: ConflictSide, b: ConflictSide): boolean;
  /** How closely the statements holding the two places say the same thing (0..1, 0 when not aligned). */
  alignment?(a: ConflictSide, b: ConflictSide): number;
  /**
   * The two documents are one text (the same wire copy, or a copy and its edit): most statements of
   * the shorter are found nearly word for word in the other, so they were written against one calendar.
   */
  sameText?(pathA: string, pathB: string): boolean;
}

export interface Rule {
  code: RuleCode;
  title: string;
  description: string;
  defaultSeverity: Severity;
  /** Pairs of the same quotation in two sources. `fired` holds the codes already raised on this pair. */
  checkQuotePair?(pair: AlignedPair, ctx: RuleContext, fired: ReadonlySet<RuleCode>): Conflict[];
  /** Pairs of sentences in the sources' own voice that state the same thing. */
  checkSentencePair?(pair: AlignedPair, ctx: RuleContext, fired: ReadonlySet<RuleCode>): Conflict[];
  /** Facts about the story as a whole (entities across sources). */
  checkStory?(ctx: RuleContext): Conflict[];
}
