import { memo, perObject, textCache } from '../../collections';
import { telephoneNumberTokens, type Wording } from '../../story/statements';
import { stemOf, STOPWORDS, type Token } from '../../text';
import { TENS_WORDS, UNIT_WORDS, ORDINAL_WORDS } from '../../numberWords';

/**
 * Quantities as slots: a value, what it counts (its unit or the noun after it), and the words
 * around it, so that two statements' numbers are compared with the number that stands for the same
 * thing ("a $35,000 reward" / "a $52,000 reward"), however many numbers each sentence holds.
 */

export type QuantityKind = 'count' | 'ordinal' | 'age' | 'money' | 'percent';

export interface Quantity {
  value: number;
  /** Upper end of a range ("between six and eight", "$140-150 million"); `value` when none. */
  upper: number;
  /**
   * How the value is meant: exactly, about (within 20%), at least ("at least 10", "more than
   * 26,000": a lower bound) or at most ("up to 5", "fewer than 3").
   */
  bound: 'exact' | 'about' | 'min' | 'max';
  kind: QuantityKind;
  /** Currency code for money; stem of the counted noun for counts and ordinals ("officer", "round"); '' when none. */
  unit: string;
  /** Stems of the counted noun phrase ("ak-47", "rifl"). */
  head: readonly string[];
  /** The noun it counts or measures ("contract" in "a 10-year contract"), '' when none. */
  thing: string;
  /** Capitalized words qualifying it ("fifth NBA head coach"): what sets it apart from others of its unit. */
  qualifiers: readonly string[];
  /** Base-form stems of up to three content words before it in its clause ("pull", "gun"). */
  before: readonly string[];
  /** Stems of up to three content words after its noun phrase in its clause. */
  after: readonly string[];
  /** A word making it a part of a whole ("first 11 seasons", "another 3"), '' when none. */
  part: string;
  /** The preposition right before it ("by four wickets", "for nine wickets"), '' when none. */
  prep: string;
  /** Between commas right after a capitalized word ("Banky, 40,"): a person's age when the word names one. */
  apposition: boolean;
  /** What it counts are people ("officers", "guards", "women"). */
  people: boolean;
  /** Offsets in the wording's text: the number (with its currency sign and scale). */
  start: number;
  end: number;
  /** The number and its noun phrase as written, for messages ("$35,000 reward"). */
  phrase: string;
}

/** Numbers in words a quantity may be written with ("seven", "twenty", "a dozen"). */
const SMALL: ReadonlyMap<string, number> = new Map([...UNIT_WORDS, ...TENS_WORDS, ['dozen', 12]]);
/** Ordinals in words that rank a quantity ("the fifth title"); "first" is in most sentences, and ranks nothing one can count. */
const ORDINALS: ReadonlyMap<string, number> = new Map([...ORDINAL_WORDS].filter(([, n]) => n >= 2));
const SCALE = new Map<string, number>(
  Object.entries({
    hundred: 100,
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    k: 1e3,
    m: 1e6,
    mm: 1e6,
    mn: 1e6,
    mln: 1e6,
    b: 1e9,
    bn: 1e9,
    bln: 1e9,
    tn: 1e12,
  }),
);
const CURRENCY_SIGN: Array<[string, string]> = [
  ['US$', 'usd'],
  ['$', 'usd'],
  ['€', 'eur'],
  ['£', 'gbp'],
  ['¥', 'jpy'],
  ['₹', 'inr'],
];
const CURRENCY_WORD = new Map<string, string>(
  Object.entries({
    dollar: 'usd',
    dollars: 'usd',
    euro: 'eur',
    euros: 'eur',
    pound: 'gbp',
    pounds: 'gbp',
    yen: 'jpy',
    rupee: 'inr',
    rupees: 'inr',
    yuan: 'cny',
    francs: 'chf',
    franc: 'chf',
  }),
);
/** Words before a number that make it approximate, a lower bound or an upper bound, by the word right before it (and the one before that). */
const ABOUT = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'estimated', 'approx', 'circa', 'close']);
/** Units of time that "over" spans rather than exceeds. */
const SPAN_UNITS = new Set(['year', 'month', 'week', 'dai', 'hour', 'minut', 'decad', 'season', 'centuri']);
const AT_LEAST = new Set(['least', 'more', 'over', 'upwards', 'excess', 'beyond', 'exceeding', 'plus', 'minimum']);
const AT_MOST = new Set(['most', 'less', 'fewer', 'under', 'up', 'maximum', 'below']);
const APPROXIMATE = new Set([...ABOUT, ...AT_LEAST, ...AT_MOST, 'than', 'to', 'of', 'at']);
/** Prepositions that relate a number to what it measures in different ways. */
const RELATING = new Set(['by', 'for', 'of', 'to', 'from', 'with', 'per', 'in', 'at', 'on', 'under', 'over', 'than']);
/** Words before a count that make it a part of a whole ("his first 11 seasons" / "15 seasons"). */
const PART = new Set([
  'first',
  'last',
  'past',
  'next',
  'final',
  'previous',
  'top',
  'another',
  'other',
  'additional',
  'remaining',
  'initial',
  'further',
  'extra',
  'latest',
  'recent',
]);
/** Nouns for people that compromise does not tag as a person's role. */
const PEOPLE = new Set([
  'person',
  'peopl',
  'women',
  'woman',
  'men',
  'man',
  'children',
  'child',
  'kid',
  'boi',
  'girl',
  'adult',
  'teenag',
  'victim',
  'resid',
  'student',
  'worker',
  'civilian',
  'passeng',
  'hostag',
  'soldier',
  'troop',
  'guard',
  'offic',
  'pirat',
  'member',
  'son',
  'daughter',
  'brother',
  'sister',
  'voter',
  'candid',
  'prison',
  'inmat',
  'suspect',
]);
/** One noun for people however it is written. */
const UNIT_ALIAS = new Map<string, string>(Object.entries({ peopl: 'person', person: 'person', individu: 'person', yr: 'year' }));

