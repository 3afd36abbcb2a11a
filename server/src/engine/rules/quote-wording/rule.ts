import type { QuotePair } from '../../story/quotations';
import { quoteChanges, type QuoteChange } from '../../story/wording';
import { confidenceOf, quotationAlignment } from '../confidence';
import { defineRule, type Conflict, type RuleContext } from '../types';
import { sentenceCut, type SentenceCut } from './cut';

const DESCRIPTION =
  "The same quotation reads differently in another source on the story: words replaced, a tense or auxiliary changed, or words cut or added inside it without an ellipsis, or a quotation given as a whole sentence where the other source's version goes on within that sentence. Punctuation, case, \"that\", articles, contractions, regional and transliterated spellings, censored words and an editor's bracketed insertions are ignored, and a partial quotation inside the writer's own sentence may start and stop where it likes.";

/** Replaced runs longer than this are another rendering of the remark (a translation, a paraphrase), not one text misquoted. */
const MAX_REPLACED_WORDS = 4;
/** More changes than this: another rendering too. */
const MAX_CHANGES = 3;

/** One change, told from this side: the message names the other source once, before the changes. */
function describe(c: QuoteChange, here: 'a' | 'b'): string {
  const [mine, theirs] = here === 'a' ? [c.a, c.b] : [c.b, c.a];
  if (c.kind === 'replaced') return `“${mine}” here, “${theirs}” there`;
  if (mine) return `“${mine}” here is not there (no ellipsis)`;
  return `“${theirs}” there is not here (no ellipsis)`;
}

/**
 * Where to show a finding in a long quotation: the sentences holding its changed words, within the
 * quotation (a quotation of three paragraphs is read by the sentence that changed).
 */
function shownSpan(ctx: RuleContext, side: QuotePair['a'], changed: Array<[number, number]>): { path: string; start: number; end: number } {
  const first = Math.min(...changed.map(([s]) => s));
  const last = Math.max(...changed.map(([, e]) => e));
  const sentences = ctx.doc(side.path).statements.filter((s) => !s.quote && s.end > first && s.start <= last);
  const start = Math.max(side.start, Math.min(...sentences.map((s) => s.start), first));
  const end = Math.min(side.end, Math.max(...sentences.map((s) => s.end), last));
  return { path: side.path, start, end: Math.max(end, start) };
}

/** Words quoted in a message: a long run shortened at its end, with the ellipsis saying so. */
function quoted(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 ? text.trim() : `${words.slice(0, 8).join(' ')}…`;
}

/** The message for a cut sentence, told from either side. */
function describeCut(cut: SentenceCut, short: 'a' | 'b', here: 'a' | 'b', other: string): string {
  const edge = cut.short.text.slice(...cut.edge);
  const rest = quoted(cut.long.text.slice(...cut.rest));
  return here === short
    ? `Quotation given as a whole sentence ending “${edge}”; in ${other} the sentence goes on: “${rest}” (cut without an ellipsis).`
    : `${other} gives this quotation as a whole sentence ending “${edge}”; here the sentence goes on: “${rest}”.`;
}

function cutConflict(pair: QuotePair, cut: SentenceCut, ctx: RuleContext): Conflict {
  const short = cut.short === pair.a ? 'a' : 'b';
  const [spanA, spanB] = short === 'a' ? [cut.edge, cut.rest] : [cut.rest, cut.edge];
  const changedA: Array<[number, number]> = [[pair.a.start + spanA[0], pair.a.start + spanA[1]]];
  const changedB: Array<[number, number]> = [[pair.b.start + spanB[0], pair.b.start + spanB[1]]];
  return {
    code: 'quote-wording',
    a: shownSpan(ctx, pair.a, changedA),
    b: shownSpan(ctx, pair.b, changedB),
    // Worth a look, as words cut inside are: the cut may change what the speaker is shown to have said, or only shorten it.
    confidence: confidenceOf(quotationAlignment(pair.score), 0.3),
    message: (here, other) => describeCut(cut, short, here, other),
    data: { a: pair.a.text, b: pair.b.text, changedA, changedB },
  };
}

function check(pair: QuotePair, ctx: RuleContext): Conflict[] {
  // A report in a source's own words is no quotation to compare word for word.
  if (pair.a.reported || pair.b.reported) return [];
  const reworded = rewording(pair, ctx);
  if (reworded) return [reworded];
  const cut = sentenceCut(pair.a, pair.b, (side) => ctx.doc(side.path).text);
  return cut ? [cutConflict(pair, cut, ctx)] : [];
}

/** Words replaced, cut or added inside the words both versions give. */
function rewording(pair: QuotePair, ctx: RuleContext): Conflict | null {
  const { changes, same, lengthA, lengthB } = quoteChanges(pair.a.text, pair.b.text);
  const real = changes.filter((c) => !c.respelled);
  if (!real.length || real.length > MAX_CHANGES) return null;
  if (real.some((c) => c.wordsA > MAX_REPLACED_WORDS || c.wordsB > MAX_REPLACED_WORDS)) return null;
  if (same < 4 || same / Math.min(lengthA, lengthB) < 0.6) return null;
  // Words cut inside a quotation are marked with an ellipsis by a careful writer.
  const ellipsis = (text: string) => /\.\s?\.\s?\.|…/.test(text);
  const shown = real.filter((c) => c.kind === 'replaced' || (c.kind === 'missing' ? !ellipsis(pair.b.text) : !ellipsis(pair.a.text)));
  if (!shown.length) return null;
  const replaced = shown.filter((c) => c.kind === 'replaced' && !c.tense);
  // A word replaced is what misquotation is; a tense, or words cut without an ellipsis, are worth a look.
  const evidence = replaced.length ? 1 - 0.15 * (replaced.length - 1) : shown.some((c) => c.tense) ? 0.5 : 0.3;
  const changedA = shown.map((c): [number, number] => [pair.a.start + c.spanA[0], pair.a.start + c.spanA[1]]);
  const changedB = shown.map((c): [number, number] => [pair.b.start + c.spanB[0], pair.b.start + c.spanB[1]]);
  return {
    code: 'quote-wording',
    a: shownSpan(ctx, pair.a, changedA),
    b: shownSpan(ctx, pair.b, changedB),
    confidence: confidenceOf(quotationAlignment(pair.score), evidence),
    message: (here, other) => `Quotation reads differently in ${other}: ${shown.map((c) => describe(c, here)).join('; ')}.`,
    // Where the changed words are: a more specific finding on all of them (a number, a negation) makes this one redundant.
    data: { a: pair.a.text, b: pair.b.text, changedA, changedB },
  };
}

/** The same quotation reads differently in another source. */
export const quoteWording = defineRule({
  code: 'quote-wording',
  title: 'Quotation worded differently',
  description: DESCRIPTION,
  defaultSeverity: 'warning',
  quotation: 'rewording',
  checkQuotePair: check,
});
