import type { AlignedPair } from '../../story/align';
import { appendTo, lowerBound, perObject } from '../../collections';
import { nameKey } from '../../story/link';
import type { Statement } from '../../story/statements';
import { confidenceOf, fitEvidence } from '../confidence';
import { overlap, ownerBefore } from '../context';
import type { EntityMention } from '../../types';
import { defineRule, type Conflict, type RuleContext } from '../types';
import { opposite } from './antonyms';
import { framesOf, negationCount, type Frame } from './frames';

function describe(f: Frame, word: string): string {
  const phrase = `${f.auxiliaries ? `${f.auxiliaries} ` : ''}${word}`;
  if (f.mood === 'open') return `${f.negated ? 'negated' : 'not negated'} in a condition or question (“${phrase}”)`;
  if (f.negated) return `denied (“${phrase}”)`;
  if (f.mood === 'counterfactual') return `hypothetical (“${phrase}”)`;
  if (f.mood === 'possible') return `only possible (“${phrase}”)`;
  return `stated as fact (“${phrase}”)`;
}

/**
 * How surely two frames are one claim: the same subject (the person or organization named before
 * the verb, else its words) and the same object (the words after it). 0 when nothing but the verb
 * agrees: "X bought Y" / "Y was sold to X" is a paraphrase, another clause that shares a verb is
 * another claim.
 */
/**
 * Who a claim is about: the person or organization named just before it; for "he" or "she", the
 * sentence's first person before it or the last person named before it (either may be meant:
 * "Comeaux, 49, … was en route to the Stiles Unit when he escaped").
 */
function subjectsOf(ctx: RuleContext, st: Statement, fr: Frame): string[] {
  // Read once per statement and frame in a check: the pair rule and the story-wide search both ask.
  const known = subjectsIn(st);
  let subjects = known.get(fr);
  if (!subjects) known.set(fr, (subjects = readSubjects(ctx, st, fr)));
  return subjects;
}

/** A statement's frames' subjects (frames are shared by every statement of one wording, so they are keyed per statement). */
const subjectsIn = perObject((_: Statement) => new Map<Frame, string[]>());