/** Word classes that may stand between a number and the noun it counts ("five TDCJ officers", "six AK 47 rifles"). */
const MODIFIER = new Set(['J', 'B', 'R', 'C', 'O', 'D', 'G']);
const NOUN = new Set(['N', 'S', 'T']);
/** Word classes that end a noun phrase. */
const STOP = new Set(['E', 'K', 'Q', 'X', 'A', 'M', 'U']);

/** Punctuation between two tokens that ends a clause for the words around a number. */
function clauseBreak(text: string, from: number, to: number): boolean {
  return /[,;:()"“”!?]|[.](?!\d)/.test(text.slice(from, to));
}

export function numberWordValue(norm: string): number | null {
  const small = SMALL.get(norm);
  if (small !== undefined) return small;
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d[\d,]*(?:\.\d+)?$/.test(norm) ? Number(norm.replace(/,/g, '')) : null;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(norm);
  if (!hyphen) return null;
  const tens = SMALL.get(hyphen[1]);
  const units = SMALL.get(hyphen[2]);
  return tens !== undefined && units !== undefined && tens >= 20 && units < 10 ? tens + units : null;
}

interface Reading {
  value: number;
  upper: number;
  kind: QuantityKind;
  /** A unit the token itself carries ("36-year-old", "seven-party", "160mm"). */
  unit: string;
  scale: number;
}

/** The number a token is, alone: "4,000" is read with its thousands later, "36-year-old" here. */
function readToken(t: Token): Reading | null {
  const norm = t.norm;
  if (norm === 'one' || norm === 'a' || norm === 'zero') return null;
  const plain = numberWordValue(norm);
  if (plain !== null) return { value: plain, upper: plain, kind: 'count', unit: '', scale: 1 };
  const ordinal = ORDINALS.get(norm) ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(norm) ? Number(norm.slice(0, -2)) : undefined);
  if (ordinal !== undefined) return { value: ordinal, upper: ordinal, kind: 'ordinal', unit: '', scale: 1 };
  const scaled = /^(\d[\d,]*(?:\.\d+)?)(k|m|mm|mn|bn|b|tn)$/.exec(norm);
  if (scaled) {
    const v = Number(scaled[1].replace(/,/g, ''));
    return { value: v, upper: v, kind: 'count', unit: '', scale: SCALE.get(scaled[2])! };
  }
  const compound = /^([a-z]+|\d+(?:\.\d+)?)-(.+)$/.exec(norm);
  if (!compound) return null;
  const value = numberWordValue(compound[1]);
  if (value === null) return null;
  const rest = compound[2];
  // "140-150mm", "6-8": a range; "58-3", "45-7-2": a score or a record, no quantity.
  const range = /^(\d+(?:\.\d+)?)(k|m|mm|mn|bn|b)?$/.exec(rest);
  if (range) {
    const upper = Number(range[1]);
    if (!range[2] && !(upper > value)) return null;
    return upper > value ? { value, upper, kind: 'count', unit: '', scale: range[2] ? SCALE.get(range[2])! : 1 } : null;
  }
  if (/^years?-old$|^yr-old$/.test(rest)) return { value, upper: value, kind: 'age', unit: 'age', scale: 1 };
  const words = rest.split('-');
  if (!words.every((u) => /^[a-z]{2,}$/.test(u)) || numberWordValue(words[0]) !== null) return null;
  // "seven-party", "five-hour", "18,000-square-foot" / "800-square-metre": the unit is every word of it.
  const unit = words.map((u) => UNIT_ALIAS.get(stemOf(u)) ?? stemOf(u)).join('-');
  return { value, upper: value, kind: 'count', unit, scale: 1 };
}

