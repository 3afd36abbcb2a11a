/**
 * Injects one known contradiction into a copy of a real article. Each injector looks for a place
 * the change can be made in the article's text, the way an editor's slip or a hostile rewrite would
 * make it, and returns the edits; it knows nothing of the rules that are meant to find it.
 */
import type { DocumentFacts } from '../../server/src/engine/analyze';
import type { EntityMention, RuleCode } from '../../server/src/engine/types';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface Injection {
  kind: InjectionKind;
  code: RuleCode;
  edits: Edit[];
  /** What was changed, for the verbose listing. */
  note: string;
}

export type InjectionKind =
  | 'number'
  | 'date'
  | 'speaker'
  | 'negation'
  | 'modality'
  | 'reversal'
  | 'title'
  | 'employer'
  | 'misspelling'
  | 'quote-reword';

export const KIND_CODE: Record<InjectionKind, RuleCode> = {
  number: 'number-mismatch',
  date: 'date-mismatch',
  speaker: 'quote-speaker',
  negation: 'claim-polarity',
  modality: 'claim-polarity',
  reversal: 'claim-polarity',
  title: 'role-mismatch',
  employer: 'role-mismatch',
  misspelling: 'name-variant',
  'quote-reword': 'quote-wording',
};

/** Deterministic random numbers (mulberry32). */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

export function applyEdits(text: string, edits: Edit[]): { text: string; spans: Array<{ start: number; end: number }> } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  const spans: Array<{ start: number; end: number }> = [];
  for (const e of sorted) {
    out += text.slice(last, e.start);
    spans.push({ start: out.length, end: out.length + e.replacement.length });
    out += e.replacement;
    last = e.end;
  }
  return { text: out + text.slice(last), spans };
}

interface Site {
  start: number;
  end: number;
  text: string;
}

/** Matches of `re` in the article body that lie inside one sentence and outside the headline. */
function sites(facts: DocumentFacts, re: RegExp): Array<Site & { groups: RegExpExecArray }> {
  const text = facts.article.text;
  const out: Array<Site & { groups: RegExpExecArray }> = [];
  const headlineEnd = facts.article.title ? facts.article.title.end : facts.article.bodyStart;
  for (const s of facts.sentences) {
    if (s.end <= headlineEnd) continue;
    // Short lines (bylines, date lines, captions) are not statements.
    if (s.text.split(/\s+/).length < 8) continue;
    // Datelines and headlines run into the next sentence where the data has no paragraph breaks: one line only.
    if (s.text.includes('\n')) continue;
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(s.text); m; m = g.exec(s.text)) {
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], groups: m });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  void text;
  return out;
}

