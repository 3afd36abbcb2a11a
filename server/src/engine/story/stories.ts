import { appendTo } from '../collections';
import type { Article } from '../article';

/** The story key: front matter `story:`, else the folder the file is in. */
export function storyKey(article: Article): string {
  if (article.story) return `story:${article.story}`;
  const slash = Math.max(article.path.lastIndexOf('/'), article.path.lastIndexOf('\\'));
  return `folder:${slash >= 0 ? article.path.slice(0, slash) : '.'}`;
}

/** Display form of a story key ("tiktok-oracle" for a folder, the `story:` value otherwise). */
export function storyName(key: string): string {
  const value = key.replace(/^(?:story|folder):/, '');
  return key.startsWith('folder:') ? value.split(/[\\/]/).pop() || value : value;
}

export function groupByStory<T extends { article: Article }>(docs: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const d of docs) {
    const key = storyKey(d.article);
    appendTo(out, key, d);
  }
  return out;
}
