import type { Article } from '../article';
import type { EntityMention, Quote, TextSpan } from '../types';
import { periodOfAbbreviation } from '../text';
import { attributeSpeakers } from './speakers';
import { PARTNER, TURN, turnStart } from './turns';
import { headlineOf, headlineStatement } from './headlines';

/**
 * Quotations of an article: spans between quotation marks (straight, curly, guillemets, low-9),
 * with apostrophes, inch/foot marks and elisions ('90s) told apart from single quotes; quotations
 * that run over several paragraphs (each reopened, only the last closed) become one quote; an
 * unclosed mark ends where its sentence ends. Scare quotes and titles become kind 'term'.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a mark opens a quotation. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,“‘"'«‹„]/u;

type MarkRole = 'open' | 'close' | 'either' | 'none';

interface Mark {
  pos: number; // index in paragraph text
  double: boolean;
  role: MarkRole;
  /** Two characters for a doubled apostrophe or backtick standing for a double mark (''…'', ``…''). */
  len?: number;
}

/** Characters that may be quotation marks (classify decides). */
const MARK_CHARS = /["“”„«»″‟'‘’‹›‛`]/g;

/** A doubled apostrophe or backtick used as a double quotation mark, or null. */
function doubled(text: string, i: number): Mark | null {
  const two = text.slice(i, i + 2);
  if (two !== "''" && two !== '``') return null;
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 2 < text.length ? text[i + 2] : '';
  const prevSpace = prev === '' || OPEN_CONTEXT.test(prev);
  const nextSpace = next === '' || SPACE.test(next) || /[.,;:!?)\]}\u2014\u2013\-…]/u.test(next);
  if (two === '``') return { pos: i, double: true, role: 'open', len: 2 };
  const role: MarkRole = prevSpace && !nextSpace ? 'open' : !prevSpace && nextSpace ? 'close' : 'either';
  return { pos: i, double: true, role, len: 2 };
}

function isDouble(c: string): boolean {
  return c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»' || c === '″' || c === '‟';
}

function isSingle(c: string): boolean {
  return c === "'" || c === '‘' || c === '’' || c === '‹' || c === '›' || c === '‛';
}

