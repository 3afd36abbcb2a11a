import type { AlignedPair } from '../story/align';
import type { QuotePair } from '../story/quotations';
import type { LinkedStory } from '../story/link';
import type { Statement } from '../story/statements';
import type { DateMention, EntityMention, Quote, Severity, Span } from '../types';

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
  statements: readonly Statement[];
}

export interface ConflictSide extends Span {
  path: string;
}

/**
 * A contradiction between two places of two sources. The engine turns it into one diagnostic on
 * each side, each pointing at the other.
 */
export interface Conflict {
  code: string;
  a: ConflictSide;
  b: ConflictSide;
  /** The message shown at side `here`, naming the other source. */
  message(here: 'a' | 'b', otherSource: string): string;
  /**
   * How sure the rule is that the two places tell one fact differently, 0..1 (see
   * rules/confidence.ts): below the threshold the finding is information, whatever its severity.
   */
  confidence: number;
  /** Per side extras for quick fixes (e.g. the other source's wording). */
  data?: Record<string, unknown>;
  /** Only one side is wrong (name-variant: the rarer spelling); the other gets no diagnostic. */
  oneSided?: boolean;
}

export interface RuleContext {
  doc(path: string): RuleDocument;
  story: LinkedStory;
  /**
   * The documents related to another: only they can hold a finding. In a folder of unrelated
   * reports they are few; the story's other documents still count in its statistics (spellings).
   */
  compared: readonly string[];
  /** The two documents may be compared: they declare one story, or name enough of the same people and organizations. */
  related(pathA: string, pathB: string): boolean;
  /** How closely the statements holding the two places tell the same fact (0..1, 0 when not aligned). */
  alignment(a: ConflictSide, b: ConflictSide): number;
  /**
   * The two documents are one text (the same wire copy, or a copy and its edit): most statements of
   * the shorter are found nearly word for word in the other, so they were written against one calendar.
   */
  sameText(pathA: string, pathB: string): boolean;
  /** The same quotation in two related sources. */
  quotePairs: readonly QuotePair[];
}

export interface Rule<Code extends string = string> {
  code: Code;
  title: string;
  description: string;
  defaultSeverity: Severity;
  /**
   * How its findings stand to a reworded quotation: `explains`, a changed number, date or negation
   * inside a quotation, says more than "reads differently"; `rewording`, the finding dropped where
   * findings that explain cover every word it found changed.
   */
  quotation?: 'explains' | 'rewording';
  /** Sentences of two sources aligned as telling the same fact. */
  checkSentencePair?(pair: AlignedPair, ctx: RuleContext): Conflict[];
  /** The same quotation in two related sources. */
  checkQuotePair?(pair: QuotePair, ctx: RuleContext): Conflict[];
  /** Facts about the story as a whole (entities across sources). */
  checkStory?(ctx: RuleContext): Conflict[];
}

/** A rule with its code kept as a literal type, so that `RuleCode` is the union of the registry's codes. */
export function defineRule<Code extends string>(rule: Rule<Code>): Rule<Code> {
  return rule;
}

/** One row of a rule's table tests: passages of two sources of one story. */
export interface RuleCase {
  name: string;
  a: string;
  b: string;
  /** Publication dates of the two sources (front matter), when the case needs them. */
  published?: [string, string];
  /** The least severity expected of a hit (a warning unless said otherwise); of a clean case, the least severity it must not raise. */
  at?: 'warning' | 'information';
  /** Only the second source is flagged (a misspelling, not a disagreement of two). */
  oneSided?: boolean;
}

/** A rule's table tests, kept beside it (rules/<code>/cases.ts) and run by test/unit/rules.test.ts. */
export interface RuleCases {
  /** Pairs the rule must flag on both sides (the changed side only, for rules that flag one side). */
  hits: RuleCase[];
  /** Pairs the rule must not flag at warning level: the false alarms to avoid. */
  clean: RuleCase[];
}
