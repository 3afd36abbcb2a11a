import type { DocumentFacts } from '../engine/analyze';
import { factsKey, storyFactsKey, type DiskCache } from '../engine/cache';

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
    this.stored = new Map(entry && typeof entry === 'object' && !Array.isArray(entry) ? Object.entries(entry as Record<string, StoredFacts>) : []);
  }

  /** The facts cached for this text of the file, if any. */
  get(path: string, text: string): DocumentFacts | undefined {
    // No entry for the file (every file of a cold run): nothing to hash its text against.
    const entry = this.stored.get(path);
    if (!entry) return undefined;
    const facts = entry.facts;
    return entry.key === factsKey(path, text) && facts?.path === path && facts.article?.text === text ? facts : undefined;
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