/** The quantities of a statement's wording (cached by wording). */
// By wording object first (a wording is shared by every statement of its text), then by text.
export const quantitiesOf = perObject((w: Wording): readonly Quantity[] => memo(cache, `${w.classes}\u0000${w.text}`, () => read(w)));
const cache = textCache<readonly Quantity[]>(8000);

function read(w: Wording): Quantity[] {
  const { tokens, text } = w;
  const out: Quantity[] = [];
  const phone = telephoneNumberTokens(w);
  for (let i = 0; i < tokens.length; i++) {
    if (phone.has(i)) continue;
    const reading = readToken(tokens[i]);
    if (!reading) continue;
    const t = tokens[i];
    // Clock times ("6:00", "1:30 a.m.") are dates' business; ".357", ".38" are calibres, names more than numbers.
    if (text[t.end] === ':' || text[t.start - 1] === ':' || (text[t.start - 1] === '.' && !/\d/.test(text[t.start - 2] ?? ''))) continue;
    const n = numberAt(w, i, reading);
    const phrase = countedPhrase(w, i, n);
    // Years stand as dates ("in 2009"); a number alone, with nothing counted, is compared only by its words around.
    if (n.kind === 'count' && !n.unit && n.scale === 1 && /^\d{4}$/.test(t.norm) && n.value >= 1800 && n.value <= 2100) continue;
    const context = contextBefore(w, i, n);
    // "died at 91", "aged 64", "at age 85": an age.
    if (
      n.kind === 'count' &&
      !n.unit &&
      (context.ageAt || (tokens[i - 1]?.norm === 'at' && /^(?:die|dies|died|dead|dying)$/.test(tokens[i - 2]?.norm ?? '')))
    ) {
      n.kind = 'age';
      n.unit = 'age';
    }
    const afterStems: string[] = [];
    for (let a = phrase.next; a < tokens.length && afterStems.length < 3 && a < phrase.next + 5; a++) {
      if (clauseBreak(text, tokens[a - 1].end, tokens[a].start)) break;
      if (!STOPWORDS.has(tokens[a].norm) && !/^\d/.test(tokens[a].norm)) afterStems.push(w.lemmas[a]);
    }
    const apposition =
      n.kind === 'count' &&
      !n.unit &&
      /^\s*,\s*$/.test(n.before.slice(-2)) &&
      i > 0 &&
      /^\p{Lu}/u.test(tokens[i - 1].text) &&
      /^(?:\s*[,)]|\s*$|[.](?:\s|$))/.test(text.slice(n.end, n.end + 2));
    if (apposition) {
      n.kind = 'age';
      n.unit = 'age';
    }
    const phraseEnd = phrase.next > n.next && n.kind !== 'age' ? tokens[phrase.next - 1].end : n.end;
    out.push({
      value: n.value,
      upper: n.upper,
      bound: context.bound,
      kind: n.kind,
      unit: n.unit,
      head: phrase.headStems,
      thing: phrase.thing,
      qualifiers: phrase.qualifiers,
      before: context.beforeStems,
      after: afterStems,
      part: context.part || phrase.part,
      prep: context.prep,
      apposition,
      people: phrase.people,
      start: n.start,
      end: n.end,
      phrase: text.slice(n.start, Math.max(n.end, phraseEnd)),
    });
    // The noun phrase's words are read: a model number in it is no quantity of its own.
    i = Math.max(i, n.next - 1, n.kind === 'count' || n.kind === 'ordinal' ? phrase.next - 1 : 0);
  }
  return out;
}

