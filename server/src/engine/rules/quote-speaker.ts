import { appendTo, lowerBound, memoByLine, TextCache } from '../collections';
import { spanIndex } from '../spans';
import { looksMisspelled } from '../story/link';
import type { Quote } from '../types';
import type { Conflict, Rule, RuleContext } from './types';
import { tokenize, type Token } from '../text';
import { comparableWords, comparableWordsOf } from './wording';

/**
 * Attributions resting on a name next to the quotation. Pronouns, "the company" and speakers carried
 * over from an earlier quotation are guesses, and guesses are not contradictions.
 */
export const EXPLICIT_ATTRIBUTION = new Set(['cue', 'colon', 'according-to']);

export function explicit(q: Quote | null): boolean {
  // A name the tagger missed ("…,” Rosenthal said) is named all the same.
  return !!q && !!q.speaker && (!!q.speakerId || nameLike(q.speaker)) && EXPLICIT_ATTRIBUTION.has(q.speakerVia ?? '');
}

const lastWord = (n: string) => n.replace(/[’']s$/, '').replace(/,?\s+(?:jr|sr|ii|iii)\.?$/i, '').split(/\s+/).pop() ?? '';

/** Per story: the person entities with a full name, by surname. */
const surnames = new WeakMap<RuleContext['story'], Map<string, Set<string>>>();

function bySurname(ctx: RuleContext): Map<string, Set<string>> {
  let out = surnames.get(ctx.story);
  if (!out) {
    out = new Map();
    for (const e of ctx.story.byId.values()) {
      if (e.type !== 'person' || !/\s/.test(e.name.trim())) continue;
      const key = lastWord(e.name);
      out.set(key, (out.get(key) ?? new Set()).add(e.id));
    }
    surnames.set(ctx.story, out);
  }
  return out;
}

/**
 * The person a named speaker is: its entity when tagged as a person, else the one person of the
 * story with that surname — a bare surname the tagger missed, or took for an organization only one
 * source names ("…,” Gore said). Organizations named across sources speak for themselves.
 */
function personOf(ctx: RuleContext, name: string, id: string | null): string | null {
  const entity = id ? ctx.story.byId.get(id) : undefined;
  if (id && (entity?.type ?? id.split(':')[0]) === 'person') return id;
  if (entity && (entity.type === 'place' || entity.mentions.size > 1)) return null;
  if (!nameLike(name)) return null;
  const ids = bySurname(ctx).get(lastWord(name));
  return ids?.size === 1 ? [...ids][0] : null;
}

function sameSurname(x: string, y: string): boolean {
  const last = (n: string) => n.toLowerCase().replace(/[’']s$/, '').replace(/,?\s+(?:jr|sr|ii|iii)\.?$/, '').split(/\s+/).pop() ?? '';
  // "Bodfiord" / "James G. Bodiford": the surname alone, mistyped.
  return last(x) === last(y) || looksMisspelled(last(x), last(y));
}

/** Reads as a person's name: a few capitalized words ("Obama Reverses Bush on Species Protection" is a headline). */
function nameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|del|der|den|da|di|du|van|von|bin|ibn|al|el|la|le|dos|das|y)$/.test(w));
}

/**
 * The entity `id` is named as a co-speaker of quotation `q` in document `path`: beside the named
 * speaker ("said Zadan and Meron"), or, without a speaker span, within a sentence's reach outside
 * the quotation. A name inside the quoted words is what was said, not who said it.
 */
function namedNear(ctx: RuleContext, path: string, q: Quote, id: string): boolean {
  const doc = ctx.doc(path);
  const outside = (e: { start: number; end: number }) => e.end <= q.start || e.start >= q.end;
  const span = q.speakerSpan;
  if (span) {
    const gap = (x: { start: number; end: number }, y: { start: number; end: number }) => doc.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start));
    return doc.entities.some((e) => e.id === id && outside(e) && /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(gap(e, span)));
  }
  const reach = 80;
  return doc.entities.some((e) => e.id === id && outside(e) && e.end >= q.start - reach && e.start <= q.end + reach);
}

