import { memo, textCache } from '../collections';
import { spanIndex } from '../spans';
import { contentStems, tokenize, type Token } from '../text';
import type { DateMention, EntityMention, Quote, Sentence } from '../types';

/**
 * Statements: what the story check compares across sources. Each sentence of an article is one
 * statement in the source's own voice; the part of a sentence inside a quotation is also one on
 * its own (the quoted words, which another source may quote too).
 */

/** What a statement's words say, read from its text alone: shared by every place the text stands. */
export interface Wording {
  text: string;
  /** Tokens with offsets from the start of the text. */
  tokens: readonly Token[];
  /** One word class per token (see `Sentence.classes`). */
  classes: string;
  /** Stem of each token's base form: the verb's infinitive ("left" → "leav"), else its stem. */
  lemmas: readonly string[];
  /** Content stems (no function words, no numbers). */
  stems: ReadonlySet<string>;
}

const wordings = textCache<Wording>(8000);

/**
 * Tokens of runs of bare digit groups ("0845 125 2222"): one telephone number, not several
 * quantities, whatever reads a wording's numbers.
 */
export function telephoneNumberTokens(w: Wording): Set<number> {
  const { tokens, text } = w;
  const phone = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    if (/^\d{3,}$/.test(tokens[k].norm) && /^\d{2,}$/.test(tokens[k - 1].norm) && /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)))
      phone.add(k).add(k - 1);
  }
  return phone;
}

function wordingOf(text: string, classes: string, lemmaOf: (k: number, t: Token) => string): Wording {
  return memo(wordings, `${classes}\u0000${text}`, () => {
    const tokens = tokenize(text);
    return { text, tokens, classes, lemmas: tokens.map((t, k) => lemmaOf(k, t)), stems: new Set(contentStems(tokens)) };
  });
}

export interface Statement {
  path: string;
  start: number;
  end: number;
  text: string;
  /** The quotation the statement's words lie in, null for a sentence in the source's voice. */
  quote: Quote | null;
  wording: Wording;
  /** The wording's tokens placed in the document (computed on first use). */
  readonly tokens: readonly Token[];
  /** The story's entity mentions inside the statement. */
  entities: readonly EntityMention[];
  /** Dates inside the statement. */
  dates: readonly DateMention[];
}

/** A statement whose tokens are placed in the document only when a rule reads them: most are compared by their wording alone. */
class PlacedStatement implements Statement {
  private placed: Token[] | undefined;
  constructor(
    readonly path: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly quote: Quote | null,
    readonly wording: Wording,
    readonly entities: readonly EntityMention[],
    readonly dates: readonly DateMention[],
  ) {}
  get tokens(): readonly Token[] {
    return (this.placed ??= this.wording.tokens.map((t) => ({ ...t, start: t.start + this.start, end: t.end + this.start })));
  }
}

export interface StatementSource {
  path: string;
  text: string;
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  /** The story's (linked) mentions of the document. */
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
}

/** Statements of one document: each sentence, and the part of each inside a quoted statement. */
export function statementsOf(doc: StatementSource): Statement[] {
  const out: Statement[] = [];
  const entities = spanIndex(doc.entities);
  const dates = spanIndex(doc.dates);
  // By span: an article may hold hundreds of sentences and quotations, each sentence reads only its own.
  const quoted = spanIndex(doc.quotes.filter((q) => q.kind === 'statement'));
  const make = (start: number, end: number, quote: Quote | null, wording: Wording) => {
    out.push(new PlacedStatement(doc.path, start, end, doc.text.slice(start, end), quote, wording, entities.inside(start, end), dates.inside(start, end)));
  };
  for (const s of doc.sentences) {
    const lemmaOf = (k: number, t: Token) => s.lemmas[k] ?? t.stem;
    const whole = wordingOf(s.text, s.classes, lemmaOf);
    if (whole.tokens.length === 0) continue;
    make(s.start, s.end, null, whole);
    for (const q of quoted.overlapping(s.start, s.end)) {
      const start = Math.max(q.start, s.start);
      const end = Math.min(q.end, s.end);
      if (end <= start) continue;
      // The quoted words' classes and lemmas are those of the same words in the sentence.
      const first = whole.tokens.findIndex((t) => t.start >= start - s.start);
      if (first < 0) continue;
      let last = first;
      while (last < whole.tokens.length && whole.tokens[last].end <= end - s.start) last++;
      if (last === first) continue;
      const text = doc.text.slice(start, end);
      const part = wordingOf(text, whole.classes.slice(first, last), (k) => whole.lemmas[first + k]);
      // Tokenized alone, the quoted text may split differently at its edges: then it stands as it is.
      if (part.tokens.length !== last - first) continue;
      make(start, end, q, part);
    }
  }
  return out;
}
