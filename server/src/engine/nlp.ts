// compromise's tagger without the views of compromise/three, which the extractors do not use:
// the same tags (checked on all dev paragraphs), parsed ~9% faster.
import compromise from 'compromise/two';
import { memo, PARAGRAPH_CACHE_SIZE, SENTENCE_CACHE_SIZE, textCache } from './collections';
import type { Span } from './types';

/** A compromise instance the engine tags with: compromise/two's, or one with more plugins registered. */
export type Compromise = typeof compromise;

/**
 * What the extractors read from compromise about one paragraph: its term tags, people and
 * organizations. compromise documents are large; these are a small part of one, so only they are
 * kept (a workspace check of 1,000 articles would otherwise hold hundreds of parses).
 */
export interface ParsedParagraph {
  /** Tags of each term by the term's offset in the paragraph. */
  tags: ReadonlyMap<number, ReadonlySet<string>>;
  people: readonly PersonRun[];
  /** compromise's organizations ('#Organization+'), for documents without entity mentions. */
  organizations: readonly Span[];
}

const paragraphs = textCache<ParsedParagraph>(PARAGRAPH_CACHE_SIZE);

interface FrozenTerm {
  machine?: string;
  normal: string;
  frozen?: boolean;
}
interface FreezeWorld {
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag(terms: FrozenTerm[], tag: string, world: FreezeWorld, safe: boolean, reason: string): void } };
}

interface FrozenSummary {
  firstWords: ReadonlySet<string>;
  singleWords: boolean;
}
const frozenSummaries = new WeakMap<FreezeWorld, FrozenSummary>();

/**
 * What a compromise world's frozen lexicon holds, read once per world: only `nlp.addWords(words,
 * true)` adds to it, and the engine never calls it (a unit test compares the tags with
 * compromise's own step).
 */
function frozenSummary(world: FreezeWorld): FrozenSummary {
  let summary = frozenSummaries.get(world);
  if (!summary) {
    const keys = Object.keys(world.model.one.frozenLex);
    summary = {
      firstWords: new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')))),
      singleWords: keys.some((k) => !k.includes(' ')),
    };
    frozenSummaries.set(world, summary);
  }
  return summary;
}

/**
 * compromise's 'freeze' step with the same result for less: at every word that starts any
 * multi-word lexicon entry (2,133 first words, "new", "the" and "in" among them) compromise joins
 * every longer run of words to look it up in its frozen lexicon, whose 95 entries (all of several
 * words) start with far fewer. Runs are joined only where a frozen entry could start: the step
 * took ~1.8% of the CLI's single-threaded analysis time, now ~0.6% (profiled over ecb-dev and
 * conll-dev).
 */
