import { memo, perObject, textCache } from '../../collections';
import type { Wording } from '../../story/statements';
import { STOPWORDS } from '../../text';
import { hasOpposite, oppositeLemma } from './antonyms';

/**
 * Claims as frames: a verb (or a word with an opposite) with its negation and modality, read from
 * the auxiliaries before it, and the words around it that say what the claim is about.
 */

export type Mood = 'fact' | 'counterfactual' | 'possible' | 'open' | 'reported';

export interface Frame {
  /** Index of the verb's token in the wording. */
  at: number;
  /** Stem of its base form ("left" → "leav"). */
  lemma: string;
  negated: boolean;
  mood: Mood;
  /** Its condition opens the sentence ("If the bid fails, …"): one branch of what may be told as two. */
  conditionFirst: boolean;
  /** The auxiliaries in front of the word, as written ("would have"). */
  auxiliaries: string;
  /** Offsets in the wording's text: the first auxiliary (or the word) to the end of the word. */
  start: number;
  end: number;
  /** Stems of up to three content words before the verb group in its clause (its subject, mostly: "the current senior staff"). */
  before: readonly string[];
  /** Its subject is a personal pronoun right before the verb group ("She died"). */
  pronoun: boolean;
  /** The word right before the verb group, lower-cased ("we" in "we would have made"), '' at the start. */
  subjectWord: string;
  /** Stems of up to three content words after it in its clause (its object, its adverbials). */
  after: readonly string[];
  /**
   * Stem of the noun its object phrase ends in, right after it ("reference radical Islam" →
   * "islam", "referred to the shooting" → "shoot"), '' when none (days and adverbs do not count).
   */
  object: string;
}

/** Pronouns opening a relative clause after a comma ("Cheeks, who was fired"). */
const RELATIVE = new Set(['who', 'which']);

/** Words between a verb and its object's noun. */
const OBJECT_LEAD = /^[QJOC]$/;
/** Prepositions a verb takes its object with ("referred to", "talked about"). */
const OBJECT_PREPOSITION = new Set(['to', 'about', 'on', 'with']);
/** Nouns of time that modify a verb rather than receive it ("died Thursday", "left yesterday"). */
const TIME_NOUN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|morning|evening|night|week|weekend|month|year|time|times|day|days|years|weeks|months)$/;

/** The noun heading the object right after token `i`, as a stem ('' when none). */
function objectAfter(w: Wording, i: number): string {
  const { tokens, classes, text } = w;
  let a = i + 1;
  if (a < tokens.length && OBJECT_PREPOSITION.has(tokens[a].norm)) a++;
  let head = '';
  for (let n = 0; a < tokens.length && n < 5; a++, n++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[a - 1].end, tokens[a].start))) break;
    const c = classes[a];
    // compromise tags "radical" an actor, "the shooting" a gerund.
    const noun = c === 'N' || c === 'S' || c === 'R' || c === 'T' || (c === 'G' && /[QJ]/.test(classes[a - 1]));
    if (noun) {
      if (TIME_NOUN.test(tokens[a].norm)) return head;
      head = tokens[a].stem;
    } else if (head || !OBJECT_LEAD.test(c)) break;
  }
  return head;
}