/** Role a mark can play judging by its glyph and neighbours; 'none' for apostrophes and inch marks. */
function classify(text: string, i: number): Mark | null {
  const c = text[i];
  const double = isDouble(c);
  if (!double && !isSingle(c)) return null;
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 1 < text.length ? text[i + 1] : '';
  const prevSpace = prev === '' || OPEN_CONTEXT.test(prev);
  const nextSpace = next === '' || SPACE.test(next) || /[.,;:!?)\]}\u2014\u2013\-…”’"']/u.test(next);
  if (double) {
    // 5'11" and 12" — inch marks.
    if (c === '"' || c === '″') {
      if (/\d['’′]\d{1,2}$/.test(text.slice(Math.max(0, i - 6), i))) return { pos: i, double, role: 'none' };
      if (c === '″') return { pos: i, double, role: 'none' };
    }
    if (c === '“' || c === '„' || c === '‟') return { pos: i, double, role: !prevSpace && nextSpace ? 'close' : 'open' };
    if (c === '«') return { pos: i, double, role: 'open' };
    if (c === '»') return { pos: i, double, role: 'close' };
    if (c === '”') return { pos: i, double, role: prevSpace && !nextSpace ? 'open' : 'close' };
    // straight "
    if (prevSpace && !nextSpace) return { pos: i, double, role: 'open' };
    if (!prevSpace && nextSpace) return { pos: i, double, role: 'close' };
    return { pos: i, double, role: 'either' };
  }
  // Single marks.
  const prevLetter = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const nextLetter = next !== '' && LETTER_OR_DIGIT.test(next);
  if (prevLetter && nextLetter) return { pos: i, double, role: 'none' }; // don't, TikTok’s
  if (c === '‹') return { pos: i, double, role: 'open' };
  if (c === '›') return { pos: i, double, role: 'close' };
  // ’90s, '16, 'em, 'til, 'n'
  if ((c === '’' || c === "'" || c === '‘') && prevSpace && /^(?:\d\d(?:s\b|\b)|em\b|til\b|cause\b|n\b)/i.test(text.slice(i + 1, i + 6))) {
    return { pos: i, double, role: 'none' };
  }
  // 5'11 — feet.
  if (/\d/.test(prev) && /\d/.test(next)) return { pos: i, double, role: 'none' };
  if (/\d/.test(prev) && (c === "'" || c === '′')) return { pos: i, double, role: 'none' };
  if (c === '‘' || c === '‛') return { pos: i, double, role: prevSpace && !nextSpace ? 'open' : prevSpace ? 'none' : 'close' };
  if (prevSpace && !nextSpace) return { pos: i, double, role: c === '’' ? 'either' : 'open' };
  if (!prevSpace && nextSpace) return { pos: i, double, role: 'close' };
  // `'We will win,' he said`: after a quotation's last punctuation, before a space, a single mark closes.
  if (/[,.!?;:…]/u.test(prev) && nextSpace) return { pos: i, double, role: 'close' };
  return { pos: i, double, role: 'none' };
}

interface Raw {
  start: number; // document offset of first character inside the quote
  end: number;
  closed: boolean;
  double: boolean;
}

const TERMINATOR = /[.!?…]+(?=\s|$)|[.!?…]+["”’'»]/gu;

/** Where the sentence starting at `from` in `text` ends (exclusive, punctuation included). */
function sentenceEnd(text: string, from: number, limit: number): number {
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < limit; m = TERMINATOR.exec(text)) {
    // The engine's one abbreviation list: "Sen." or "J." ends no quotation's sentence.
    if (m[0][0] === '.' && m[0][1] !== '.' && periodOfAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].replace(/["”’'»]$/, '').length;
    if (end <= limit) return end;
  }
  return limit;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end;
}

/**
 * A mark that reads as opening but closes a quotation left open: scraped text puts a space before
 * the closing mark (`to progress, "said Stefanski.`) or breaks a quotation over two lines
 * (`… definitely wrong, "Pigeon told The Canadian Press.`). It follows the quotation's last
 * punctuation and an attribution follows it: a speech word among its next five words (a name of
 * up to four words and its verb).
 */
function closesBeforeAttribution(pt: string, pos: number): boolean {
  if (!/[,.!?…]\s?$/u.test(pt.slice(Math.max(0, pos - 2), pos))) return false;
  const next = pt.slice(pos + 1, pos + 60).match(WORDS) ?? [];
  return next.slice(0, 5).some((w) => SPEECH_WORDS.has(w));
}

/** Whether a paragraph goes on with a quotation the one before left open: its one double mark closes it before an attribution. */
function continuesInto(pt: string): boolean {
  let first = -1;
  let count = 0;
  MARK_CHARS.lastIndex = 0;
  for (let hit = MARK_CHARS.exec(pt); hit; hit = MARK_CHARS.exec(pt)) {
    if (!isDouble(hit[0])) continue;
    if (first < 0) first = hit.index;
    count++;
  }
  return count === 1 && first > 0 && closesBeforeAttribution(pt, first);
}

/** The span of a transcript turn in paragraph `p`, whose words start at `from` (paragraph offset). */
function turnSpan(p: TextSpan, from: number): Raw {
  const opener = TURN.exec(p.text)![1];
  const close = p.text.indexOf(PARTNER[opener], from);
  const end = close >= 0 ? close : trimEnd(p.text, from, p.text.length);
  return { start: p.start + from, end: p.start + end, closed: close >= 0, double: true };
}

/** Raw quotation spans (document offsets) over the article's paragraphs. */
export function findQuoteSpans(article: Article): Raw[] {
  const text = article.text;
  const out: Raw[] = [];
  const paras = article.paragraphs;
  // A double quote left open at a paragraph end that the next paragraph reopens.
  // `continues`: the next paragraph does not reopen it but closes it with its first mark.
  let carry: { start: number; continues?: boolean } | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const pt = p.text;
    const turn = turnStart(pt);
    if (turn >= 0) {
      carry = null;
      out.push(turnSpan(p, turn));
      continue;
    }
    const marks: Mark[] = [];
    MARK_CHARS.lastIndex = 0;
    for (let hit = MARK_CHARS.exec(pt); hit; hit = MARK_CHARS.exec(pt)) {
      const i = hit.index;
      const d = doubled(pt, i);
      if (d) {
        marks.push(d);
        MARK_CHARS.lastIndex = i + 2;
        continue;
      }
      const m = classify(pt, i);
      if (m && m.role !== 'none') marks.push(m);
    }
    let open: { start: number; double: boolean } | null = null; // document offset
    let k = 0;
    let closesFirst = false;
    if (carry) {
      // The continuation paragraph's leading opening mark is consumed.
      if (carry.continues) {
        open = { start: carry.start, double: true };
        closesFirst = true;
      } else if (marks.length && marks[0].pos === 0 && marks[0].role !== 'close') {
        open = { start: carry.start, double: true };
        k = 1;
      }
      carry = null;
    }
    let singleOpen: number | null = null; // paragraph index of an open single mark at top level
    // Per mark, whether the next double mark after it opens (or none follows): then it has no closer of its own.
    const unclosable = new Array<boolean>(marks.length);
    for (let j = marks.length - 1, nextOpens = true; j >= 0; j--) {
      unclosable[j] = nextOpens;
      if (marks[j].double) nextOpens = marks[j].role === 'open';
    }
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (m.double) {
        if (open?.double) {
          if (m.role === 'close' || m.role === 'either' || closesFirst || (unclosable[k] && closesBeforeAttribution(pt, m.pos))) {
            closesFirst = false;
            out.push({ start: open.start, end: p.start + m.pos, closed: true, double: true });
            open = null;
          } else {
            // A new opening mark while one is open: the earlier one was never closed.
            const localStart = Math.max(0, open.start - p.start);
            const end = sentenceEnd(pt, localStart, m.pos);
            out.push({ start: open.start, end: p.start + trimEnd(pt, localStart, end), closed: false, double: true });
            open = { start: p.start + m.pos + (m.len ?? 1), double: true };
          }
        } else if (m.role === 'open' || m.role === 'either' || m.pos === 0) {
          open = { start: p.start + m.pos + (m.len ?? 1), double: true };
          singleOpen = null;
        }
        continue;
      }
      // Single marks only count at top level (nested ones are part of the outer quotation).
      if (open) continue;
      if (singleOpen === null) {
        if (m.role === 'open' || (m.role === 'either' && pt[m.pos] !== '’')) singleOpen = m.pos;
        else if (m.role === 'either') singleOpen = m.pos;
      } else if (m.role === 'close' || m.role === 'either') {
        // A closing ’ after "s" with no other closer ahead may be a possessive; accept the pairing
        // only when no later closer exists before the next opener in the same sentence.
        out.push({ start: p.start + singleOpen + 1, end: p.start + m.pos, closed: true, double: false });
        singleOpen = null;
      }
    }
    if (open) {
      const next = paras[pi + 1];
      const reopens = next && /^(?:["“„«]|''|``)/.test(next.text) && turnStart(next.text) < 0;
      if (reopens) {
        carry = { start: open.start };
      } else if (next && continuesInto(next.text)) {
        carry = { start: open.start, continues: true };
      } else {
        const localStart = open.start - p.start;
        if (localStart >= 0 && localStart < pt.length) {
          const end = sentenceEnd(pt, localStart, pt.length);
          out.push({ start: open.start, end: p.start + trimEnd(pt, localStart, end), closed: false, double: true });
        } else {
          // Carried from an earlier paragraph into this one, which reopened but never closed.
          const end = sentenceEnd(pt, 0, pt.length);
          out.push({ start: open.start, end: p.start + trimEnd(pt, 0, end), closed: false, double: true });
        }
      }
    }
  }
  return out.filter((r) => r.end > r.start && /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end)));
}

/** Words that report speech (or naming) near a short quoted phrase make it a partial quotation. */
const SPEECH_WORDS = new Set(
  (
    'said says say saying told tells tell telling added adds adding asked asks ask asking wrote writes write writing ' +
    'stated states stating declared declares declaring called calls call calling claimed claims claiming argued argues arguing ' +
    'insisted insists insisting tweeted tweets tweeting described describes describing dubbed dubs labeled labelled labels ' +
    'branded brands termed terms promised promises promising vowed vows vowing warned warns warning quoted quoting quotes ' +
    'noted notes noting explained explains explaining remarked remarks joked jokes recalled recalls recalling replied replies ' +
    'responded responds announced announces announcing acknowledged acknowledges admitted admits suggested suggests accused ' +
    'accuses accusing praised praises denounced denounces blasted blasts slammed slams criticized criticizes urged urges ' +
    'pledged pledges boasted boasts complained complains referred refers referring referenced references referencing ' +
    'characterized characterizes mocked mocks stressed stresses stressing emphasized emphasizes emphasizing reported reports ' +
    'statement interview speech tweet remarks asserted asserts asserting cited cites citing likened likens likening ' +
    'nicknamed hailed proclaimed proclaims decried decries derided derides dismissed ridiculed lamented laments ' +
    'touted touts predicted predicts conceded concedes contended contends maintained maintains alleged alleges alleging ' +
    'testified testifies pleaded vowed charged countered retorted quipped sang sings singing chanted chanting shouted yelled'
  ).split(' '),
);
/** Verbs that name something with the quoted words: `called him “a genius”`, `hailed Trump as “The Comeback Kid”`. */
const NAMING =
  /(?<![\p{L}-])(?:called|calls|call|calling|dubbed|dubs|nicknamed|labeled|labelled|labels|branded|brands|termed|rated|rates)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}$|\b(?:hailed|hails|described|describes|describing|referred to|refers to|referring to|references? to|referencing|characterized|characterizes|derided|dismissed|mocked|mocks|branded|labeled|likened|painted|portrayed|portraying|depicted|depicting|cast|casting|attacked|attacking|pounding|pounded|slammed|slamming|blasted|blasting|criticized|criticizing|denounced|denouncing|condemned|condemning|assailed|assailing|admires|admired|regards|regarded|views|viewed|sees|saw|considers|considered)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}as\s+(?:an?\s+|the\s+)?$/iu;
