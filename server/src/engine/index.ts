/** The engine's public face: what the language server, the CLI, the benchmarks and the tests use. */
import { analyzeDocument, type DocumentFacts } from './analyze';
import { checkStory, type CheckOptions, type StoryResult } from './check';
import { groupByStory, storyKey, storyName } from './story/stories';

export { analyzeDocument, checkStory, groupByStory, storyKey, storyName };
export type { CheckOptions, DocumentFacts, StoryResult };

export interface StoryReport extends StoryResult {
  key: string;
  name: string;
}

/** Analyse texts and check each story they form; stories come out in first-seen order. */
export function checkTexts(inputs: Array<{ path: string; text: string }>, options: CheckOptions = {}): StoryReport[] {
  const facts = inputs.map((i) => analyzeDocument(i.path, i.text));
  return [...groupByStory(facts)].map(([key, docs]) => ({ key, name: storyName(key), ...checkStory(docs, options) }));
}
