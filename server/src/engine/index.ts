/** The engine's public face: what the language server, the CLI, the benchmarks and the tests use. */
import type { analyzeDocument as analyze, DocumentFacts } from './analyze';
import { checkStory, type CheckedDocument, type CheckOptions, type StoryResult } from './check';
import { groupByStory, storyKey, storyName } from './story/stories';

export { checkStory, groupByStory, storyKey, storyName };
export type { CheckedDocument, CheckOptions, DocumentFacts, StoryResult };
export { parseArticle, type Article, type FrontMatterProblem } from './article';
export { checkText, decodeArticle, DEFAULT_MAX_FILE_SIZE } from './input';
export { RULES, RULE_CODES } from './rules/registry';
export { appendTo, clearTextCaches, Lru, withoutKeepingTextResults } from './collections';
export { comparableWords, diffWords, quotedTokens } from './story/wording';
export type { QuotedSide } from './story/quotations';
export type { DateMention, EntityMention, EntityType, Finding, Quote, RuleCode, Severity, Span, TextSpan } from './types';

/**
 * The analysis (compromise and its lexicon), loaded on first use: the language server's main
 * thread and the CLI's planning thread import this entry for the registry, story keys and types,
 * and must not spend ~0.2 s and tens of megabytes building a lexicon they never use.
 */
let analysis: typeof import('./analyze') | undefined;
export const analyzeDocument: typeof analyze = (path, text) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  analysis ??= require('./analyze') as typeof import('./analyze');
  return analysis.analyzeDocument(path, text);
};

export interface StoryReport extends StoryResult {
  key: string;
  name: string;
}

/** Analyse texts and check each story they form; stories come out in first-seen order. */
export function checkTexts(inputs: Array<{ path: string; text: string }>, options: CheckOptions = {}): StoryReport[] {
  const facts = inputs.map((i) => analyzeDocument(i.path, i.text));
  return [...groupByStory(facts)].map(([key, docs]) => ({ key, name: storyName(key), ...checkStory(docs, options) }));
}