/** A noun naming the quoted words as a label, or `known as` / `so-called`, right before the opening mark. */
const NAMED_AS_WORDS =
  /\b(?:nickname|moniker|hashtag|label|headline|title|name)s?\s+(?:of\s+)?$|\b(?:known|billed)\s+as\s+(?:an?\s+|the\s+)?$|\bso-called\s+$|\b(?:book|novel|memoir|film|movie|documentary|show|series|song|album|column|essay|podcast)[,:]?\s+$/i;
/** A quoted phrase coordinated with the previous one: `“Miss Piggy” and “Miss Housekeeping”`. */
const COORDINATED = /^\s*(?:,\s*)?(?:and|or)\s+$/;

/** A line asking readers to follow an author's social-media account. */
const FOLLOW_ACCOUNT = /^\s*Follow\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}on\s+(?:Twitter|Facebook|Instagram|X|Threads|TikTok|Bluesky)\b/u;

/** Lower-case phrases of this many words read as partial quotations even without a cue nearby. */
const MIN_STATEMENT_WORDS = 3;
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A word, or a sentence's closing punctuation (read by `cueWindow`, built once). */
const WORD_OR_STOP = new RegExp(`${WORDS.source}|[.!?](?=\\s|$)`, 'gu');

/**
 * The six words after a quotation's closing mark, within its sentence: where the cue of a reply
 * stands (`"Absolutely not," Mr. Roe said.` — an abbreviation's period ends no sentence).
 */
