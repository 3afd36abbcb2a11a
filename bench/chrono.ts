/**
 * chrono-node (the standard JavaScript date parser) used out of the box on the article's text,
 * anchored on its publication date: the comparison row for date detection and values. Values are
 * written as TIMEX3 from what chrono marks as known: a time of day, a day, a month or a year.
 */
import * as chrono from 'chrono-node';
import type { Article } from '../server/src/engine/article';
import type { DateMention } from '../server/src/engine/types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

interface Components {
  isCertain(c: string): boolean;
  get(c: string): number | null;
}

function timexValue(c: Components): string {
  const y = pad(c.get('year') ?? 0, 4);
  const day = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  if (c.isCertain('hour')) return `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return `${y}-${pad(c.get('month') ?? 1)}`;
  if (c.isCertain('year')) return y;
  return day;
}

export function chronoDates(article: Article): DateMention[] {
  const body = article.text.slice(article.bodyStart);
  const ref = article.published ? new Date(`${article.published}T12:00:00Z`) : new Date();
  return chrono.parse(body, { instant: ref, timezone: 0 }).map((r) => {
    const start = article.bodyStart + r.index;
    const end = start + r.text.length;
    return {
      start,
      end,
      text: article.text.slice(start, end),
      value: timexValue(r.start as unknown as Components),
      timexType: 'DATE' as const,
      anchor: article.published,
    };
  });
}