function freeze(view: { world: FreezeWorld; docs: FrozenTerm[][] }): void {
  const world = view.world;
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache ?? {};
  const hasOwn = Object.prototype.hasOwnProperty;
  const FROZEN = frozenSummary(world);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i];
      const word = t.machine || t.normal;
      // A term with a space in it would start entries under another first word: compromise's loop then.
      if ((FROZEN.firstWords.has(word) || word.includes(' ')) && multi[word] !== undefined && terms[i + 1]) {
        for (let k = i + multi[word] - 1; k > i; k -= 1) {
          const words = terms.slice(i, k + 1);
          const str = words.map((term) => term.machine || term.normal).join(' ');
          if (hasOwn.call(frozenLex, str)) {
            world.methods.one.setTag(words, frozenLex[str], world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (FROZEN.singleWords && frozenLex[word] !== undefined && hasOwn.call(frozenLex, word)) {
        world.methods.one.setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}
interface TokenizerMethods {
  killUnicode(str: string, world: unknown): string;
  tokenize: {
    splitWhitespace(txt: string, model: unknown): { text: string; pre: string; post: string; tags: Set<string>; normal?: string };
    splitSentences(text: string, world: unknown): string[];
    splitTerms(text: string, model: unknown): string[];
    fromString(input: string, world: unknown): Array<Array<{ text: string; pre: string; post: string; tags: Set<string>; normal?: string }>>;
  };
}

/** A term as compromise's 'normal' step reads and writes it. */
interface NormalizedTerm {
  text?: string;
  normal?: string;
}
/** A compute step over a view's terms. */
type TermStep = (view: { world: unknown; docs: NormalizedTerm[][] }) => void;

/** What the engine reads and replaces in a compromise world. */
interface EngineWorld {
  model: { one: { emoticons: Record<string, unknown>; lexicon: Record<string, string | string[]> } };
  methods: { one: TokenizerMethods; two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string } } } };
  compute: { normal: TermStep };
}

/**
 * Faster paths through two of compromise's tokenizer methods for the words most terms are, with
 * the same results (tags, normal forms and punctuation identical on all dev paragraphs; a unit
 * test compares with compromise's own): tagging the dev paragraphs took ~10% less time.
 * - `killUnicode` maps accented letters to plain ones through a table, splitting every word into
 *   characters; its table maps no ASCII character to another, so ASCII words come back as they are.
 * - `splitWhitespace` separates a term's punctuation before and after it, testing each character;
 *   a run of letters or digits followed by spaces or line breaks has none before and only those after.
 * compromise looks both up on its methods object at each call, so they are replaced there.
 */
const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_TERM = /^([\p{L}\p{N}]+)([ \t\r\n]*)$/u;
type CompromiseTokenizer = Pick<TokenizerMethods, 'killUnicode'> & Pick<TokenizerMethods['tokenize'], 'splitWhitespace'>;
/** compromise's own two methods, by the methods object they were replaced in (the unit test compares). */
const compromiseTokenizers = new WeakMap<TokenizerMethods, CompromiseTokenizer>();

/**
 * compromise's 'normal' step with the same result for less (~5% of the analysis): a term's normal
 * form is its text in lower case and trimmed, without the punctuation around it, commas in numbers,
 * zero-width characters or the periods of an acronym, and in plain letters. compromise runs every
 * one of those regular expressions on every term; most terms are a word of letters or digits alone,
 * on which none can match, and only a term with a period can be an acronym that loses one.
 */
const LETTERS_OR_DIGITS = /^[\p{L}\p{N}]+$/u;

function cleanedTerm(text: string): string {
  let str = text.toLowerCase().trim();
  if (LETTERS_OR_DIGITS.test(str)) return str;
  const original = str;
  str = str.replace(/[,;.!?]+$/, '');
  if (str.includes('\u2026')) str = str.replace(/\u2026/g, '...');
  if (str.includes('\u2013')) str = str.replace(/\u2013/g, '-');
  if (!/^[:;]/.test(str))
    str = str
      .replace(/\.{3,}$/, '')
      .replace(/[",.!:;?)]+$/, '')
      .replace(/^['"(]+/, '');
  str = str.replace(/[\u200B-\u200D\uFEFF]/g, '').trim();
  if (str === '') str = original;
  return str.includes(',') ? str.replace(/([0-9]),([0-9])/g, '$1$2') : str;
}

/** An acronym's periods dropped ("u.s." is "us"); compromise's four tests, for a term with a period only. */
function withoutAcronymPeriods(str: string): string {
  if (!str.includes('.')) return str;
  const acronym = /([A-Z]\.)+[A-Z]?,?$/.test(str) || /([a-z]\.)+[a-z]\.?$/.test(str) || /^[A-Z]\.,?$/.test(str) || /[A-Z]{2,}('s|,)?$/.test(str);
  return acronym ? str.replace(/\./g, '') : str;
}

/** A term's normal form, as compromise's 'normal' step gives it. */
function normalForm(text: string | undefined, world: EngineWorld): string {
  return withoutAcronymPeriods(world.methods.one.killUnicode(cleanedTerm(text || ''), world));
}

/**
 * The two places compromise computes normal forms: its 'normal' step, and its tokenizer's
 * `fromString`, which does the same for each term as it splits the text (and the step again after).
 */
interface Normalizers {
  normal: TermStep;
  fromString: TokenizerMethods['tokenize']['fromString'];
}
/** compromise's own, by the world they were replaced in (the unit test compares). */
const compromiseNormalizers = new WeakMap<object, Normalizers>();

function useFasterTokenizer(world: EngineWorld): void {
  const { tokenize } = world.methods.one;
  compromiseNormalizers.set(world, { normal: world.compute.normal, fromString: tokenize.fromString });
  world.compute.normal = (view) => {
    for (const terms of view.docs) for (const t of terms) t.normal = normalForm(t.text, world);
  };
  tokenize.fromString = (input, w) =>
    tokenize.splitSentences(input || '', w).map((sentence) =>
      tokenize.splitTerms(sentence, (w as EngineWorld).model).map((piece) => {
        const term = tokenize.splitWhitespace(piece, (w as EngineWorld).model);
        term.normal = normalForm(term.text, world);
        return term;
      }),
    );
  const methods = world.methods.one;
  const { emoticons } = world.model.one;
  const {
    killUnicode,
    tokenize: { splitWhitespace },
  } = methods;
  compromiseTokenizers.set(methods, { killUnicode, splitWhitespace });
  methods.killUnicode = (str, w) => (str && ASCII.test(str) ? str : killUnicode(str, w));
  methods.tokenize.splitWhitespace = (txt, model) => {
    const plain = PLAIN_TERM.exec(txt);
    return plain && !Object.hasOwn(emoticons, plain[1]) ? { text: plain[1], pre: '', post: plain[2], tags: new Set() } : splitWhitespace(txt, model);
  };
}

/**
 * The engine's changes to compromise, as a compromise plugin: the faster 'freeze' step (run as
 * 'frozenWords') and the faster tokenizer methods. Registered once per compromise world (see
 * `taggerFor`): registered twice, the tokenizer would wrap its own wrappers.
 */
const ENGINE_PLUGIN = {
  compute: { frozenWords: freeze },
  mutate: (world: EngineWorld) => useFasterTokenizer(world),
};

/**
 * compromise's pipeline after tokenizing, without its post-tagger: the post-tagger's corrections
 * take two thirds of the parse time and change almost nothing the extractors' own rules do not
 * already decide (dev sets: entity F1 0.902 vs 0.903, speakers 0.871 and dates and quotations
 * unchanged; contradiction recall within seed-to-seed noise), so tagging is ~2.5x cheaper. Nor
 * term ids and typeahead, which only compromise's views and its typeahead plugin read: without
 * them the tags of all 3,721 dev paragraphs are the same, and tagging is ~3% faster. Its 'freeze'
 * step is `freeze` above (the same tags and frozen terms on every dev paragraph).
 */
function taggingSteps(nlp: Compromise): string[] {
  return nlp
    .hooks()
    .filter((h) => !['alias', 'machine', 'contractions', 'postTagger', 'id', 'typeahead'].includes(h))
    .map((h) => (h === 'freeze' ? 'frozenWords' : h));
}

/** What the engine reads through one compromise world, with the engine's plugin registered in it. */
export class Tagger {
  /** The compromise hooks a parse runs (see `taggingSteps`). */
  readonly tagging: readonly string[];
  /** compromise's lexicon: its tags of known words and names. */
  readonly lexicon: Readonly<Record<string, string | string[]>>;
  private readonly world: EngineWorld;
  private readonly toInfinitive: EngineWorld['methods']['two']['transform']['verb']['toInfinitive'];
  /**
   * Sets of tags by the tags in the order compromise added them, one tag per level: immutable
   * sets of this world's tags, so kept per world rather than per engine's caches.
   */
  private readonly tagSets: TagSetNode = { next: new Map() };
  private tagSetNodes = 0;

  constructor(private readonly nlp: Compromise) {
    this.world = nlp.world() as unknown as EngineWorld;
    this.tagging = taggingSteps(nlp);
    this.lexicon = this.world.model.one.lexicon;
    this.toInfinitive = this.world.methods.two.transform.verb.toInfinitive;
  }

  /** compromise's own sentence split: pieces that together are the text, each with the white space after it. */
  splitSentences(text: string): string[] {
    return this.world.methods.one.tokenize.splitSentences(text, this.world);
  }

  parseSentence(text: string): ParsedParagraph {
    const doc = this.nlp.tokenize(text).compute(this.tagging as string[]);
    doc.compute('offset');
    const parsed = (doc as unknown as { docs: ParsedTerm[][] }).docs;
    return { tags: this.termTags(parsed), people: personRuns(parsed), organizations: organizationRuns(parsed) };
  }

  /** The infinitive of a verb form compromise tagged with `tense` ("left", 'PastTense' → "leave"). */
  verbInfinitive(word: string, tense: string | undefined): string {
    return this.toInfinitive(word, this.world.model, tense) || word;
  }

  /** compromise's tags of each term by the term's offset in the parsed text (without the cost of json()). */
  private termTags(sentences: ParsedTerm[][]): Map<number, ReadonlySet<string>> {
    const tags = new Map<number, ReadonlySet<string>>();
    // The term takes the shared set too: `personRuns` reads the terms' tags after this.
    for (const terms of sentences) for (const t of terms) tags.set(t.offset.start, (t.tags = this.sharedTags(t.tags) as Set<string>));
    return tags;
  }

  /**
   * The shared set with the same tags as `tags`. Each term's own set took ~150 bytes, and the caches
   * of parses and paragraph tokens held one per word of every paragraph analysed: ~50 MB after a
   * workspace check of 1,000 articles, which ran the analysis worker out of memory. Looked up tag by
   * tag: a key string built per term took 1.5% of the parse.
   */
  private sharedTags(tags: Set<string>): ReadonlySet<string> {
    let node = this.tagSets;
    for (const tag of tags) {
      let next = node.next.get(tag);
      if (!next) {
        if (this.tagSetNodes >= MAX_TAG_SET_NODES) return tags;
        this.tagSetNodes++;
        next = { next: new Map() };
        node.next.set(tag, next);
      }
      node = next;
    }
    return (node.set ??= tags);
  }
}

const taggers = new WeakMap<object, Tagger>();

/** The tagger of `nlp`'s world, registering the engine's plugin there the first time only. */
export function taggerFor(nlp: Compromise): Tagger {
  const world = nlp.world();
  let tagger = taggers.get(world);
  if (!tagger) {
    nlp.plugin(ENGINE_PLUGIN as unknown as Parameters<Compromise['plugin']>[0]);
    taggers.set(world, (tagger = new Tagger(nlp)));
  }
  return tagger;
}

/** compromise/two, set up for the engine: the default engine's, and the one outside any engine's call. */
export const nlp = compromise;
const DEFAULT_TAGGER = taggerFor(nlp);
/** The default tagger's steps and compromise's own tokenizer methods it replaced (the unit tests compare). */
export const TAGGING = DEFAULT_TAGGER.tagging as string[];
export const COMPROMISE_TOKENIZER = compromiseTokenizers.get((nlp.methods() as unknown as { one: TokenizerMethods }).one)!;
export const COMPROMISE_NORMALIZERS = compromiseNormalizers.get(nlp.world())!;

/**
 * The tagger of the engine instance whose call is running (as with its caches, see `withCaches`):
 * outside any call, the default engine's.
 */
let activeTagger = DEFAULT_TAGGER;

export function withTagger<T>(tagger: Tagger, work: () => T): T {
  const outer = activeTagger;
  activeTagger = tagger;
  try {
    return work();
  } finally {
    activeTagger = outer;
  }
}

/** compromise's lexicon of the running engine. */
export function lexicon(): Readonly<Record<string, string | string[]>> {
  return activeTagger.lexicon;
}

/** The infinitive of a verb form compromise tagged with `tense` ("left", 'PastTense' → "leave"). */
export function verbInfinitive(word: string, tense: string | undefined): string {
  return activeTagger.verbInfinitive(word, tense);
}

/**
 * Parses by sentence. compromise tags each sentence on its own, so a paragraph's parse is its
 * sentences' parses side by side: an edit re-tags the one sentence it changed, not its paragraph.
 */
const sentences = textCache<ParsedParagraph>(SENTENCE_CACHE_SIZE);

/** The parse of one paragraph's text, shared by all extractors (LRU by text). */
export function parsedParagraph(text: string): ParsedParagraph {
  return memo(paragraphs, text, (t) => {
    const tagger = activeTagger;
    const parseSentence = (sentence: string) => tagger.parseSentence(sentence);
    const pieces = tagger.splitSentences(t);
    if (pieces.length <= 1) return memo(sentences, t, parseSentence);
    const tags = new Map<number, ReadonlySet<string>>();
    const people: PersonRun[] = [];
    const organizations: Span[] = [];
    let at = 0;
    for (const piece of pieces) {
      const p = memo(sentences, piece, parseSentence);
      for (const [offset, set] of p.tags) tags.set(at + offset, set);
      for (const r of p.people) people.push({ ...r, start: at + r.start, end: at + r.end });
      for (const o of p.organizations) organizations.push({ start: at + o.start, end: at + o.end });
      at += piece.length;
    }
    return { tags, people, organizations };
  });
}

/** A term of a compromise parse, as its sentences hold it after `compute('offset')`. */
interface ParsedTerm {
  text: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** A level of the tree of shared tag sets (see `Tagger.sharedTags`). */
interface TagSetNode {
  next: Map<string, TagSetNode>;
  set?: ReadonlySet<string>;
}
/** Far more than the combinations compromise's tagger makes (~1,500 over the dev archive); past it, new ones keep their own sets. */
const MAX_TAG_SET_NODES = 50_000;

/** Where a run of terms ends as compromise's json() reports it: with the punctuation right after. */
function runEnd(last: ParsedTerm): number {
  return last.offset.start + last.text.length + last.post.trimEnd().length;
}

/** compromise's organizations(): runs of terms tagged Organization within a sentence. */
function organizationRuns(sentences: ParsedTerm[][]): Span[] {
  const out: Span[] = [];
  for (const terms of sentences) {
    for (let i = 0; i < terms.length; i++) {
      if (!terms[i].tags.has('Organization')) continue;
      let j = i;
      while (j + 1 < terms.length && terms[j + 1].tags.has('Organization')) j++;
      out.push({ start: terms[i].offset.start, end: runEnd(terms[j]) });
      i = j;
    }
  }
  return out;
}

/** A person's name as compromise's people() finds it: its terms and its span in the parsed text. */
export interface PersonRun {
  start: number;
  /** Just past the name and any punctuation right after it (as people().json reports it). */
  end: number;
  terms: ReadonlyArray<{ text: string; tags: ReadonlySet<string> }>;
}

/**
 * compromise's people() ('#Honorific+? #Person+', split after a comma and after a possessive other
 * than his/her), read off the tagged terms directly: the view and its json cost as much as a
 * tenth of the parse itself.
 */
function personRuns(sentences: ParsedTerm[][]): PersonRun[] {
  const out: PersonRun[] = [];
  for (const terms of sentences) {
    let run: ParsedTerm[] = [];
    const flush = () => {
      if (run.some((t) => t.tags.has('Person'))) {
        const last = run[run.length - 1];
        out.push({ start: run[0].offset.start, end: runEnd(last), terms: run.map((t) => ({ text: t.text, tags: t.tags })) });
      }
      run = [];
    };
    for (const t of terms) {
      // A capitalized proper noun or an initial after a first name continues the name (what the post-tagger would tag).
      if (
        t.tags.has('Person') ||
        (run.some((x) => x.tags.has('Person')) && /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || /^\p{Lu}\.?$/u.test(t.text)))
      )
        run.push(t);
      else if (t.tags.has('Honorific')) {
        // Honorifics lead a name; one after a name starts the next.
        if (run.some((x) => !x.tags.has('Honorific'))) flush();
        run.push(t);
      } else {
        flush();
        continue;
      }
      if (t.post.includes(',') || (t.tags.has('Possessive') && !/^(?:his|her)$/i.test(t.text))) flush();
    }
    flush();
  }
  return out;
}