function overlapsAny(x: { start: number; end: number }, spans: Array<{ start: number; end: number }>): boolean {
  return spans.some((s) => x.start < s.end && x.end > s.start);
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred'];
const WORD_VALUE: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

function formatLike(original: string, value: number): string {
  if (original.includes(',')) return value.toLocaleString('en-US');
  if (original.includes('.')) return value.toFixed(original.split('.')[1].length);
  return String(value);
}

function injectNumber(facts: DocumentFacts, rnd: Random): Injection | null {
  const skip = [...facts.dates, ...facts.entities];
  const candidates = sites(facts, /(?<![\w$€£.,:\/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))(?![\w:\/-]|[.,]\d)(\s*%|\s+(?:percent|per cent|million|billion|thousand|people|[a-z]{3,}))/gi).filter((s) => {
    const word = s.groups[1];
    if (/^\d{4}$/.test(word) && Number(word) >= 1800 && Number(word) <= 2100) return false;
    if (/^(?:am|pm|a\.m|p\.m|years?|year-old|o'clock|of|and|or|to|in|on|at|for|the|a|an|is|was|were|are|by)$/i.test(s.groups[2].trim())) return false;
    return !overlapsAny({ start: s.start, end: s.start + word.length }, skip);
  });
  if (!candidates.length) return null;
  const s = rnd.pick(candidates);
  const word = s.groups[1];
  let replacement: string;
  const lower = word.toLowerCase();
  if (lower in WORD_VALUE) {
    const others = NUMBER_WORDS.filter((w) => w !== lower && w !== 'hundred' && Math.abs(WORD_VALUE[w] - WORD_VALUE[lower]) >= Math.max(2, WORD_VALUE[lower] * 0.4));
    replacement = rnd.pick(others);
    if (word[0] === word[0].toUpperCase()) replacement = replacement[0].toUpperCase() + replacement.slice(1);
  } else {
    const value = Number(word.replace(/,/g, ''));
    const factors = [0.5, 1.5, 2, 3, 0.25];
    let next = value;
    for (let tries = 0; tries < 10 && (next === value || next <= 0); tries++) {
      const f = rnd.pick(factors);
      next = value < 10 ? value + rnd.pick([2, 3, 4, 5]) : Math.round(value * f);
    }
    replacement = formatLike(word, next);
  }
  return { kind: 'number', code: 'number-mismatch', edits: [{ start: s.start, end: s.start + word.length, replacement }], note: `${word} → ${replacement}` };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function injectDate(facts: DocumentFacts, rnd: Random): Injection | null {
  const text = facts.article.text;
  const headlineEnd = facts.article.title ? facts.article.title.end : facts.article.bodyStart;
  const inStatement = (start: number) => facts.sentences.some((s) => s.start <= start && s.end > start && s.start >= headlineEnd && s.text.split(/\s+/).length >= 8 && !s.text.includes('\n'));
  const options: Edit[] = [];
  for (const d of facts.dates) {
    if (!inStatement(d.start) || d.timexType !== 'DATE') continue;
    const t = d.text;
    const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(t);
    const monthDay = new RegExp(`\\b(${MONTHS.join('|')}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(\\d{1,2})\\b`).exec(t);
    const year = /\b(19[5-9]\d|20[0-2]\d)\b/.exec(t);
    const month = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(t);
    if (weekday) {
      const i = WEEKDAYS.indexOf(weekday[1]);
      const to = WEEKDAYS[(i + rnd.pick([2, 3, 4, 5])) % 7];
      options.push({ start: d.start + weekday.index, end: d.start + weekday.index + weekday[1].length, replacement: to });
    } else if (monthDay) {
      const day = Number(monthDay[2]);
      const to = day > 20 ? day - rnd.pick([2, 3, 5, 9]) : day + rnd.pick([2, 3, 5, 9]);
      const at = d.start + monthDay.index + monthDay[0].length - monthDay[2].length;
      options.push({ start: at, end: at + monthDay[2].length, replacement: String(to) });
    } else if (year) {
      const to = Number(year[1]) - rnd.pick([1, 2, 3]);
      options.push({ start: d.start + year.index, end: d.start + year.index + 4, replacement: String(to) });
    } else if (month) {
      const i = MONTHS.indexOf(month[1]);
      const to = MONTHS[(i + rnd.pick([2, 3, 4, 5, 7])) % 12];
      options.push({ start: d.start + month.index, end: d.start + month.index + month[1].length, replacement: to });
    }
  }
  if (!options.length) return null;
  const e = rnd.pick(options);
  return { kind: 'date', code: 'date-mismatch', edits: [e], note: `${text.slice(e.start, e.end)} → ${e.replacement}` };
}

/** Full names of people named in at least two sources of the story (one source's tagging errors are no people). */
function persons(story: DocumentFacts[]): Map<string, string> {
  const docsOf = new Map<string, Set<string>>();
  for (const d of story) {
    for (const e of d.entities) {
      if (e.type !== 'person' || !/^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)+$/u.test(e.text)) continue;
      docsOf.set(e.text, (docsOf.get(e.text) ?? new Set()).add(d.path));
    }
  }
  return new Map([...docsOf].filter(([, docs]) => docs.size >= 2).map(([name]) => [name, name]));
}

function injectSpeaker(facts: DocumentFacts, story: DocumentFacts[], rnd: Random): Injection | null {
  const text = facts.article.text;
  const names = [...persons(story).keys()];
  // "…," X said / X said: "…" / said X — a person named right next to a quotation and a verb of saying.
  const options: Edit[] = [];
  for (const q of facts.quotes) {
    if (q.kind !== 'statement') continue;
    const near = facts.entities.filter((e) => e.type === 'person' && ((e.start >= q.end && e.start - q.end <= 25) || (e.end <= q.start && q.start - e.end <= 25)));
    for (const e of near) {
      const attribution =
        e.start >= q.end
          ? /^[,.!?”"’'\s]*(?:said|says|added|told \w+|according to)?\s*$/.test(text.slice(q.end, e.start)) && /^(?:\s*(?:said|says|added|told)\b|$)/.test(text.slice(e.end, e.end + 8).replace(/^[,.]\s*$/, '')) &&
            /\b(?:said|says|added|told|according)\b/.test(text.slice(q.end, e.end + 8))
          : /^\s*(?:said|says|added|told \w+)?\s*[:,]\s*[“"]?\s*$/.test(text.slice(e.end, q.start));
      if (!attribution) continue;
      const surname = e.text.split(/\s+/).pop()!;
      const others = names.filter((n) => !n.includes(surname) && !e.text.includes(n.split(/\s+/).pop()!));
      if (!others.length) continue;
      options.push({ start: e.start, end: e.end, replacement: rnd.pick(others) });
    }
  }
  if (!options.length) return null;
  const e = rnd.pick(options);
  return { kind: 'speaker', code: 'quote-speaker', edits: [e], note: `${text.slice(e.start, e.end)} → ${e.replacement}` };
}

const AUXILIARY = /\b(is|are|was|were|will|would|can|could|has|have|had|should|must|did|does)\s+(?!not\b|never\b|n't|been\s+no\b)([a-z]{3,})\b/g;

function injectNegation(facts: DocumentFacts, rnd: Random): Injection | null {
  const options = sites(facts, AUXILIARY).filter((s) => !/^(?:also|to|the|a|an|being|said|told|that|it|he|she|they)$/.test(s.groups[2]));
  if (!options.length) return null;
  const s = rnd.pick(options);
  const at = s.start + s.groups[1].length;
  const word = rnd.next() < 0.75 ? ' not' : ' never';
  return { kind: 'negation', code: 'claim-polarity', edits: [{ start: at, end: at, replacement: word }], note: `${s.text} → ${s.groups[1]}${word} ${s.groups[2]}` };
}

function injectModality(facts: DocumentFacts, rnd: Random): Injection | null {
  const options: Array<{ edit: Edit; note: string }> = [];
  for (const s of sites(facts, /\b(will|has|have|had)\s+(?!not\b|never\b|been\s+no\b)([a-z]{3,})\b/g)) {
    const [aux, verb] = [s.groups[1], s.groups[2]];
    if (/^(?:to|also|a|an|the|been)$/.test(verb)) continue;
    if (aux === 'will') {
      const to = rnd.pick(['might', 'may', 'could']);
      options.push({ edit: { start: s.start, end: s.start + aux.length, replacement: to }, note: `will ${verb} → ${to} ${verb}` });
    } else if (/(?:ed|en|wn|ne|ght|id|ld|ft|nt|ut)$/.test(verb)) {
      options.push({ edit: { start: s.start, end: s.start + aux.length, replacement: 'would have' }, note: `${aux} ${verb} → would have ${verb}` });
    }
  }
  // A plain past tense made hypothetical: "police arrested" → "police would have arrested".
  for (const s of sites(facts, /\b(?:he|she|they|police|officials|authorities|[A-Z][a-z]+)\s+([a-z]{4,}ed)\b/g)) {
    const verb = s.groups[1];
    if (/^(?:said|used|based|called|named|aged|owned|needed)$/.test(verb)) continue;
    const at = s.end - verb.length;
    options.push({ edit: { start: at, end: at, replacement: 'would have ' }, note: `${verb} → would have ${verb}` });
  }
  if (!options.length) return null;
  const o = rnd.pick(options);
  return { kind: 'modality', code: 'claim-polarity', edits: [o.edit], note: o.note };
}

const OPPOSITES: Array<[string, string]> = [
  ['confirmed', 'denied'], ['admitted', 'denied'], ['accepted', 'rejected'], ['approved', 'rejected'], ['won', 'lost'],
  ['rose', 'fell'], ['increased', 'decreased'], ['agreed', 'refused'], ['supported', 'opposed'], ['opened', 'closed'],
  ['allowed', 'banned'], ['succeeded', 'failed'], ['included', 'excluded'], ['started', 'ended'], ['began', 'ended'],
  ['survived', 'died'], ['raised', 'lowered'], ['convicted', 'acquitted'], ['arrived', 'left'], ['hired', 'fired'],
  ['bought', 'sold'], ['gained', 'lost'], ['passed', 'failed'], ['wins', 'loses'], ['confirms', 'denies'], ['entered', 'left'],
  ['guilty', 'innocent'], ['increase', 'decrease'], ['upheld', 'overturned'],
];

function injectReversal(facts: DocumentFacts, rnd: Random): Injection | null {
  const map = new Map<string, string>();
  for (const [x, y] of OPPOSITES) {
    if (!map.has(x)) map.set(x, y);
    if (!map.has(y)) map.set(y, x);
  }
  const options = sites(facts, new RegExp(`\\b(${[...map.keys()].join('|')})\\b`, 'g'));
  if (!options.length) return null;
  const s = rnd.pick(options);
  const to = map.get(s.text)!;
  return { kind: 'reversal', code: 'claim-polarity', edits: [{ start: s.start, end: s.end, replacement: to }], note: `${s.text} → ${to}` };
}

const TITLES = ['chief executive', 'CEO', 'chairman', 'president', 'vice president', 'director', 'spokesman', 'spokeswoman', 'secretary', 'coach', 'manager', 'founder', 'co-founder', 'governor', 'mayor', 'senator', 'minister', 'captain', 'commissioner', 'chief', 'sheriff', 'attorney', 'lawyer', 'publicist', 'producer', 'executive producer', 'head', 'editor', 'owner', 'leader'];
const TITLE_RE = `(?:chief executive|CEO|chairman|chairwoman|president|vice president|director|spokesman|spokeswoman|spokesperson|secretary|coach|manager|founder|co-founder|governor|mayor|senator|minister|captain|commissioner|chief|sheriff|attorney|lawyer|publicist|producer|executive producer|head|editor|owner|leader)`;

function personMentions(facts: DocumentFacts): EntityMention[] {
  return facts.entities.filter((e) => e.type === 'person');
}

function injectTitle(facts: DocumentFacts, rnd: Random): Injection | null {
  const text = facts.article.text;
  const options: Array<{ edit: Edit; note: string }> = [];
  for (const p of personMentions(facts)) {
    const before = new RegExp(`\\b(${TITLE_RE})\\s+$`, 'i').exec(text.slice(Math.max(0, p.start - 40), p.start));
    const after = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|his\\s+|her\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(${TITLE_RE})\\b`, 'i').exec(text.slice(p.end, p.end + 60));
    const found = before
      ? { start: p.start - (Math.min(40, p.start) - before.index), title: before[1] }
      : after
        ? { start: p.end + after[0].length - after[1].length, title: after[1] }
        : null;
    if (!found) continue;
    const lower = found.title.toLowerCase();
    const others = TITLES.filter((t) => t.toLowerCase() !== lower && !(lower === 'ceo' && t === 'chief executive') && !(lower === 'chief executive' && t === 'CEO') && !lower.includes(t.toLowerCase()) && !t.toLowerCase().includes(lower));
    let to = rnd.pick(others);
    if (found.title[0] === found.title[0].toUpperCase() && to !== 'CEO') to = to[0].toUpperCase() + to.slice(1);
    options.push({ edit: { start: found.start, end: found.start + found.title.length, replacement: to }, note: `${found.title} ${p.text} → ${to}` });
  }
  if (!options.length) return null;
  const o = rnd.pick(options);
  return { kind: 'title', code: 'role-mismatch', edits: [o.edit], note: o.note };
}

function injectEmployer(facts: DocumentFacts, story: DocumentFacts[], rnd: Random): Injection | null {
  const text = facts.article.text;
  const orgs = new Set<string>();
  for (const d of story) for (const e of d.entities) if (e.type === 'organization' && /^[\p{Lu}]/u.test(e.text) && e.text.length >= 3) orgs.add(e.text);
  const options: Array<{ edit: Edit; note: string }> = [];
  for (const o of facts.entities) {
    if (o.type !== 'organization') continue;
    // "ORG TITLE PERSON", "ORG's TITLE PERSON", "PERSON, TITLE of ORG"
    const after = new RegExp(`^(?:['’]s)?\\s+(?:${TITLE_RE})\\s+$`, 'i');
    const holder = facts.entities.find((p) => p.type === 'person' && p.start > o.end && p.start - o.end <= 30 && after.test(text.slice(o.end, p.start)));
    const before = facts.entities.find((p) => p.type === 'person' && p.end < o.start && o.start - p.end <= 40 && new RegExp(`^,\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:${TITLE_RE})\\s+(?:of|at|for)\\s+(?:the\\s+)?$`, 'i').test(text.slice(p.end, o.start)));
    if (!holder && !before) continue;
    const others = [...orgs].filter((x) => x !== o.text && !x.includes(o.text) && !o.text.includes(x));
    if (!others.length) continue;
    const to = rnd.pick(others);
    options.push({ edit: { start: o.start, end: o.end, replacement: to }, note: `${o.text} → ${to} (${(holder ?? before)!.text})` });
  }
  if (!options.length) return null;
  const o = rnd.pick(options);
  return { kind: 'employer', code: 'role-mismatch', edits: [o.edit], note: o.note };
}

function misspell(word: string, rnd: Random): string {
  const letters = word.split('');
  const kind = rnd.int(4);
  const i = 1 + rnd.int(letters.length - 2);
  if (kind === 0) {
    // a vowel for another vowel
    const vowels = 'aeiou';
    const at = letters.findIndex((c, k) => k >= i && vowels.includes(c));
    const k = at >= 0 ? at : letters.findIndex((c, k2) => k2 >= 1 && vowels.includes(c));
    if (k >= 1) letters[k] = rnd.pick(vowels.replace(letters[k], '').split(''));
    else letters.splice(i, 1);
  } else if (kind === 1 && i < letters.length - 1) {
    [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
  } else if (kind === 2) {
    letters.splice(i, 1);
  } else {
    letters.splice(i, 0, letters[i]);
  }
  const out = letters.join('');
  return out === word ? word.slice(0, -1) : out;
}

function injectMisspelling(facts: DocumentFacts, rnd: Random): Injection | null {
  const text = facts.article.text;
  const headlineEnd = facts.article.title ? facts.article.title.end : facts.article.bodyStart;
  const candidates = facts.entities.filter((e) => (e.type === 'person' || e.type === 'organization') && e.start >= headlineEnd && /^[\p{Lu}]/u.test(e.text) && e.text.split(/\s+/).some((w) => /^[\p{L}]{5,}$/u.test(w)));
  if (!candidates.length) return null;
  const target = rnd.pick(candidates);
  const words = target.text.split(/(\s+)/);
  const idx = rnd.shuffle(words.map((w, k) => k).filter((k) => /^[\p{L}]{5,}$/u.test(words[k])))[0];
  const wrong = misspell(words[idx], rnd);
  const surface = words.map((w, k) => (k === idx ? wrong : w)).join('');
  // Either one mention is mistyped, or the writer spells the name that way throughout.
  const every = rnd.next() < 0.5;
  const mentions = every ? candidates.filter((e) => e.text === target.text) : [target];
  return {
    kind: 'misspelling',
    code: 'name-variant',
    edits: mentions.map((m) => ({ start: m.start, end: m.end, replacement: surface })),
    note: `${target.text} → ${surface}${every ? ` (×${mentions.length})` : ''}`,
  };
  void text;
}

/** Words a rewrite might swap for a near-synonym (or a word that changes the sense). */
const SWAPS: Record<string, string[]> = {
  good: ['great', 'fine'], great: ['good', 'huge'], big: ['large', 'huge'], important: ['crucial', 'significant'], believe: ['think', 'feel'],
  think: ['believe', 'feel'], very: ['really', 'extremely'], happy: ['glad', 'pleased'], people: ['folks', 'residents'], know: ['think', 'believe'],
  want: ['need', 'hope'], need: ['want', 'have'], help: ['support', 'assist'], work: ['job', 'effort'], hard: ['difficult', 'tough'],
  difficult: ['hard', 'tough'], sad: ['tragic', 'terrible'], terrible: ['horrible', 'awful'], best: ['finest', 'greatest'], proud: ['pleased', 'honored'],
  always: ['often', 'usually'], family: ['families', 'relatives'], time: ['moment', 'period'], going: ['trying', 'planning'], make: ['create', 'build'],
  said: ['stated', 'told'], made: ['created', 'built'], see: ['watch', 'find'], life: ['career', 'future'], love: ['adore', 'like'], really: ['truly', 'very'],
  everyone: ['everybody', 'anyone'], safe: ['secure', 'protected'], working: ['operating', 'acting'], continue: ['keep', 'remain'], looking: ['hoping', 'waiting'],
};
const STOP = new Set('the a an and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we i you his her their our my your not no never will would can could may might must should have has had do does did'.split(' '));

function injectQuoteReword(facts: DocumentFacts, rnd: Random): Injection | null {
  const text = facts.article.text;
  const quotes = facts.quotes.filter((q) => q.kind === 'statement' && q.text.split(/\s+/).length >= 8);
  if (!quotes.length) return null;
  const q = rnd.pick(quotes);
  const words = [...q.text.matchAll(/[A-Za-z][a-z']+/g)].filter((m) => !STOP.has(m[0].toLowerCase()) && !/^[A-Z]/.test(m[0]) && m[0].length >= 3);
  if (!words.length) return null;
  const count = words.length >= 6 && rnd.next() < 0.5 ? 2 : 1;
  const chosen = rnd.shuffle(words).slice(0, count);
  const pool = [...text.slice(facts.article.bodyStart).matchAll(/\b[a-z]{4,}\b/g)].map((m) => m[0]).filter((w) => !STOP.has(w));
  const edits: Edit[] = chosen.map((m) => {
    const lower = m[0].toLowerCase();
    const swap = SWAPS[lower] ? rnd.pick(SWAPS[lower]) : rnd.pick(pool.filter((w) => w !== lower && !w.startsWith(lower.slice(0, 4))));
    return { start: q.start + m.index!, end: q.start + m.index! + m[0].length, replacement: swap };
  });
  return { kind: 'quote-reword', code: 'quote-wording', edits, note: edits.map((e) => `${text.slice(e.start, e.end)} → ${e.replacement}`).join('; ') };
}

export const KINDS: InjectionKind[] = ['number', 'date', 'speaker', 'negation', 'modality', 'reversal', 'title', 'employer', 'misspelling', 'quote-reword'];

export function inject(kind: InjectionKind, facts: DocumentFacts, story: DocumentFacts[], rnd: Random): Injection | null {
  switch (kind) {
    case 'number':
      return injectNumber(facts, rnd);
    case 'date':
      return injectDate(facts, rnd);
    case 'speaker':
      return injectSpeaker(facts, story, rnd);
    case 'negation':
      return injectNegation(facts, rnd);
    case 'modality':
      return injectModality(facts, rnd);
    case 'reversal':
      return injectReversal(facts, rnd);
    case 'title':
      return injectTitle(facts, rnd);
    case 'employer':
      return injectEmployer(facts, story, rnd);
    case 'misspelling':
      return injectMisspelling(facts, rnd);
    case 'quote-reword':
      return injectQuoteReword(facts, rnd);
  }
}
