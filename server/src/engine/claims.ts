import { stemmer } from 'stemmer';
import type { Token } from './text';

/**
 * Small facts about the words of a statement that decide whether two versions of it still say
 * the same thing: negation, modality, numbers.
 */

export type Mood = 'fact' | 'counterfactual' | 'possible';

export interface Frame {
  negated: boolean;
  mood: Mood;
  /** The auxiliaries in front of the word, as written ("would have"). */
  auxiliaries: string;
  /** Start of the first auxiliary (or the word) and end of the word. */
  start: number;
  end: number;
}

const AUX = new Set([
  'would', 'could', 'might', 'may', 'should', 'must', 'will', 'shall', "'ll", "'d", 'have', 'has', 'had', "'ve",
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'not', "n't", 'never', 'no', 'longer', 'also', 'still',
  'already', 'do', 'does', 'did', 'to', 'reportedly', 'allegedly', 'wouldn', 'couldn', 'won', 'didn', 'doesn',
  'don', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn', 'cannot', 'can',
]);
/** Verbal negation only: "no" is mostly a determiner ("no one", "no community") and says nothing about the verb. */
const NEGATION = new Set(['not', "n't", 'never', 'cannot', 'wouldn', 'couldn', 'won', 'didn', 'doesn', 'don', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn']);
const HYPOTHETICAL_MODAL = new Set(['would', 'could', 'might', 'should', "'d", 'wouldn', 'couldn']);
const POSSIBILITY_MODAL = new Set(['may', 'might', 'could']);
const PERFECT = new Set(['have', "'ve"]);

const contracted = (w: string) => w.endsWith("n't");

/** Negation and modality of `tokens[i]`, read from the auxiliaries right before it. */
export function frameOf(tokens: Token[], i: number): Frame {
  let j = i - 1;
  while (j >= 0 && i - j <= 5 && (AUX.has(tokens[j].norm) || contracted(tokens[j].norm))) j--;
  const aux = tokens.slice(j + 1, i);
  const words = aux.map((t) => t.norm);
  const negated = words.some((w, k) => NEGATION.has(w) || contracted(w) || (w === 'no' && words[k + 1] === 'longer'));
  let mood: Mood = 'fact';
  const modalAt = words.findIndex((w) => HYPOTHETICAL_MODAL.has(w));
  if (modalAt >= 0 && words.slice(modalAt + 1).some((w) => PERFECT.has(w))) mood = 'counterfactual';
  else if (words.some((w) => POSSIBILITY_MODAL.has(w))) mood = 'possible';
  return {
    negated,
    mood,
    auxiliaries: aux.map((t) => t.text).join(' '),
    start: aux.length ? aux[0].start : tokens[i].start,
    end: tokens[i].end,
  };
}

/** Verb pairs whose swap reverses a claim. */
const ANTONYMS: Array<[string, string]> = [
  ['deny', 'confirm'], ['deny', 'admit'], ['accept', 'reject'], ['approve', 'reject'], ['win', 'lose'],
  ['rise', 'fall'], ['increase', 'decrease'], ['increase', 'cut'], ['raise', 'cut'], ['agree', 'refuse'],
  ['support', 'oppose'], ['acquit', 'convict'], ['allow', 'ban'], ['allow', 'forbid'], ['open', 'close'],
  ['gain', 'lose'], ['buy', 'sell'], ['hire', 'fire'], ['succeed', 'fail'], ['pass', 'fail'], ['include', 'exclude'],
  ['arrive', 'leave'], ['start', 'end'], ['begin', 'end'], ['lift', 'impose'], ['survive', 'die'], ['expand', 'shrink'],
  ['admit', 'deny'], ['guilty', 'innocent'], ['convict', 'clear'], ['uphold', 'overturn'], ['enter', 'leave'], ['raise', 'lower'],
  ['accept', 'decline'], ['win', 'fail'], ['confirm', 'dismiss'], ['approve', 'veto'], ['appear', 'disappear'], ['legal', 'illegal'],
  ['increase', 'reduce'], ['rise', 'drop'], ['rise', 'decline'], ['gain', 'drop'], ['agree', 'decline'], ['agree', 'disagree'],
  ['like', 'dislike'], ['welcome', 'condemn'], ['praise', 'criticize'], ['praise', 'criticise'], ['succeed', 'lose'], ['confirm', 'refute'],
  ['acquit', 'condemn'], ['release', 'detain'], ['release', 'arrest'], ['resign', 'stay'], ['attack', 'defend'], ['reveal', 'conceal'],
  ['strengthen', 'weaken'], ['add', 'remove'], ['grant', 'deny'], ['accept', 'refuse'], ['permit', 'forbid'], ['permit', 'ban'],
  // Adjectives, adverbs and nouns whose swap reverses what is said.
  ['higher', 'lower'], ['more', 'less'], ['more', 'fewer'], ['up', 'down'], ['alive', 'dead'], ['victory', 'defeat'], ['win', 'loss'],
  ['increase', 'drop'], ['increase', 'decline'], ['rise', 'decrease'], ['success', 'failure'], ['successful', 'unsuccessful'],
  ['possible', 'impossible'], ['likely', 'unlikely'], ['able', 'unable'], ['true', 'false'], ['positive', 'negative'], ['safe', 'unsafe'],
  ['largest', 'smallest'], ['biggest', 'smallest'], ['highest', 'lowest'], ['maximum', 'minimum'], ['first', 'last'], ['before', 'after'],
  ['early', 'late'], ['earlier', 'later'], ['open', 'closed'], ['public', 'private'], ['strong', 'weak'], ['stronger', 'weaker'],
  ['major', 'minor'], ['rich', 'poor'], ['wealthy', 'poor'], ['friend', 'enemy'], ['ally', 'enemy'], ['profit', 'loss'], ['armed', 'unarmed'],
  ['guilty', 'not guilty'], ['legal', 'unlawful'], ['lawful', 'unlawful'], ['present', 'absent'], ['winner', 'loser'],
];
/** A Map, not an object: "constructor" is a word too. */
const IRREGULAR = new Map<string, string>(Object.entries({
  won: 'win', lost: 'lose', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', sold: 'sell', bought: 'buy',
  left: 'leave', began: 'begin', begun: 'begin', forbade: 'forbid', forbidden: 'forbid', shrank: 'shrink', died: 'die',
  hired: 'hire', fired: 'fire', upheld: 'uphold', overturned: 'overturn', entered: 'enter', declined: 'decline', lowered: 'lower',
}));

/** Inflected forms of the listed words, each with its base: the stemmer does not always bring them together ("succeeded" / "succeed"). */
const FORMS = new Map<string, string>();
for (const word of new Set(ANTONYMS.flat())) {
  if (word.includes(' ')) continue;
  const stemless = word.replace(/e$/, '');
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(word) ? word + word.slice(-1) : word;
  const y = word.replace(/([^aeiou])y$/, '$1i');
  for (const form of [word, word + 's', word + 'es', y + 'es', y + 'ed', stemless + 'ed', stemless + 'ing', doubled + 'ed', doubled + 'ing', word + 'd']) if (!FORMS.has(form)) FORMS.set(form, word);
}

/** Stems of the bases, computed once. */
const BASE_STEM = new Map<string, string>([...new Set([...IRREGULAR.values(), ...FORMS.values()])].map((w) => [w, stemmer(w)]));

/** Stem of the word's base form, so "sold" and "sells" meet. */
export function verbLemma(token: Token): string {
  const base = IRREGULAR.get(token.norm) ?? FORMS.get(token.norm);
  return base ? BASE_STEM.get(base) ?? token.stem : token.stem;
}

const ANTONYM_OF = new Map<string, Set<string>>();
for (const [x, y] of ANTONYMS) {
  if (x.includes(' ') || y.includes(' ')) continue;
  for (const [p, q] of [[x, y], [y, x]]) {
    const set = ANTONYM_OF.get(stemmer(p)) ?? new Set<string>();
    set.add(stemmer(q));
    ANTONYM_OF.set(stemmer(p), set);
  }
}

/** True when the word has an opposite in the list (most words have none). */
export function hasAntonym(token: Token): boolean {
  return ANTONYM_OF.has(verbLemma(token));
}

/** True when the two words are opposite verbs (denied / confirmed, rose / fell). */
export function areAntonyms(a: Token, b: Token): boolean {
  return ANTONYM_OF.get(verbLemma(a))?.has(verbLemma(b)) ?? false;
}
