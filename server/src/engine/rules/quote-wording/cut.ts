import type { QuotedSide } from '../../story/quotations';
import { comparableWordsWithOwners, quotedTokens } from '../../story/wording';
import type { Token } from '../../text';

/**
 * A quotation given as a whole sentence where another source's version of it goes on within the
 * same sentence: "… from Speaker Boehner." against "… from Speaker Boehner with a private meeting
 * with Democrats …". A partial quotation inside the writer's own sentence ("gives her a chance to
 * “differentiate between us and them.”") cuts where it likes; one that opens a sentence with a
 * capital and closes it with a full stop says the speaker's sentence ended there. (A quotation that
 * starts later than the speaker's sentence is not one: leaving out "But" or "With today's ruling,"
 * and capitalizing the next word is common practice.)
 */
export interface SentenceCut {
  /** The side whose quotation stops short, and the other. */
  short: QuotedSide;
  long: QuotedSide;
  /** The words the short side gives as the sentence's end, as written there. */
  edge: [number, number];
  /** The long side's words the short side leaves out, as written there. */
  rest: [number, number];
}

/** Words of the short side matched in a row to place it in the long one. */
const ANCHOR_WORDS = 4;
/** Fewer words left out than this: a tag ("he said", "for sure"), not a cut sentence. */
const LEAST_LEFT_OUT = 3;
/** A sentence ends, or a clause breaks off, between two words. */
const BREAK = /[.!?;:…—–]|--/;

interface Read {
  tokens: Token[];
  words: string[];
  owners: number[];
}

function read(side: QuotedSide): Read {
  const tokens = quotedTokens(side.text);
  const { words, owners } = comparableWordsWithOwners(tokens);
  return { tokens, words, owners };
}

/** The last place `needle` stands in `words` word for word, -1 if nowhere. */
function findLast(words: readonly string[], needle: readonly string[]): number {
  for (let k = words.length - needle.length; k >= 0; k--) {
    let n = 0;
    while (n < needle.length && words[k + n] === needle[n]) n++;
    if (n === needle.length) return k;
  }
  return -1;
}

/** The quotation opens a sentence of its document: with a capital, after a paragraph break, a sentence end, a colon or "X said,". */
function opensSentence(side: QuotedSide, docText: string): boolean {
  if (side.start !== side.quote.start || !/^\p{Lu}/u.test(side.text)) return false;
  let k = side.start - 1;
  while (k >= 0 && /[\s"“”'‘’«»„]/.test(docText[k]) && docText[k] !== '\n') k--;
  return k < 0 || /[\n.!?:,]/.test(docText[k]);
}

/** The quotation closes with a full stop, question or exclamation mark, the last piece of its quotation (no ellipsis after it). */
function closesSentence(side: QuotedSide): boolean {
  return side.end === side.quote.end && /[.!?]["'”’)]*\s*$/.test(side.text);
}

function endCut(short: QuotedSide, long: QuotedSide, s: Read, l: Read): SentenceCut | null {
  const anchor = s.words.slice(-ANCHOR_WORDS);
  const at = findLast(l.words, anchor);
  const next = at + anchor.length;
  if (at < 0 || l.words.length - next < LEAST_LEFT_OUT) return null;
  const lastShared = l.tokens[l.owners[next - 1]];
  const firstLeft = l.tokens[l.owners[next]];
  if (BREAK.test(long.text.slice(lastShared.end, firstLeft.start))) return null;
  const lastShort = s.tokens[s.owners[s.words.length - anchor.length]];
  return { short, long, edge: [lastShort.start, short.text.length], rest: [firstLeft.start, long.text.length] };
}

/** How one version of a quotation cuts the speaker's sentence where the other goes on, null if it does not. */
export function sentenceCut(a: QuotedSide, b: QuotedSide, textOf: (side: QuotedSide) => string): SentenceCut | null {
  // Most quotations are no whole sentence: asked before either version is read word by word.
  const whole = (side: QuotedSide) => closesSentence(side) && opensSentence(side, textOf(side));
  const [wholeA, wholeB] = [whole(a), whole(b)];
  if (!wholeA && !wholeB) return null;
  const [ra, rb] = [read(a), read(b)];
  if (ra.words.length === rb.words.length || Math.min(ra.words.length, rb.words.length) < ANCHOR_WORDS) return null;
  const [short, long, s, l, shortWhole] = ra.words.length < rb.words.length ? [a, b, ra, rb, wholeA] : [b, a, rb, ra, wholeB];
  return shortWhole ? endCut(short, long, s, l) : null;
}