/** Two people, each named, who cannot be one person spelled two ways. */
function differentPeople(ctx: RuleContext, a: string, aId: string, b: string, bId: string): boolean {
  if (aId === bId) return false;
  // People only: "ABC" for its president, or a title read as a name, is not a different speaker.
  const type = (id: string) => ctx.story.byId.get(id)?.type ?? id.split(':')[0];
  if (type(aId) !== 'person' || type(bId) !== 'person') return false;
  // One name, one of its spellings mistyped: the name-variant rule's business.
  if (sameSurname(a, b) || looksMisspelled(a, b)) return false;
  return nameLike(a) && nameLike(b);
}

function speakerConflict(ctx: RuleContext, qa: Quote, pathA: string, qb: Quote, pathB: string): Conflict[] {
  if (!explicit(qa) || !explicit(qb)) return [];
  const pa = personOf(ctx, qa.speaker!, qa.speakerId);
  const pb = personOf(ctx, qb.speaker!, qb.speakerId);
  if (!pa || !pb || !differentPeople(ctx, qa.speaker!, pa, qb.speaker!, pb)) return [];
  // A statement several people gave together ("said Zadan and Meron"): the other source names this speaker beside the quotation too.
  if (namedNear(ctx, pathB, qb, pa) || namedNear(ctx, pathA, qa, pb)) return [];
  const at = (q: Quote, path: string) => (q.speakerSpan ? { path, start: q.speakerSpan.start, end: q.speakerSpan.end } : { path, start: q.start, end: q.end });
  return [
    {
      code: 'quote-speaker',
      a: at(qa, pathA),
      b: at(qb, pathB),
      message: (here, other) =>
        here === 'a' ? `${other} attributes this quotation to ${qb.speaker}, not ${qa.speaker}.` : `${other} attributes this quotation to ${qa.speaker}, not ${qb.speaker}.`,
      data: { a: qa.speaker, b: qb.speaker },
    },
  ];
}

/** Quotations (and reported statements) this long, word for word the same, are one statement wherever they appear. */
const SAME_STATEMENT_WORDS = 6;

/** The shorter word list opens the longer: one statement, perhaps cut short. */
function sameOpening(x: readonly string[], y: readonly string[]): boolean {
  const n = Math.min(x.length, y.length);
  return n >= SAME_STATEMENT_WORDS && x.slice(0, n).every((w, i) => w === y[i]);
}

/** A person named as the speaker of a statement in the source's own voice ("Perlo said Orozco was consumed by gang life"). */
interface Reported {
  path: string;
  speaker: { start: number; end: number; text: string };
  /** The speaker's person id (see personOf). */
  person: string;
  /** The sentence holding the statement and its speaker. */
  start: number;
  end: number;
  words: readonly string[];
}

/**
 * A name: capitalized words, perhaps joined by a particle ("Azm Al Homoud", "Ludwig van Beethoven").
 * Words of at most 40 characters: the search tries a name at every capital, and with unbounded
 * words each try ran to the end of a run of capitals (200 KB of them took 25 s).
 */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]{0,39}`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|van|von|da|al|bin|del|la|le)\s+)?${NAME_WORD}){0,3}`;
/** `X said the church …` / `X told reporters the church …`. */
const SAYS_THAT = new RegExp(String.raw`(${NAME})(\s+(?:[a-z]+ly\s+)?(?:said|says|told\s+(?:reporters|journalists|${NAME}))\s+(?:that\s+)?)(?=[\p{L}"“])`, 'gu');
/** `…, X said.` / `…, according to X.` closing the sentence (the end written so that a run of spaces is read once, not once per space). */
const SAID_AFTER = new RegExp(String.raw`,\s+(?:(${NAME})\s+(?:said|says|added)|(?:said|says|added)\s+(${NAME})|according\s+to\s+(${NAME}))(?=\s*(?:[.!?]\s*)?$)`, 'u');

