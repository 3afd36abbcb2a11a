import type { DecidedCheckOptions } from '../session/corrections';
import type { Article, CheckedDocument, DocumentFacts, Finding, FrontMatterProblem, StoryResult, TextSpan } from '../engine';

/**
 * The messages between the server's main thread (storyChecker.ts) and its analysis worker
 * (analysisWorker.ts), and the shapes of what the main thread keeps of a result. Both sides import
 * this module; neither imports the other's.
 */

export interface CheckRequest {
  id: number;
  docs: Array<{ path: string; text: string }>;
  options: DecidedCheckOptions;
  /** Documents whose own facts are sent back first (the open ones), before the story is checked. */
  first: string[];
  /**
   * A document of the story is open in the editor: the worker keeps what the check derived from
   * its texts for the checks that its edits bring, and answers with the whole result. Otherwise
   * it keeps only the documents' facts and answers with the diagnostics (`DiagnosedStory`).
   */
  editing: boolean;
}

/** A long article of the workspace for the worker to warm up on in idle moments (`StoryChecker.warmUpOn`). */
export interface WarmUpRequest {
  warmUpText: string;
}
export type WorkerRequest = CheckRequest | WarmUpRequest;
/**
 * Lengths of article the worker warms up on: shorter ones are analysed fast enough after its
 * start-up warm-up; beyond the longer bound, replaying work on them would cost more than it saves.
 */
export const WARM_UP_TEXT_CHARS = { min: 5_000, max: 50_000 };

/**
 * A document's facts as the server's main thread keeps them: what diagnostics, tokens, hovers and
 * the story overview read. Paragraphs and sentences stay in the worker: they are a third of what
 * would otherwise be copied between the threads on every keystroke.
 */
export interface ServedFacts extends Omit<DocumentFacts, 'article' | 'sentences'> {
  article: Omit<Article, 'paragraphs'>;
}
/**
 * A checked document's own facts as the main thread keeps them: its article and dates. Its
 * entities and quotations are read from the story's versions (linked across the sources), so the
 * document's own are not copied again on every keystroke.
 */
export type CheckedFacts = Omit<ServedFacts, 'entities' | 'quotes'>;
export interface ServedDocument extends Omit<CheckedDocument, 'facts'> {
  facts: CheckedFacts;
}
/** One version of an aligned quotation as the main thread keeps it: where it stands (hovers tokenize the texts they show). */
export interface ServedSegment extends TextSpan {
  path: string;
  /** Start of the quotation it is part of. */
  quoteStart: number | null;
}
export interface ServedPair {
  a: ServedSegment;
  b: ServedSegment;
  score: number;
}
/**
 * A story result as the main thread keeps it. Aligned quotations go without their words and the
 * quotations they point into: with them, V8 took ~6 ms instead of ~1 to rebuild a 2,000-word
 * article's result on the main thread, on every keystroke.
 */
export interface ServedResult extends Omit<StoryResult, 'documents' | 'quotePairs'> {
  documents: ServedDocument[];
  quotePairs: ServedPair[];
}

/** A document's diagnostics: its front matter's problems and the story's findings in it. */
export interface DiagnosedDocument {
  path: string;
  problems: FrontMatterProblem[];
  findings: Finding[];
}
/**
 * What the check of a story no one is editing sends back: its diagnostics, all the main thread
 * keeps of it. With every document's facts as well, a workspace check of 1,000 articles copied all
 * of them into the main thread, whose young generation then grew to its ~34 MB limit.
 */
export interface DiagnosedStory {
  diagnosed: DiagnosedDocument[];
}
export type CheckResult = ServedResult | DiagnosedStory;

/** Checked documents, as the worker's result or the main thread's holds them. */
type Checked = ReadonlyArray<{ path: string; facts: { article: { problems: FrontMatterProblem[] } }; findings: Finding[] }>;

export function diagnosedStory(documents: Checked): DiagnosedStory {
  return { diagnosed: documents.map((d) => ({ path: d.path, problems: d.facts.article.problems, findings: d.findings })) };
}

export function diagnosedDocuments(result: CheckResult): DiagnosedDocument[] {
  return ('diagnosed' in result ? result : diagnosedStory(result.documents)).diagnosed;
}

export type CheckReply = { id: number; result: CheckResult } | { id: number; error: string } | { id: number; early: ServedFacts };

/** Called with a document's own facts before its story is checked: enough for semantic tokens. */
export type EarlyFacts = (facts: ServedFacts) => void;