/** The text between token `k` and the one before it (the text's start for the first). */
function gapBefore(w: Wording, k: number): string {
  const { tokens, text } = w;
  return k > 0 ? text.slice(tokens[k - 1].end, tokens[k].start) : text.slice(0, tokens[k].start);
}

/** A number of a wording as `read` takes it in: its value, what it is, and where it is written. */
interface NumberInText extends Reading {
  /** Offsets in the wording's text, with its currency sign and scale. */
  start: number;
  end: number;
  /** The index of the token after it (after its thousands, scale words and the end of its range). */
  next: number;
  /** The three characters before its first token. */
  before: string;
}

/** The number starting at token `i`: thousands, scale words ("million"), currency, percent and a range's upper end. */
function numberAt(w: Wording, i: number, reading: Reading): NumberInText {
  const { tokens, text } = w;
  const gap = (k: number) => gapBefore(w, k);
  const t = tokens[i];
  let { value, upper, scale } = reading;
  let { kind, unit } = reading;
  let k = i + 1;
  let end = t.end;
  // Thousands separators split a number into tokens ("4,000" is "4" and "000").
  if (/^\d{1,3}$/.test(t.norm)) {
    while (k < tokens.length && /^\d{3}(?:\.\d+)?(?:-|$)/.test(tokens[k].norm) && gap(k) === ',') {
      // "18,000-square-foot": the last group carries the unit.
      const group = readToken(tokens[k]);
      const digits = /^\d{3}(?:\.\d+)?/.exec(tokens[k].norm)![0];
      value = value * 1000 + Number(digits);
      upper = value;
      if (group?.unit) {
        unit = group.unit;
        kind = group.kind;
      }
      end = tokens[k].end;
      k++;
    }
  }
  while (k < tokens.length && SCALE.has(tokens[k].norm) && tokens[k].norm.length > 2 && /^\s+$/.test(gap(k))) {
    scale *= SCALE.get(tokens[k].norm)!;
    end = tokens[k].end;
    k++;
  }
  let start = t.start;
  const before = text.slice(Math.max(0, t.start - 3), t.start);
  const sign = CURRENCY_SIGN.find(([s]) => before.endsWith(s));
  if (sign) {
    kind = 'money';
    unit = sign[1];
    start = t.start - sign[0].length;
  } else if (k < tokens.length && CURRENCY_WORD.has(tokens[k].norm) && /^\s+$/.test(gap(k))) {
    kind = 'money';
    unit = CURRENCY_WORD.get(tokens[k].norm)!;
  }
  if (text[end] === '%' || (k < tokens.length && /^(?:percent|pct)$/.test(tokens[k].norm))) {
    kind = 'percent';
    unit = 'percent';
  }
  // "between six and eight years", "$140 to $150 million": one range.
  const joined = k + 1 < tokens.length && /^(?:and|to|or)$/.test(tokens[k].norm) ? readToken(tokens[k + 1]) : null;
  if (joined && kind !== 'ordinal' && (tokens[i - 1]?.norm === 'between' || tokens[k].norm === 'to') && joined.value > value) {
    upper = joined.value;
    k += 2;
    end = tokens[k - 1].end;
    while (k < tokens.length && SCALE.has(tokens[k].norm) && tokens[k].norm.length > 2) {
      scale = SCALE.get(tokens[k].norm)!;
      end = tokens[k].end;
      k++;
    }
  }
  return { value: value * scale, upper: upper * scale, scale, kind, unit, start, end, next: k, before };
}

/** What a number counts or measures: its noun phrase, read after it. */
interface CountedPhrase {
  headStems: string[];
  qualifiers: string[];
  thing: string;
  people: boolean;
  /** 'of' for a part of a whole counted on its own ("three of the seven bullets"), else ''. */
  part: string;
  /** The index of the token after the phrase. */
  next: number;
}

