import type { QuotePair, QuotedSide } from '../../story/quotations';
import { looksMisspelled } from '../../story/link';
import type { EntityMention } from '../../types';
import { confidenceOf, quotationAlignment } from '../confidence';
import { defineRule, type Conflict, type RuleContext } from '../types';
import { explicit, nameLike } from './speakers';

/** A quotation's speaker as a person: the entity and the name the attribution gives. */
interface Speaker {
  id: string;
  name: string;
  type: string;
  /** Where the attribution names them. */
  at: { start: number; end: number } | null;
}

const lastWord = (n: string) =>
  n
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/,?\s+(?:jr|sr|ii|iii)\.?$/i, '')
    .split(/\s+/)
    .pop() ?? '';

/**
 * Who speaks, as a person where the attribution names one: "said Human Rights Campaign President
 * Chad Griffin" is Griffin's, though the extractor may have stopped at the organization. A speaker
 * with no entity is kept by name when it reads as one (a surname the tagger missed).
 */
function speakerOf(side: QuotedSide, ctx: RuleContext): Speaker | null {
  const q = side.quote;
  // A number or a single word without an entity ("Twenty-three minutes later, Ms. …") is a misread, not a speaker.
  if (!explicit(q) || /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b/i.test(q.speaker!)) return null;
  const doc = ctx.doc(side.path);
  const at = q.speakerSpan ?? null;
  const entity = q.speakerId ? ctx.story.byId.get(q.speakerId) : undefined;
  const mention = at ? doc.entities.find((e) => e.start <= at.start && e.end >= at.end) : undefined;
  if (entity?.type === 'organization' || (!entity && at)) {
    // A person named right after the organization (its title between): the one who spoke.
    const after = at
      ? doc.entities.find(
          (e: EntityMention) => e.type === 'person' && e.start >= at.end && e.start - at.end <= 40 && !/[.;:!?”"]/.test(doc.text.slice(at.end, e.start)),
        )
      : undefined;
    if (after) return { id: after.id, name: after.name, type: 'person', at: { start: after.start, end: after.end } };
  }
  if (entity) return entity.type === 'other' ? null : { id: entity.id, name: q.speaker!, type: entity.type, at: mention ?? at };
  return nameLike(q.speaker!) && /\s/.test(q.speaker!.trim()) ? { id: `name:${lastWord(q.speaker!)}`, name: q.speaker!, type: 'person', at } : null;
}

/** Two speakers, each named, who cannot be one person (or organization) named or spelled two ways. */
function differentSpeakers(x: Speaker, y: Speaker): boolean {
  if (x.id === y.id || x.type === 'place' || y.type === 'place') return false;
  const [lx, ly] = [lastWord(x.name), lastWord(y.name)];
  // One name, one of its spellings mistyped: the name-variant rule's business.
  if (lx === ly || looksMisspelled(lx, ly) || looksMisspelled(x.name, y.name)) return false;
  return true;
}

/**
 * The other source's speaker is named beside this one's: around the quotation, outside it, in its
 * attribution ("said Zadan and Meron", "Grimm's lawyer, William McGinley, said", "Human Rights
 * Campaign President Chad Griffin said"). A statement given jointly, or an attribution that names
 * both, is no conflict.
 */
function namedBeside(ctx: RuleContext, side: QuotedSide, speaker: Speaker): boolean {
  const doc = ctx.doc(side.path);
  // The sentences the quotation opens and closes in: where its attribution is written.
  const sentences = doc.statements.filter((s) => !s.quote && s.end > side.start && s.start < side.end);
  if (!sentences.length) return false;
  const [from, to] = [sentences[0].start, sentences[sentences.length - 1].end];
  const outside = (e: { start: number; end: number }) => e.end <= side.start || e.start >= side.end;
  return doc.entities.some((e) => e.start >= from && e.end <= to && outside(e) && (e.id === speaker.id || lastWord(e.name) === lastWord(speaker.name)));
}

/**
 * What stands between a person's name and an organization's when one source gives the person as
 * the organization's officer: "Cowan, president of centrist think tank Third Way" (a title and
 * "of"), "Third Way President Jonathan Cowan", "Third Way's chief, Jonathan Cowan" (a title).
 * "Trump ordered TikTok to sell" ties no one to anything.
 */
const OFFICER_OF = /^,?\s*(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){1,3}(?:of|at|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const ORGANIZATION_S = /^(?:['’]s)?\s+(?:[\p{L}.-]+\s+){1,3},?\s*$/u;
/** Characters an appositive's title takes at most. */
const AFFILIATION_GAP = 60;

/** A person and an organization one source gives as its officer: one speaker, where another source names the other. */
function affiliated(ctx: RuleContext, paths: readonly string[], x: Speaker, y: Speaker): boolean {
  const [person, org] = x.type === 'person' && y.type === 'organization' ? [x, y] : y.type === 'person' && x.type === 'organization' ? [y, x] : [];
  if (!person || !org) return false;
  const is = (e: EntityMention, s: Speaker) => e.id === s.id || lastWord(e.name) === lastWord(s.name);
  return paths.some((path) => {
    const doc = ctx.doc(path);
    const people = doc.entities.filter((e) => e.type === 'person' && is(e, person));
    return doc.entities.some(
      (o) =>
        o.type === 'organization' &&
        is(o, org) &&
        people.some((p) => {
          const gap = doc.text.slice(Math.min(p.end, o.end), Math.max(p.start, o.start));
          if (gap.length > AFFILIATION_GAP) return false;
          return p.start < o.start ? OFFICER_OF.test(gap) : ORGANIZATION_S.test(gap);
        }),
    );
  });
}

function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 10 ? text.trim().replace(/[,;:]$/, '') : `${words.slice(0, 10).join(' ')} …`;
}

/** One quotation surely enough to tell who said it: two people may share a phrase ("a gross abuse of power"). */
const SAME_STATEMENT = { score: 0.8, words: 6 };

function check(pair: QuotePair, ctx: RuleContext): Conflict[] {
  const [sa, sb] = [speakerOf(pair.a, ctx), speakerOf(pair.b, ctx)];
  if (!sa || !sb || !differentSpeakers(sa, sb)) return [];
  if (namedBeside(ctx, pair.b, sa) || namedBeside(ctx, pair.a, sb)) return [];
  if (affiliated(ctx, [pair.a.path, pair.b.path], sa, sb)) return [];
  const at = (side: QuotedSide, s: Speaker) => ({ path: side.path, start: s.at?.start ?? side.start, end: s.at?.end ?? side.end });
  // The longer the quotation both give, the surer it is one statement.
  const words = Math.min(pair.a.text.split(/\s+/).length, pair.b.text.split(/\s+/).length);
  // A person against an organization may be its spokesman, or an organization the tagger made of a surname: worth a look only.
  const kinds = sa.type === 'person' && sb.type === 'person' ? 1 : 0.3;
  // A short or loosely shared quotation may be a phrase two people used: worth a look only.
  const surely = pair.score >= SAME_STATEMENT.score && pair.shared >= SAME_STATEMENT.words ? 1 : 0.35;
  const evidence = Math.min(1, (words + 2) / 10) * kinds * surely;
  return [
    {
      code: 'quote-speaker',
      a: at(pair.a, sa),
      b: at(pair.b, sb),
      confidence: confidenceOf(quotationAlignment(pair.score), evidence),
      message: (here, other) =>
        here === 'a'
          ? `${other} attributes “${excerpt(pair.b.text)}” to ${sb.name}, not ${sa.name}.`
          : `${other} attributes “${excerpt(pair.a.text)}” to ${sa.name}, not ${sb.name}.`,
      data: { a: sa.name, b: sb.name },
    },
  ];
}

/** The same quotation is attributed to different speakers. */
export const quoteSpeaker = defineRule({
  code: 'quote-speaker',
  title: 'Quotation attributed to someone else',
  description:
    'Another source attributes the same quotation (most of its words shared) to a different person. Only attributions that name the speaker count, titles and employers aside ("Acme President Jane Roe" is Jane Roe); a pronoun or "the company" is not compared.',
  defaultSeverity: 'warning',
  checkQuotePair: check,
});