/** Between a name and its verb group: the quotation marks of a title, a comma, a relative pronoun ("“Moon,” which is expected"). */
const QUOTED_OR_RELATIVE = /^[\s,"'“”‘’]*(?:(?:who|which)\s+)?$/;

/** The person or organization a title's quotation marks or a relative pronoun set off from the verb group ("“Moon” is not expected"). */
function quotedOrRelative(st: Statement, at: number): EntityMention | undefined {
  let last: EntityMention | undefined;
  for (const e of st.entities) if (e.end <= at && (e.type === 'person' || e.type === 'organization') && (!last || e.end > last.end)) last = e;
  return last && QUOTED_OR_RELATIVE.test(st.text.slice(last.end - st.start, at - st.start)) ? last : undefined;
}

function readSubjects(ctx: RuleContext, st: Statement, fr: Frame): string[] {
  const at = st.start + fr.start;
  if (!fr.pronoun) {
    // "Her publicist, Harlan Boll, confirmed": a name set off by commas right before the verb is its subject.
    const named = (ownerBefore(st, at, true, 60) ?? quotedOrRelative(st, at))?.id;
    return named ? [named] : [];
  }
  const out: string[] = [];
  const first = st.entities.find((e) => e.type === 'person' && e.end <= at);
  if (first) out.push(first.id);
  // The last person named before the pronoun: found from the entities before it (sorted by start), not by a scan of the document.
  const entities = ctx.doc(st.path).entities;
  for (let k = lowerBound(entities, at, (e) => e.start) - 1; k >= 0; k--) {
    const e = entities[k];
    if (e.end > at || e.type !== 'person') continue;
    if (at - e.end <= 400 && !out.includes(e.id)) out.push(e.id);
    break;
  }
  return out;
}

const conditional = (f: Frame) => /\b(?:would|wouldn)\b|'d\b/i.test(f.auxiliaries);
const bothConditional = (f: Frame, g: Frame) => conditional(f) && conditional(g);

/** The lemma of a copula's frame ("It will not be her second stint"). */
const COPULA = 'be';

const infinitive = (f: Frame) => /\bto\b/.test(f.auxiliaries);

const shareOne = (x: readonly string[], y: readonly string[]) => x.some((id) => y.includes(id));

/** How far after a verb a name still belongs to its claim ("fired March 2 as head coach of the Portland Trail Blazers"). */
const NAMED_AFTER_REACH = 60;

/**
 * The words of the names right after the verb, in its clause, lower-cased: words, not entity ids,
 * since one team may be read as "Trail Blazers" here and "Portland Trail Blazers" there.
 */
function namedAfter(st: Statement, fr: Frame): Set<string> {
  const from = st.start + fr.end;
  const words = new Set<string>();
  for (const e of st.entities) {
    if (e.start < from || e.start - from > NAMED_AFTER_REACH) continue;
    if (/[;:()]/.test(st.text.slice(from - st.start, e.start - st.start))) break;
    for (const w of e.text.toLowerCase().split(/\s+/)) words.add(w);
  }
  return words;
}

/**
 * The words of every name after the verb up to the next finite verb or auxiliary, lower-cased: the
 * names its claim goes on to list ("convicted of attacking a guard before killing A, B and C"), not
 * those of the next clause ("…, is the fourth coach since she took over the Rovers").
 */
function namedLater(st: Statement, fr: Frame): Set<string> {
  const { tokens, classes } = st.wording;
  let k = fr.at + 1;
  while (k < tokens.length && !/[DAM]/.test(classes[k])) k++;
  const until = st.start + (k < tokens.length ? tokens[k].start : st.text.length);
  const words = new Set<string>();
  for (const e of st.entities) if (e.start >= st.start + fr.end && e.end <= until) for (const w of e.text.toLowerCase().split(/\s+/)) words.add(w);
  return words;
}

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((w) => y.has(w));

function sameClaim(ctx: RuleContext, s: Statement, f: Frame, t: Statement, g: Frame, alignment: number): number {
  // "hired as head coach of the 76ers" / "fired as head coach of the Trail Blazers": names after the verb that differ make two
  // claims; not so when one side names the other's further on ("convicted of attacking a deputy before killing A and B" /
  // "convicted of killing B"): the claim lists them in another order.
  const [nf, ng] = [namedAfter(s, f), namedAfter(t, g)];
  if (nf.size && ng.size && !meets(nf, ng) && !meets(nf, namedLater(t, g)) && !meets(ng, namedLater(s, f)) && alignment < 0.8) return 0;
  const [sf, sg] = [subjectsOf(ctx, s, f), subjectsOf(ctx, t, g)];
  let score = 0;
  // The same person or organization as subject is the surest sign; the same words before it, less so.
  if (shareOne(sf, sg)) score += 1.25;
  else if (overlap(f.before, g.before) > 0) score += 0.75;
  else if (sf.length && sg.length) return 0;
  // Two objects that are two things: another claim with the same verb ("did not reference radical Islam" /
  // "referred to the shooting"), unless the statements are nearly one.
  if (f.object && g.object && !f.after.includes(g.object) && !g.after.includes(f.object) && alignment < 0.8) return 0;
  const objects = overlap(f.after, g.after);
  // In loosely aligned statements, words after the verb that share nothing are two claims ("did not reference
  // radical Islam" / "referred to the shooting"); in well-aligned ones they may be the same claim's adverbials told apart.
  // The same named subject with no object on either side: what differs after the verb is when or where ("escaped just after 9 a.m." / "escaped last week").
  const adverbialsOnly = shareOne(sf, sg) && !f.object && !g.object;
  if (objects === 0 && f.after.length > 0 && g.after.length > 0 && alignment < 0.4 && !adverbialsOnly) return score - 0.75;
  return score + 0.5 * Math.min(2, objects);
}

function sameSubject(ctx: RuleContext, s: Statement, f: Frame, t: Statement, g: Frame): boolean {
  // "we would have made" / "we have made": the same pronoun or word right before the verb group.
  return shareOne(subjectsOf(ctx, s, f), subjectsOf(ctx, t, g)) || overlap(f.before, g.before) > 0 || (f.subjectWord !== '' && f.subjectWord === g.subjectWord);
}

/** Least agreement of two frames' surroundings to be one claim, by how well their statements align. */
function leastSameness(alignment: number): number {
  return alignment >= 0.8 ? 0.5 : 0.75;
}

function conflict(pair: AlignedPair, f: Frame, g: Frame, sameness: number, message: (here: 'a' | 'b', other: string) => string): Conflict {
  const { a, b } = pair;
  return {
    code: 'claim-polarity',
    a: { path: a.path, start: a.start + f.start, end: a.start + f.end },
    b: { path: b.path, start: b.start + g.start, end: b.start + g.end },
    confidence: confidenceOf(pair.score, fitEvidence(sameness, 0.25, 1.25)),
    message,
  };
}

/** Frames of two aligned statements compared: one claim negated, made hypothetical or possible, or reversed by an opposite word. */
function check(pair: AlignedPair, ctx: RuleContext): Conflict[] {
  const { a, b } = pair;
  const [fa, fb] = [framesOf(a.wording), framesOf(b.wording)];
  if (!fa.length || !fb.length) return [];
  // As many negations on both sides: the negation sits on another verb ("I didn't feel we were
  // executing" / "I feel we weren't executing"), the claim is the same.
  const movedNegation = negationCount(a.wording) === negationCount(b.wording);
  const least = leastSameness(pair.score);
  const out: Conflict[] = [];
  const used = new Set<Frame>();
  const asked = (fr: Frame) => fr.mood === 'open' || fr.mood === 'reported';
  // Frames told alike, with words around them in common, settle each other first: a verb twice in one
  // sentence ("what she saw … she couldn't see") is no conflict with itself.
  const alike: Array<{ f: Frame; g: Frame; shared: number }> = [];
  for (const f of fa) {
    for (const g of fb) {
      if (f.lemma !== g.lemma || f.negated !== g.negated || f.mood !== g.mood) continue;
      const shared = overlap(f.after, g.after) + overlap(f.before, g.before);
      if (shared > 0) alike.push({ f, g, shared });
    }
  }
  alike.sort((x, y) => y.shared - x.shared);
  for (const { f, g } of alike) if (!used.has(f) && !used.has(g)) used.add(f).add(g);
  // "sorry if the fire was connected" / "sorry if the fire was not connected": one condition or question, negated on one side;
  // not a condition that opens the sentence ("If the bid fails, …" / "If the bid does not fail, …" are two branches).
  const oneQuestion = (f: Frame, g: Frame) => f.mood === 'open' && g.mood === 'open' && f.lemma === g.lemma && !f.conditionFirst && !g.conditionFirst;
  for (const f of fa) {
    for (const g of fb) {
      if (used.has(f) || used.has(g) || ((asked(f) || asked(g)) && !oneQuestion(f, g))) continue;
      // "urged him not to declare" is no claim that he declared or not: an infinitive is compared with an infinitive only.
      if (infinitive(f) !== infinitive(g)) continue;
      // "is" / "was not" are in most sentences: a copula's claim is compared only in statements told nearly alike.
      if (f.lemma === COPULA && pair.score < 0.8) continue;
      // The verb, with a copula's "not" after it ("was not").
      const [wa, wb] = [a.wording.text.slice(a.wording.tokens[f.at].start, f.end), b.wording.text.slice(b.wording.tokens[g.at].start, g.end)];
      if (f.lemma === g.lemma) {
        // "would allow" / "would have allowed": one modal told before and after the event, not a fact against a hypothesis.
        const moodFlip = f.mood !== g.mood && (f.mood === 'fact' || g.mood === 'fact') && !bothConditional(f, g);
        if (f.negated === g.negated && !moodFlip) continue;
        if (f.negated !== g.negated && !moodFlip && movedNegation) continue;
        const sameness = sameClaim(ctx, a, f, b, g, pair.score);
        // A claim denied is someone's or something's: without the same subject it may be another claim with the same object.
        if (sameness < least || (pair.score < 0.8 && !sameSubject(ctx, a, f, b, g))) continue;
        used.add(f).add(g);
        out.push(
          conflict(pair, f, g, sameness, (here, other) =>
            here === 'a' ? `Here ${describe(f, wa)}; ${other} has it ${describe(g, wb)}.` : `Here ${describe(g, wb)}; ${other} has it ${describe(f, wa)}.`,
          ),
        );
      } else if (opposite(f.lemma, g.lemma) && f.negated === g.negated) {
        const sameness = sameClaim(ctx, a, f, b, g, pair.score);
        // An opposite word reverses a claim only with both sides of it the same: "voters approved a $3 million
        // bond" / "voters rejected a $3 million bond", not "X sold the firm" / "Y bought the firm".
        if (sameness < least + 0.5 || overlap(f.after, g.after) < (pair.score >= 0.5 ? 1 : 2) || (overlap(f.before, g.before) === 0 && sameness < 1.5))
          continue;
        used.add(f).add(g);
        const at = (fr: Frame, st: Statement) => ({ start: st.wording.tokens[fr.at].start, end: st.wording.tokens[fr.at].end });
        out.push({
          ...conflict(pair, { ...f, ...at(f, a) }, { ...g, ...at(g, b) }, sameness, (here, other) =>
            here === 'a' ? `“${wa}” here, but “${wb}” in ${other}.` : `“${wb}” here, but “${wa}” in ${other}.`,
          ),
        });
      }
    }
  }
  return out;
}

/**
 * A subject as the story-wide search matches it: a person by surname, since one source may give a
 * first name another does not link ("Mo Cheeks" / "Maurice Cheeks"); anything else by its id.
 */
function personKey(ctx: RuleContext, id: string): string {
  const entity = ctx.story.byId.get(id);
  if (entity?.type !== 'person') return id;
  return `person:${nameKey(entity.name.split(/\s+/).pop()!)}`;
}

/** A stated claim, keyed for the story-wide search: its verb and its named subject. */
interface Told {
  st: Statement;
  f: Frame;
  key: string;
}

/**
 * A claim denied in one source and stated in another where no statements of the two align ("when
 * Cheeks was not fired Saturday morning", inside a sentence about the team, against "Maurice
 * Cheeks was fired Saturday"): the same verb, the same named subject and a word after the verb in
 * common, outside quotations. Worth a look, not a warning: unaligned statements may tell two claims.
 */
function checkStory(ctx: RuleContext): Conflict[] {
  const claims: Array<{ st: Statement; f: Frame }> = [];
  for (const path of ctx.compared) {
    for (const st of ctx.doc(path).statements) {
      // The narration's own claims: a quotation is someone's word, "urged him not to declare" no claim at all.
      if (st.quote) continue;
      for (const f of framesOf(st.wording)) {
        // A copula's claim is searched for only in aligned statements ("he was a scout" / "has never been a coach").
        if (f.mood !== 'fact' || infinitive(f) || f.lemma === COPULA) continue;
        claims.push({ st, f });
      }
    }
  }
  // Denials are few: the subjects of stated claims are read only for the verbs some source denies.
  const deniedVerbs = new Set(claims.filter(({ f }) => f.negated).map(({ f }) => f.lemma));
  const denied: Told[] = [];
  const stated = new Map<string, Told[]>();
  for (const { st, f } of claims) {
    if (!deniedVerbs.has(f.lemma)) continue;
    for (const subject of subjectsOf(ctx, st, f)) {
      const told = { st, f, key: `${f.lemma}\u0000${personKey(ctx, subject)}` };
      if (f.negated) denied.push(told);
      else appendTo(stated, told.key, told);
    }
  }
  const out: Conflict[] = [];
  for (const no of denied) {
    for (const yes of stated.get(no.key) ?? []) {
      if (yes.st.path === no.st.path || !ctx.related(no.st.path, yes.st.path)) continue;
      // As many negations on both sides: the denial sits on another verb of the same claim.
      if (negationCount(no.st.wording) === negationCount(yes.st.wording) || overlap(no.f.after, yes.f.after) === 0) continue;
      const side = (t: Told) => ({ path: t.st.path, start: t.st.start + t.f.start, end: t.st.start + t.f.end });
      if (ctx.alignment(side(no), side(yes)) > 0) continue;
      const [wNo, wYes] = [no.st.wording.tokens[no.f.at].text, yes.st.wording.tokens[yes.f.at].text];
      out.push({
        code: 'claim-polarity',
        a: side(no),
        b: side(yes),
        confidence: confidenceOf(0, 0.5),
        message: (here, other) =>
          here === 'a'
            ? `Here ${describe(no.f, wNo)}; ${other} has it ${describe(yes.f, wYes)}.`
            : `Here ${describe(yes.f, wYes)}; ${other} has it ${describe(no.f, wNo)}.`,
      });
      break;
    }
  }
  return out;
}

/** A claim negated, reversed, or turned from hypothetical into fact by another source. */
export const claimPolarity = defineRule({
  code: 'claim-polarity',
  title: 'Negated, reversed or hedged claim',
  description:
    'Another source states the same claim negated ("did not leave office" / "left office"), reversed ("approved" / "rejected") or with a different factuality ("would have made" / "have made"); the claim must have the same subject or object on both sides.',
  defaultSeverity: 'warning',
  quotation: 'explains',
  checkSentencePair: check,
  checkStory,
});
