import { BE_HAVE_DO } from '../../text';

/** Which way a date expression points, judged from the verbs and cues of its sentence. */
export type Tense = 'past' | 'future' | 'neutral';

const FUTURE_WORDS = new Set([
  'will',
  "won't",
  'wont',
  "'ll",
  'shall',
  'would',
  'plan',
  'plans',
  'planned',
  'planning',
  'scheduled',
  'schedule',
  'expect',
  'expects',
  'expected',
  'due',
  'deadline',
  'payable',
  'effective',
  'expire',
  'expires',
  'expiring',
  'upcoming',
  'next',
  'coming',
  'intend',
  'intends',
  'intended',
  'hope',
  'hopes',
  'aim',
  'aims',
  'promised',
  'promise',
  'promises',
  'going',
  'set',
  'until',
  'till',
  'resume',
  'resumes',
  'begin',
  'begins',
  'start',
  'starts',
  'await',
  'awaits',
  'awaiting',
  'looming',
  'slated',
  'supposed',
  'targeted',
  'proposed',
  'must',
  'should',
  'could',
  'may',
  'might',
  'redeem',
  'redemption',
  'tomorrow',
  'later',
  'soon',
  'can',
  'ahead',
]);

const PAST_WORDS = new Set([
  'said',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'told',
  'took',
  'made',
  'came',
  'went',
  'got',
  'gave',
  'left',
  'met',
  'won',
  'lost',
  'began',
  'rose',
  'fell',
  'sold',
  'bought',
  'paid',
  'held',
  'saw',
  'led',
  'hit',
  'put',
  'cut',
  'set',
  'quit',
  'ran',
  'wrote',
  'spoke',
  'found',
  'thought',
  'brought',
  'sent',
  'built',
  'spent',
  'kept',
  'became',
  'grew',
  'knew',
  'shot',
  'struck',
  'fought',
  'stood',
  'yesterday',
  'since',
  'previously',
  'already',
  'former',
  'formerly',
  'once',
  'then',
]);

/** Verbs that begin with "un", whose -ed forms are past tenses, not un-…-ed adjectives ("unveiled Monday", not "unexpected"). */
const UN_VERB_PAST = /^(?:unveil|uncover|unleash|unseal|unlock|unload|unfold|undermin|underlin|underscor|unravel|unravell|unpack|unearth|unfurl|unblock)ed$/;

/** Words ending in -ed that are not past-tense verbs, or point forward. */
const ED_NOT_PAST =
  /^(?:un[a-z]+ed|need|united|limited|indeed|bed|red|feed|seed|speed|hundred|proceed|succeed|exceed|scheduled|expected|planned|proposed|intended|slated|targeted|extended|postponed|delayed|based|related|listed|traded|used)$/;

/** A past form in -ed: "filed", "unveiled"; not "unexpected", "scheduled", "hundred". */
const edPast = (w: string): boolean => w.length > 4 && w.endsWith('ed') && (!ED_NOT_PAST.test(w) || UN_VERB_PAST.test(w));

/** The sentence around [start, end) in `text`. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = text[s - 1];
    if (
      (ch === ' ' || ch === '\n') &&
      /[.!?]["”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)) &&
      !/\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(text.slice(Math.max(0, s - 8), s - 1))
    )
      break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const ch = text[e];
    if (
      /[.!?]/.test(ch) &&
      (e + 1 >= text.length || /\s/.test(text[e + 1]) || /["”’)]/.test(text[e + 1])) &&
      !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, e - 6), e))
    )
      break;
    e++;
  }
  return [s, e];
}

/** Articles and possessives: the word after one is a noun or an adjective, not a verb. */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that open a subordinate clause: "told reporters on Tuesday that he would run". */
const CLAUSE_START = new Set(['that', 'which', 'who', 'whom', 'whether', 'because', 'if', 'unless', 'although', 'though', 'while', 'whereas', 'where']);

