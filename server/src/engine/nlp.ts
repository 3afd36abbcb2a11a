import nlp from 'compromise';

/** compromise documents are expensive; extractors share one parse per paragraph text. */
const CACHE_LIMIT = 4000;
const cache = new Map<string, ReturnType<typeof nlp>>();

export type NlpDoc = ReturnType<typeof nlp>;

/** Parse `text` with compromise, reusing the parse of identical text (LRU). */
export function parse(text: string): NlpDoc {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const doc = nlp(text);
  cache.set(text, doc);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return doc;
}

export function clearParseCache(): void {
  cache.clear();
}

export { nlp };