/** The counted noun phrase after number `n` (token `i`); an age or a quake's magnitude found there changes `n`'s kind or unit. */
function countedPhrase(w: Wording, i: number, n: NumberInText): CountedPhrase {
  const { tokens, classes, text } = w;
  const t = tokens[i];
  const k = n.next;
  const headStems: string[] = [];
  const qualifiers: string[] = [];
  let thing = '';
  let people = false;
  let partOf = false;
  let part = '';
  let h = k;
  if (n.kind === 'count' || n.kind === 'ordinal') {
    // "ten of them", "three of the victims": what is counted comes after "of".
    if (!n.unit && tokens[h]?.norm === 'of' && !clauseBreak(text, n.end, tokens[h].start)) {
      h++;
      // "ten of them": what is counted is who "them" stands for.
      if (classes[h] === 'U') n.unit = `of ${tokens[h].norm}`;
      // "three of the seven bullets": a part of a whole counted on its own.
      if (/^(?:the|his|her|their|its)$/.test(tokens[h]?.norm ?? '') && tokens[h + 1] && readToken(tokens[h + 1])) {
        partOf = true;
        h = k;
      }
      while (h < tokens.length && /^(?:the|his|her|their|its|our|those|these)$/.test(tokens[h].norm)) h++;
    }
    // Modifiers, then the noun and the lower-case nouns compounding it ("five TDCJ officers", "seven life sentences").
    let head = '';
    let headClass = '';
    for (let m = 0; h < tokens.length && m < 5; h++, m++) {
      if (clauseBreak(text, tokens[h - 1].end, tokens[h].start)) break;
      const c = classes[h];
      if (STOP.has(c) || STOPWORDS.has(tokens[h].norm)) break;
      if (NOUN.has(c)) {
        if (head && /^\p{Lu}/u.test(tokens[h].text)) break;
        head = tokens[h].stem;
        headClass = c;
      } else if (head) {
        // A model number inside the phrase ("six AK 47 rifles"), or a plural compromise read as a verb ("seven life sentences").
        const next = classes[h + 1];
        if (c === 'C' && next !== undefined && NOUN.has(next) && !/^\p{Lu}/u.test(tokens[h + 1].text)) continue;
        if (c === 'V' && /s$/.test(tokens[h].norm) && (next === undefined || STOP.has(next) || clauseBreak(text, tokens[h].end, tokens[h + 1].start))) {
          headStems.push(tokens[h].stem);
          head = tokens[h].stem;
          h++;
        }
        break;
      }
      // compromise reads a noun after a number as a verb now and then ("a $35,000 reward for").
      else if (m === 0 && (c === 'V' || c === '.')) {
        headStems.push(tokens[h].stem);
        head = tokens[h].stem;
        h++;
        break;
      } else if (!MODIFIER.has(c)) break;
      else if (c === 'R') qualifiers.push(tokens[h].stem);
      headStems.push(tokens[h].stem);
    }
    thing = head;
    people = headClass === 'T' || PEOPLE.has(head);
    // "five years old": an age.
    if (/^years?$/.test(tokens[h - 1]?.norm ?? '') && head && tokens[h]?.norm === 'old') {
      n.kind = 'age';
      head = 'age';
      h++;
    }
    // Capitalized words only ("12 Magazines"): the last is what is counted.
    if (!head && headStems.length && h > k && classes[h - 1] === 'R') head = thing = tokens[h - 1].stem;
    if (partOf) part = 'of';
    if (!n.unit) n.unit = head ? (UNIT_ALIAS.get(head) ?? head) : '';
    // "a magnitude of 8.4 struck", "measuring 5.6 on the Richter scale": a quake's magnitude, whatever follows.
    if (
      n.kind === 'count' &&
      (/\bmagnitude(?: of)?\s*$/i.test(text.slice(Math.max(0, t.start - 14), t.start)) || /^\s+on the richter\b/i.test(text.slice(n.end, n.end + 20)))
    ) {
      n.unit = 'magnitude';
      h = k;
      headStems.length = 0;
    }
  } else if (n.kind === 'percent' && tokens[h]?.norm !== 'of' && /^(?:percent|pct)$/.test(tokens[h]?.norm ?? '') && tokens[h + 1]?.norm === 'of') {
    h++;
  }
  if (n.kind === 'percent' && tokens[h]?.norm === 'of' && !clauseBreak(text, tokens[h - 1].end, tokens[h].start)) {
    // "21 percent of Republican primary voters": a share of whom.
    const of: string[] = [];
    for (
      h++;
      h < tokens.length && of.length < 4 && !clauseBreak(text, tokens[h - 1].end, tokens[h].start) && !STOP.has(classes[h]) && !STOPWORDS.has(tokens[h].norm);
      h++
    )
      of.push(tokens[h].stem);
    thing = of.join(' ');
    headStems.push(...of);
  } else if (n.kind !== 'count' && n.kind !== 'ordinal') {
    // Money and percentages: the noun after is context ("a $35,000 reward").
    for (let m = 0; h < tokens.length && m < 3; m++) {
      if (
        clauseBreak(text, tokens[h - 1].end, tokens[h].start) ||
        STOP.has(classes[h]) ||
        STOPWORDS.has(tokens[h].norm) ||
        /^(?:percent|pct)$/.test(tokens[h].norm) ||
        CURRENCY_WORD.has(tokens[h].norm)
      ) {
        if (m === 0 && h < tokens.length && (CURRENCY_WORD.has(tokens[h].norm) || /^(?:percent|pct)$/.test(tokens[h].norm))) {
          h++;
          continue;
        }
        break;
      }
      headStems.push(tokens[h].stem);
      h++;
      if (NOUN.has(classes[h - 1])) break;
    }
  }
  return { headStems, qualifiers, thing, people, part, next: h };
}