/** Words a verb group may hold before its main verb: auxiliaries, negation, a few adverbs. */
const AUXILIARY = new Set([
  ...BE_HAVE_DO,
  'to',
  'not',
  "n't",
  'never',
  'also',
  'still',
  'already',
  'just',
  'now',
  'then',
  'again',
  'first',
  'finally',
  'scheduled',
  'expected',
  'due',
  'set',
  'planned',
  'slated',
  'going',
  'supposed',
  'about',
  'able',
  'likely',
  'unlikely',
]);
const MODAL_FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wont', 'would', 'could', 'might', 'may', 'should', 'must', 'can', "can't", 'cannot']);
/** After "is"/"was" these point ahead: "is scheduled to", "was expected to", "is due to", "are going to". */
const AHEAD = new Set(['scheduled', 'expected', 'due', 'set', 'planned', 'slated', 'going', 'supposed', 'about', 'likely']);

/**
 * The tense of the verb group whose main verb is the word at `i` of `words` (lower case): its
 * first auxiliary decides ("will be paid" ahead, "had been scheduled to expire" past, "is
 * expected to close" ahead, "was held" past); null when the group has no auxiliary.
 */
export function verbGroupTense(words: readonly string[], i: number): Tense | null {
  let j = i - 1;
  let first: number | null = null;
  for (let n = 0; j >= 0 && n < 6; j--, n++) {
    const w = words[j];
    if (MODAL_FUTURE.has(w) || w.endsWith("'ll")) return 'future';
    if (AUXILIARY.has(w) || (w.length > 4 && w.endsWith('ly'))) {
      if (/^(?:be|been|being|is|are|am|was|were|have|has|had|having|do|does|did)$/.test(w)) first = j;
      continue;
    }
    break;
  }
  if (first === null) return null;
  const head = words[first];
  const ahead = words.slice(first, i).some((w) => AHEAD.has(w));
  // Auxiliaries of the group, its first one leftmost: "had been", "is expected to".
  if (head === 'had' || head === 'did') return 'past';
  if (ahead && /^(?:is|are|am|was|were|be|been)$/.test(head)) return 'future';
  if (/^(?:was|were|has|have)$/.test(head)) return 'past';
  return null;
}

/** Past-tense verbs among the past cues (not the adverbs, nor forms that are also present: "set", "cut"). */
const PAST_VERBS = new Set(
  [...PAST_WORDS].filter((w) => !/^(?:ago|last|earlier|yesterday|since|previously|already|former|formerly|once|then|set|put|cut|hit|quit)$/.test(w)),
);
/** Verbs among the future cues that say what is meant or expected: "expects to finish by March". */
const FUTURE_VERBS = new Set(
  [...FUTURE_WORDS].filter(
    (w) => !/^(?:until|till|next|coming|upcoming|deadline|due|payable|effective|tomorrow|later|soon|ahead|set|redemption|looming)$/.test(w),
  ),
);

/** Verbs that move a limit ahead, past or not: "was extended until Friday", "gave them until May". */
const LIMIT_SETTING = new Set([
  'extended',
  'extend',
  'extends',
  'postponed',
  'postpone',
  'delayed',
  'delay',
  'deferred',
  'adjourned',
  'gave',
  'given',
  'granted',
]);

/** A word of a verb group that points ahead: "expected to", "due", "scheduled"; "about" only as "about to". */
const pointsAhead = (words: readonly string[], k: number): boolean => AHEAD.has(words[k] ?? '') && (words[k] !== 'about' || words[k + 1] === 'to');

/** A past-tense verb or participle: "filed", "sold". */
const isPastForm = (w: string): boolean => PAST_VERBS.has(w) || edPast(w);

/** A past form at word `j`, reading "used" as past unless it is "used to": "used that line Monday". */
const pastFormAt = (words: readonly string[], j: number): boolean => isPastForm(words[j]) || (words[j] === 'used' && words[j + 1] !== 'to');

/** Whether the word at `j` is part of an infinitive: "to be completed", "to have sold". */
function infinitiveAt(words: readonly string[], j: number): boolean {
  const prev = words[j - 1];
  return (
    prev === 'to' || ((prev === 'be' || prev === 'have' || prev === 'been') && (words[j - 2] === 'to' || (words[j - 2] === 'have' && words[j - 3] === 'to')))
  );
}

/** Finite forms of "be", "have" and "do" that put their group in the present: "is good through Friday". */
const PRESENT_AUXILIARY = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/**
 * The tense of the nearest verb group before word `i` (up to a dozen words back): a modal or a
 * present auxiliary is not past; a past form is, unless its group points ahead ("was expected to").
 * Null when no verb is found.
 */
