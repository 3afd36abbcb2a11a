import { memo, PARAGRAPH_CACHE_SIZE, SENTENCE_CACHE_SIZE, textCache } from '../collections';
import { parsedParagraph, verbInfinitive } from '../nlp';
import { splitSentences, stemOf, tokenize } from '../text';
import type { Sentence, TextSpan } from '../types';

/**
 * Sentences with what the story check reads of their words and cannot work out without compromise:
 * a word class per token and the base form of verbs ("left" is "leave"). The check compares
 * sentences of several sources, most of them analysed long before, when compromise's parse of
 * their paragraphs is no longer cached: so this is read off the parse while it is at hand.
 */

/**
 * One character per word class, in order of precedence where compromise gives a word several tags.
 * Nouns for people by their role ("actor", "spokesman") are compromise's Actor tag.
 */
const CLASSES: Array<[tag: string, code: string]> = [
  ['Negative', 'X'],
  ['Modal', 'M'],
  ['Copula', 'A'],
  ['Auxiliary', 'A'],
  ['Pronoun', 'U'],
  ['Actor', 'T'],
  ['Ordinal', 'O'],
  ['Value', 'C'],
  ['Gerund', 'G'],
  ['PastTense', 'D'],
  ['Participle', 'D'],
  ['Verb', 'V'],
  ['Person', 'R'],
  ['Place', 'R'],
  ['Organization', 'R'],
  ['ProperNoun', 'R'],
  ['Plural', 'S'],
  ['Noun', 'N'],
  ['Adjective', 'J'],
  ['Adverb', 'B'],
  ['Preposition', 'E'],
  ['Conjunction', 'K'],
  ['Determiner', 'Q'],
];

function classOf(tags: ReadonlySet<string> | undefined): string {
  if (!tags) return '.';
  for (const [tag, code] of CLASSES) if (tags.has(tag)) return code;
  return '.';
}

const TENSE: Record<string, string> = { D: 'PastTense', G: 'Gerund', V: 'PresentTense' };

interface Annotation {
  classes: string;
  lemmas: Record<number, string>;
}

/** Keyed by the sentence's text and its words' tags: compromise tags each sentence on its own. */
const annotations = textCache<Annotation>(SENTENCE_CACHE_SIZE);

function annotate(sentence: TextSpan, paragraph: TextSpan, tags: ReadonlyMap<number, ReadonlySet<string>>): Annotation {
  const tokens = tokenize(sentence.text);
  const offset = sentence.start - paragraph.start;
  let classes = '';
  for (const t of tokens) classes += classOf(tags.get(offset + t.start));
  return memo(annotations, `${classes}\u0000${sentence.text}`, () => {
    const lemmas: Record<number, string> = {};
    tokens.forEach((t, k) => {
      const tense = TENSE[classes[k]];
      if (!tense) return;
      const lemma = stemOf(verbInfinitive(t.norm, tense));
      if (lemma !== t.stem) lemmas[k] = lemma;
    });
    return { classes, lemmas };
  });
}

/** A paragraph's annotated sentences at offset 0, by the paragraph's text: an edit re-reads only its paragraph. */
const paragraphSentences = textCache<readonly Sentence[]>(PARAGRAPH_CACHE_SIZE);

/** The sentences of one paragraph, annotated. */
export function annotatedSentences(paragraph: TextSpan): Sentence[] {
  const local = memo(paragraphSentences, paragraph.text, (text) => {
    const at0 = { start: 0, end: text.length, text };
    const { tags } = parsedParagraph(text);
    return splitSentences(at0).map((s) => ({ ...s, ...annotate(s, at0, tags) }));
  });
  return local.map((s) => ({ ...s, start: s.start + paragraph.start, end: s.end + paragraph.start }));
}