/** What stands before a number in its clause. */
interface NumberContext {
  bound: Quantity['bound'];
  /** Base-form stems of up to three content words before it. */
  beforeStems: string[];
  prep: string;
  /** A word right before it making it a part of a whole ("first", "another"), else ''. */
  part: string;
  /** Right after "aged" or "age". */
  ageAt: boolean;
}

/** The context before number `n` (token `i`): its bound ("at least"), the preposition relating it, the verb and nouns leading to it. */
function contextBefore(w: Wording, i: number, n: NumberInText): NumberContext {
  const { tokens, text } = w;
  const { start, end, before } = n;
  const beforeStems: string[] = [];
  let bound: Quantity['bound'] = /[~≈]/.test(before) ? 'about' : text[end] === '+' ? 'min' : 'exact';
  let ageAt = false;
  let part = '';
  // "at least", "more than", "up to", "no more than": the word that decides stands one or two before.
  const [w1, w2] = [tokens[i - 1]?.norm ?? '', tokens[i - 2]?.norm ?? ''];
  // "by four wickets" (a margin) is not "for nine wickets" (a total): the word relating it, past any "about", "more than".
  let p = i - 1;
  while (p >= 0 && i - p <= 3 && APPROXIMATE.has(tokens[p].norm) && !RELATING.has(tokens[p].norm)) p--;
  const prep = p >= 0 && RELATING.has(tokens[p].norm) && !clauseBreak(text, tokens[p].end, start) ? tokens[p].norm : '';
  const boundWord = w1 === 'than' || w1 === 'to' || w1 === 'of' ? w2 : w1 === 'least' || w1 === 'most' ? w1 : w1;
  if (ABOUT.has(boundWord)) bound = 'about';
  // "over seven years" is a span of time, the years it lasted; "over 7,000 people" is more than them.
  else if (AT_LEAST.has(boundWord) && !(w1 === 'to' && boundWord === 'up') && !(w1 === 'over' && SPAN_UNITS.has(n.unit))) bound = 'min';
  else if (AT_MOST.has(boundWord) || (w1 === 'to' && w2 === 'up')) bound = 'max';
  if (w2 === 'no' || tokens[i - 3]?.norm === 'no') bound = bound === 'min' ? 'max' : bound;
  for (let b = i - 1, m = 0; b >= 0 && beforeStems.length < 3 && m < 6; b--, m++) {
    if (clauseBreak(text, tokens[b].end, b === i - 1 ? start : tokens[b + 1].start)) break;
    const norm = tokens[b].norm;
    if (m === 0 && PART.has(norm)) part = norm;
    if (m === 0 && (norm === 'aged' || norm === 'age')) ageAt = true;
    if (STOPWORDS.has(norm) || APPROXIMATE.has(norm) || /^\d/.test(norm)) continue;
    beforeStems.push(w.lemmas[b]);
  }
  return { bound, beforeStems, prep, part, ageAt };
}

/**
 * Whether two values can both be true: equal, within a range, within what "about" allows, or
 * bounds that leave room for each other ("at least 3" / "at least 10" / "12").
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.value <= b.upper && b.value <= a.upper) return true;
  const [low, high] = a.upper < b.value ? [a, b] : [b, a];
  // The lower value is a lower bound, or the higher an upper bound: both may hold.
  if (low.bound === 'min' || high.bound === 'max') return true;
  if (low.bound !== 'about' && high.bound !== 'about') return false;
  return high.value - low.upper <= Math.max(Math.abs(high.value), Math.abs(low.upper)) * 0.2;
}
