/**
 * Bare compromise, used out of the box: the baseline column of every benchmark.
 * Entities from people()/organizations()/places(), dates from compromise-dates anchored on the
 * article's date, quotations from quotations() with no speaker.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Article } from '../server/src/engine/article';
import type { DateMention, EntityMention, Quote } from '../server/src/engine/types';

const nlpDates = nlp.extend(datesPlugin as never) as typeof nlp;

interface Offset {
  offset: { start: number; length: number };
}

export function bareEntities(article: Article): EntityMention[] {
  const body = article.text.slice(article.bodyStart);
  const doc = nlp(body);
  const out: EntityMention[] = [];
  const take = (view: { json(o: object): unknown }, type: EntityMention['type']) => {
    for (const m of view.json({ offset: true }) as Offset[]) {
      const start = article.bodyStart + m.offset.start;
      const end = start + m.offset.length;
      const text = article.text.slice(start, end);
      out.push({ start, end, text, type, id: `${type}:${text}`, name: text });
    }
  };
  take(doc.people(), 'person');
  take(doc.organizations(), 'organization');
  take(doc.places(), 'place');
  return out;
}

export function bareDates(article: Article): DateMention[] {
  const body = article.text.slice(article.bodyStart);
  const options = article.published ? { today: article.published, timezone: 'UTC' } : { timezone: 'UTC' };
  const doc = nlpDates(body) as unknown as { dates(o: object): { json(o: object): Array<Offset & { dates?: { start?: string } }> } };
  let found: Array<Offset & { dates?: { start?: string } }>;
  try {
    found = doc.dates(options).json({ offset: true });
  } catch {
    // compromise-dates throws on some inputs (a spacetime bug); out of the box that is no dates.
    return [];
  }
  return found.map((m) => {
    const start = article.bodyStart + m.offset.start;
    const end = start + m.offset.length;
    return {
      start,
      end,
      text: article.text.slice(start, end),
      value: m.dates?.start ? m.dates.start.slice(0, 10) : null,
      timexType: 'DATE' as const,
      anchor: article.published,
    };
  });
}

export function bareQuotes(article: Article): Quote[] {
  const body = article.text.slice(article.bodyStart);
  const doc = nlp(body);
  return (doc.quotations().json({ offset: true }) as Offset[]).map((m) => {
    const start = article.bodyStart + m.offset.start;
    const end = start + m.offset.length;
    return { start, end, text: article.text.slice(start, end), kind: 'statement' as const, speaker: null, speakerId: null, closed: true };
  });
}