/** What the tokenizer leaves of a contracted negation's auxiliary ("wouldn't" → "wouldn" + "n't"). */
const CONTRACTED_NEGATIONS = ['wouldn', 'couldn', 'didn', 'doesn', 'don', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn'];

const AUX = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'will',
  'shall',
  "'ll",
  "'d",
  'have',
  'has',
  'had',
  "'ve",
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'not',
  "n't",
  'never',
  'no',
  'longer',
  'also',
  'still',
  'already',
  'do',
  'does',
  'did',
  'to',
  'reportedly',
  'allegedly',
  ...CONTRACTED_NEGATIONS,
  'cannot',
  'can',
  'just',
  'ever',
  'yet',
]);
/** Verbal negation only: "no" is mostly a determiner ("no one", "no community") and says nothing about the verb. */
const NEGATION = new Set(['not', "n't", 'never', 'cannot', ...CONTRACTED_NEGATIONS]);
const HYPOTHETICAL_MODAL = new Set(['would', 'could', 'might', 'should', "'d", 'wouldn', 'couldn']);
/** A source's hedge; "can" and "cannot" tell what is able or allowed ("can be seen on the video"), not how sure the source is. */
const POSSIBILITY_MODAL = new Set(['may', 'might', 'could']);
const PERFECT = new Set(['have', "'ve"]);
const CLAUSE_BREAK = /[,;:()"“”!?]|[.](?!\d)/;
/** Words that make what follows someone's claim or belief: the source reports it, it does not state it. */
const CLAIMED = new Set([
  'claimed',
  'claims',
  'claim',
  'claiming',
  'theory',
  'theories',
  'rumor',
  'rumors',
  'rumour',
  'belief',
  'believe',
  'believes',
  'believed',
  'allegation',
  'allegations',
  'alleged',
  'alleges',
  'insisted',
  'insists',
  'argued',
  'argues',
  'suggested',
  'suggests',
  'contended',
  'contends',
  'speculated',
  'accused',
  'questioned',
  'question',
  'doubts',
  'suspicion',
  'false',
  'falsely',
  'conspiracy',
  'myth',
  'notion',
  'idea',
]);

const contracted = (w: string) => w.endsWith("n't");
/** An auxiliary's own word: "couldn't" is "could" negated, "won't" is "will". */
const IRREGULAR_NEGATIVE = new Map([
  ["won't", 'will'],
  ["can't", 'can'],
  ["shan't", 'shall'],
  ["ain't", 'be'],
]);
const auxWord = (w: string) => IRREGULAR_NEGATIVE.get(w) ?? (contracted(w) ? w.slice(0, -3) : w);
/** Verbs that report what was said: their frames tell who said what, not a claim of the story. */
const SAYING = new Set(['sai', 'say', 'tell', 'told', 'add', 'ask', 'state', 'comment', 'declin']);

/**
 * "Anyone with information is asked to call police": a request the source makes, a claim of its
 * own ("is not asked to call" denies it), where "she was asked what she saw" reports a question.
 */
function askedTo(w: Wording, i: number): boolean {
  const { tokens } = w;
  let p = i - 1;
  while (p >= 0 && NEGATION.has(tokens[p].norm)) p--;
  return w.lemmas[i] === 'ask' && p >= 0 && /^(?:is|are|was|were|be|been|being)$/.test(tokens[p].norm) && tokens[i + 1]?.norm === 'to';
}

/** How far back an appositive set off by commas may open. */
const APPOSITIVE_REACH = 8;

/**
 * The last token of a verb's subject: the token before the verb group, or, when the verb group
 * follows an appositive set off by commas ("An Indian navy ship, the INS Mysore, was escorting"),
 * the last token before the appositive: the noun it renames.
 */
function appositiveHead(w: Wording, j: number): number {
  const { tokens, text } = w;
  const gap = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  if (j < 1 || j + 1 >= tokens.length || !/^\s*,\s*$/.test(gap(j + 1))) return j;
  for (let c = j - 1; c >= 0 && j - c <= APPOSITIVE_REACH; c--) {
    const after = gap(c + 1);
    if (/^\s*,\s*$/.test(after)) return RELATIVE.has(tokens[c + 1].norm) ? j : c;
    if (CLAUSE_BREAK.test(after)) return j;
  }
  return j;
}

/** Forms of "be" that may link a subject to what it is ("It will not be her second stint", "He was not a member"). */
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't", "wasn't", "weren't"]);

/**
 * For a form of "be" followed by what its subject is, the index of the last token of its group
 * (past a "not" after it); -1 where "be" only helps a verb ("was not fired", "is to leave").
 */
function copulaEnd(w: Wording, i: number): number {
  const { tokens, classes, text } = w;
  if (!COPULA.has(tokens[i].norm)) return -1;
  let k = i + 1;
  while (k < tokens.length && NEGATION.has(tokens[k].norm)) k++;
  if (k >= tokens.length || CLAUSE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
  const next = tokens[k].norm;
  if (/[VDGAMX]/.test(classes[k]) || AUX.has(next) || /(?:ed|en)$/.test(next)) return -1;
  return k - 1;
}

/** A copula's frame reaches to the first adjective or noun of what it says the subject is ("was not shameful", "will be her second"). */
function predicateWord(w: Wording, last: number): number {
  for (let k = last + 1; k < w.tokens.length && k - last <= 4; k++) {
    if (CLAUSE_BREAK.test(w.text.slice(w.tokens[k - 1].end, w.tokens[k].start))) break;
    if (/[JNRT]/.test(w.classes[k])) return k;
  }
  return last;
}

/** The frames of a statement's wording: its verbs, and the words with an opposite (cached by wording). */
// By wording object first (a wording is shared by every statement of its text), then by text.
export const framesOf = perObject((w: Wording): readonly Frame[] => memo(cache, `${w.classes}\u0000${w.text}`, () => read(w)));
const cache = textCache<readonly Frame[]>(8000);

function read(w: Wording): Frame[] {
  const { tokens, classes, text } = w;
  const out: Frame[] = [];
  const gap = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  for (let i = 0; i < tokens.length; i++) {
    const c = classes[i];
    const afterAux = i > 0 && /[AMX]/.test(classes[i - 1]);
    // "was hit by": a participle of a passive, whatever the tagger made of it.
    const passive =
      afterAux && /^(?:was|were|is|are|be|been|being)$/.test(tokens[i - 1].norm) && tokens[i + 1]?.norm === 'by' && /^\p{Ll}+$/u.test(tokens[i].text);
    const verb = c === 'V' || c === 'D' || c === 'G' || passive || (afterAux && c === 'J' && /(?:ed|en)$/.test(tokens[i].norm));
    const copula = copulaEnd(w, i);
    const lemma = copula >= 0 ? 'be' : oppositeLemma(tokens[i].norm, w.lemmas[i]);
    if (copula < 0 && !verb && !hasOpposite(lemma)) continue;
    if (copula < 0 && (AUX.has(tokens[i].norm) || c === 'A' || c === 'M' || (SAYING.has(w.lemmas[i]) && !askedTo(w, i)))) continue;
    // The last token of the verb group: the verb, or a copula's "not" after it ("was not").
    const last = copula >= 0 ? copula : i;
    // The auxiliaries (and adverbs among them: "was not immediately charged") right before it.
    let j = i - 1;
    while (
      j >= 0 &&
      i - j <= 6 &&
      (AUX.has(tokens[j].norm) || contracted(tokens[j].norm) || (classes[j] === 'B' && /ly$/.test(tokens[j].norm))) &&
      !CLAUSE_BREAK.test(gap(j + 1))
    )
      j--;
    const aux = tokens.slice(j + 1, i).filter((t) => !/ly$/.test(t.norm) || AUX.has(t.norm));
    // "had yet to regain", "failed to win": the claim denied without a "not".
    const yetTo = i >= 2 && tokens[i - 1].norm === 'to' && /^(?:yet|failed|fails|fail|refused|refuses|declined)$/.test(tokens[i - 2].norm);
    const negated =
      yetTo ||
      aux.some((t, k) => NEGATION.has(t.norm) || contracted(t.norm) || (t.norm === 'no' && aux[k + 1]?.norm === 'longer')) ||
      tokens.slice(i, last + 1).some((t) => NEGATION.has(t.norm) || contracted(t.norm));
    const words = aux.map((t) => auxWord(t.norm));
    let mood: Mood = 'fact';
    const modalAt = words.findIndex((x) => HYPOTHETICAL_MODAL.has(x));
    if (modalAt >= 0 && words.slice(modalAt + 1).some((x) => PERFECT.has(x))) mood = 'counterfactual';
    else if (words.some((x) => POSSIBILITY_MODAL.has(x))) mood = 'possible';
    // "announces whether he will … seek a second term", "if the fire was connected": asked or supposed, not stated;
    // "claimed his opinions did not affect", "the theory that Obama was not born": someone's claim, not the source's.
    let conditionFirst = false;
    for (let b = j; b >= 0 && j - b < 25; b--) {
      if (CLAUSE_BREAK.test(gap(b + 1)) && b < j) break;
      if (/^(?:whether|if|unless)$/.test(tokens[b].norm)) {
        mood = 'open';
        conditionFirst = b === 0;
      }
      // "the Court of Claims" names a court.
      // (Whatever its modal: "speculated that he could get" reports "he can get" in the past.)
      else if (CLAIMED.has(tokens[b].norm) && (mood === 'fact' || mood === 'possible') && tokens[b - 1]?.norm !== 'of') mood = 'reported';
    }
    const head = appositiveHead(w, j);
    const before: string[] = [];
    for (let b = head; b >= 0 && before.length < 3 && head - b < 5; b--) {
      // "Gray, who was running": the subject of a relative clause is the noun before its comma.
      const relative = b < j && b + 1 <= j && RELATIVE.has(tokens[b + 1].norm) && /^\s*,\s*$/.test(gap(b + 1));
      // The comma that opens an appositive is no break: the noun it renames is read.
      if (CLAUSE_BREAK.test(gap(b + 1)) && !relative && !(b === head && head !== j)) break;
      if (!STOPWORDS.has(tokens[b].norm) && !/^\d/.test(tokens[b].norm)) before.push(tokens[b].stem);
    }
    const after: string[] = [];
    for (let a = last + 1; a < tokens.length && after.length < 3 && a - last < 6; a++) {
      if (CLAUSE_BREAK.test(gap(a))) break;
      if (!STOPWORDS.has(tokens[a].norm) && !/^\d/.test(tokens[a].norm)) after.push(w.lemmas[a]);
    }
    out.push({
      at: i,
      lemma,
      pronoun: j >= 0 && /^(?:he|she)$/.test(tokens[j].norm),
      subjectWord: j >= 0 ? tokens[j].norm : '',
      negated,
      mood,
      conditionFirst: mood === 'open' && conditionFirst,
      auxiliaries: text.slice(aux.length ? aux[0].start : tokens[i].start, tokens[i].start).trim(),
      start: aux.length ? aux[0].start : tokens[i].start,
      end: tokens[copula >= 0 ? predicateWord(w, last) : i].end,
      before,
      after,
      object: objectAfter(w, last),
    });
  }
  return out;
}

/** Verbal negations in a statement ("not", "never", "didn't"). */
/** Negations in a statement's words (read once per wording: every pair of frames asks). */
export const negationCount = perObject((w: Wording): number => {
  let n = 0;
  for (const t of w.tokens) if (NEGATION.has(t.norm) || contracted(t.norm)) n++;
  return n;
});
