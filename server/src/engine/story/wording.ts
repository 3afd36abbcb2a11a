import { diffArrays } from 'diff';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { memo, textCache } from '../collections';
import { STOPWORDS, tokenize, type Token } from '../text';

/**
 * Word-level comparison of two versions of a quotation, blind to what editing legitimately changes:
 * case, punctuation, contractions, articles, regional spellings, numbers in words, an editor's
 * bracketed insertions, censored words and the spelling of a transliterated name.
 */

/** Maps, not objects: "constructor" is a word of a quotation too. */
const CONTRACTIONS = new Map<string, string[]>(
  Object.entries({
    "n't": ['not'],
    "can't": ['can', 'not'],
    "won't": ['will', 'not'],
    "'re": ['are'],
    "'ve": ['have'],
    "'ll": ['will'],
    "'m": ['am'],
    "'d": ['would'],
    "it's": ['it', 'is'],
    "that's": ['that', 'is'],
    "let's": ['let', 'us'],
  }),
);
/** Words an editor drops or adds without changing what was said. */
const IGNORED = new Set(['that', 'the', 'a', 'an']);
/** Spellings of one word that differ by habit, not by what was said. */
const NUMBER_WORDS = new Map<string, string>(
  Object.entries({
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    first: '1st',
    second: '2nd',
    third: '3rd',
    fourth: '4th',
    fifth: '5th',
    sixth: '6th',
    seventh: '7th',
    eighth: '8th',
    ninth: '9th',
    tenth: '10th',
    eleventh: '11th',
    twelfth: '12th',
  }),
);
/**
 * Words a speaker's transcript adds or drops without changing what was said. Intensifiers ("very",
 * "really") are not among them: "I feel badly" and "I feel very badly" say it differently.
 */
const FILLERS = new Set(['and', 'but', 'so', 'or', 'well', 'like', 'just', 'now', 'oh', 'you', 'know', 'i', 'mean', 'uh', 'um', 'of', 'to', 'it', 'is']);
/** Particles of transliterated names ("al-Qaddafi" / "Gadhafi"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'de', 'di', 'van', 'von']);

/** Titles a transcript abbreviates or not ("Sen. Reid" / "Senator Reid"). */
const TITLE_ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    sen: 'senator',
    gov: 'governor',
    rep: 'representative',
    gen: 'general',
    col: 'colonel',
    lt: 'lieutenant',
    sgt: 'sergeant',
    capt: 'captain',
    dr: 'doctor',
    prof: 'professor',
    pres: 'president',
    sec: 'secretary',
    mr: 'mister',
    mrs: 'missus',
    st: 'saint',
  }),
);

function canonicalSpelling(w: string): string {
  if (w === 'okay') return 'ok';
  const title = TITLE_ABBREVIATIONS.get(w);
  if (title !== undefined) return title;
  const number = NUMBER_WORDS.get(w);
  if (number !== undefined) return number;
  return w
    .replace(/^(\w{2,})our(hood|s|ed|ing|ite|ites|able|ful)?$/, '$1or$2')
    .replace(/^(\w{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(\w{3,})yse(d|s)?$/, '$1yze$2')
    .replace(/^(\w{3,})tre(s)?$/, '$1ter$2')
    .replace(/^(\w{3,})ll(ed|ing)$/, '$1l$2')
    .replace(/^(\w{3,})ence$/, '$1ense');
}

/** A censored word ("f***ing", "s--t"): its letters and the run of marks standing for the rest. */
const CENSORED = /[\p{L}]+(?:\*+|[-–]{2,})[\p{L}]*/gu;

/**
 * The tokens of a quotation as said: words inside brackets are an editor's ("(Libyan strongman
 * Moammar) Gadhafi", "[the Constitution's]") and dropped; a censored word is one token.
 */
export function quotedTokens(text: string, offset = 0): Token[] {
  const tokens = tokenize(text, offset);
  const dropped: Array<[number, number]> = [];
  for (const m of text.matchAll(/\[[^\]]{0,200}\]|\([^)]{0,200}\)/g)) dropped.push([offset + m.index!, offset + m.index! + m[0].length]);
  const censored: Token[] = [];
  if (text.includes('*') || /[-–]{2}/.test(text)) {
    for (const m of text.matchAll(CENSORED)) {
      const start = offset + m.index!;
      censored.push({ start, end: start + m[0].length, text: m[0], norm: m[0].toLowerCase(), stem: m[0].toLowerCase() });
    }
  }
  if (!dropped.length && !censored.length) return tokens;
  const inside = (t: Token, spans: Array<[number, number]>) => spans.some(([s, e]) => t.start >= s && t.end <= e);
  const censoredSpans = censored.map((c): [number, number] => [c.start, c.end]);
  const kept = tokens.filter((t) => !inside(t, dropped) && !inside(t, censoredSpans));
  return [...kept, ...censored.filter((c) => !inside(c, dropped))].sort((x, y) => x.start - y.start);
}

