import type { DocumentFacts } from '../engine';
import { factsKey, storyFactsKey, type DiskCache } from '../host/cache';
import { every, isObject, isOffset, isOptionalText, isSpan, isSpanOf, isText, isTextOrNull } from './shapes';

const ENTITY_TYPES = new Set(['person', 'organization', 'place', 'other']);
const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const QUOTE_KINDS = new Set(['statement', 'term']);

/** Facts of `text` as analyzeDocument makes them: what a story check reads, every span reading what it says. */
function isFactsOf(x: unknown, path: string, text: string): x is DocumentFacts {
  if (!isObject(x) || x.path !== path) return false;
  const a = x.article;
  return (
    isObject(a) &&
    a.path === path &&
    a.text === text &&
    isObject(a.frontMatter) &&
    isOffset(a.bodyStart) &&
    every(a.problems, (p) => isSpan(p) && isText(p.message)) &&
    (a.title === null || (isSpan(a.title) && isText(a.title.text))) &&
    isText(a.source) &&
    isTextOrNull(a.published) &&
    isTextOrNull(a.story) &&
    every(a.paragraphs, (p) => isSpanOf(p, text)) &&
    every(x.entities, (e) => isSpanOf(e, text) && ENTITY_TYPES.has(e.type as string) && isText(e.id) && isText(e.name) && isOptionalText(e.via)) &&
    every(x.dates, (d) => isSpanOf(d, text) && isTextOrNull(d.value) && TIMEX_TYPES.has(d.timexType as string) && isTextOrNull(d.anchor)) &&
    every(
      x.quotes,
      (q) =>
        isSpanOf(q, text) &&
        QUOTE_KINDS.has(q.kind as string) &&
        isTextOrNull(q.speaker) &&
        isTextOrNull(q.speakerId) &&
        (q.speakerSpan === undefined || isSpan(q.speakerSpan)) &&
        isOptionalText(q.speakerVia) &&
        typeof q.closed === 'boolean',
    ) &&
    every(x.sentences, (s) => isSpanOf(s, text))
  );
}

/** One file's facts as cached, under the content key of the text they were found in. */
interface StoredFacts {
  key: string;
  facts: DocumentFacts;
}

/**
 * The cached facts of one story's files, read and written as one cache entry: a cold run over
 * 812 files wrote 850 entry files, and creating them cost 0.2-0.4 s of its ~6 s. Each file's facts
 * are still found by the hash of its path and text, so an edited file is analysed again and the
 * others are not. Facts of files of the story that a run was not given are kept, so that checking
 * a few files of a story does not cost the others theirs (a file renamed or deleted stays in the
 * entry until the entry is pruned). Pure Node, no NLP: the main thread uses it too without
 * loading compromise.
 */
export class StoryFacts {
  private readonly stored: Map<string, StoredFacts>;
  private readonly key: string;
  private added = false;

  constructor(
    private readonly cache: DiskCache | undefined,
    storyKey: string,
  ) {
    this.key = cache ? storyFactsKey(storyKey) : '';
    const entry = cache?.get<unknown>('facts', this.key);
    this.stored = new Map(isObject(entry) ? Object.entries(entry as Record<string, StoredFacts>) : []);
  }

  /** The facts cached for this text of the file, if any and well-formed. */
  get(path: string, text: string): DocumentFacts | undefined {
    // No entry for the file (every file of a cold run): nothing to hash its text against.
    const entry = this.stored.get(path);
    if (!isObject(entry)) return undefined;
    return entry.key === factsKey(path, text) && isFactsOf(entry.facts, path, text) ? entry.facts : undefined;
  }

  /** Facts just found, cached at the next `save`. */
  add(path: string, text: string, facts: DocumentFacts): void {
    if (!this.cache) return;
    this.stored.set(path, { key: factsKey(path, text), facts });
    this.added = true;
  }

  /**
   * Write the entry if facts were added. Call it before the story is checked: the check must not
   * be able to change what is cached.
   */
  save(): void {
    if (this.added) this.cache?.put('facts', this.key, Object.fromEntries(this.stored));
    this.added = false;
  }
}
