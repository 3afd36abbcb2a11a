import { stemmer } from 'stemmer';
import { memo, textCache } from './collections';
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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

/** Function words, ignored when deciding whether two sentences say the same thing. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from as into onto about over under after before ' +
    "than then that this these those there here it its it's they them their theirs we us our ours you your he him his she her " +
    'i me my is are was were be been being am do does did done have has had having will would shall should can could ' +
    'may might must also very just which who whom whose what when where why how while if whether because since ' +
    "not no n't all any some such each both other another more most many much own same up out off again once only " +
    'said says say told according mr mrs ms dr'
  ).split(' '),
);

/** Stemming is pure and news reuses its words: remember each stem. */
const stems = textCache<string>(100_000);
export function stemOf(norm: string): string {
  return memo(stems, norm, stemmer);
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\.$/, '');
}

/** Words of `text` (a slice of a document starting at `offset`), with document offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing period belongs to the word only for abbreviations (U.S., Mr.), not at a sentence end.
    if (word.endsWith('.') && !periodOfAbbreviation(word, word.length - 1)) {
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

/** The forms of "be", "have" and "do": auxiliaries before a main verb, no event of their own. */
export const BE_HAVE_DO: ReadonlySet<string> = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  'was',
  'were',
  'have',
  'has',
  'had',
  'having',
  'do',
  'does',
  'did',
]);

/**
 * Abbreviations whose period belongs to the word and ends no sentence: titles, months and company
 * suffixes. The one list the engine's tokenizer, sentence splitter and extractors read.
 */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt cpl pvt const det insp supt atty cmdr adm maj rev fr msgr inc corp co ltd plc bros dept univ assn ' +
    'mt ft no nos vs etc approx est jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
/** US state abbreviations ("Rancho Mirage, Calif."): abbreviations only when capitalized ("ill." is a word). */
const STATES = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'.split(' '),
);

/**
 * Whether the period at `dot` of `text` closes an abbreviation or an initial ("Mr.", "U.S.", "J.",
 * "Calif.") rather than a sentence. Reads at most the 8 characters before it.
 */
export function periodOfAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 8 && /[\p{L}.]/u.test(text[start - 1])) start--;
  const word = text.slice(start, dot);
  if (!word || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]))) return false;
  // An initial or a run of them ("J.", "U.S.").
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || (STATES.has(lower) && /^\p{Lu}/u.test(word));
}

/**
 * A line break ends a sentence when the next line opens like one (a capital, a digit, a quotation
 * mark) and the line does not stop mid-phrase: scraped articles put a headline, a dateline or each
 * paragraph on a line of its own, often without a final period.
 */
const LINE_BREAK = /[ \t]*\r?\n\s*(?=["“‘'([]?[\p{Lu}\p{N}])/gu;
const MID_PHRASE = /(?:[,;:\-–—(]|\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that)) *$/iu;

/**
 * Sentences of one paragraph. A sentence ends at . ! ? (and any closing quotes or brackets after
 * it) followed by white space and a capital letter, digit or opening quote; abbreviations and
 * initials do not end one. A line break ends one too (see LINE_BREAK).
 */
export function splitSentences(paragraph: TextSpan): TextSpan[] {
  const text = paragraph.text;
  const ends: number[] = [];
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === '.' && periodOfAbbreviation(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  if (text.includes('\n')) {
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
      if (!MID_PHRASE.test(text.slice(Math.max(0, m.index - 8), m.index))) ends.push(m.index);
    }
    ends.sort((x, y) => x - y);
  }
  const out: TextSpan[] = [];
  let start = 0;
  for (const end of ends) {
    if (end <= start) continue;
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