/** The words compared, each with the indices of the first and last token it came from. */
export interface ComparableWords {
  words: string[];
  owners: number[];
  ends: number[];
}

export function comparableWordsWithOwners(tokens: readonly Token[]): ComparableWords {
  const words: string[] = [];
  const owners: number[] = [];
  tokens.forEach((t, k) => {
    const w = t.text.toLowerCase().replace(/’/g, "'");
    if (/[*]|[-–]{2}/.test(w)) {
      words.push(w);
      owners.push(k);
      return;
    }
    const suffix = /^(\w+)('m|'re|'ve|'ll|'d|n't)$/.exec(w);
    const expanded = CONTRACTIONS.get(w) ?? (suffix ? [suffix[1], ...CONTRACTIONS.get(suffix[2])!] : null);
    // Hyphens and dashes join words differently from one transcript to another ("say-the" / "say – the").
    const parts =
      expanded ??
      w
        .replace(/'s$/, '')
        .replace(/\.$/, '')
        .split(/[-–—]+/);
    for (const part of parts) {
      // Minutes of a time ("6:00" / "6") and stray apostrophes say nothing.
      if (!part || /^0+$/.test(part) || IGNORED.has(part)) continue;
      words.push(canonicalSpelling(part.replace(/^'+|'+$/g, '')));
      owners.push(k);
    }
  });
  return { words, owners, ends: owners.slice() };
}

export function comparableWords(tokens: readonly Token[]): string[] {
  return comparableWordsWithOwners(tokens).words;
}

/** Comparable words of a quotation's text (shared: never mutated). Every check of a story reads the same quotations again. */
export function comparableWordsOf(text: string): readonly string[] {
  return memo(textWords, text, (t) => comparableWords(quotedTokens(t)));
}
const textWords = textCache<readonly string[]>(8000);

export interface WordDiff {
  /** Words only in the first version, and only in the second. */
  removed: string[];
  added: string[];
  /** The versions as runs of words: the same in both, only in the first, only in the second. */
  parts: Array<{ kind: 'same' | 'removed' | 'added'; words: string[] }>;
}

export function diffWords(a: readonly Token[], b: readonly Token[]): WordDiff {
  const [ja, jb] = joined(comparableWordsWithOwners(a), comparableWordsWithOwners(b));
  return diffOf(ja.words, jb.words);
}

/**
 * A word one version writes as two ("workforce" / "work force", "into" / "in to"), joined in the
 * other, so that the diff sees one word on both sides. Owners of a joined word run from its first
 * token to its last.
 */
function joinCompounds(c: ComparableWords, other: ReadonlySet<string>): ComparableWords {
  const out: ComparableWords = { words: [], owners: [], ends: [] };
  const { words, owners, ends } = c;
  for (let i = 0; i < words.length; i++) {
    const joined = words[i] + (words[i + 1] ?? '');
    const join = i + 1 < words.length && other.has(joined) && !other.has(words[i]);
    out.words.push(join ? joined : words[i]);
    out.owners.push(owners[i]);
    out.ends.push(ends[join ? i + 1 : i]);
    if (join) i++;
  }
  return out;
}

/** Quotations longer than this are diffed whole: windows of them would cost too much for what they tell. */
const MAX_WINDOWED = 60;

/**
 * The run of `long`'s words where `short`'s stand: the best local alignment of the two (a word
 * matched +2, a word skipped or replaced −1), so that a quotation repeated with variations inside a
 * longer one ("America is not a clown show. America is not a circus.") is compared with its own place.
 */
function window(long: ComparableWords, short: readonly string[]): ComparableWords {
  const n = short.length;
  const m = long.words.length;
  // Scores and the start of the run each cell's best alignment began at, row by row.
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  let prevFrom = new Int32Array(m + 1);
  let rowFrom = new Int32Array(m + 1);
  let best = 0;
  let bestEnd = 0;
  let bestFrom = 0;
  for (let i = 1; i <= n; i++) {
    row[0] = 0;
    for (let j = 1; j <= m; j++) {
      const diagonal = prev[j - 1] + (short[i - 1] === long.words[j - 1] ? 2 : -1);
      const up = prev[j] - 1;
      const left = row[j - 1] - 1;
      let score = 0;
      let from = j - 1;
      if (diagonal > score) [score, from] = [diagonal, prev[j - 1] > 0 ? prevFrom[j - 1] : j - 1];
      if (up > score) [score, from] = [up, prevFrom[j]];
      if (left > score) [score, from] = [left, rowFrom[j - 1]];
      row[j] = score;
      rowFrom[j] = from;
      if (score > best) [best, bestEnd, bestFrom] = [score, j, from];
    }
    [prev, row] = [row, prev];
    [prevFrom, rowFrom] = [rowFrom, prevFrom];
  }
  const slice = <T>(list: T[]) => list.slice(bestFrom, bestEnd);
  return { words: slice(long.words), owners: slice(long.owners), ends: slice(long.ends) };
}

/** The two versions' words, each with compounds the other writes as one word joined. */
function joined(a: ComparableWords, b: ComparableWords): [ComparableWords, ComparableWords] {
  return [joinCompounds(a, new Set(b.words)), joinCompounds(b, new Set(a.words))];
}

function diffOf(wa: string[], wb: string[]): WordDiff {
  const parts: WordDiff['parts'] = [];
  const removed: string[] = [];
  const added: string[] = [];
  for (const change of diffArrays(wa, wb)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    parts.push({ kind, words: change.value });
    if (kind === 'added') added.push(...change.value);
    if (kind === 'removed') removed.push(...change.value);
  }
  return { removed, added, parts: besideEachOther(parts) };
}

/**
 * A word replaced by a copy of its neighbour ("a remarkable lady, an iconic" / "a remarkable iconic,
 * an iconic") diffs as a word dropped on one side of the neighbour and one added on the other: the
 * same change, written as a replacement next to the neighbour.
 */
function besideEachOther(parts: WordDiff['parts']): WordDiff['parts'] {
  const out = parts.map((p) => ({ ...p }));
  const equal = (x: string[], y: string[]) => x.length === y.length && x.every((w, i) => w === y[i]);
  for (let i = 0; i + 2 < out.length; i++) {
    const [p, same, q] = [out[i], out[i + 1], out[i + 2]];
    if (same.kind !== 'same' || p.kind === 'same' || q.kind === 'same' || p.kind === q.kind) continue;
    // [changed P][same S][changed S] → [changed P][changed S][same S]
    if (equal(same.words, q.words)) [out[i + 1], out[i + 2]] = [q, same];
    // [changed S][same S][changed Q] → [same S][changed S][changed Q]
    else if (equal(same.words, p.words)) [out[i], out[i + 1]] = [same, p];
  }
  return out;
}

const sounds = textCache<string>(20000);
function soundOf(w: string): string {
  return memo(sounds, w, (x) => doubleMetaphone(x)[0]);
}

/**
 * Two spellings of one word: a transliterated name ("Qaddafi" / "Gadhafi", "Muammar" / "Moammar"),
 * a familiar form ("Mama" / "Momma"), a censored word and the word ("f***ing" / "fucking"), a slip of
 * one letter in a long word ("sulking" / "skulking"). Not another form of the word: "want" /
 * "wanted" is another tense.
 */
export function sameWordSpelled(x: string, y: string): boolean {
  const censored = (c: string, w: string) => {
    const m = /^([\p{L}]+)(?:\*+|[-–]{2,})([\p{L}]*)$/u.exec(c);
    return !!m && w.length > m[1].length + m[2].length && w.startsWith(m[1]) && w.endsWith(m[2]);
  };
  if (censored(x, y) || censored(y, x)) return true;
  if (x.length < 3 || y.length < 3 || /\d/.test(x + y)) return false;
  // Another ending is another form: a tense, a number, a person.
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const stemA = x.replace(/(?:ed|es|s|ing|d)$/, '');
  if (stemA.length >= 3 && stemA === y.replace(/(?:ed|es|s|ing|d)$/, '')) return false;
  if (Math.min(x.length, y.length) >= 5 && distance(x, y) <= 1) return true;
  const sound = soundOf(x);
  return sound.length >= 2 && sound === soundOf(y) && distance(x, y) <= Math.max(2, Math.floor(Math.max(x.length, y.length) / 3));
}

/** Runs of words replaced by others that are only other spellings of the same words (particles of names aside). */
export function sameWordsSpelled(removed: string[], added: string[]): boolean {
  // Written together or apart ("in to" / "into", "any one" / "anyone").
  if (removed.join('') === added.join('')) return true;
  // One word against a phrase built on it ("anything" / "any of that", "everyone" / "every one of them").
  const [one, many] = removed.length === 1 ? [removed[0], added] : added.length === 1 ? [added[0], removed] : ['', []];
  if (one && many.length > 1 && many[0].length >= 3 && one.startsWith(many[0])) return true;
  const [x, y] = [removed.filter((w) => !NAME_PARTICLES.has(w)), added.filter((w) => !NAME_PARTICLES.has(w))];
  return x.length > 0 && x.length === y.length && x.every((w, i) => sameWordSpelled(w, y[i]));
}

/** A change between two versions of one quotation, with the words as each version writes them. */
export interface QuoteChange {
  kind: 'replaced' | 'missing' | 'added';
  /** Verbatim text of the first and of the second version ('' on the side without words). */
  a: string;
  b: string;
  /** Where each is, as offsets into its version's text (an empty span where words are missing). */
  spanA: [number, number];
  spanB: [number, number];
  /** How many words the change replaces, drops or adds on each side. */
  wordsA: number;
  wordsB: number;
  /** Only a respelling of the same words (no change of what was said). */
  respelled: boolean;
  /** Only another form of an auxiliary or verb ("got" / "have", "did" / "will"). */
  tense: boolean;
}

const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'am',
  'be',
  'been',
  'got',
  'get',
  'gets',
  'can',
  'could',
  'shall',
  'should',
]);

