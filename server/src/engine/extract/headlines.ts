import type { Article } from '../article';
import type { TextSpan } from '../types';

/**
 * Headlines report speech in a shorthand of their own: the source, a colon, then its words
 * (`Jane Roe: Plan Is ‘Dead Wrong’`), or a verb of saying anywhere in the line, in title case too
 * (`Plan Is ‘Unfair,’ Jane Roe Says`). A quotation in such a headline is someone's statement.
 */

/** The headline: the body's first paragraph when it is one short line and more paragraphs follow. */
export function headlineOf(article: Article): TextSpan | null {
  const first = article.paragraphs[0];
  if (!first || article.paragraphs.length < 2 || first.text.length > 200 || first.text.includes('\n')) return null;
  return first;
}

/** Where the source of a headline `Jane Roe: …` ends (the colon, at most six words in), or -1. */
export function headlineColon(head: TextSpan): number {
  const m = /^(?:[\p{L}\p{N}.'’-]+\s+){0,5}[\p{L}\p{N}.'’-]+:\s/u.exec(head.text);
  return m ? head.start + m[0].trimEnd().length - 1 : -1;
}

/** Verbs of saying a headline reports with (any case); singing, chanting and nouns are left out. */
const HEADLINE_CUES = new Set(
  (
    'says said tells told calls called warns warned claims claimed accuses accused insists insisted vows vowed urges urged ' +
    'admits admitted denies denied slams slammed blasts blasted rips ripped mocks mocked praises praised defends defended ' +
    'argues argued declares declared asks asked writes wrote tweets tweeted'
  ).split(' '),
);

/** The first verb of saying in the headline outside the span [from, to), as an offset, or -1. */
export function headlineCue(head: TextSpan, from: number, to: number): number {
  const words = /[\p{L}]+/gu;
  for (let m = words.exec(head.text); m; m = words.exec(head.text)) {
    const at = head.start + m.index;
    if (at >= from && at < to) continue;
    if (HEADLINE_CUES.has(m[0].toLowerCase())) return at;
  }
  return -1;
}

/**
 * Whether the quotation [start, end) of the headline is a statement: after the colon of a source
 * (`Roe: …`), or in a headline with a verb of saying; not the title of a work (`clip of ‘X’`,
 * `Roe’s ‘X’`).
 */
export function headlineStatement(head: TextSpan, start: number, end: number, text: string): boolean {
  if (start < head.start || end > head.end) return false;
  if (/(?:\bof|['’]s)\s+\S?$/u.test(text.slice(Math.max(head.start, start - 6), start))) return false;
  const colon = headlineColon(head);
  return (colon >= 0 && start > colon) || headlineCue(head, start, end) >= 0;
}