export function governingVerbTense(words: readonly string[], i: number): Tense | null {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const w = words[j];
    if (MODAL_FUTURE.has(w) || w.endsWith("'ll")) return 'future';
    if (PRESENT_AUXILIARY.has(w)) {
      const next = words[j + 1] ?? '';
      // "has filed" is past; "is expected to", "are due" look ahead; "has no estimate", "is good" are present.
      if (pointsAhead(words, j + 1)) return 'future';
      return (w === 'has' || w === 'have') && isPastForm(next) ? 'past' : 'neutral';
    }
    if (FUTURE_VERBS.has(w) || LIMIT_SETTING.has(w)) return 'future';
    if (isPastForm(w)) {
      // "was expected to close by Friday", "are supposed to conclude by May": the group points ahead.
      if (pointsAhead(words, j)) return 'future';
      // "expect the deal to be completed by May": an infinitive's participle; the verb governing it decides.
      if (infinitiveAt(words, j)) continue;
      return verbGroupTense(words, j) ?? 'past';
    }
  }
  return null;
}

/** The tense of the first verb group in the dozen words after `end`, up to a clause word or the sentence's end: "…, the president clarified" is past. */
function verbAfterTense(text: string, end: number): Tense | null {
  const [, e] = sentenceBounds(text, end, end);
  const words = (text.slice(end, e).match(/[A-Za-z][A-Za-z']*/g) ?? []).slice(0, 12).map((w) => w.toLowerCase());
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (CLAUSE_START.has(w)) return null;
    if (MODAL_FUTURE.has(w) || w.endsWith("'ll")) return 'future';
    if (PRESENT_AUXILIARY.has(w)) return pointsAhead(words, j + 1) ? 'future' : 'neutral';
    if (isPastForm(w)) return pointsAhead(words, j + 1) ? 'future' : 'past';
  }
  return null;
}

/** Past, future or neutral, from the nearest tense cue in the sentence (a preposition like "by" right before wins). */
export function tenseAt(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - 40), start);
  const cue = /\b(by|until|till|through|effective|payable|expires?|expiring|record|starting|beginning|before)\s+(?:(?:on|at|the)\s+)?$/i.exec(before);
  // "before Wednesday's vote": the limit is the event the day owns, not a deadline on the day; the sentence's verbs tell.
  const owner = /^['’]s\s/.test(text.slice(end, end + 3));
  if (cue && !owner) {
    const [s] = sentenceBounds(text, start, end);
    const lead = text.slice(s, Math.max(s, start - before.length + cue.index));
    const words = (lead.match(/[A-Za-z][A-Za-z']*/g) ?? []).map((w) => w.toLowerCase());
    words.push(cue[1].toLowerCase());
    // A verb's own group may put it in the past: "had been scheduled to expire at midnight Friday".
    if (/^(?:expire|expires|expiring|starting|beginning)$/i.test(cue[1])) return verbGroupTense(words, words.length - 1) === 'past' ? 'past' : 'future';
    // A limit ("by", "until", "through", "before") looks ahead unless its verb is past: "had filed reports by Wednesday".
    // Past, it only cancels the lean ahead: "gave them until mid-November" may still be ahead of the story.
    // Opening its clause ("By Saturday, the president had clarified"), the limit's verb comes after it.
    if (/^(?:by|until|till|through|before)$/i.test(cue[1])) {
      const governing = governingVerbTense(words, words.length - 1) ?? (words.length === 1 ? verbAfterTense(text, end) : null);
      return governing === 'past' ? 'neutral' : 'future';
    }
    return 'future';
  }
  if (/\b(?:since|ago)\s+(?:(?:on|at|the)\s+)?$/i.test(before)) return 'past';
  const [s, e] = sentenceBounds(text, start, end);
  let best: Tense = 'neutral';
  let bestDist = Infinity;
  const re = /[A-Za-z][A-Za-z']*/g;
  re.lastIndex = s;
  const words: string[] = [];
  /** Past a subordinate clause's first word after the expression, its verbs govern something else. */
  let clauseAfter = false;
  for (let m = re.exec(text); m && m.index < e; m = re.exec(text)) {
    const w = m[0].toLowerCase();
    words.push(w);
    if (m.index >= start && m.index < end) continue;
    if (m.index >= end && CLAUSE_START.has(w)) clauseAfter = true;
    if (clauseAfter) continue;
    let t: Tense | null = null;
    // "set" points ahead as "set to", "set the vote for"; "Ortiz set out Friday" tells nothing.
    if (w === 'set' && !/^\s+(?:[\w'-]+\s+){0,2}?(?:to|for)\b/i.test(text.slice(m.index + 3, m.index + 40))) t = null;
    else if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) t = 'future';
    // After an article or a possessive a past form is a noun or an adjective: "a shot at the nomination", "the revised plan".
    else if ((PAST_WORDS.has(w) || edPast(w)) && !DETERMINER.has(words[words.length - 2] ?? '')) t = 'past';
    // "three days later" tells of a past sequence, not of what is to come.
    if (w === 'later' && /^(?:days?|weeks?|months?|years?|hours?|minutes?)$/.test(words[words.length - 2] ?? '')) t = null;
    if (!t) continue;
    // The verb group decides over its main verb's form: "will be paid", "had been scheduled to expire";
    // a word of the group that points ahead keeps it ahead under a past auxiliary: "was expected to leave in February".
    if (!MODAL_FUTURE.has(w) && !(t === 'future' && AHEAD.has(w))) t = verbGroupTense(words, words.length - 1) ?? t;
    const dist = m.index < start ? start - (m.index + m[0].length) : m.index - end;
    // Cues before the expression govern it a little more than cues after it.
    const weighted = m.index < start ? dist : dist * 1.5;
    if (weighted < bestDist) {
      bestDist = weighted;
      best = t;
    }
  }
  return best;
}

/** The tense of the nearest verb group before [start, end) in its sentence: "reported a decline in fourth-quarter earnings" is past. */
export function verbBeforeTense(text: string, start: number, end: number): Tense | null {
  const [s] = sentenceBounds(text, start, end);
  const words = (text.slice(s, start).match(/[A-Za-z][A-Za-z']*/g) ?? []).map((w) => w.toLowerCase());
  return governingVerbTense(words, words.length);
}

/** What a part-of-speech tagger says of the word at an offset of the text. */
export interface VerbTags {
  /** A verb in the present tense ("votes", "meet"). */
  present(offset: number): boolean;
  /** A noun or pronoun that is not a number: a verb's possible subject. */
  subject(offset: number): boolean;
}

/** Present-tense verbs that report speech or tell of a state: "says Monday was bad", "follows Tuesday's". */
const REPORTING_PRESENT = new Set([
  'says',
  'tells',
  'adds',
  'notes',
  'reports',
  'argues',
  'insists',
  'claims',
  'writes',
  'explains',
  'recalls',
  'believes',
  'thinks',
  // the same with a plural subject: "police say that on Saturday …"
  'say',
  'tell',
  'add',
  'note',
  'report',
  'argue',
  'insist',
  'claim',
  'write',
  'explain',
  'recall',
  'believe',
  'think',
  // verbs of a state or sequence, not of a schedule: "the ad follows his statement Tuesday"
  'follows',
  'comes',
  'marks',
  'echoes',
  'reflects',
  'shows',
  'means',
  'suggests',
  'follow',
  'come',
  'mark',
  'show',
  'mean',
  'suggest',
]);

/** Verbs whose present and past are one form ("set", "put"): after a subject they tell nothing of a schedule ("Ortiz set out Friday"). */
const SAME_PAST_AND_PRESENT = new Set([
  'set',
  'put',
  'cut',
  'hit',
  'quit',
  'let',
  'shut',
  'spread',
  'cost',
  'hurt',
  'read',
  'cast',
  'bet',
  'bid',
  'split',
  'upset',
]);

/** Past verbs that open a reported clause: a present verb after them may still be a schedule ("said the Senate votes Tuesday"). */
const REPORTING_PAST = new Set(['said', 'told', 'announced', 'added', 'noted', 'wrote', 'reported', 'stated', 'explained', 'confirmed', 'warned', 'predicted']);

/** How many words a schedule's present verb may stand before its day: "votes Tuesday", "meets on the bill Monday". */
const SCHEDULE_REACH = 5;

/** An article or a possessive among the three words before `j`: the word ends a noun phrase ("the city housing plan"). */
const articleShortlyBefore = (words: readonly string[], j: number): boolean => words.slice(Math.max(0, j - 3), j).some((w) => DETERMINER.has(w));

/** A past verb (not one that opens a reported clause) among the few words before `j`, with no clause word between. */
function pastBefore(words: readonly string[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    if (CLAUSE_START.has(words[k])) return false;
    if (pastFormAt(words, k)) return !REPORTING_PAST.has(words[k]);
  }
  return false;
}

/**
 * The direction of a day (a weekday, a month's day) from the verb group governing it, the nearest one before it in its
 * sentence: past ("said Monday", "was released Wednesday"), ahead for modals, plans and the
 * present of a schedule ("will meet Monday", "votes Tuesday", "is due in court Friday", "are to
 * meet Sunday"). Null when no verb comes before it ("On Monday, the firm said …") or the verb
 * found says nothing of direction.
 */
export function dayVerbTense(text: string, start: number, end: number, tags: VerbTags): Tense | null {
  const [s] = sentenceBounds(text, start, end);
  const words: string[] = [];
  const offsets: number[] = [];
  const re = /[A-Za-z][A-Za-z']*/g;
  re.lastIndex = s;
  for (let m = re.exec(text); m && m.index < start; m = re.exec(text)) {
    words.push(m[0].toLowerCase());
    offsets.push(m.index);
  }
  const last = words.length;
  for (let j = last - 1; j >= 0 && j >= last - 12; j--) {
    const w = words[j];
    if (MODAL_FUTURE.has(w) || w.endsWith("'ll")) return 'future';
    // "plans to meet Monday"; not "the plan Monday" nor "announced plans Tuesday" (nouns), nor "extended their offers Friday" (no limit here).
    if (FUTURE_VERBS.has(w)) {
      if (words[j - 1] && (/^(?:the|a|an|its|their|his|her)$/.test(words[j - 1]) || pastFormAt(words, j - 1))) continue;
      // After a noun and not before "to" it is a noun too: "the Ryan budget plan on March 29" (not "officials plan to meet").
      if (j > 0 && j + 1 < last && words[j + 1] !== 'to' && (articleShortlyBefore(words, j) || (tags.subject(offsets[j - 1]) && !tags.present(offsets[j]))))
        continue;
      return 'future';
    }
    if (w === 'is' || w === 'are' || w === 'am') {
      // "is to meet", "is due Friday", "is on Friday"; "is in custody after his arrest Tuesday" says nothing.
      const rest = words.slice(j + 1, last);
      return pointsAhead(words, j + 1) || rest[0] === 'to' || rest.join(' ') === 'on' || rest.length === 0 ? 'future' : null;
    }
    if (w === 'was' || w === 'were') return pointsAhead(words, j + 1) || words[j + 1] === 'to' ? 'future' : 'past';
    if (pastFormAt(words, j)) {
      if (pointsAhead(words, j)) return 'future';
      if (infinitiveAt(words, j)) continue;
      return verbGroupTense(words, j) ?? 'past';
    }
    if (tags.present(offsets[j]) && !w.endsWith('ing')) {
      if (words[j - 1] === 'to') continue;
      const group = verbGroupTense(words, j);
      if (group) return group;
      // A verb right after its subject ("Voters go", "The Senate votes"), not a plural noun after a number or article.
      if (j === 0 || /'s?$/.test(words[j - 1]) || !tags.subject(offsets[j - 1])) continue;
      // A past verb shortly before makes the word a noun: "launched a national ad campaign Thursday".
      if (pastBefore(words, j)) continue;
      if (REPORTING_PRESENT.has(w) || SAME_PAST_AND_PRESENT.has(w) || /^(?:has|have|do|does)$/.test(w)) return null;
      // Far from its day the verb governs something else: "express our gratitude to our employees for their bravery on Monday".
      return last - j <= SCHEDULE_REACH ? 'future' : null;
    }
  }
  return null;
}
