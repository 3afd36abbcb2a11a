import { parseArticle, type Article } from './article';
import { extractDates } from './extract/dates';
import { extractEntities } from './extract/entities';
import { extractQuotes } from './extract/quotes';
import { annotatedSentences } from './extract/sentences';
import { extractTitleMentions } from './extract/titles';
import type { DateMention, EntityMention, Quote, Sentence } from './types';

/** Everything the engine knows about one document on its own, before the story is linked. */
export interface DocumentFacts {
  path: string;
  article: Article;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  sentences: Sentence[];
}

/** Analyse one document: front matter, entities, dates, quotations and sentences. Pure. */
export function analyzeDocument(path: string, text: string): DocumentFacts {
  const article = parseArticle(path, text);
  const named = extractEntities(article);
  const entities = [...named, ...extractTitleMentions(article, named)].sort((a, b) => a.start - b.start);
  const dates = extractDates(article);
  const quotes = extractQuotes(article, entities);
  const sentences = article.paragraphs.flatMap(annotatedSentences);
  return { path, article, entities, dates, quotes, sentences };
}
