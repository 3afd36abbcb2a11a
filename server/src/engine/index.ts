/** The engine's public face: what the language server, the CLI, the benchmarks and the tests use. */
import type { DocumentFacts } from './analyze';
import { checkStory as check, type CheckedDocument, type CheckOptions, type StoryResult } from './check';
import { DEFAULT_ENGINE_CACHES, EngineCaches, withCaches } from './collections';
import type { Compromise, Tagger } from './nlp';
import type { RuleCode } from './rules/registry';
import { groupByStory, storyKey, storyName } from './story/stories';
import type { Finding as AnyFinding } from './types';

export { EngineCaches, groupByStory, storyKey, storyName };
export type { CheckedDocument, CheckOptions, Compromise, DocumentFacts, StoryResult };
export { parseArticle, type Article, type FrontMatterProblem } from './article';
export { checkText, decodeArticle, DEFAULT_MAX_FILE_SIZE } from './input';
export { RULES, RULE_CODES } from './rules/registry';
export { appendTo, Lru } from './collections';
export { MONTHS, WEEKDAYS } from './extract/dates/lexicon';
export { comparableWords, diffWords, quotedTokens } from './story/wording';
export type { QuotedSide } from './story/quotations';
export type { DateMention, EntityMention, EntityType, Quote, Severity, Span, TextSpan } from './types';
export type { RuleCode };
/** A finding as the engine gives it: its code one of the registry's. */
export type Finding = AnyFinding<RuleCode>;

export interface StoryReport extends StoryResult {
  key: string;
  name: string;
}

/** What an engine is made with; each part defaults to a fresh or standard one. */
export interface EngineOptions {
  /**
   * The compromise instance to tag with (default compromise/two). The engine registers its plugin
   * in that instance's world once, however many engines use it.
   */
  nlp?: Compromise;
  /** The caches of results derived from text (default: the engine's own). Share them only between engines with the same `nlp`. */
  caches?: EngineCaches;
}

/** The analysis and the story check, each engine with its own caches. Not for concurrent use: calls are synchronous. */
export interface Engine {
  /** Analyse one document: front matter, entities, dates, quotations and sentences. */
  analyzeDocument(path: string, text: string): DocumentFacts;
  /** Link the entities of a story's documents, align their statements and run every rule. */
  checkStory(docs: DocumentFacts[], options?: CheckOptions): StoryResult;
  /** Analyse texts and check each story they form; stories come out in first-seen order. */
  checkTexts(inputs: Array<{ path: string; text: string }>, options?: CheckOptions): StoryReport[];
  /** Runs `work` (calls of this engine) without keeping what they add to the caches (see `EngineCaches`). */
  withoutKeepingTextResults<T>(work: () => T): T;
  /** Forget every cached result derived from text. */
  clearCaches(): void;
}

/**
 * The analysis (compromise and its lexicon), loaded on first use: the language server's main
 * thread and the CLI's planning thread import this entry for the registry, story keys and types,
 * and must not spend ~0.2 s and tens of megabytes building a lexicon they never use. The story
 * check reads no compromise.
 */
let analysis: { analyze: typeof import('./analyze').analyzeDocument; nlp: typeof import('./nlp') } | undefined;
function loadAnalysis(): NonNullable<typeof analysis> {
  analysis ??= { analyze: (require('./analyze') as typeof import('./analyze')).analyzeDocument, nlp: require('./nlp') as typeof import('./nlp') };
  return analysis;
}

/**
 * An engine: the analysis and story-check functions over its own caches and compromise instance,
 * in the manner of vscode-markdown-languageservice's `createLanguageService`.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const caches = options.caches ?? new EngineCaches();
  let tagger: Tagger | undefined;
  const analyze = (path: string, text: string): DocumentFacts => {
    const { analyze: read, nlp } = loadAnalysis();
    tagger ??= nlp.taggerFor(options.nlp ?? nlp.nlp);
    return nlp.withTagger(tagger, () => read(path, text));
  };
  return {
    analyzeDocument: (path, text) => withCaches(caches, () => analyze(path, text)),
    checkStory: (docs, checkOptions) => withCaches(caches, () => check(docs, checkOptions)),
    checkTexts: (inputs, checkOptions = {}) =>
      withCaches(caches, () => {
        const facts = inputs.map((i) => analyze(i.path, i.text));
        return [...groupByStory(facts)].map(([key, docs]) => ({ key, name: storyName(key), ...check(docs, checkOptions) }));
      }),
    withoutKeepingTextResults: (work) => caches.withoutKeepingTextResults(work),
    clearCaches: () => caches.clear(),
  };
}

/** The engine the module-level functions below use: the one the extractors use outside any engine's call. */
export const defaultEngine = createEngine({ caches: DEFAULT_ENGINE_CACHES });

export const analyzeDocument: Engine['analyzeDocument'] = defaultEngine.analyzeDocument;
export const checkStory: Engine['checkStory'] = defaultEngine.checkStory;
export const checkTexts: Engine['checkTexts'] = defaultEngine.checkTexts;
export const withoutKeepingTextResults: Engine['withoutKeepingTextResults'] = defaultEngine.withoutKeepingTextResults;
export const clearTextCaches: Engine['clearCaches'] = defaultEngine.clearCaches;