/**
 * The changes between two versions of one quotation, inside the words both give: words cut at
 * either end are a partial quotation, not a change. Verbatim text of each change comes from the
 * versions as written.
 */
export function quoteChanges(textA: string, textB: string): QuoteChanges {
  return memo(changesOfPairs, `${textA}\u0000${textB}`, () => changesBetween(textA, textB));
}
/** Every check of a story compares the same pairs of quotations again: each pair once, while both texts stand. */
const changesOfPairs = textCache<QuoteChanges>(4000);

export interface QuoteChanges {
  changes: QuoteChange[];
  same: number;
  lengthA: number;
  lengthB: number;
}

function changesBetween(textA: string, textB: string): QuoteChanges {
  const [ta, tb] = [quotedTokens(textA), quotedTokens(textB)];
  const [ja, jb] = joined(comparableWordsWithOwners(ta), comparableWordsWithOwners(tb));
  // A short quotation given in full inside a long one: compared with the part of the long one it stands in.
  const windowed = (short: ComparableWords, long: ComparableWords) => short.words.length <= MAX_WINDOWED && short.words.length * 2 < long.words.length;
  const [ca, cb] = windowed(ja, jb) ? [ja, window(jb, ja.words)] : windowed(jb, ja) ? [window(ja, jb.words), jb] : [ja, jb];
  const parts = diffOf(ca.words, cb.words).parts;
  // Both versions end a sentence where they end: their last words are no edge of a partial quotation.
  const endsSentence = (text: string) => /[.!?,]\s*$/.test(text);
  const sameEnd = ca === ja && cb === jb && endsSentence(textA) && endsSentence(textB);
  const spanOf = (tokens: Token[], c: ComparableWords, from: number, to: number): [number, number] => {
    if (to > from) return [tokens[c.owners[from]].start, tokens[c.ends[to - 1]].end];
    const at = from < c.owners.length ? tokens[c.owners[from]].start : from > 0 ? tokens[c.ends[from - 1]].end : 0;
    return [at, at];
  };
  const verbatim = (text: string, tokens: Token[], c: ComparableWords, from: number, to: number) => {
    const [x, y] = spanOf(tokens, c, from, to);
    return text.slice(x, y);
  };
  const firstSame = parts.findIndex((p) => p.kind === 'same');
  let lastSame = -1;
  parts.forEach((p, k) => {
    if (p.kind === 'same') lastSame = k;
  });
  const changes: QuoteChange[] = [];
  let [i, j] = [0, 0];
  let same = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const q = parts[k + 1];
    if (p.kind === 'same') {
      same += p.words.length;
      i += p.words.length;
      j += p.words.length;
      continue;
    }
    const inner = k > firstSame && k < lastSame && firstSame >= 0;
    if (q && q.kind !== 'same' && q.kind !== p.kind) {
      const [removed, added] = p.kind === 'removed' ? [p.words, q.words] : [q.words, p.words];
      const push = (ri: number, rn: number, aj: number, an: number, edge = false) => {
        const [r, a] = [removed.slice(ri, ri + rn), added.slice(aj, aj + an)];
        changes.push({
          kind: 'replaced',
          a: verbatim(textA, ta, ca, i + ri, i + ri + rn),
          b: verbatim(textB, tb, cb, j + aj, j + aj + an),
          spanA: spanOf(ta, ca, i + ri, i + ri + rn),
          spanB: spanOf(tb, cb, j + aj, j + aj + an),
          wordsA: rn,
          wordsB: an,
          respelled: sameWordsSpelled(r, a),
          // Another form of a word at a partial quotation's edge is as weak a sign as a tense.
          tense: edge || (rn === 1 && an === 1 && AUXILIARIES.has(r[0]) && AUXILIARIES.has(a[0])),
        });
      };
      if (firstSame >= 0 && k > firstSame && k + 1 < lastSame) push(0, removed.length, 0, added.length);
      else if (firstSame >= 0) {
        // At either end of a partial quotation, the words right beside those both give: "[would end] the
        // plant as we know it" / "Acme [is ending] the plant as we know it".
        // Only another form of a word both give ("end" / "ending"): other words at an edge are where the two quotations begin or end.
        const n = Math.min(removed.length, added.length);
        const reformed = (r: string[], a: string[]) =>
          r.some((x) =>
            a.some((y) => x !== y && !STOPWORDS.has(x) && !STOPWORDS.has(y) && x.slice(0, 3) === y.slice(0, 3) && Math.min(x.length, y.length) >= 3),
          );
        if (n <= 3 && k + 2 === firstSame && reformed(removed.slice(-n), added.slice(-n))) push(removed.length - n, n, added.length - n, n, true);
        else if (sameEnd && k === lastSame + 1 && k + 2 === parts.length && removed.length === added.length && n <= 2) push(0, n, 0, n);
        else if (n <= 3 && k === lastSame + 1 && k + 2 === parts.length && reformed(removed.slice(0, n), added.slice(0, n))) push(0, n, 0, n, true);
      }
      i += removed.length;
      j += added.length;
      k++;
      continue;
    }
    if (inner) {
      changes.push({
        kind: p.kind === 'removed' ? 'missing' : 'added',
        a: p.kind === 'removed' ? verbatim(textA, ta, ca, i, i + p.words.length) : '',
        b: p.kind === 'added' ? verbatim(textB, tb, cb, j, j + p.words.length) : '',
        spanA: spanOf(ta, ca, i, p.kind === 'removed' ? i + p.words.length : i),
        spanB: spanOf(tb, cb, j, p.kind === 'added' ? j + p.words.length : j),
        wordsA: p.kind === 'removed' ? p.words.length : 0,
        wordsB: p.kind === 'added' ? p.words.length : 0,
        // Words a transcript adds or drops at will ("and", "well", "like") change nothing said.
        respelled: p.words.every((w) => FILLERS.has(w)),
        tense: false,
      });
    }
    if (p.kind === 'removed') i += p.words.length;
    else j += p.words.length;
  }
  return { changes, same, lengthA: ca.words.length, lengthB: cb.words.length };
}
