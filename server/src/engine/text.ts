import { stemmer } from 'stemmer';
import type { TextSpan } from './types';

/** A word of the text with its offsets and the normalized forms the comparisons use. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes made straight, possessive 's dropped. */
  norm: string;
  /** Porter stem of `norm`. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

/** Function words, ignored when deciding whether two sentences say the same thing. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from as into onto about over under after before ' +
    'than then that this these those there here it its it\'s they them their theirs we us our ours you your he him his she her ' +
    'i me my is are was were be been being am do does did done have has had having will would shall should can could ' +
    'may might must also very just which who whom whose what when where why how while if whether because since ' +
    'not no n\'t all any some such each both other another more most many much own same up out off again once only ' +
    'said says say told according mr mrs ms dr'
  ).split(' '),
);

/** Stemming is pure and news reuses its words: remember each stem (bounded). */
const stems = new Map<string, string>();
function stemOf(norm: string): string {
  let stem = stems.get(norm);
  if (stem === undefined) {
    stem = stemmer(norm);
    if (stems.size > 100_000) stems.clear();
    stems.set(norm, stem);
  }
  return stem;
}

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/\.$/, '');
}

/** Words of `text` (a slice of a document starting at `offset`), with document offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing period belongs to the word only for abbreviations (U.S., Mr.), not at a sentence end.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Inc|Corp|Co|Ltd|No)\.$/u.test(word)) {
      word = word.slice(0, -1);
    }
    const norm = normalizeWord(word);
    out.push({ start: offset + m.index, end: offset + m.index + word.length, text: word, norm, stem: stemOf(norm) });
  }
  return out;
}

export function contentStems(tokens: Token[]): string[] {
  return tokens.filter((t) => !STOPWORDS.has(t.norm) && !/^\d/.test(t.norm) && t.norm.length > 1).map((t) => t.stem);
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est)|\b\p{L}(?:\.\p{L})*)\.$/u;

/**
 * Sentences of one paragraph. A sentence ends at . ! ? (and any closing quotes or brackets after
 * it) followed by white space and a capital letter, digit or opening quote; abbreviations and
 * initials do not end one.
 */
export function splitSentences(paragraph: TextSpan): TextSpan[] {
  const text = paragraph.text;
  const out: TextSpan[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    if (m[0] === '.' && ABBREVIATION.test(before)) continue;
    pushTrimmed(out, paragraph, start, end);
    start = end;
  }
  pushTrimmed(out, paragraph, start, text.length);
  return out;
}

function pushTrimmed(out: TextSpan[], paragraph: TextSpan, from: number, to: number): void {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = paragraph.start + from + lead;
  out.push({ start, end: start + body.length, text: body });
}
