// compromise's tagger without the views of compromise/three, which the extractors do not use:
// the same tags (checked on all dev paragraphs), parsed ~9% faster.
import nlp from 'compromise/two';
import { memo, PARAGRAPH_CACHE_SIZE, SENTENCE_CACHE_SIZE, TextCache } from './collections';
import type { Span } from './types';

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

const paragraphs = new TextCache<ParsedParagraph>(PARAGRAPH_CACHE_SIZE);
/** compromise's one world (model and methods), which its plugins extend in place. */
const world = nlp.world();

interface FrozenTerm {
  machine?: string;
  normal: string;
  frozen?: boolean;
}
interface FreezeWorld {
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag(terms: FrozenTerm[], tag: string, world: FreezeWorld, safe: boolean, reason: string): void } };
}

/**
 * What compromise's frozen lexicon holds, read once: only `nlp.addWords(words, true)` adds to it,
 * and the engine never calls it (a unit test compares the tags with compromise's own step).
 */
const FROZEN = (() => {
  const keys = Object.keys((world as unknown as FreezeWorld).model.one.frozenLex);
  return { firstWords: new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')))), singleWords: keys.some((k) => !k.includes(' ')) };
})();

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
nlp.plugin({ compute: { frozenWords: freeze } } as unknown as Parameters<typeof nlp.plugin>[0]);

interface TokenizerMethods {
  killUnicode(str: string, world: unknown): string;
  tokenize: {
    splitWhitespace(txt: string, model: unknown): { text: string; pre: string; post: string; tags: Set<string> };
    splitSentences(text: string, world: unknown): string[];
  };
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
const tokenizerMethods = (nlp.methods() as unknown as { one: TokenizerMethods }).one;
/** compromise's own two methods (the unit test compares). */
export const COMPROMISE_TOKENIZER = { killUnicode: tokenizerMethods.killUnicode, splitWhitespace: tokenizerMethods.tokenize.splitWhitespace };
{
  const { emoticons } = (world as unknown as { model: { one: { emoticons: Record<string, unknown> } } }).model.one;
  const { killUnicode, splitWhitespace } = COMPROMISE_TOKENIZER;
  tokenizerMethods.killUnicode = (str, w) => (str && ASCII.test(str) ? str : killUnicode(str, w));
  tokenizerMethods.tokenize.splitWhitespace = (txt, model) => {
    const plain = PLAIN_TERM.exec(txt);
    return plain && !Object.prototype.hasOwnProperty.call(emoticons, plain[1]) ? { text: plain[1], pre: '', post: plain[2], tags: new Set() } : splitWhitespace(txt, model);
  };
}

/**
 * compromise's pipeline after tokenizing, without its post-tagger: the post-tagger's corrections
 * take two thirds of the parse time and change almost nothing the extractors' own rules do not
 * already decide (dev sets: entity F1 0.902 vs 0.903, speakers 0.871 and dates and quotations
 * unchanged; contradiction recall within seed-to-seed noise), so tagging is ~2.5x cheaper. Nor
 * term ids and typeahead, which only compromise's views and its typeahead plugin read: without
 * them the tags of all 3,721 dev paragraphs are the same, and tagging is ~3% faster. Its 'freeze'
 * step is `freeze` above (the same tags and frozen terms on every dev paragraph).
 */
export const TAGGING = nlp
  .hooks()
  .filter((h) => !['alias', 'machine', 'contractions', 'postTagger', 'id', 'typeahead'].includes(h))
  .map((h) => (h === 'freeze' ? 'frozenWords' : h));

/** compromise's own sentence split: pieces that together are the text, each with the white space after it. */
const splitSentences = (text: string): string[] => tokenizerMethods.tokenize.splitSentences(text, world);

/**
 * Parses by sentence. compromise tags each sentence on its own, so a paragraph's parse is its
 * sentences' parses side by side: an edit re-tags the one sentence it changed, not its paragraph.
 */
const sentences = new TextCache<ParsedParagraph>(SENTENCE_CACHE_SIZE);

function parseSentence(text: string): ParsedParagraph {
  const doc = nlp.tokenize(text).compute(TAGGING);
  doc.compute('offset');
  const parsed = (doc as unknown as { docs: ParsedTerm[][] }).docs;
  return { tags: termTags(parsed), people: personRuns(parsed), organizations: organizationRuns(parsed) };
}

/** The parse of one paragraph's text, shared by all extractors (LRU by text). */
export function parsedParagraph(text: string): ParsedParagraph {
  return memo(paragraphs, text, (t) => {
    const pieces = splitSentences(t);
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

/** Sets of tags by the tags in the order compromise added them, one tag per level. */
interface TagSetNode {
  next: Map<string, TagSetNode>;
  set?: ReadonlySet<string>;
}
const tagSets: TagSetNode = { next: new Map() };
let tagSetNodes = 0;
/** Far more than the combinations compromise's tagger makes (~1,500 over the dev archive); past it, new ones keep their own sets. */
const MAX_TAG_SET_NODES = 50_000;

/**
 * The shared set with the same tags as `tags`. Each term's own set took ~150 bytes, and the caches
 * of parses and paragraph tokens held one per word of every paragraph analysed: ~50 MB after a
 * workspace check of 1,000 articles, which ran the analysis worker out of memory. Looked up tag by
 * tag: a key string built per term took 1.5% of the parse.
 */
function sharedTags(tags: Set<string>): ReadonlySet<string> {
  let node = tagSets;
  for (const tag of tags) {
    let next = node.next.get(tag);
    if (!next) {
      if (tagSetNodes >= MAX_TAG_SET_NODES) return tags;
      tagSetNodes++;
      next = { next: new Map() };
      node.next.set(tag, next);
    }
    node = next;
  }
  return (node.set ??= tags);
}

/** compromise's tags of each term by the term's offset in the parsed text (without the cost of json()). */
function termTags(sentences: ParsedTerm[][]): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, ReadonlySet<string>>();
  // The term takes the shared set too: `personRuns` reads the terms' tags after this.
  for (const terms of sentences) for (const t of terms) tags.set(t.offset.start, (t.tags = sharedTags(t.tags) as Set<string>));
  return tags;
}

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
      if (t.tags.has('Person') || (run.some((x) => x.tags.has('Person')) && /^\p{Lu}/u.test(t.text) && (t.tags.has('ProperNoun') || /^\p{Lu}\.?$/u.test(t.text)))) run.push(t);
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

export { nlp };

interface VerbTransforms {
  two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string } } };
}
const toInfinitive = (world as unknown as { methods: VerbTransforms }).methods.two.transform.verb.toInfinitive;
const model = (world as unknown as { model: unknown }).model;

/** The infinitive of a verb form compromise tagged with `tense` ("left", 'PastTense' → "leave"). */
export function verbInfinitive(word: string, tense: string | undefined): string {
  return toInfinitive(word, model, tense) || word;
}
