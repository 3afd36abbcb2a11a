import { appendTo, memo, memoByLine, TextCache } from '../collections';
import { doubleMetaphone } from 'double-metaphone';
import { regionalSpelling, typoDistance } from '../story/link';
import type { Conflict, Rule, RuleContext } from './types';

/** Every word of a text, lower-cased. */
function wordsOf(text: string): Set<string> {
  return new Set((text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
}
/** Each check of a story reads the words of all its sources; most have not changed since the last. */
const sourceWords = new TextCache<ReadonlySet<string>>(2000);
/** An edited source is read again line by line (no word spans two lines): only the edited line anew. */
const lineWords = new TextCache<ReadonlySet<string>>(8000);

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
const lineCapitalized = new TextCache<readonly Capitalized[]>(8000);
const sourceCapitalized = new TextCache<readonly Capitalized[]>(2000);

/** The capitalized words of a source, offsets from its start; an edited source read line by line. */
function capitalizedInSource(text: string): readonly Capitalized[] {
  return memoByLine(sourceCapitalized, lineCapitalized, text, capitalizedIn, (c, offset) => ({ ...c, start: offset + c.start }));
}

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
const spellings = new TextCache<Spelling>(20000);

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
  for (const [p, q] of [[a, b], [x.written, y.written]]) {
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
    this.spellings.forEach((s, i) => appendTo(this.bySound, soundOf(s), i));
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

  /** The numbers of the names near `word`, in order. */
  *near(word: string): Generator<number> {
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
const nameSpellings = new TextCache<NameSpellings>(16);

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

/** An entity spelled differently from the other sources (likely a misspelling). */
export const nameVariant: Rule = {
  code: 'name-variant',
  title: 'Name spelled differently',
  description: 'A name is spelled differently from how the other sources on the story spell it ("TicToc" / "TikTok"); the rarer spelling is flagged.',
  defaultSeverity: 'information',
  checkStory(ctx: RuleContext) {
    const out: Conflict[] = [];
    const paths = [...ctx.story.entities.keys()];
    const words = new Map(paths.map((p) => [p, wordsOfSource(ctx.doc(p).text)]));
    // A misspelling is one writer's: a spelling that other sources use too is a variant of usage, not a slip.
    const usedElsewhere = (path: string, surface: string) => {
      const parts = [...wordsOf(surface)];
      return paths.some((p) => p !== path && parts.every((w) => words.get(p)!.has(w)));
    };
    // Per source, where its flagged words start.
    const flagged = new Map<string, Set<number>>();
    const flaggedIn = (path: string) => flagged.get(path) ?? flagged.set(path, new Set()).get(path)!;
    for (const m of ctx.story.misspellings) {
      const entity = ctx.story.byId.get(m.id);
      if (!entity) continue;
      for (const [path, mentions] of entity.mentions) {
        const variants = mentions.filter((x) => x.text === m.variant);
        if (variants.length === 0 || usedElsewhere(path, m.variant)) continue;
        // The correct spelling in another source on the same event: the first one there.
        for (const [otherPath, others] of entity.mentions) {
          if (otherPath === path || !ctx.related(path, otherPath)) continue;
          const correct = others.find((x) => x.via !== 'misspelling' && x.text.toLowerCase() === m.canonical.toLowerCase()) ?? others.find((x) => x.via !== 'misspelling');
          if (!correct) continue;
          for (const v of variants) {
            flaggedIn(path).add(v.start);
            out.push({
              code: 'name-variant',
              a: { path, start: v.start, end: v.end },
              b: { path: otherPath, start: correct.start, end: correct.end },
              message: (here, other) => (here === 'a' ? `“${v.text}” is spelled “${correct.text}” in ${other}.` : `${other} spells this “${v.text}”.`),
              data: { replacement: correct.text },
            });
          }
          break;
        }
      }
    }

    // Misspelled names the entity extractor did not read as names: a capitalized word found in no
    // other source that is a slip away from a word of a name two or more sources spell alike.
    const nameWords = new Map<string, { docs: Set<string>; at: Map<string, { start: number; end: number }> }>();
    for (const [path, mentions] of ctx.story.entities) {
      for (const e of mentions) {
        if (e.type === 'other' || e.via === 'misspelling') continue;
        for (const w of e.text.matchAll(/[\p{Lu}][\p{L}'’-]{3,}/gu)) {
          const word = w[0].replace(/[’']s$/, '');
          const entry = nameWords.get(word) ?? { docs: new Set<string>(), at: new Map() };
          entry.docs.add(path);
          if (!entry.at.has(path)) entry.at.set(path, { start: e.start + w.index!, end: e.start + w.index! + word.length });
          nameWords.set(word, entry);
        }
      }
    }
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const uses = (text: string, word: string) => text.matchAll(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'gu'));
    /**
     * Where another source spells the word `name`: the first use in a related source, when two or more
     * sources spell it so; else a use in a statement aligned with this one (the same sentence in two
     * sources, one name spelled two ways), however few sources have it and whether or not they are related.
     */
    const spelledElsewhere = (path: string, at: { start: number; end: number }, name: string, entry: NonNullable<ReturnType<typeof nameWords.get>>) => {
      if (entry.docs.size >= 2) {
        const other = [...entry.at.keys()].find((p) => p !== path && ctx.related(path, p));
        if (other) return { path: other, ...entry.at.get(other)! };
      }
      for (const other of entry.docs) {
        if (other === path) continue;
        for (const u of uses(ctx.doc(other).text, name)) {
          const there = { path: other, start: u.index!, end: u.index! + name.length };
          if (ctx.aligned({ path, ...at }, there)) return there;
        }
      }
      return null;
    };
    const names = new NameIndex([...nameWords]);
    // In how many sources each word occurs, for "found in no other source".
    const sources = new Map<string, number>();
    for (const set of words.values()) for (const w of set) sources.set(w, (sources.get(w) ?? 0) + 1);
    for (const path of paths) {
      const text = ctx.doc(path).text;
      const seen = new Set<string>();
      const flaggedHere = flaggedIn(path);
      for (const { word, lower, start } of capitalizedInSource(text)) {
        if (flaggedHere.has(start) || seen.has(word)) continue;
        if ((sources.get(lower) ?? 0) > (words.get(path)!.has(lower) ? 1 : 0)) continue;
        let match: { name: string; correct: { path: string; start: number; end: number } } | null = null;
        for (const [name, entry] of names.near(word)) {
          const correct = spelledElsewhere(path, { start, end: start + word.length }, name, entry);
          if (correct) {
            match = { name, correct };
            break;
          }
        }
        if (!match) continue;
        const { name, correct } = match;
        const otherPath = correct.path;
        // Every use of the word in this source, once.
        for (const again of uses(text, word)) {
          flaggedHere.add(again.index!);
          out.push({
            code: 'name-variant',
            a: { path, start: again.index!, end: again.index! + word.length },
            b: { path: otherPath, start: correct.start, end: correct.end },
            message: (here, other) => (here === 'a' ? `“${word}” is spelled “${name}” in ${other}.` : `${other} spells this “${word}”.`),
            data: { replacement: name },
            oneSided: true,
          });
        }
        seen.add(word);
      }
    }
    return out;
  },
};
