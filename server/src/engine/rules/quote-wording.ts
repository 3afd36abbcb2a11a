import { memo, TextCache } from '../collections';
import { tokenize, type Token } from '../text';
import type { Quote } from '../types';
import type { Conflict, Rule, RuleContext } from './types';
import { comparableWords, comparableWordsOf, describeDiff, diffWords, isMisquotation, isReordering, sameWords, substitutions } from './wording';

const DESCRIPTION =
  'The same quotation reads differently in another source on the story. Punctuation, case, "that", articles, contractions and ellipses are ignored, and a shortened quotation is not flagged.';

/** Two versions of a statement; `tokens` are those of `text`, placed where the text stands. */
function conflict(a: { path: string; start: number; end: number; text: string; tokens: Token[] }, b: typeof a, closely = false): Conflict[] {
  const [wa, wb] = [comparableWordsOf(a.text), comparableWordsOf(b.text)];
  // Most versions compared are word for word the same, or one cut short: told without a diff.
  if (cutShort(wa, wb)) return [];
  const d = diffWords(a.tokens, b.tokens);
  if (isReordering(d)) return [];
  const [la, lb] = [wa.length, wb.length];
  if (!isMisquotation(d, la, lb)) return [];
  // Without an alignment to vouch that the two are one statement, only a word or two replaced in words otherwise the same.
  if (closely && (sameWords(d) / Math.max(la, lb) < 0.7 || substitutions(d).some((s) => s.removed.length > 2 || s.added.length > 2))) return [];
  const reverse = diffWords(b.tokens, a.tokens);
  return [
    {
      code: 'quote-wording',
      a: { path: a.path, start: a.start, end: a.end },
      b: { path: b.path, start: b.start, end: b.end },
      message: (here, other) => `Quotation reads differently in ${other}: ${describeDiff(here === 'a' ? d : reverse)}`,
      data: { a: a.text, b: b.text },
    },
  ];
}

/** The tokens of the first replaced word in `a` and of the word replacing it in `b`. */
function firstChanged(a: Token[], b: Token[]): [Token | undefined, Token | undefined] {
  // Comparable words are made token by token: each word maps back to the token it came from.
  const owners = (tokens: Token[]) => tokens.flatMap((t) => comparableWords([t]).map(() => t));
  const [oa, ob] = [owners(a), owners(b)];
  const parts = diffWords(a, b).parts;
  let [i, j] = [0, 0];
  for (let k = 0; k < parts.length; k++) {
    const [p, q] = [parts[k], parts[k + 1]];
    if (q && p.kind !== 'same' && q.kind !== 'same' && p.kind !== q.kind) return [oa[i], ob[j]];
    if (p.kind !== 'added') i += p.words.length;
    if (p.kind !== 'removed') j += p.words.length;
  }
  return [undefined, undefined];
}

/**
 * Where the changed words lie in aligned statements, the pair route has compared them already, and
 * a quotation of one sentence is the very span it compared: the same finding, which the engine
 * merges. A longer quotation, or a changed number or negation (a more specific rule's finding), is left to it.
 */
function judgedAlike(qa: { text: string; tokens: Token[] }, qb: typeof qa): boolean {
  const oneSentence = (q: typeof qa) => !/[.!?]["”’)]*\s+["“‘(]?[\p{Lu}\p{N}]/u.test(q.text.trim());
  const d = diffWords(qa.tokens, qb.tokens);
  const specific = [...d.removed, ...d.added].some((w) => /\d/.test(w) || /^(?:not|never|no)$/.test(w));
  return oneSentence(qa) && oneSentence(qb) && !specific;
}

/** Share of the smaller set of distinct words found in the other: a cheap test before diffing. */
function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Whole quotations of two related sources compared word for word. Statements are aligned by their
 * rarer words, and a short quotation with a word replaced ("not so easy to box" / "not so tough to
 * box") may keep too few of them to align: read as a whole, it is still one quotation misquoted.
 * Quotations whose changed words lie in statements already aligned were judged pair by pair.
 */
function unalignedQuotations(ctx: RuleContext): Conflict[] {
  const out: Conflict[] = [];
  type Whole = Quote & { path: string; words: readonly string[]; distinct: ReadonlySet<string>; readonly tokens: Token[] };
  const docs = new Map<string, Whole[]>();
  for (const path of ctx.story.entities.keys()) {
    const doc = ctx.doc(path);
    docs.set(
      path,
      doc.quotes
        .filter((q) => q.kind === 'statement')
        .map((q) => {
          let tokens: Token[] | undefined;
          // Words from the text alone (shared between checks); tokens, with offsets, only for the few compared closely.
          return { ...q, path, words: comparableWordsOf(q.text), distinct: memo(distinctWords, q.text, (t) => new Set(comparableWordsOf(t))), get tokens() { return (tokens ??= tokenize(q.text, q.start)); } };
        }),
    );
  }
  // Most sources of a large story quote no one.
  const paths = [...docs.keys()].filter((p) => docs.get(p)!.length > 0);
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (!ctx.related(paths[i], paths[j])) continue;
      const [as, bs] = [docs.get(paths[i])!, docs.get(paths[j])!];
      // A quotation the other source also gives word for word (or cut short) is not misquoted there.
      const given = (q: (typeof as)[number], others: typeof as) => others.some((o) => overlap(q.distinct, o.distinct) >= 0.6 && cutShort(q.words, o.words));
      const open = bs.filter((qb) => !given(qb, as));
      for (const qa of as) {
        if (open.length === 0 || given(qa, bs)) continue;
        for (const qb of open) {
          if (overlap(qa.distinct, qb.distinct) < 0.6) continue;
          const found = conflict(qa, qb, true);
          if (!found.length) continue;
          // The replaced words lie in aligned statements: compared pair by pair already.
          const [ta, tb] = firstChanged(qa.tokens, qb.tokens);
          if (ta && tb && ctx.aligned({ path: qa.path, start: ta.start, end: ta.end }, { path: qb.path, start: tb.start, end: tb.end }) && !judgedAlike(qa, qb)) continue;
          out.push(...found);
        }
      }
    }
  }
  return out;
}
/** Every check of a story compares the same quotations again. */
const distinctWords = new TextCache<ReadonlySet<string>>(8000);

/**
 * One word list is the other cut short: `isTruncation` of their diff (the shorter's words all
 * appear, in order, in the longer), read without diffing, as nearly all quotations pass here.
 */
function cutShort(x: readonly string[], y: readonly string[]): boolean {
  const inOrderIn = (short: readonly string[], long: readonly string[]) => {
    let found = 0;
    for (const w of long) if (found < short.length && w === short[found]) found++;
    return found === short.length;
  };
  return inOrderIn(x, y) || inOrderIn(y, x);
}

/** The same quotation reads differently in another source. */
export const quoteWording: Rule = {
  code: 'quote-wording',
  title: 'Quotation worded differently',
  description: DESCRIPTION,
  defaultSeverity: 'warning',
  checkQuotePair(pair, _ctx, fired) {
    // A more specific finding (a negation, a number) already explains the difference.
    if (fired.has('claim-polarity') || fired.has('number-mismatch') || fired.has('date-mismatch')) return [];
    return conflict(pair.a, pair.b);
  },
  checkStory: unalignedQuotations,
};