function cueWindow(text: string, from: number, limit: number): string {
  WORD_OR_STOP.lastIndex = 0;
  const stretch = text.slice(from, Math.min(limit, from + 120));
  let end = 0;
  for (let n = 0, m = WORD_OR_STOP.exec(stretch); m && n < 6; m = WORD_OR_STOP.exec(stretch)) {
    if (/^[.!?]$/.test(m[0])) {
      if (m[0] === '.' && periodOfAbbreviation(text, from + m.index)) continue;
      break;
    }
    end = m.index + m[0].length;
    n++;
  }
  return stretch.slice(0, end);
}

/** Whether `words` (a stretch of one sentence) holds a speech word; `initial` when it opens the sentence. */
function reportsSpeech(stretch: string, initial: boolean): boolean {
  // `according to X`, `as X put it`: cues with no speech verb.
  if (/\baccording to\b|\bput it\b/i.test(stretch)) return true;
  const words = stretch.match(WORDS) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (SPEECH_WORDS.has(w)) return true;
    // Capitalized only where it opens the sentence ("Calls men names"): "United States" is no cue.
    if (i === 0 && initial && SPEECH_WORDS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Context of a quotation within its paragraph: the sentence text before and after it. */
function sentenceContext(start: number, end: number, paragraph: TextSpan): { pre: string; post: string; preInitial: boolean } {
  const local = start - paragraph.start;
  const ptext = paragraph.text;
  const before = ptext.slice(0, Math.max(0, local - 1));
  let sentStart = 0;
  const re = /[.!?]["”’']*\s+(?=["“‘']?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    // The engine's one abbreviation list: "Sen." or "J." ends no sentence.
    if (m[0][0] === '.' && periodOfAbbreviation(ptext, m.index)) continue;
    sentStart = m.index + m[0].length;
  }
  const afterStart = Math.min(ptext.length, end - paragraph.start + 1);
  const stopRe = /[.!?]["”’]*(?:\s|$)/g;
  stopRe.lastIndex = afterStart;
  let stop = ptext.length;
  for (let m = stopRe.exec(ptext); m; m = stopRe.exec(ptext)) {
    // `“…,” Mr. Roe said.`: the title's period does not end the sentence.
    if (m[0][0] === '.' && periodOfAbbreviation(ptext, m.index)) continue;
    stop = m.index;
    break;
  }
  return { pre: ptext.slice(sentStart, Math.max(sentStart, local - 1)), post: ptext.slice(afterStart, stop), preInitial: true };
}

/** 'term' for scare quotes, titles and single words; 'statement' for quoted speech. */
export function quoteKind(
  article: Article,
  start: number,
  end: number,
  paragraph: TextSpan | undefined,
  prevKind?: { end: number; kind: 'statement' | 'term' },
): 'statement' | 'term' {
  const text = article.text;
  const body = text.slice(start, end);
  const words = body.match(WORDS) ?? [];
  if (words.length === 0) return 'term';
  // Markup attribute values (`author="…"`) are no quotations.
  if (start >= 2 && /=\s*$/.test(text.slice(Math.max(0, start - 3), start - 1))) return 'term';
  // The byline's invitation to follow an account (`"Follow Jane Roe on Twitter @janeroe."`), quoted with a transcript, is nobody's statement.
  if (FOLLOW_ACCOUNT.test(body)) return 'term';
  // What a noun says the words are: `the nickname “Lyin’ Ted.”`, `the headline “Stocks Fall.”`; not `the phrase “…”`, which someone used.
  if (NAMED_AS_WORDS.test(text.slice(Math.max(0, start - 30), start).replace(/(?:["“„«]|'')$/, ''))) return 'term';
  // `Jane Roe: Plan Is ‘Dead Wrong’`, `Plan Is ‘Unfair,’ Roe Says`: a headline's shorthand for speech.
  const head = headlineOf(article);
  if (head && headlineStatement(head, start, end, text)) return 'statement';
  const ctx = paragraph ? sentenceContext(start, end, paragraph) : null;
  const closeAt = end < text.length && /["”’'»]/.test(text[end]) ? end + 1 : end;
  // An interrupted quotation: `“That,” he added, “promises …”` — each side is the speaker's words.
  const tail = text.slice(closeAt, closeAt + 80);
  const interrupted = (/,\s*$/.test(body) || tail.startsWith(',')) && /^,?\s+(?:[\p{L}\p{N}.'’-]+\s+){0,5}[\p{L}]+,\s*(?:["“‘«]|'')/u.test(tail);
  // Named with the quoted words: `called the winner “Miss Piggy”`, `hailed Trump as “The Comeback Kid”`.
  const pre60 = ctx ? `${ctx.pre.slice(-60)} ` : '';
  // `a show called “Politicking”` names a title; `what he called “Y”` and `called him “Y”` quote someone.
  const titleNamed =
    /(?:^|\s)(?!(?:he|she|they|it|who|what|which|also|once|has|have|had|repeatedly|publicly|later|then|\w+ly)\s)\p{Ll}+\s+(?:called|named|dubbed|titled|nicknamed)\s+(?:an?\s+|the\s+)?$/u.test(
      pre60,
    );
  const named = !!ctx && NAMING.test(pre60) && !titleNamed;
  const coordinated = !!prevKind && prevKind.kind === 'statement' && COORDINATED.test(text.slice(prevKind.end + 1, Math.max(prevKind.end + 1, start - 1)));
  if (interrupted || named || coordinated) {
    if (!(words.length === 1 && /^(?:he|she|it|they|him|her|them)$/i.test(words[0]) && !interrupted)) return 'statement';
  }
  // Titles and nicknames ("All Bets Are Off.", “For You”): capitalized words only.
  const titleLike = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|for|in|on|to|with|at|by|or|is|are|from|not|it)$/.test(w));
  if (words.length === 1 && /^(?:he|she|it|they|we|I|you|him|her|them|us|me|this|that)$/i.test(words[0])) return 'term';
  // Several sentences ("The Donald. Big Daddy.") are speech, not a title.
  const sentences = /[.!?]["”’]?\s+[\p{Lu}]/u.test(body) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|\p{Lu})\.\s+[\p{Lu}]/u.test(body);
  // `"Absolutely not," O'Connor said`: a reply, however short and capitalized, is speech.
  // Its cue follows at once: a name of up to four words (a title and initials included) and the verb.
  // (A participle right after the marks, `“Year of Hope,” writing that …`, goes on the writer's sentence.)
  const window = paragraph && /[,.!?]\s*$/.test(body) ? cueWindow(text, closeAt, paragraph.end) : '';
  const reply = !/^[\s,]*\p{Ll}+ing\b/u.test(window) && reportsSpeech(window, false);
  // A quotation that is a sentence of its own after another in its paragraph (`“…,” said Roe. “Never.”`)
  // is someone's words, not a title; one alone in its paragraph may be a section heading.
  const leadStart = paragraph ? Math.max(paragraph.start, start - 12) : start;
  const stop = /[.!?…]["”’']?\s+(?:["“„«‘']|'')$/.exec(text.slice(leadStart, start));
  const afterSentence = !!stop && !(text[leadStart + stop.index] === '.' && periodOfAbbreviation(text, leadStart + stop.index));
  const alone = afterSentence && /[.!?…]\s*$/.test(body) && /^\s*(?:$|["“‘]?[\p{Lu}\p{N}])/u.test(text.slice(closeAt, paragraph!.end));
  if (titleLike && words.length <= 6 && !/[!?]\s*$/.test(body) && !sentences && !reply && !alone) return 'term';
  if (words.length >= MIN_STATEMENT_WORDS) return 'statement';
  // Two words closing a sentence are speech when they read as one ("It's over."); lower-case ones
  // ("a pirate “mother ship.”") end the writer's sentence, so their sentence must report speech.
  if (words.length === 2 && /[.!?,;:…]\s*$/.test(body) && /^[\p{Lu}\p{N}]/u.test(words.join(' '))) return 'statement';
  // Short: a scare quote unless its sentence reports speech (then a partial quotation).
  if (!ctx) return 'term';
  if (reportsSpeech(ctx.pre, true) || reportsSpeech(ctx.post, false)) return 'statement';
  return 'term';
}

/** Quotations with their kind and, for statements, their speaker. */
export function extractQuotes(article: Article, entities: EntityMention[]): Quote[] {
  const raws = findQuoteSpans(article);
  const paraOf = (pos: number) => article.paragraphs.find((p) => p.start <= pos && pos <= p.end);
  let prev: { end: number; kind: 'statement' | 'term' } | undefined;
  const quotes: Quote[] = raws.map((r) => {
    const kind = quoteKind(article, r.start, r.end, paraOf(r.start), prev);
    prev = { end: r.end, kind };
    return { start: r.start, end: r.end, text: article.text.slice(r.start, r.end), kind, speaker: null, speakerId: null, closed: r.closed };
  });
  attributeSpeakers(article, quotes, entities);
  return quotes;
}