function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+?(?:[.!?]["”’]?(?=\s+["“‘]?[\p{Lu}]|\s*$)|(?=\n)|$)/gmu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) {
      re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

/** A named speaker beside a statement of six words or more, read from the text alone (offsets from the start of the line or source read). */
interface Attribution {
  name: string;
  at: number;
  sentence: { start: number; end: number };
  words: readonly string[];
}

/**
 * Bounds that keep reading a line linear in its length ("Smith said " written 3,000 times in one
 * sentence kept the rest of the sentence per match: 88 KB took 102 s and 3 GB): the attributions
 * read per sentence, and the words of a statement compared (two statements this long that open
 * alike are one statement).
 */
const MAX_ATTRIBUTIONS_PER_SENTENCE = 8;
const MAX_STATEMENT_TOKENS = 60;

/** `X said <statement>` and `<statement>, X said` / `<statement>, according to X` in the sentences of one line. */
function attributionsIn(line: string): Attribution[] {
  const out: Attribution[] = [];
  for (const sentence of sentences(line)) {
    const text = line.slice(sentence.start, sentence.end);
    // The sentence's words, read once; a statement is the tokens from `from` to before `to`.
    let tokens: Token[] | undefined;
    const add = (name: string, at: number, from: number, to: number) => {
      tokens ??= tokenize(text);
      const first = lowerBound(tokens, from, (t) => t.start);
      const words = comparableWords(tokens.slice(first, Math.min(first + MAX_STATEMENT_TOKENS, lowerBound(tokens, to, (t) => t.start))));
      if (words.length >= SAME_STATEMENT_WORDS) out.push({ name, at: sentence.start + at, sentence, words });
    };
    SAYS_THAT.lastIndex = 0;
    let read = 0;
    for (let m = SAYS_THAT.exec(text); m && read < MAX_ATTRIBUTIONS_PER_SENTENCE; m = SAYS_THAT.exec(text), read++) add(m[1], m.index, m.index + m[0].length, text.length);
    // `“…,” X said` is a quotation.
    const after = /["“”]/.test(text) ? null : SAID_AFTER.exec(text);
    if (after) {
      const name = after[1] ?? after[2] ?? after[3];
      add(name, after.index + after[0].lastIndexOf(name), 0, after.index);
    }
  }
  return out;
}
/** By line: no sentence spans two, and every edit re-checks a story whose lines are nearly all unchanged. */
const lineAttributions = new TextCache<readonly Attribution[]>(8000);
const sourceAttributions = new TextCache<readonly Attribution[]>(2000);

/** The attributions of a source, offsets from its start; an edited source read line by line. */
function attributionsInSource(text: string): readonly Attribution[] {
  return memoByLine(sourceAttributions, lineAttributions, text, attributionsIn, (a, offset) => ({ ...a, at: offset + a.at, sentence: { start: offset + a.sentence.start, end: offset + a.sentence.end } }));
}

/**
 * Statements in a source's own voice with a named speaker: `X said <statement>` and `<statement>, X
 * said` / `<statement>, according to X`. The name may be untagged (see personOf); quotations are the
 * quotation pairs' business.
 */
function reportedStatements(ctx: RuleContext, path: string): Reported[] {
  const doc = ctx.doc(path);
  const out: Reported[] = [];
  // "Woodburn Police Chief Scott Russell": the person, else the entity nearest the verb.
  const idAt = (start: number, end: number) => {
    const over = spanIndex(doc.entities).overlapping(start, end).filter((e) => e.type !== 'place');
    return (over.find((e) => e.type === 'person') ?? over[over.length - 1])?.id ?? null;
  };
  for (const { name, at, sentence, words } of attributionsInSource(doc.text)) {
    const person = personOf(ctx, name, idAt(at, at + name.length));
    if (person) out.push({ path, speaker: { start: at, end: at + name.length, text: name }, person, start: sentence.start, end: sentence.end, words });
  }
  return out;
}

/** Statements and quotations by their first words: only those with the same ones can open alike (see sameOpening). */
function byOpening<T extends { words: readonly string[] }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) if (item.words.length >= SAME_STATEMENT_WORDS) appendTo(out, openingOf(item.words), item);
  return out;
}

