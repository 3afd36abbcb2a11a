import nlp from 'compromise';

/** A bounded map that forgets the least recently used entry (Map keeps insertion order). */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {
    caches.push(this as Lru<unknown, unknown>);
  }

  get(key: K): V | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as K);
  }

  clear(): void {
    this.map.clear();
  }
}

/** Every cache of per-paragraph results, so clearParseCache() forgets them all with the parses. */
const caches: Array<Lru<unknown, unknown>> = [];

export type NlpDoc = ReturnType<typeof nlp>;

/**
 * What the extractors read from compromise about one paragraph: its term tags and its people.
 * compromise documents are large; the tags and names are a small part of one, so only those are
 * kept (a workspace check of 1,000 articles would otherwise hold hundreds of parses).
 */
export interface ParsedParagraph {
  /** Tags of each term by the term's offset in the paragraph. */
  tags: ReadonlyMap<number, ReadonlySet<string>>;
  people: readonly PersonRun[];
}

const paragraphs = new Lru<string, ParsedParagraph>(4000);

/** The parse of one paragraph's text, shared by all extractors (LRU by text). */
export function parsedParagraph(text: string): ParsedParagraph {
  return memo(paragraphs, text, (t) => {
    const doc = nlp(t);
    return { tags: termTags(doc), people: personRuns(doc) };
  });
}

/** Whole compromise documents, for the rare views the extractors need beyond tags and people. */
const documents = new Lru<string, NlpDoc>(16);

/** Parse `text` with compromise, reusing the parse of identical text (small LRU). */
export function parse(text: string): NlpDoc {
  return memo(documents, text, nlp);
}

/**
 * `compute(text)` memoized per text in `lru`. Results must depend on `text` alone and are shared
 * between calls: callers must not mutate them (store offsets relative to the text, shift on use).
 */
export function memo<V>(lru: Lru<string, V>, text: string, compute: (text: string) => V): V {
  const hit = lru.get(text);
  if (hit !== undefined) return hit;
  const v = compute(text);
  lru.set(text, v);
  return v;
}

/** A term of a compromise parse, as its sentences hold it after `compute('offset')`. */
interface ParsedTerm {
  text: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** compromise's tags of each term by the term's offset in the parsed text (without the cost of json()). */
function termTags(doc: NlpDoc): Map<number, ReadonlySet<string>> {
  doc.compute('offset');
  const tags = new Map<number, ReadonlySet<string>>();
  for (const terms of (doc as unknown as { docs: ParsedTerm[][] }).docs) for (const t of terms) tags.set(t.offset.start, t.tags);
  return tags;
}

/** A person's name as compromise's people() finds it: its terms and its span in the parsed text. */
export interface PersonRun {
  start: number;
  /** Just past the name and any punctuation right after it (as people().json reports it). */
  end: number;
  terms: ReadonlyArray<{ text: string; tags: ReadonlySet<string> }>;
}

/**
 * compromise's people() ('#Honorific+? #Person+', split after a comma and after a possessive other
 * than his/her), read off the tagged terms directly: the view and its json cost as much as a
 * tenth of the parse itself.
 */
function personRuns(doc: NlpDoc): PersonRun[] {
  doc.compute('offset');
  const out: PersonRun[] = [];
  for (const terms of (doc as unknown as { docs: ParsedTerm[][] }).docs) {
    let run: ParsedTerm[] = [];
    const flush = () => {
      if (run.some((t) => t.tags.has('Person'))) {
        const last = run[run.length - 1];
        out.push({ start: run[0].offset.start, end: last.offset.start + last.text.length + last.post.trimEnd().length, terms: run.map((t) => ({ text: t.text, tags: t.tags })) });
      }
      run = [];
    };
    for (const t of terms) {
      if (t.tags.has('Person')) run.push(t);
      else if (t.tags.has('Honorific')) {
        // Honorifics lead a name; one after a name starts the next.
        if (run.some((x) => !x.tags.has('Honorific'))) flush();
        run.push(t);
      } else {
        flush();
        continue;
      }
      if (t.post.includes(',') || (t.tags.has('Possessive') && !/^(?:his|her)$/i.test(t.text))) flush();
    }
    flush();
  }
  return out;
}

/** Forget all parses and every per-paragraph result derived from them. */
export function clearParseCache(): void {
  for (const c of caches) c.clear();
}

export { nlp };
