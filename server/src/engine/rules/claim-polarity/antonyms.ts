import { stemOf } from '../../text';

/** Verb pairs whose swap reverses a claim. */
const ANTONYMS: Array<[string, string]> = [
  ['deny', 'confirm'],
  ['deny', 'admit'],
  ['accept', 'reject'],
  ['approve', 'reject'],
  ['win', 'lose'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['increase', 'cut'],
  ['raise', 'cut'],
  ['agree', 'refuse'],
  ['support', 'oppose'],
  ['acquit', 'convict'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['open', 'close'],
  ['gain', 'lose'],
  ['buy', 'sell'],
  ['hire', 'fire'],
  ['succeed', 'fail'],
  ['pass', 'fail'],
  ['include', 'exclude'],
  ['arrive', 'leave'],
  ['start', 'end'],
  ['begin', 'end'],
  ['lift', 'impose'],
  ['survive', 'die'],
  ['expand', 'shrink'],
  ['admit', 'deny'],
  ['guilty', 'innocent'],
  ['convict', 'clear'],
  ['uphold', 'overturn'],
  ['enter', 'leave'],
  ['raise', 'lower'],
  ['accept', 'decline'],
  ['win', 'fail'],
  ['confirm', 'dismiss'],
  ['approve', 'veto'],
  ['appear', 'disappear'],
  ['legal', 'illegal'],
  ['increase', 'reduce'],
  ['rise', 'drop'],
  ['rise', 'decline'],
  ['gain', 'drop'],
  ['agree', 'decline'],
  ['agree', 'disagree'],
  ['like', 'dislike'],
  ['welcome', 'condemn'],
  ['praise', 'criticize'],
  ['praise', 'criticise'],
  ['succeed', 'lose'],
  ['confirm', 'refute'],
  ['acquit', 'condemn'],
  ['release', 'detain'],
  ['release', 'arrest'],
  ['resign', 'stay'],
  ['attack', 'defend'],
  ['reveal', 'conceal'],
  ['strengthen', 'weaken'],
  ['add', 'remove'],
  ['grant', 'deny'],
  ['accept', 'refuse'],
  ['permit', 'forbid'],
  ['permit', 'ban'],
  // Adjectives, adverbs and nouns whose swap reverses what is said.
  ['higher', 'lower'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['up', 'down'],
  ['alive', 'dead'],
  ['victory', 'defeat'],
  ['win', 'loss'],
  ['increase', 'drop'],
  ['increase', 'decline'],
  ['rise', 'decrease'],
  ['success', 'failure'],
  ['successful', 'unsuccessful'],
  ['possible', 'impossible'],
  ['likely', 'unlikely'],
  ['able', 'unable'],
  ['true', 'false'],
  ['positive', 'negative'],
  ['safe', 'unsafe'],
  ['largest', 'smallest'],
  ['biggest', 'smallest'],
  ['highest', 'lowest'],
  ['maximum', 'minimum'],
  ['first', 'last'],
  ['before', 'after'],
  ['early', 'late'],
  ['earlier', 'later'],
  ['open', 'closed'],
  ['public', 'private'],
  ['strong', 'weak'],
  ['stronger', 'weaker'],
  ['major', 'minor'],
  ['rich', 'poor'],
  ['wealthy', 'poor'],
  ['friend', 'enemy'],
  ['ally', 'enemy'],
  ['profit', 'loss'],
  ['armed', 'unarmed'],
  ['guilty', 'not guilty'],
  ['legal', 'unlawful'],
  ['lawful', 'unlawful'],
  ['present', 'absent'],
  ['winner', 'loser'],
];
/** Opposites by stem of their base forms (a Map: "constructor" is a word too). */
const OPPOSITES = new Map<string, Set<string>>();
for (const [x, y] of ANTONYMS) {
  if (x.includes(' ') || y.includes(' ')) continue;
  for (const [p, q] of [
    [x, y],
    [y, x],
  ]) {
    const set = OPPOSITES.get(stemOf(p)) ?? new Set<string>();
    set.add(stemOf(q));
    OPPOSITES.set(stemOf(p), set);
  }
}

/**
 * Irregular forms of the listed verbs, for words compromise did not read as verbs (a headline's
 * "Shares Rose", "rose" the flower's spelling): their base forms' stems. A Map: "constructor" is a word too.
 */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    won: 'win',
    lost: 'lose',
    rose: 'rise',
    risen: 'rise',
    fell: 'fall',
    fallen: 'fall',
    sold: 'sell',
    bought: 'buy',
    left: 'leave',
    began: 'begin',
    begun: 'begin',
    forbade: 'forbid',
    forbidden: 'forbid',
    shrank: 'shrink',
    upheld: 'uphold',
  }).map(([form, base]) => [form, stemOf(base)]),
);

/** The stem of a word's base form as the opposites are listed: compromise's lemma, else an irregular form's base. */
export function oppositeLemma(norm: string, lemma: string): string {
  return IRREGULAR.get(norm) ?? lemma;
}

/** Whether a word (by the stem of its base form) has an opposite in the list: most have none. */
export function hasOpposite(lemma: string): boolean {
  return OPPOSITES.has(lemma);
}

/** Whether two words (by the stems of their base forms) are opposites ("denied" / "confirmed", "rose" / "fell"). */
export function opposite(a: string, b: string): boolean {
  return OPPOSITES.get(a)?.has(b) ?? false;
}