function openingOf(words: readonly string[]): string {
  return words.slice(0, SAME_STATEMENT_WORDS).join(' ');
}

/**
 * Statements aligned sentence by sentence meet only when they name the same people, so one
 * statement given to two different people is compared here: the same quotation, word for word, in
 * two related sources (a short one may be too short to align), and the same reported statement
 * ("X said the church is about 30 years old") with another person as its subject.
 */
function sameWordsOtherSpeaker(ctx: RuleContext): Conflict[] {
  const out: Conflict[] = [];
  const paths = [...ctx.story.entities.keys()];
  const quotes = new Map(paths.map((p) => [p, ctx.doc(p).quotes.filter((q) => explicit(q)).map((q) => ({ q, words: comparableWordsOf(q.text) }))]));
  const reported = new Map(paths.map((p) => [p, reportedStatements(ctx, p)]));
  const quoteOpenings = new Map(paths.map((p) => [p, byOpening(quotes.get(p)!)]));
  const reportedOpenings = new Map(paths.map((p) => [p, byOpening(reported.get(p)!)]));
  // Most sources of a large story give no statement that could meet another's.
  const speaking = paths.filter((p) => quoteOpenings.get(p)!.size || reportedOpenings.get(p)!.size);
  for (let i = 0; i < speaking.length; i++) {
    for (let j = i + 1; j < speaking.length; j++) {
      const [pa, pb] = [speaking[i], speaking[j]];
      if (!ctx.related(pa, pb)) continue;
      for (const a of quotes.get(pa)!) {
        for (const b of quoteOpenings.get(pb)!.get(openingOf(a.words)) ?? []) if (sameOpening(a.words, b.words)) out.push(...speakerConflict(ctx, a.q, pa, b.q, pb));
      }
      for (const a of reported.get(pa)!) {
        for (const b of reportedOpenings.get(pb)!.get(openingOf(a.words)) ?? []) {
          if (!sameOpening(a.words, b.words) || !differentPeople(ctx, a.speaker.text, a.person, b.speaker.text, b.person)) continue;
          // Both people named in one source's sentence: a statement given jointly, or one person quoting another.
          const other = (x: Reported, y: Reported) =>
            ctx.doc(x.path).entities.some((e) => e.id === y.person && e.start >= x.start && e.end <= x.end) || ctx.doc(x.path).text.slice(x.start, x.end).includes(lastWord(y.speaker.text));
          if (other(a, b) || other(b, a)) continue;
          out.push({
            code: 'quote-speaker',
            a: { path: pa, start: a.speaker.start, end: a.speaker.end },
            b: { path: pb, start: b.speaker.start, end: b.speaker.end },
            message: (here, src) => (here === 'a' ? `${src} attributes this statement to ${b.speaker.text}, not ${a.speaker.text}.` : `${src} attributes this statement to ${a.speaker.text}, not ${b.speaker.text}.`),
            data: { a: a.speaker.text, b: b.speaker.text },
          });
        }
      }
    }
  }
  return out;
}

/** The same quotation is attributed to different speakers. */
export const quoteSpeaker: Rule = {
  code: 'quote-speaker',
  title: 'Quotation attributed to someone else',
  description:
    'Another source attributes the same quotation to a different speaker. Only attributions that name the speaker count; a pronoun or "the company" is not compared.',
  defaultSeverity: 'warning',
  checkQuotePair(pair, ctx) {
    const qa = pair.a.quote;
    const qb = pair.b.quote;
    if (!qa || !qb) return [];
    return speakerConflict(ctx, qa, pair.a.path, qb, pair.b.path);
  },
  checkStory: sameWordsOtherSpeaker,
};
