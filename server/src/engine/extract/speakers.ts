import type { Article } from '../article';
import type { EntityMention, EntityType, Quote, Span, TextSpan } from '../types';
import { parsedParagraph } from '../nlp';
import { lowerBound, memo, PARAGRAPH_CACHE_SIZE, textCache } from '../collections';
import { SpanIndex } from '../spans';
import { periodOfAbbreviation } from '../text';
import { TENS_WORDS, UNIT_WORDS } from '../numberWords';
import { isCommonWord } from '../commonWords';
import { MONTHS, WEEKDAYS } from './dates/lexicon';
import { turnStart } from './turns';
import { headlineColon, headlineCue, headlineOf } from './headlines';

/**
 * Who said each quotation: cue verbs around it ("…," X said / said X / X said: "…"), "according
 * to X", pronouns and nominals ("he", "the company") resolved to the nearest fitting preceding
 * entity, and quotes carried over from an attributed quote in the previous paragraph.
 */

const CUE_WORDS = [
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'tell',
  'telling',
  'added',
  'adds',
  'add',
  'adding',
  'asked',
  'asks',
  'ask',
  'asking',
  'wrote',
  'writes',
  'write',
  'writing',
  'stated',
  'stating',
  'explained',
  'explains',
  'explaining',
  'noted',
  'notes',
  'noting',
  'argued',
  'argues',
  'arguing',
  'claimed',
  'claims',
  'claiming',
  'insisted',
  'insists',
  'insisting',
  'declared',
  'declares',
  'declaring',
  'announced',
  'announces',
  'continued',
  'continues',
  'replied',
  'answered',
  'answers',
  'replies',
  'responded',
  'responds',
  'tweeted',
  'tweets',
  'tweeting',
  'posted',
  'warned',
  'warns',
  'warning',
  'recalled',
  'recalls',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'emphasized',
  'emphasizes',
  'stressed',
  'stresses',
  'suggested',
  'suggests',
  'concluded',
  'concludes',
  'predicted',
  'predicts',
  'promised',
  'promises',
  'vowed',
  'vows',
  'joked',
  'jokes',
  'quipped',
  'quips',
  'remarked',
  'observed',
  'observes',
  'shouted',
  'shouts',
  'yelled',
  'yells',
  'boasted',
  'boasts',
  'complained',
  'complains',
  'conceded',
  'concedes',
  'confirmed',
  'confirms',
  'countered',
  'counters',
  'mused',
  'reported',
  'reports',
  'reiterated',
  'reiterates',
  'charged',
  'alleged',
  'alleges',
  'testified',
  'testifies',
  'maintained',
  'maintains',
  'exclaimed',
  'demanded',
  'demands',
  'urged',
  'urges',
  'called',
  'calls',
  'calling',
  'described',
  'describes',
  'describing',
  'labeled',
  'labelled',
  'dubbed',
  'branded',
  'insisted',
  'agreed',
  'agrees',
  'recounted',
  'recounts',
  'explain',
  'thundered',
  'scoffed',
  'pleaded',
  'wondered',
  'wonders',
  'sniped',
  'snapped',
  'retorted',
  'chimed',
  'opined',
  'contended',
  'contends',
  'pointed',
  'cautioned',
  'cautions',
  'lamented',
  'laments',
  'blasted',
  'slammed',
  'mocked',
  'accused',
  'accuses',
  'praised',
  'praises',
  'pledged',
  'pledges',
  'proclaimed',
  'proclaims',
  'announce',
  'quoted',
  'recalling',
  'adding',
  'declaring',
  'promising',
  'predicting',
  'acknowledging',
  'admitting',
  'referring',
  'referred',
  'characterized',
  'characterizes',
  'believes',
  'believed',
  'thinks',
  'thought',
  'feels',
  'felt',
  'knows',
  'knew',
];
const CUE_SET = new Set(CUE_WORDS);
/** Cue verbs are lower case ("States" in "United States" is no cue), bar a sentence-initial "Said". */
const CUE = { has: (w: string) => CUE_SET.has(w) || w === 'Said' || w === 'Says' };

const PRONOUNS: Record<string, 'male' | 'female' | 'org' | 'plural' | 'self'> = {
  he: 'male',
  she: 'female',
  it: 'org',
  they: 'plural',
  i: 'self',
  we: 'self',
};

/** A sentence opening with a personal pronoun of each gender. */
const SUBJECT_PRONOUN = { male: /^He\b/, female: /^She\b/ };

/** Heads of nominal speakers resolved to the nearest organization. */
const ORG_HEADS = new Set([
  'company',
  'firm',
  'group',
  'campaign',
  'statement',
  'agency',
  'department',
  'organization',
  'organisation',
  'network',
  'newspaper',
  'paper',
  'site',
  'website',
  'committee',
  'team',
  'administration',
  'government',
  'ministry',
  'office',
  'party',
  'corporation',
  'business',
  'bank',
  'union',
  'court',
  'board',
  'council',
  'outlet',
  'magazine',
  'publication',
  'report',
  'release',
  'startup',
  'giant',
  'platform',
  'app',
  'service',
  'club',
  'association',
  'foundation',
  'institute',
  'university',
  'commission',
  'bureau',
  'operator',
  'maker',
  'retailer',
  'airline',
  'carrier',
  'insurer',
  'lender',
  'developer',
  'owner',
  'parent',
  'publisher',
  'blog',
]);
/** Heads of nominal speakers resolved to the nearest person. */
const PERSON_HEADS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'candidate',
  'nominee',
  'senator',
  'president',
  'governor',
  'congressman',
  'congresswoman',
  'lawmaker',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'founder',
  'executive',
  'director',
  'minister',
  'secretary',
  'mayor',
  'leader',
  'businessman',
  'businesswoman',
  'billionaire',
  'actor',
  'actress',
  'singer',
  'star',
  'host',
  'anchor',
  'author',
  'writer',
  'reporter',
  'columnist',
  'democrat',
  'republican',
  'politician',
  'manager',
  'aide',
  'adviser',
  'advisor',
  'strategist',
  'analyst',
  'lawyer',
  'attorney',
  'man',
  'woman',
  'rapper',
  'comedian',
  'judge',
  'general',
  'veteran',
  'mogul',
  'tycoon',
  'incumbent',
  'challenger',
  'frontrunner',
  'front-runner',
  'hopeful',
  'contender',
  'speaker',
  'representative',
  'sen',
  'rep',
  'gov',
]);

const TITLES =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Pres|St|Jr|Sr|President|Senator|Governor|Secretary|Judge|Justice|Mayor|Chairman|Director|Minister|Speaker|Ambassador|Sheriff|Chief|Officer|Professor|Reverend|Pope|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame|Rabbi|Father|Sister|Brother|Deputy|Vice|Former|First|Lady|Candidate|Nominee|Spokesman|Spokeswoman|CEO|Attorney|General|Rep\.|Sen\.)\.?$/;

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'one',
  'another',
  'some',
  'two',
  'three',
  'several',
  'many',
]);
const SKIP_ADVERBS =
  /^(?:also|later|earlier|then|previously|once|again|repeatedly|recently|often|still|already|further|simply|even|first|now|has|have|had|was|is|were|would|will|had|once|reportedly|publicly|privately|only|just|ultimately|finally|quickly|subsequently|\w+ly)$/i;
const STOP_CAPS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'When',
  'While',
  'After',
  'Before',
  'As',
  'If',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Today',
  'Yesterday',
  'Tonight',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'According',
  'Still',
  'However',
  'Meanwhile',
  'Also',
  'Then',
  'Now',
  'Later',
  'There',
  'Here',
  'What',
  'Who',
  'Why',
  'How',
  // Indefinite pronouns and determiners opening a sentence name no one.
  'Another',
  'Other',
  'Either',
  'Neither',
  'Nothing',
  'Everything',
  'Something',
  'Anything',
  'Nobody',
  'Everybody',
  'Somebody',
  'Anybody',
  'Everyone',
  'Someone',
  'Anyone',
  'None',
  'Many',
  'Most',
  'Some',
  'All',
  'Both',
  'Each',
  'Few',
  'Several',
  'Others',
]);

interface Tok {
  start: number; // document offsets
  end: number;
  text: string;
  lower: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?|[,:;.!?—–―()"“”‘’']/gu;

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  const s = text.slice(from, to);
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Prof|Inc|Corp|Co|Ltd)\.$/u.test(t)) {
      t = t.slice(0, -1);
      out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: t.toLowerCase() });
      out.push({ start: from + m.index + t.length, end: from + m.index + t.length + 1, text: '.', lower: '.' });
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return out;
}

const isCap = (t: Tok) => /^[\p{Lu}]/u.test(t.text) && /[\p{L}]/u.test(t.text);
/** A number written as words, capitalized where it opens a sentence ("Twenty-two years ago, …"): no name. */
const isNumberWord = (t: Tok) => t.lower.split('-').every((w) => UNIT_WORDS.has(w) || TENS_WORDS.has(w) || w === 'hundred' || w === 'thousand');
/**
 * Verbs that end a noun phrase read forwards: `The clip says Kaine “…”` has the subject "The clip",
 * not "Kaine"; `a Times article hailed Trump as “…”` has "a Times article".
 */
const ENDS_NOUN_PHRASE =
  /^(?:hailed|hails|praised|praises|dubbed|dubs|labeled|labels|branded|brands|mocked|mocks|slammed|slams|blasted|blasts|attacked|attacks|criticized|criticizes|quoted|quotes|cited|cites|put|puts)$/;
const isWord = (t: Tok) => /[\p{L}\p{N}]/u.test(t.text);
const stripPossessive = (s: string) => s.replace(/['’]s?$/, '');

interface Candidate {
  span: TextSpan;
  kind: 'name' | 'pronoun' | 'nominal';
  /** For nominal: its head noun, lower case; for pronoun: the pronoun. */
  head?: string;
  /** A capitalized word inside a nominal ("A MSFT statement"). */
  inner?: TextSpan;
}

const NOT_HEADS = new Set([
  'after',
  'under',
  'over',
  'never',
  'ever',
  'either',
  'neither',
  'other',
  'rather',
  'whether',
  'together',
  'later',
  'further',
  'however',
  'former',
  'latter',
  'earlier',
  'sooner',
  'longer',
  'better',
  'greater',
  'matter',
  'order',
  'number',
  'percent',
  'moment',
  'statement',
  'event',
  'government',
  'recent',
  'current',
  'different',
  'important',
  'significant',
  'prominent',
  'president',
  'consent',
  'intent',
  'extent',
  'content',
  'agreement',
  'comment',
  'argument',
  'amendment',
  'department',
  'investment',
  'payment',
  'treatment',
  'environment',
  'development',
  'management',
  'movement',
  'item',
  'summer',
  'winter',
  'quarter',
  'center',
  'letter',
  'paper',
  'power',
  'water',
  'member',
  'cover',
  'error',
  'honor',
  'color',
  'favor',
  'effort',
  'report',
  'support',
  'ant',
]);
/** Nouns for a person's office or tie beyond PERSON_HEADS, used only where a name follows them (`Acme board member Jane Roe`). */
const MORE_ROLES = new Set([
  'legislator',
  'member',
  'officer',
  'commissioner',
  'professor',
  'activist',
  'economist',
  'scientist',
  'researcher',
  'editor',
  'publisher',
  'producer',
  'organizer',
  'owner',
  'partner',
  'counsel',
  'administrator',
  'chief',
  'pastor',
  'lobbyist',
  'consultant',
  'pollster',
  'historian',
  'deputy',
  'ambassador',
  'prosecutor',
  'sheriff',
  'commander',
  'treasurer',
  'head',
]);

/** A noun naming a role a person holds: `spokeswoman`, `co-founder` (its last part), `board member`. */
const isRoleNoun = (w: string) => PERSON_HEADS.has(w) || MORE_ROLES.has(w) || PERSON_HEADS.has(w.slice(w.lastIndexOf('-') + 1));

/**
 * Common nouns for people who speak in the news without a name (`police said`, `a witness told CNN`,
 * `neighbors said`), singular; the plural is read too. The description is the speaker, never a person
 * named nearby.
 */
const UNNAMED_SPEAKERS = new Set([
  'police',
  'witness',
  'expert',
  'critic',
  'friend',
  'relative',
  'parent',
  'widow',
  'son',
  'wife',
  'husband',
  'victim',
  'family',
  'authority',
  'people',
  'neighbor',
  'neighbour',
  'resident',
  'student',
  'protester',
  'protestor',
  'demonstrator',
  'supporter',
  'voter',
  'investigator',
  'officer',
  'doctor',
  'worker',
]);

/** Writings and recordings that say things (`the clip says`, `a Times article hailed`): the description is the speaker. */
const DOCUMENT_HEADS = new Set([
  'clip',
  'ad',
  'video',
  'article',
  'letter',
  'memo',
  'note',
  'poll',
  'survey',
  'study',
  'editorial',
  'post',
  'tweet',
  'column',
  'email',
  'e-mail',
  'petition',
  'filing',
  'lawsuit',
  'complaint',
  'ruling',
  'indictment',
  'transcript',
]);

/** A plural noun's singular, closely enough for the word lists (`witnesses`, `authorities`, `senators`). */
const singularOf = (h: string) => h.replace(/ies$/, 'y').replace(/(?<=ss)es$|(?<=[^s])s$/, '');

/** One of the unnamed people who speak (`police`, `witnesses`, `forensic experts`). */
const unnamedSpeaker = (h: string) => UNNAMED_SPEAKERS.has(h) || UNNAMED_SPEAKERS.has(singularOf(h));

const isHead = (h: string) =>
  ORG_HEADS.has(h) ||
  PERSON_HEADS.has(h) ||
  PERSON_HEADS.has(singularOf(h)) ||
  unnamedSpeaker(h) ||
  DOCUMENT_HEADS.has(h) ||
  (!NOT_HEADS.has(h) && h.length > 4 && /(?:man|woman|person|er|or|ist|ant|ent|ian|sources?|officials?|aides?)$/.test(h));

/** The subject pronoun a token is, contraction and all ("He’s claiming …" is "he"), or null. */
function pronounOf(t: Tok): string | null {
  const lower = t.lower.replace(/['’](?:s|d|ll|re|ve|m)$/, '');
  return lower in PRONOUNS ? lower : null;
}

/** Words that end a description read forwards ("Friday on a report" describes no one). */
const FUNCTION_WORD = /^(?:of|in|on|at|for|with|to|from|by|and|or|but|that|which|who|is|are|was|were|did|does|do|has|have|had|not)$/;

/** A party and state tag after a lawmaker's name: "D-Mo.", "R-S.C.", "I-Vt.". */
const PARTY_STATE = /^[DRI]-[\p{Lu}][\p{L}.]{0,6}$/u;

/** A weekday's or a month's name, in lower case. */
const calendarWord = (lower: string): boolean => lower in WEEKDAYS || lower in MONTHS;

/**
 * A capitalized word standing alone that names no one: a common word (not a plural) capitalized
 * where it opens a sentence ("Given that, …", "Draft “talking points” …"), an adverb set off by a
 * comma ("Additionally, …"), a weekday or a month.
 */
function notAName(word: string, next: string): boolean {
  const lower = stripPossessive(word).toLowerCase();
  if (calendarWord(lower)) return true;
  // `Additionally, …`: an adverb set off by a comma.
  if (/^\p{Ll}{3,}ly$/u.test(lower) && /^\s*,/.test(next)) return true;
  // A plural ("Officials said", "Critics say") names a group that speaks.
  return isCommonWord(lower) && !/[^s]s$/.test(lower);
}

/** The speaker phrase that ends just before token index `i` (exclusive), reading backwards. */
function phraseBefore(toks: Tok[], i: number, text: string): Candidate | null {
  let j = i - 1;
  if (j >= 0 && toks[j].text === ')') {
    const open = toks
      .slice(0, j)
      .map((t) => t.text)
      .lastIndexOf('(');
    if (open >= 0 && j - open < 8) j = open - 1;
  }
  // `Sen. Jane Roe, D-Mo., said`: the party and state after a name are no speaker.
  if (j >= 2 && PARTY_STATE.test(toks[j].text) && toks[j - 1].text === ',') j -= 2;
  // "Mr. Morgan of the Sierra Club said": the person, not the organization.
  {
    let m = j;
    while (m >= 0 && isCap(toks[m])) m--;
    if (m >= 1 && m < j && toks[m].lower === 'the') m--;
    if (m >= 1 && m < j && /^(?:of|from|at)$/.test(toks[m].lower) && isCap(toks[m - 1]) && !STOP_CAPS.has(toks[m - 1].text)) j = m - 1;
  }
  while (j >= 0 && isWord(toks[j]) && SKIP_ADVERBS.test(toks[j].text) && !isCap(toks[j])) j--;
  if (j < 0 || !isWord(toks[j])) return null;
  const last = toks[j];
  const pron = pronounOf(last);
  if (pron) return { span: span(text, last.start, last.start + pron.length), kind: 'pronoun', head: pron };
  if (isCap(last) && !STOP_CAPS.has(last.text)) {
    let k = j;
    while (
      k - 1 >= 0 &&
      isWord(toks[k - 1]) &&
      (isCap(toks[k - 1]) || /^(?:de|van|von|da|al|bin|del|la|le)$/.test(toks[k - 1].text)) &&
      !STOP_CAPS.has(toks[k - 1].text)
    )
      k--;
    // `wrote to Congress saying “…”`: a name after a preposition is its object, not the cue's subject.
    // (`with Roe saying`, `by Roe`, `a spokesman for Roe said` do name the one who speaks.)
    if (
      k >= 1 &&
      /^(?:to|about|against|toward|towards|in|on|into|near)$/.test(toks[k - 1].lower) &&
      !(toks[k - 1].lower === 'to' && toks[k - 2]?.lower === 'according')
    )
      return null;
    // `the Arizona Republican said`: a definite role, read as the person it refers to.
    if (k >= 1 && toks[k - 1].lower === 'the') return capitalsAfterArticle(toks, k, j, text);
    // "Mr. Trump", "Sen. Warren": titles are kept.
    return { span: span(text, toks[k].start, last.end), kind: 'name' };
  }
  // A nominal: determiner? adjectives* head ("the company", "a White House spokesman", "Clinton’s campaign").
  let k = j;
  const head = last.lower;
  let inner: TextSpan | undefined;
  while (k - 1 >= 0 && j - (k - 1) < 6 && isWord(toks[k - 1])) {
    const w = toks[k - 1];
    if (DETERMINERS.has(w.lower)) {
      k--;
      break;
    }
    // `The former first lady and U.S. senator said`: two roles of one person under one article that
    // opens the phrase (`After the debate and campaign aides said` joins no roles).
    if (w.lower === 'and' && k - 2 >= 0 && isWord(toks[k - 2])) {
      let from = k - 2;
      while (from > 0 && k - from < 7 && toks[from].lower !== 'the' && isWord(toks[from - 1]) && !CUE.has(toks[from - 1].text)) from--;
      if (toks[from].lower === 'the' && (from === 0 || !isWord(toks[from - 1]))) {
        k = from;
        break;
      }
    }
    if (CUE.has(w.text) || /^(?:and|or|but|that|which|who|whom|whose|what|when|while|if|because|as|of|in|on|at|for|with|to|from|by)$/.test(w.lower)) break;
    if (/['’]s?$/.test(w.text) && isCap(w)) {
      k--;
      inner = inner ?? span(text, w.start, w.start + stripPossessive(w.text).length);
      break;
    }
    if (isCap(w) && !STOP_CAPS.has(w.text)) inner = inner ?? span(text, w.start, w.end);
    k--;
  }
  if (!isHead(head)) return null;
  // A subject never follows a preposition ("32% of Republican claims").
  if (k - 1 >= 0 && /^(?:of|for|in|on|at|by|with|from|to|about|than|like)$/.test(toks[k - 1].lower)) return null;
  return { span: span(text, toks[k].start, last.end), kind: 'nominal', head, inner };
}

/** Words opening a time phrase (`this morning`, `last week`, `today`), which no noun phrase continues into. */
const TIME_AFTER_HEAD = /^(?:this|last|next|today|yesterday|tonight|tomorrow|earlier|later)$/;

/** The speaker phrase starting at token index `i`, reading forwards ("said Trump, the …"). */
function phraseAfter(toks: Tok[], i: number, text: string): Candidate | null {
  // `said 17-year-old Jane Roe`: an age before the name is no part of it.
  const j = /^\d+-year-old$/.test(toks[i]?.lower ?? '') ? i + 1 : i;
  if (j >= toks.length || !isWord(toks[j])) return null;
  const first = toks[j];
  const pron = pronounOf(first);
  if (pron) return { span: span(text, first.start, first.start + pron.length), kind: 'pronoun', head: pron };
  if (isCap(first) && !STOP_CAPS.has(first.text)) {
    if (isNumberWord(first)) return null;
    let k = j;
    while (k + 1 < toks.length && isWord(toks[k + 1]) && (isCap(toks[k + 1]) || /^(?:de|van|von|da|al|bin|del|la|le)$/.test(toks[k + 1].text))) k++;
    // "said White House spokesman Josh Earnest", "said Acme co-founder Jane Roe", "said Acme board
    // member Jane Roe": prefer the trailing name after a lowercase role (up to two words before it).
    const end = k;
    const named = nameAfterRole(toks, k + 1, text);
    if (named) return named;
    return { span: span(text, toks[j].start, toks[end].end), kind: 'name' };
  }
  if (DETERMINERS.has(first.lower) || /^[\p{Ll}]/u.test(first.text)) {
    // "said the company", "said a spokesman for Oracle", "said campaign manager Robby Mook".
    let k = j + (DETERMINERS.has(first.lower) ? 1 : 0);
    let inner: TextSpan | undefined;
    let head: Tok | null = null;
    while (k < toks.length && k - j < 6 && isWord(toks[k])) {
      const w = toks[k];
      if (isCap(w) && head) {
        // A name after a verb (`The bill's backers disputed Obama's …`) is its object, not a role's holder.
        if (/^(?:have|has|had|is|are|was|were|will|would|did|does|do)$|^\p{Ll}+ed$/u.test(head.text) && !isHead(head.lower)) break;
        // role followed by a name: the name is the speaker.
        let m = k;
        while (m + 1 < toks.length && isCap(toks[m + 1])) m++;
        // (`a White House spokesman, Jane Roe`: capitals before a role's noun are one role.)
        const role = isCap(head) && m + 1 < toks.length && /^\p{Ll}/u.test(toks[m + 1].text) && PERSON_HEADS.has(toks[m + 1].lower);
        if (!role && isCap(head) && toks.slice(j + 1, k).every(isCap)) return capitalsAfterArticle(toks, j + 1, m, text);
        if (!role) return { span: span(text, w.start, toks[m].end), kind: 'name' };
      }
      if (isCap(w)) inner = inner ?? span(text, w.start, w.end);
      // `among them Jane Roe`: a preposition or an object pronoun ends the phrase.
      if (
        /^(?:and|or|but|that|which|who|when|while|if|because|as|of|in|on|at|for|with|to|from|by|among|between|including|about|against|like|than|them|him|us|me)$/.test(
          w.lower,
        )
      )
        break;
      if (head && (CUE.has(w.text) || ENDS_NOUN_PHRASE.test(w.lower))) break;
      // `The president this morning says`: a time phrase after the head ends the noun phrase.
      if (head && isHead(head.lower) && TIME_AFTER_HEAD.test(w.lower)) break;
      // `The nominee also outlined …`, `the company announced …`: an adverb or a past tense after a known head.
      if (
        head &&
        (PERSON_HEADS.has(head.lower) || ORG_HEADS.has(head.lower) || unnamedSpeaker(head.lower)) &&
        (SKIP_ADVERBS.test(w.text) || /^\p{Ll}+ed$/u.test(w.text))
      )
        break;
      head = w;
      k++;
    }
    if (!head) return null;
    const h = head.lower;
    if (!isHead(h)) return null;
    // "a spokesman for Oracle": the organization names the nominal.
    // `a statement from Jane Roe's campaign`, `a letter by Jane Roe`: whose words they are.
    const from = /^(?:from|by)$/.test(toks[k]?.lower ?? '') && /^(?:statement|release|report|memo|letter)$/.test(h);
    if (k + 1 < toks.length && (from || /^(?:for|of|at|with)$/.test(toks[k]?.lower ?? '')) && isCap(toks[k + 1])) {
      let m = k + 1;
      while (m + 1 < toks.length && isCap(toks[m + 1])) m++;
      inner = span(text, toks[k + 1].start, toks[m].end);
    }
    return { span: span(text, first.start, head.end), kind: 'nominal', head: h, inner };
  }
  return null;
}

/**
 * Capitals `from`..`to` right after an article are one name (`The White House`, `the New York Times`),
 * or a role when the last one is a person's noun (`the Arizona Republican`, read as the person it refers to).
 */
function capitalsAfterArticle(toks: Tok[], from: number, to: number, text: string): Candidate {
  const last = toks[to].lower;
  if (PERSON_HEADS.has(last)) return { span: span(text, toks[from - 1].start, toks[to].end), kind: 'nominal', head: last };
  return { span: span(text, toks[from].start, toks[to].end), kind: 'name' };
}

/** The name after a lowercase role starting at token `i` (`co-founder Jane Roe`, `board member Jane Roe`). */
function nameAfterRole(toks: Tok[], i: number, text: string): Candidate | null {
  for (let r = i; r < toks.length && r - i < 3 && /^\p{Ll}/u.test(toks[r].text) && !FUNCTION_WORD.test(toks[r].lower); r++) {
    if (!isRoleNoun(toks[r].lower)) continue;
    if (r + 1 >= toks.length || !isCap(toks[r + 1]) || STOP_CAPS.has(toks[r + 1].text)) return null;
    let m = r + 1;
    while (m + 1 < toks.length && isCap(toks[m + 1])) m++;
    return { span: span(text, toks[r + 1].start, toks[m].end), kind: 'name' };
  }
  return null;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  name: string;
  id: string | null;
  gender?: 'male' | 'female';
}

/** compromise's people (gender, last word) and organizations of one paragraph, offsets relative to it. */
interface ParagraphNames {
  /** `sure`: the gender comes from an honorific or the first name of a name of two words or more, not from one word alone. */
  people: ReadonlyArray<{ readonly start: number; readonly length: number; readonly g?: 'male' | 'female'; readonly sure: boolean; readonly last: string }>;
  /** Used only for documents without entity mentions. */
  organizations: ReadonlyArray<{ readonly start: number; readonly length: number }>;
}

const namesCache = textCache<ParagraphNames>(PARAGRAPH_CACHE_SIZE);

function namesOf(text: string): ParagraphNames {
  const parsed = parsedParagraph(text);
  const people = parsed.people.map((m) => {
    // An honorific decides (`Mr. Christie`: the surname is also a woman's first name), else the first
    // first name (`Chris Christie`), not a later word that could be one.
    let honorific: 'male' | 'female' | undefined;
    let first: 'male' | 'female' | undefined;
    let words = 0;
    for (const t of m.terms) {
      if (/^(?:Mrs|Ms|Miss)\.?$/.test(t.text)) honorific ??= 'female';
      else if (/^Mr\.?$/.test(t.text)) honorific ??= 'male';
      else if (!t.tags.has('Honorific') && words++ === 0) first = t.tags.has('FemaleName') ? 'female' : t.tags.has('MaleName') ? 'male' : undefined;
    }
    const g = honorific ?? first;
    const last = m.terms[m.terms.length - 1].text.replace(/['’]s?$/, '').replace(/[.,]$/, '');
    return Object.freeze({ start: m.start, length: m.end - m.start, g, sure: honorific !== undefined || words > 1, last });
  });
  return Object.freeze({
    people: Object.freeze(people),
    organizations: Object.freeze(parsed.organizations.map((m) => Object.freeze({ start: m.start, length: m.end - m.start }))),
  });
}

/** Entity mentions to resolve against: the given ones, else compromise people/organizations. */
function mentionsOf(article: Article, entities: EntityMention[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    if (e.type === 'person' || e.type === 'organization') out.push({ start: e.start, end: e.end, text: e.text, type: e.type, name: e.name, id: e.id });
  }
  const fallback = out.length === 0;
  // Gender from compromise tags and honorifics, and fallback mentions when no entities are given.
  const genders = new Map<string, 'male' | 'female'>();
  const sureGender = new Set<string>();
  for (const p of article.paragraphs) {
    const np = memo(namesCache, p.text, namesOf);
    for (const m of np.people) {
      // A sure gender is not overridden by one word read as a first name (`Christie said`).
      if (m.g && m.last && (m.sure || !sureGender.has(m.last))) {
        genders.set(m.last, m.g);
        if (m.sure) sureGender.add(m.last);
      }
      if (fallback) {
        const [s, e] = trimSpan(article.text, p.start + m.start, p.start + m.start + m.length);
        if (e > s) out.push({ start: s, end: e, text: article.text.slice(s, e), type: 'person', name: article.text.slice(s, e), id: null });
      }
    }
    if (fallback) {
      for (const m of np.organizations) {
        const [s, e] = trimSpan(article.text, p.start + m.start, p.start + m.start + m.length);
        if (e > s) out.push({ start: s, end: e, text: article.text.slice(s, e), type: 'organization', name: article.text.slice(s, e), id: null });
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of out) {
    if (m.type !== 'person') continue;
    const words = m.name.split(/\s+/);
    const last = words[words.length - 1].replace(/['’]s?$/, '');
    m.gender = genders.get(last);
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s'"“”‘’()[\]\-–—]/.test(text[start])) start++;
  let s = text.slice(start, end).replace(/['’]s$/, '');
  s = s.replace(/[\s.,;:!?'"“”‘’()[\]\-–—]+$/, '');
  return [start, start + s.length];
}

interface Resolved {
  speaker: string;
  speakerId: string | null;
  speakerSpan: Span;
  via: string;
}

/** A definite plural opening a sentence: `The protesters`, `The Georgetown scholars` (group 2: the head). */
const PLURAL_SUBJECT = /^["“]?((?:The|These|Those)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+[^s\W]s))\b(?![’'])/u;

class Resolver {
  private readonly mentions: Mention[];
  private starts: number[] | null = null;
  private blockStarts: number[] | null = null;
  constructor(
    private readonly article: Article,
    entities: EntityMention[],
    private readonly quotes: Quote[],
  ) {
    this.mentions = mentionsOf(article, entities);
  }

  /** Sentence starts over the article's lines (document offsets, sorted); boundaries inside quotations don't count. */
  private sentenceStarts(): number[] {
    if (this.starts) return this.starts;
    const out: number[] = [];
    const blocks = lines(this.article);
    this.blockStarts = blocks.map((b) => b.start);
    const re = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
    for (const b of blocks) {
      out.push(b.start);
      re.lastIndex = 0;
      for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
        const at = b.start + m.index + m[0].length;
        if (this.insideQuote(at - 1)) continue;
        if (b.text[m.index] === '.' && periodOfAbbreviation(b.text, m.index)) continue;
        out.push(at);
      }
    }
    this.starts = out;
    return out;
  }

  /**
   * The antecedent of a personal pronoun at `pos`: the first fitting person of its own sentence (before it), else of
   * each earlier sentence in turn (the subject is mentioned first), over at most three sentences and two lines back.
   * A person whose gender is known to agree beats one whose gender is unknown in the same sentence.
   */
  private antecedent(pos: number, g: 'male' | 'female' | null, depth = 0): Mention | undefined {
    const starts = this.sentenceStarts();
    const blocks = this.blockStarts!;
    let si = -1;
    for (let i = 0; i < starts.length && starts[i] <= pos; i++) si = i;
    let bi = -1;
    for (let i = 0; i < blocks.length && blocks[i] <= pos; i++) bi = i;
    const floor = blocks[Math.max(0, bi - 2)] ?? 0;
    for (let back = 0; back <= 3 && si - back >= 0; back++) {
      const s = starts[si - back];
      if (s < floor) break;
      const e = back === 0 ? pos : starts[si - back + 1];
      // An earlier sentence whose subject is the same pronoun (`She says …. She tweeted: “…”`) speaks of
      // the same person, whoever else it names.
      if (g && back > 0 && depth < 3 && !this.insideQuote(s) && SUBJECT_PRONOUN[g].test(this.article.text.slice(s, s + 5)))
        return this.antecedent(s, g, depth + 1);
      let unknown: Mention | undefined;
      const ms = this.mentions;
      for (let i = lowerBound(ms, s, (m) => m.start); i < ms.length; i++) {
        const m = ms[i];
        if (m.end > e) break;
        if (m.type !== 'person' || this.insideQuote(m.start) || this.attributive(m)) continue;
        if (m.gender === g || g === null) return m;
        if (m.gender === undefined) unknown = unknown ?? m;
      }
      if (unknown) return unknown;
    }
    return undefined;
  }

  /** A name used as a modifier after an article (`the Roe campaign message`): it names no one a pronoun can stand for. */
  private attributive(m: Mention): boolean {
    const text = this.article.text;
    return /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
  }

  /**
   * The organization `It` at `pos` stands for: the first one named before it in its sentence, else the
   * first one named in each of the two sentences before (the subject comes first, as for people).
   * A sentence opening with a person's organization (`Jane Roe’s campaign is …`) speaks for that person.
   */
  orgAntecedent(pos: number): Mention | undefined {
    const text = this.article.text;
    const ms = this.mentions;
    for (const [s, e] of this.recentSentences(pos)) {
      for (let i = lowerBound(ms, s, (m) => m.start); i < ms.length && ms[i].end <= e; i++) {
        const m = ms[i];
        if (this.insideQuote(m.start)) continue;
        if (m.type === 'organization') return m;
        if (m.type === 'person' && m.start - s < 40) {
          const owned = text.slice(m.end, m.end + 40).match(/^['’]s?\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})/u);
          if (owned?.[1].split(/\s+/).some((w) => ORG_HEADS.has(w))) return m;
        }
      }
    }
    return undefined;
  }

  /** A plural description opening the sentence of `pos` or one of the two before (`The Georgetown scholars pointed …`). */
  private pluralSubject(pos: number): Resolved | null {
    for (const [s, e] of this.recentSentences(pos)) {
      if (this.insideQuote(s)) continue;
      const group = PLURAL_SUBJECT.exec(this.article.text.slice(s, Math.min(s + 80, e)));
      if (group && isHead(group[2].slice(0, -1))) {
        const end = s + group[0].length;
        return { speaker: group[1], speakerId: null, speakerSpan: { start: end - group[1].length, end }, via: 'pronoun' };
      }
    }
    return null;
  }

  /** The sentence of `pos` up to it, then the two sentences before, nearest first: [start, end) each. */
  private recentSentences(pos: number): Array<[number, number]> {
    const starts = this.sentenceStarts();
    const si = lowerBound(starts, pos + 1, (x) => x) - 1;
    const out: Array<[number, number]> = [];
    for (let back = 0; back <= 2 && si - back >= 0; back++) out.push([starts[si - back], back === 0 ? pos : starts[si - back + 1]]);
    return out;
  }

  private insideQuote(pos: number): boolean {
    return this.quotes.some((q) => q.kind === 'statement' && q.start <= pos && pos < q.end);
  }

  /** The fullest name of the entity a mention belongs to ("Donald Trump" for "Trump"). */
  private fullName(m: Mention): string {
    if (m.type !== 'person') return stripPossessive(m.name);
    const key = `${m.id === null ? 0 : 1}${m.name}`;
    let v = this.fullNames.get(key);
    if (v === undefined) this.fullNames.set(key, (v = this.computeFullName(m)));
    return v;
  }

  /** Memo of computeFullName per (name, has an id): mentions do not change after construction. */
  private readonly fullNames = new Map<string, string>();

  /**
   * The people mentioned outside quotation marks, read once (computeFullName compares every pair): each name's words, and
   * whether it can stand as a full name (every word capitalized, no title first).
   */
  private personNames?: Array<{ name: string; words: string[]; hasId: boolean; full: boolean }>;

  private computeFullName(m: Mention): string {
    let best = stripPossessive(m.name);
    const key = best.split(/\s+/).pop() ?? best;
    if (m.type !== 'person') return best;
    // A name inside quotation marks is the speaker's wording, a nickname or a jibe (`working Crooked
    // Jane Roe`), not the full name the writer gives.
    const quoted = (o: Mention) => this.quotes.some((q) => q.start <= o.start && o.start < q.end);
    this.personNames ??= this.mentions
      .filter((o) => o.type === 'person' && !quoted(o))
      .map((o) => {
        const name = stripPossessive(o.name);
        const words = name.split(/\s+/);
        return { name, words, hasId: o.id !== null, full: words.every((w) => /^[\p{Lu}]/u.test(w)) && !TITLES.test(words[0]) };
      });
    const own = best.split(/\s+/);
    let bestWords = own.length;
    for (const o of this.personNames) {
      if (!o.hasId && m.id !== null) continue;
      const words = o.words;
      // `Seth Roe` is not `Tim C. Roe`: a name with a given name takes only a fuller form of itself.
      if (own.length > 1 && !own.every((w) => words.includes(w))) continue;
      if (o.full && words.length > bestWords && words[words.length - 1] === key) {
        best = o.name;
        bestWords = words.length;
      }
    }
    return best;
  }

  /**
   * The mention a candidate names: the person it holds, else its first mention. "said Human Rights
   * Campaign President Chad Griffin" names Chad Griffin; his employer and title are not the speaker.
   */
  private mentionAt(s: Span): Mention | undefined {
    let first: Mention | undefined;
    let person: Mention | undefined;
    for (let i = lowerBound(this.mentions, s.start - 200, (m) => m.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= s.end) break;
      if (!(m.start < s.end && s.start < m.end)) continue;
      first ??= m;
      if (m.type === 'person') person = m;
    }
    return person ?? first;
  }

  /** The last person named between `start` and `end`. */
  personWithin(start: number, end: number): Mention | undefined {
    let found: Mention | undefined;
    for (let i = lowerBound(this.mentions, start, (m) => m.start); i < this.mentions.length && this.mentions[i].end <= end; i++)
      if (this.mentions[i].type === 'person') found = this.mentions[i];
    return found;
  }

  /** Whether entity `id` is a person. */
  personId(id: string): boolean {
    return this.mentions.some((m) => m.id === id && m.type === 'person');
  }

  /** A verb of saying among the two words after `pos`: "Politico reported", "Administration officials said". */
  private speaksNext(pos: number): boolean {
    const next = this.article.text.slice(pos, pos + 40).match(/^\s+([\p{L}]+)(?:\s+([\p{L}]+))?/u);
    return !!next && (CUE.has(next[1]) || (next[2] !== undefined && CUE.has(next[2])));
  }

  /**
   * A capitalized common word that opens a description (`Administration officials cited …`, `Senior
   * party officials said`): the description up to its head noun, else no speaker.
   */
  private describedBy(c: TextSpan): Resolved | null {
    const text = this.article.text;
    if (calendarWord(c.text.toLowerCase())) return null;
    const WORD = /\s+([\p{Ll}]+)/uy;
    WORD.lastIndex = c.end;
    let end = -1;
    for (let n = 0; n < 3; n++) {
      const m = WORD.exec(text);
      if (!m) break;
      const singular = m[1].replace(/(?<=[^s])s$/, '');
      if (PERSON_HEADS.has(singular) || ORG_HEADS.has(singular) || /^(?:source|official|aide)$/.test(singular)) end = WORD.lastIndex;
      else if (end >= 0 || DETERMINERS.has(m[1]) || FUNCTION_WORD.test(m[1])) break;
    }
    if (end < 0) return null;
    // `Trade publication Variety writes …`: the name the description stands before.
    const named = /^\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}/u.exec(text.slice(end, end + 60));
    const m = named ? this.mentionAt({ start: end, end: end + named[0].length }) : undefined;
    if (m && (m.type === 'person' || m.type === 'organization')) return this.resolveMention(m, 'nominal');
    return { speaker: text.slice(c.start, end), speakerId: null, speakerSpan: { start: c.start, end }, via: 'nominal' };
  }

  /** The candidate is tagged as a person. */
  isPerson(c: TextSpan): boolean {
    return this.mentionAt(c)?.type === 'person';
  }

  /** A named candidate: its entity, else the surface text with a title trimmed. */
  resolveName(c: TextSpan, via: string): Resolved {
    const m = this.mentionAt(c);
    if (m) return { speaker: this.fullName(m), speakerId: m.id, speakerSpan: { start: m.start, end: m.end }, via };
    let name = stripPossessive(c.text);
    // A bare surname: look for a fuller person name ending with it.
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    for (const o of this.mentions) {
      if (o.type !== 'person') continue;
      const ow = stripPossessive(o.name).split(/\s+/);
      if (ow.length > words.length && ow[ow.length - 1] === last && !TITLES.test(ow[0])) name = stripPossessive(o.name);
    }
    return { speaker: name, speakerId: null, speakerSpan: { start: c.start, end: c.end }, via };
  }

  /**
   * The person someone asked, questioned or interviewed in the stretch before `pos` (`asked Sen.
   * Jane Roe whether …`), of the gender given when it is known: the one who answers.
   */
  asked(pos: number, g: 'male' | 'female' | null): Mention | undefined {
    const text = this.article.text;
    let best: Mention | undefined;
    for (let i = lowerBound(this.mentions, pos - 400, (m) => m.start); i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.end > pos) break;
      if (m.type !== 'person' || (g && m.gender && m.gender !== g)) continue;
      if (ASKED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) best = m;
    }
    return best;
  }

  /** The person each transcript label (lower case) names, once per label: a transcript repeats a few. */
  private readonly labels = new Map<string, Mention | undefined>();

  /**
   * The speaker a transcript label names (`"PENCE: `): the person mentioned whose surname it is, in
   * any case, else the label itself. One letter (`Q:`, `A:`) names no one.
   */
  labelled(from: number, to: number): Resolved | null {
    const lead = this.article.text.slice(from, to);
    const at = lead.search(/\p{Lu}/u);
    const label = lead.slice(at, lead.lastIndexOf(':')).trim();
    if (at < 0 || label.replace(/[^\p{L}]/gu, '').length < 2) return null;
    const key = label.toLowerCase();
    if (!this.labels.has(key))
      this.labels.set(
        key,
        this.mentions.find((o) => o.type === 'person' && stripPossessive(o.name).split(/\s+/).pop()!.toLowerCase() === key),
      );
    const m = this.labels.get(key);
    if (m) return this.resolveMention(m, 'colon');
    return { speaker: label, speakerId: null, speakerSpan: { start: from + at, end: from + at + label.length }, via: 'colon' };
  }

  resolveMention(m: Mention, via: string): Resolved {
    return { speaker: this.fullName(m), speakerId: m.id, speakerSpan: { start: m.start, end: m.end }, via };
  }

  /** Nearest mention before `pos` that fits. */
  nearest(pos: number, fits: (m: Mention) => boolean): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) {
      if (m.end > pos) break;
      if (this.insideQuote(m.start)) continue;
      if (fits(m)) best = m;
    }
    return best;
  }

  resolve(c: Candidate, via: string, lastSpeaker: Resolved | null): Resolved | null {
    if (c.kind === 'name') {
      // One word the entity finder did not take for a name is a common word, not a speaker.
      if (
        !/\s/.test(c.span.text) &&
        !this.mentionAt(c.span) &&
        notAName(c.span.text, this.article.text.slice(c.span.end, c.span.end + 2)) &&
        !this.speaksNext(c.span.end)
      )
        return this.describedBy(c.span);
      return this.resolveName(c.span, via);
    }
    if (c.kind === 'pronoun') {
      const g = PRONOUNS[c.head!];
      if (g === 'self') return null;
      let m: Mention | undefined;
      if (g === 'male' || g === 'female') {
        m = this.antecedent(c.span.start, g);
        // Nobody fitting within three sentences: the one quoted just before (`…,” said Terry Roe. She
        // continued, “…”`) rather than a person named further back.
        if (!m && lastSpeaker?.speakerId && this.personId(lastSpeaker.speakerId)) return { ...lastSpeaker, via: 'pronoun' };
        m ??= this.nearest(c.span.start, (x) => x.type === 'person' && (x.gender === undefined || x.gender === g));
      } else if (g === 'org') {
        m = this.orgAntecedent(c.span.start) ?? this.nearest(c.span.start, (x) => x.type === 'organization');
      } else {
        // `The protesters … “…,” they chanted`: the plural a recent sentence opens with, else an
        // organization named close by (not the last one named anywhere before).
        const group = this.pluralSubject(c.span.start);
        if (group) return group;
        m = this.orgAntecedent(c.span.start);
      }
      if (!m) {
        if (lastSpeaker) return { ...lastSpeaker, via: 'pronoun' };
        return { speaker: c.span.text, speakerId: null, speakerSpan: { start: c.span.start, end: c.span.end }, via: 'pronoun' };
      }
      return { speaker: this.fullName(m), speakerId: m.id, speakerSpan: { start: m.start, end: m.end }, via: 'pronoun' };
    }
    // Nominal. A spokesman for X / X's strategist is not X: keep the description.
    if (c.inner && (PERSON_HEADS.has(c.head!) || PERSON_HEADS.has(singularOf(c.head!)) || unnamedSpeaker(c.head!))) {
      return { speaker: c.span.text, speakerId: null, speakerSpan: { start: c.span.start, end: c.span.end }, via: 'nominal' };
    }
    if (c.inner) {
      const r = this.resolveName(c.inner, 'nominal');
      return { ...r, via: via === 'cue' ? 'nominal' : via };
    }
    const definite = /^(?:the|this|that|its|their|his|her)\b/i.test(c.span.text) || /^(?:statement|release|report|memo|letter)$/.test(c.head!);
    if (definite && ORG_HEADS.has(c.head!)) {
      const head = c.head!;
      const m =
        this.nearest(c.span.start, (x) => x.type === 'organization' && new RegExp(`\\b${head}\\b`, 'i').test(x.name)) ??
        (/^(?:statement|release|report|memo|letter)$/.test(head) ? this.nearest(c.span.start, (x) => x.start >= c.span.start - 200) : undefined) ??
        this.nearest(c.span.start, (x) => x.type === 'organization');
      if (m) return { speaker: this.fullName(m), speakerId: m.id, speakerSpan: { start: m.start, end: m.end }, via: 'nominal' };
    }
    if (definite && PERSON_HEADS.has(c.head!) && !/^(?:spokes|official|aide|adviser|advisor|analyst)/.test(c.head!)) {
      // The person a recent sentence opens with (`Roe met Bell. “…,” the senator said.` is Roe), else the nearest.
      const m = this.antecedent(c.span.start, null) ?? this.nearest(c.span.start, (x) => x.type === 'person');
      if (m) return { speaker: this.fullName(m), speakerId: m.id, speakerSpan: { start: m.start, end: m.end }, via: 'nominal' };
    }
    return { speaker: c.span.text, speakerId: null, speakerSpan: { start: c.span.start, end: c.span.end }, via: 'nominal' };
  }
}

/** Start of the sentence holding `pos` within paragraph `p` (document offset). */
function sentenceStart(text: string, p: TextSpan, pos: number, quotes: SpanIndex<Quote>): number {
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = p.start;
  const local = text.slice(p.start, Math.min(p.end, pos + 2));
  // Only the quotations around this stretch: an article may hold thousands.
  const near = quotes.overlapping(p.start, p.start + local.length);
  for (let m = re.exec(local); m; m = re.exec(local)) {
    const at = p.start + m.index + m[0].length;
    if (at > pos) break;
    if (near.some((q) => q.start < at && at < q.end)) continue;
    if (local[m.index] === '.' && periodOfAbbreviation(local, m.index)) continue;
    start = at;
  }
  return start;
}

function sentenceEndAfter(text: string, p: TextSpan, pos: number): number {
  const re = /[.!?](?=["”’)]*(?:\s|$))/gu;
  const within = text.slice(0, p.end);
  re.lastIndex = pos;
  for (let m = re.exec(within); m; m = re.exec(within)) {
    if (m[0] === '.' && periodOfAbbreviation(within, m.index)) continue;
    return m.index + 1;
  }
  return p.end;
}

function sentenceBreaks(gap: string): number {
  let n = 0;
  const re = /[.!?]["”’]?\s+(?=["“‘]?[\p{Lu}])/gu;
  for (let m = re.exec(gap); m; m = re.exec(gap)) {
    if (gap[m.index] === '.' && periodOfAbbreviation(gap, m.index)) continue;
    n++;
  }
  return n;
}

/** Lines of the article's paragraphs: scraped articles often put one paragraph per line. */
export function lines(article: Article): TextSpan[] {
  const out: TextSpan[] = [];
  for (const p of article.paragraphs) {
    const re = /[^\r\n]+/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ start: p.start + m.index + lead, end: p.start + m.index + lead + body.length, text: body });
    }
  }
  return out;
}

/** Sets speaker, speakerId, speakerSpan and speakerVia on each statement in `quotes` (in place). */
export function attributeSpeakers(article: Article, quotes: Quote[], entities: EntityMention[]): void {
  const text = article.text;
  const resolver = new Resolver(article, entities, quotes);
  const blocks = lines(article);
  const blockIndex = (pos: number) => blocks.findIndex((p) => p.start <= pos && pos <= p.end);
  let prev = null as { quote: Quote; para: number; res: Resolved } | null;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const statements = sorted.filter((q) => q.kind === 'statement');
  const quoteIndex = new SpanIndex(quotes);
  const head = headlineOf(article);
  for (const q of statements) {
    const pi = blockIndex(q.start);
    const lastPi = blockIndex(q.end);
    if (pi < 0) continue;
    const p = blocks[pi];
    const pEnd = blocks[lastPi >= 0 ? lastPi : pi];
    const lastSpeaker = prev && prev.para >= pi - 2 ? prev.res : null;
    let res: Resolved | null = null;
    const sameLine: Resolved | null = prev && prev.para === pi ? prev.res : null;

    // 0. A transcript turn `"PENCE: …`: the label names the speaker.
    if (turnStart(p.text) === q.start - p.start) res = resolver.labelled(p.start, q.start);
    // 0b. A headline's source before its colon (`Roe: …`).
    const inHead = !!head && q.start >= head.start && q.end <= head.end;
    if (!res && inHead) res = headlineSource(head!, q, text, resolver);
    // In title case every word is a capital (`Clinton Is ‘Sane,’ Bloomberg Tells …`): sentence rules would read names everywhere.
    if (!res && inHead && titleCase(head!.text)) res = headlineCueSpeaker(head!, q, text, resolver);
    // 1. After the closing mark: `,” X said` / `,” said X` / `” X, title of Y, said.`
    const closeAt = q.closed ? q.end + 1 : q.end;
    const sentEnd = sentenceEndAfter(text, pEnd, closeAt);
    const afterEnd = Math.min(sentEnd, nextQuoteStart(statements, q, pEnd.end));
    const after = tokens(text, closeAt, afterEnd);
    const endsOpen = /[,?!—–-]\s*$/.test(q.text) || /^\s*[,—–]/.test(text.slice(closeAt, closeAt + 3));
    const endsSentence = /[.…]\s*$/.test(q.text);
    if (!res)
      res =
        endsSentence && !/^\s*[—–―-]\s*[\p{Lu}]/u.test(text.slice(closeAt, closeAt + 4)) && !bareAttribution(after)
          ? null
          : fromAfter(after, text, resolver, lastSpeaker, endsOpen);

    // 2. Before the opening mark, in its sentence: `X said: “`, `X says Trump “…”`, `according to X, “`.
    const sStart = sentenceStart(text, p, q.start, quoteIndex);
    const before = tokens(text, Math.max(sStart, prevQuoteEnd(statements, q, sStart)), Math.max(q.start - 1, sStart));
    if (!res) res = fromBefore(before, text, resolver, lastSpeaker, sameLine);
    // 2b. `His response: “Well, …”`, `Jane Roe's answer: “…”`: whoever the response is of.
    if (!res) res = responseOf(before, text, resolver, lastSpeaker);
    // 3. Anywhere later in the sentence: `“…” and more, X said.`
    if (!res) res = fromAnywhere(tokens(text, closeAt, sentEnd), text, resolver, lastSpeaker);
    // 3b. A quote opening its sentence right after `…, Schiff said.`
    if (!res && before.length === 0 && sStart > p.start) res = fromSentenceEndingInCue(text, p, sStart, quoteIndex, resolver, lastSpeaker);
    // 3c. A quotation that is its own sentence after a narrated sentence with a cue and a named subject:
    // `His partner, Lawrence Cummings, called him a master at deals. "He showed again and again …"`.
    if (!res && before.length === 0 && sStart > p.start && /^[\s"“”'’]*$/.test(text.slice(closeAt, sentEnd).replace(/[.!?]/g, ''))) {
      const prevStart = sentenceStart(text, p, sStart - 2, quoteIndex);
      const narrated = text.slice(prevStart, sStart);
      if (!/["“”]/.test(narrated)) {
        const pt = tokens(text, prevStart, sStart);
        const j = pt.findIndex((t) => CUE.has(t.text));
        if (j > 0) {
          // `X said`, `His partner, Lawrence Cummings, called`, else the sentence subject.
          let c = phraseBefore(pt, j, text);
          if (!c && pt[j - 1].text === ',') c = phraseBefore(pt, j - 1, text);
          if (!c) c = subjectOf(pt.slice(0, j), text);
          if (c && c.kind === 'name') res = resolver.resolve(c, 'cue', lastSpeaker);
        }
      }
    }
    // 3d. A quotation opening a line after a line ending in a colon: `Caddell continued:` / `The Times reports:`.
    if (!res && q.start <= p.start + 1 && pi > 0) {
      const intro = blocks[pi - 1];
      if (/:\s*$/.test(intro.text) && !/["“”]/.test(intro.text)) {
        const iStart = sentenceStart(text, intro, intro.end - 1, quoteIndex);
        const it = tokens(text, iStart, intro.end);
        const r = fromBefore(it, text, resolver, lastSpeaker, null) ?? introducedBy(it, text, resolver);
        if (r) res = { ...r, via: 'colon' };
        else {
          const subj = subjectOf(it, text);
          if (subj && subj.kind !== 'nominal') res = resolver.resolve(subj, 'colon', lastSpeaker);
        }
      }
    }
    // 3e. A quotation that is its whole line, after a line of narration about a person: `Roe was blunt.` / `“…”`.
    if (!res && q.start <= p.start + 1 && pi > 0 && /^[\s"“”'’]*$/.test(text.slice(closeAt, pEnd.end))) {
      const intro = blocks[pi - 1];
      if (!/["“”]/.test(intro.text)) {
        const subj = subjectOf(tokens(text, sentenceStart(text, intro, intro.end - 1, quoteIndex), intro.end), text);
        if (subj?.kind === 'name' && resolver.isPerson(subj.span)) res = resolver.resolve(subj, 'subject', lastSpeaker);
      }
    }
    // 4. The subject of the sentence for a partial quotation: `Trump attacked “radical Islam”`.
    if (!res && before.length > 0) {
      const sentence = tokens(text, sStart, Math.max(q.start - 1, sStart));
      const subj = subjectOf(sentence, text);
      // `The Republican nominee also vowed to punish “…”`: a definite role is read as the person it refers to.
      const role = subj?.kind === 'nominal' && /^the\s/i.test(subj.span.text) && PERSON_HEADS.has(subj.head!);
      // `A Times article hailed Roe as “…”`: a writing says what it quotes.
      const writing = subj?.kind === 'nominal' && DOCUMENT_HEADS.has(subj.head!);
      if (subj && (subj.kind !== 'nominal' || role || writing)) res = resolver.resolve(subj, 'subject', lastSpeaker);
    }
    // 4b. In the headline, the name before its verb of saying (`…, Roe Says`, `Roe Accuses …`).
    if (!res && inHead) res = headlineCueSpeaker(head!, q, text, resolver);
    // 5. Carried over from the previous attributed quote in this or the previous paragraph.
    // Within a line only across at most one sentence of narration ("“…,” he said. “…”").
    const gap = prev ? text.slice(prev.quote.end, q.start) : '';
    const near = gap.length < 300 && sentenceBreaks(gap) <= 1;
    const carried: Resolved | null = prev && ((prev.para === pi && near) || (prev.para === pi - 1 && q.start <= p.start + 1)) ? prev.res : null;
    if (!res && carried) res = { speaker: carried.speaker, speakerId: carried.speakerId, speakerSpan: carried.speakerSpan, via: 'carried-over' };
    if (res) {
      q.speaker = res.speaker;
      q.speakerId = res.speakerId;
      q.speakerSpan = res.speakerSpan;
      q.speakerVia = res.via;
      prev = { quote: q, para: lastPi >= 0 ? lastPi : pi, res };
    } else {
      prev = null;
    }
  }
  shareTrailingCue(statements, text);
}

/** A quotation opening its sentence right after a sentence that ends in its cue (`…, Schiff said. “…”`): that cue's named subject. */
function fromSentenceEndingInCue(text: string, p: TextSpan, sStart: number, quoteIndex: SpanIndex<Quote>, r: Resolver, last: Resolved | null): Resolved | null {
  const prevStart = sentenceStart(text, p, sStart - 2, quoteIndex);
  const pt = tokens(text, prevStart, sStart).filter((t) => t.text !== '.');
  const lastTok = pt[pt.length - 1];
  if (!lastTok || !CUE.has(lastTok.text) || text.slice(prevStart, sStart).includes('“') || text.slice(prevStart, sStart).includes('"')) return null;
  const c = phraseBefore(pt, pt.length - 1, text);
  return c && c.kind !== 'nominal' ? r.resolve(c, 'cue', last) : null;
}

/** Most words of four letters or more capitalized: a headline in title case. */
function titleCase(line: string): boolean {
  const long = line.match(/[\p{L}]{4,}/gu) ?? [];
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
}

/** The source a headline names before its colon for a quotation after it: the person named there, else the name it opens with (`Jane Roe on Taxes: …`). */
function headlineSource(head: TextSpan, q: Quote, text: string, r: Resolver): Resolved | null {
  const colon = headlineColon(head);
  if (colon < 0 || q.start <= colon) return null;
  const person = r.personWithin(head.start, colon);
  if (person) return r.resolveMention(person, 'colon');
  const subj = subjectOf(tokens(text, head.start, colon), text);
  return subj?.kind === 'name' ? r.resolve(subj, 'colon', null) : null;
}

/** The name right before the headline's verb of saying (`…, Jane Roe Says`), a role kept as written (`Acme Aide Calls …` is the aide, not Acme). */
function headlineCueSpeaker(head: TextSpan, q: Quote, text: string, r: Resolver): Resolved | null {
  const cue = headlineCue(head, q.start, q.end);
  if (cue < 0) return null;
  const toks = tokens(text, head.start, head.end);
  const c = phraseBefore(
    toks,
    toks.findIndex((t) => t.start === cue),
    text,
  );
  if (c?.kind !== 'name') return null;
  const last = c.span.text.split(/\s+/).pop()!.toLowerCase();
  // A name the tagger ran on into the headline's next words (`Roe Tells U.S.`) is no speaker's name.
  const inside = r.personWithin(c.span.start, c.span.end);
  if (inside && !isRoleNoun(last)) return r.resolveMention(inside, 'cue');
  return { speaker: c.span.text, speakerId: null, speakerSpan: { start: c.span.start, end: c.span.end }, via: 'cue' };
}

/**
 * `The four “loopholes” he cited are “…,” The Hill reported.`: a cue after the sentence's last
 * quotation reports every quotation of that sentence, so those before it that found no speaker
 * take the same one.
 */
function shareTrailingCue(statements: Quote[], text: string): void {
  for (let i = statements.length - 2; i >= 0; i--) {
    const q = statements[i];
    const next = statements[i + 1];
    if (q.speaker || !next.speaker || next.speakerVia !== 'cue' || !next.speakerSpan || next.speakerSpan.start < next.end) continue;
    const gap = text.slice(q.end, next.start);
    if (gap.length > 200 || /[\r\n]/.test(gap) || sentenceBreaks(gap) > 0 || /[.!?]\s*$/.test(q.text)) continue;
    q.speaker = next.speaker;
    q.speakerId = next.speakerId;
    q.speakerSpan = next.speakerSpan;
    q.speakerVia = 'cue';
  }
}

/** Words that may follow the cue of a bare attribution: a time, a place or an audience (`said Tuesday`, `told reporters`). */
const AFTER_BARE_CUE = /^(?:today|yesterday|tonight|later|earlier|then|again|on|in|at|during|to|reporters|a|an|the)$/;

/**
 * A sentence that is only a speaker and a verb of saying (`… Boehner." Durbin said. "His …`): the
 * attribution of the quotation before it, whose closing period should have been a comma. A verb of
 * saying takes an object, so `Durbin said.` cannot stand alone; `Roe said he would veto it.` can.
 */
function bareAttribution(toks: Tok[]): boolean {
  if (toks.length < 3 || toks.length > 10 || toks[toks.length - 1].text !== '.') return false;
  const cue = toks.findIndex((t) => CUE.has(t.text));
  // `… over.” said the chief.`: no sentence opens with a lower-case verb of saying.
  if (cue === 0 && /^\p{Ll}/u.test(toks[0].text) && !/ing$/.test(toks[0].lower)) return toks.length <= 8 && toks.slice(1, -1).every(isWord);
  if (cue < 1 || /ing$/.test(toks[cue].lower) || toks.slice(0, cue).some((t) => !isWord(t))) return false;
  const rest = toks.slice(cue + 1, -1);
  return rest.length === 0 || (rest.length <= 5 && rest.every(isWord) && (isCap(rest[0]) || AFTER_BARE_CUE.test(rest[0].lower)));
}

function nextQuoteStart(sorted: Quote[], q: Quote, limit: number): number {
  for (const o of sorted) if (o.start > q.end + 1) return Math.min(limit, o.start - 1);
  return limit;
}

function prevQuoteEnd(sorted: Quote[], q: Quote, floor: number): number {
  let best = floor;
  for (const o of sorted) if (o.end < q.start - 1) best = Math.max(best, o.end + 1);
  return best;
}

const INTRO =
  /^(?:but|and|so|yet|still|however|meanwhile|also|then|now|later|instead|indeed|in|on|at|during|after|before|since|while|when|as|asked|speaking|earlier|last|this|on|with|without|for|from|under|about|by|to|through|following|despite|although|though|if|because|over|until|addressing|writing|responding|today|yesterday|tonight|amid|among|upon|unlike|like|within|across|around|throughout|beyond|against|hours|days|weeks|months|years|minutes|moments)$/i;

/**
 * The name of two words or more set off by the comma at `comma`, when the token after it is one
 * `closes` accepts (none at all: `endsIt`).
 */
function nameSetOff(toks: Tok[], comma: number, text: string, closes: RegExp, endsIt: boolean): Candidate | null {
  if (toks[comma]?.text !== ',') return null;
  const name = phraseAfter(toks, comma + 1, text);
  if (name?.kind !== 'name' || !/\s/.test(name.span.text)) return null;
  const after = toks.find((t) => t.start >= name.span.end);
  return (after ? closes.test(after.text) : endsIt) ? name : null;
}

/**
 * The name a description opening the sentence is set off before: `Another critic, Jane Roe, likened
 * …` has the subject Jane Roe. The description starts with a determiner and runs at most six words.
 */
function nameAfterDescription(toks: Tok[], i: number, text: string): Candidate | null {
  if (i >= toks.length || !DETERMINERS.has(toks[i].lower)) return null;
  let k = i + 1;
  while (k < toks.length && k - i <= 6 && isWord(toks[k])) k++;
  return k === i + 1 ? null : nameSetOff(toks, k, text, /^,$/, false);
}

/** The subject that opens a sentence, past introductory phrases ("In a statement, Husted said …"). */
function subjectOf(toks: Tok[], text: string): Candidate | null {
  // A conjunction opening the sentence (`But Sen. Jane Roe, R-S.C., called …`) introduces no clause.
  let lead = 0;
  while (lead < toks.length && /^(?:but|and|so|yet)$/i.test(toks[lead].text)) lead++;
  let i = lead;
  // A dateline "FLINT, Mich., Oct. 4 (UPI) —".
  const dash = toks.slice(0, 16).findIndex((t) => t.text === '—' || t.text === '–' || t.text === '―');
  if (dash > 0 && toks.slice(0, dash).every((t) => !isWord(t) || isCap(t) || /^\d/.test(t.text))) i = dash + 1;
  if (i === lead && i < toks.length && !INTRO.test(toks[i].text) && !phraseAfter(toks, i, text)) {
    const comma = toks.slice(0, 16).findIndex((t) => t.text === ',');
    if (comma > 0) i = comma + 1;
  }
  if (i < toks.length && INTRO.test(toks[i].text) && i === lead) {
    // Skip through the first comma: an introductory clause (`When terrorists are revealed as part of …, Obama and Clinton call them “…”`) may run long.
    const comma = toks.slice(0, 31).findIndex((t) => t.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  while (i < toks.length && /^(?:but|and|so)$/i.test(toks[i].text)) i++;
  const c = phraseAfter(toks, i, text);
  if (c?.kind !== 'name') {
    const named = nameAfterDescription(toks, i, text);
    if (named) return named;
  }
  if (!c) return null;
  // The subject must be followed by a verb-ish token or an appositive, not be the object of something.
  return c;
}

/**
 * A line introducing a quotation by ending in its speaker, without a verb of saying: `…experts, such
 * as the prophetic Dr Jane Roe:`, `a statement by Jane Roe, director of the Acme Institute:`. The
 * person named right before the colon, else before a trailing appositive; not one spoken to or about
 * (`…to Jane Roe:`, `…with Jane Roe:`).
 */
function introducedBy(toks: Tok[], text: string, r: Resolver): Resolved | null {
  const colon = toks.length - 1;
  if (colon < 1 || toks[colon].text !== ':') return null;
  const person = (end: number): Resolved | null => {
    const c = phraseBefore(toks, end, text);
    if (c?.kind !== 'name' || !r.isPerson(c.span)) return null;
    const k = toks.findIndex((t) => t.start === c.span.start);
    if (k > 0 && /^(?:to|with|for|about|against|on|toward|towards)$/i.test(toks[k - 1].text)) return null;
    return r.resolveName(c.span, 'colon');
  };
  const direct = person(colon);
  if (direct) return direct;
  // `Jane Roe, director of …:` — a lower-case role opens the appositive.
  for (let j = colon - 1; j > 0 && colon - j <= 12; j--) {
    if (toks[j].text !== ',') continue;
    return /^[\p{Ll}]/u.test(toks[j + 1]?.text ?? '') ? person(j) : null;
  }
  return null;
}

/** Skips a parenthetical "(D-Mo.)" or a ", R-Ky.," party tag after token k; returns the next index. */
function skipAside(toks: Tok[], k: number): number {
  if (toks[k]?.text === '(') {
    const close = toks.findIndex((t, i) => i > k && t.text === ')');
    if (close > 0 && close - k < 8) return close + 1;
  }
  return k;
}

/** Right before the name of the one asked: "asked", "questioned", "pressed" (with a title). */
const ASKED_BEFORE = /\b(?:asked|questioned|pressed|interviewed|quizzed|challenged)\s+(?:(?:[\p{Lu}][\p{L}]*\.?)\s+)?$/u;
/** Nouns for what someone answers: `His response: “…”`. */
const RESPONSE_NOUNS = /^(?:response|reply|answer|retort|rejoinder|verdict|explanation|comeback)$/i;

/**
 * `His response: “Well, …”`, `Roe's reply was blunt: “…”`: the quotation is the answer of the
 * possessor. A pronoun is first read as the person asked just before (`A reporter asked Jane Roe
 * whether she would run. Her response: …`), not the one who asked.
 */
function responseOf(toks: Tok[], text: string, r: Resolver, last: Resolved | null): Resolved | null {
  const words = toks.filter(isWord);
  const k = words.findIndex((t) => RESPONSE_NOUNS.test(t.text));
  if (k < 1 || words.length - k > 4) return null;
  const owner = words[k - 1];
  const pron = /^(his|her|their)$/i.exec(owner.text);
  if (pron) {
    const g = pron[1].toLowerCase() === 'his' ? 'male' : pron[1].toLowerCase() === 'her' ? 'female' : null;
    const m = r.asked(owner.start, g);
    if (m) return r.resolveMention(m, 'pronoun');
    return r.resolve(
      { span: span(text, owner.start, owner.end), kind: 'pronoun', head: g === 'male' ? 'he' : g === 'female' ? 'she' : 'they' },
      'pronoun',
      last,
    );
  }
  if (/['’]s?$/.test(owner.text) && isCap(owner)) {
    const c = phraseBefore(toks, toks.indexOf(owner) + 1, text);
    if (c && c.kind === 'name')
      return r.resolveName({ ...c.span, end: c.span.start + stripPossessive(c.span.text).length, text: stripPossessive(c.span.text) }, 'cue');
  }
  return null;
}

/** Verbs of answering. */
const REPLY = /^(?:replied|replies|answered|answers|responded|responds|retorted|countered)$/;

/**
 * The speaker a candidate before `cue` names; `He replied` / `she answered` is first read as the
 * one asked just before (`Roe asked Dan Bell whether … . He replied, “…”`), not the one who asked.
 */
function answerer(c: Candidate, cue: Tok, via: string, r: Resolver, last: Resolved | null): Resolved | null {
  if (c.kind === 'pronoun' && REPLY.test(cue.lower) && (c.head === 'he' || c.head === 'she')) {
    const m = r.asked(c.span.start, c.head === 'he' ? 'male' : 'female');
    if (m) return r.resolveMention(m, 'pronoun');
  }
  return r.resolve(c, via, last);
}

/** Words that open an adverbial clause after a quotation. */
const SUBORDINATOR = /^(?:when|whenever|as|after|before|because|while|since|if|unless|until|although|though|whereas)$/;

/**
 * `“…!” Roe’s niece, state Del. Ann Bell (D-Va.), shouted.`: a possessive name and a relation or role,
 * then an appositive that names the speaker before the cue. The person named in the appositive, else
 * the relation itself ("Roe’s niece").
 */
function relativeOf(toks: Tok[], c: Candidate, text: string, r: Resolver): Resolved | null {
  if (c.kind !== 'name' || !/['’]s$/.test(c.span.text)) return null;
  let k = toks.findIndex((t) => t.end === c.span.end) + 1;
  const relStart = k;
  while (k < toks.length && k - relStart < 3 && /^[\p{Ll}]/u.test(toks[k].text) && !CUE.has(toks[k].text)) k++;
  if (k === relStart || toks[k]?.text !== ',') return null;
  const open = k;
  for (let j = open + 1; j < Math.min(toks.length - 1, open + 20); j++) {
    if (toks[j].text !== ',') continue;
    let cue = j + 1;
    while (cue < toks.length && isWord(toks[cue]) && SKIP_ADVERBS.test(toks[cue].text) && !CUE.has(toks[cue].text)) cue++;
    if (!CUE.has(toks[cue]?.text ?? '')) continue;
    const person = r.personWithin(toks[open].end, toks[j].start);
    if (person) return r.resolveMention(person, 'cue');
    return {
      speaker: text.slice(c.span.start, toks[open - 1].end),
      speakerId: null,
      speakerSpan: { start: c.span.start, end: toks[open - 1].end },
      via: 'cue',
    };
  }
  return null;
}

/** A name of two words or more right after `c` and a comma, ending its sentence or clause: an appositive naming `c`. */
function nameAfterComma(toks: Tok[], c: Candidate, text: string): Candidate | null {
  const k = toks.findIndex((t) => t.start >= c.span.end);
  return k < 0 ? null : nameSetOff(toks, k, text, /^[,.;]$/, true);
}

function fromAfter(toks: Tok[], text: string, r: Resolver, last: Resolved | null, endsOpen: boolean): Resolved | null {
  let i = 0;
  // `“…” ― Jane Doe` (a signature line).
  if (toks.length >= 2 && /^[—–―-]$/.test(toks[0].text) && isCap(toks[1])) {
    const c = phraseAfter(toks, 1, text);
    if (c && c.kind === 'name') return r.resolve(c, 'cue', last);
  }
  while (i < toks.length && /^[,—–\-:;]$/.test(toks[i].text)) i++;
  if (i >= toks.length) return null;
  // `“…,” when Clinton blasted him`: a clause of its own, whose subject did not say the quotation.
  if (SUBORDINATOR.test(toks[i].text)) return null;
  // `said X`
  if (CUE.has(toks[i].text) && !/^(?:state|states|read|reads|calls|called)$/.test(toks[i].lower)) {
    let k = i + 1;
    // "said Tuesday", "said in a statement", "told reporters": skip to a name within a few tokens.
    let c = phraseAfter(toks, k, text);
    while (
      !c &&
      k < Math.min(toks.length, i + 4) &&
      (/^(?:today|yesterday|tonight|recently|later|earlier|then|also|once|again|\d+)$/.test(toks[k].lower) || STOP_CAPS.has(toks[k].text))
    )
      c = phraseAfter(toks, ++k, text);
    // `said a spokesman for the firm, Jane Roe.`: the person the description is set off before.
    const named = c?.kind === 'nominal' && isRoleNoun(c.head!) ? nameAfterComma(toks, c, text) : null;
    if (named) return r.resolve(named, 'cue', last);
    if (c && invertedSubject(toks[i], c, text)) return r.resolve(c, 'cue', last);
  }
  // `X said`, `retired general Lloyd Newton said`, `X (D-Mo.) said`, `Mr. Morgan of the Sierra Club said`
  for (let j = i + 1, n = 0; j < toks.length && n < 10; j++, n++) {
    // `“completely blindsided” by the move because Heller had agreed`: the cue of another clause.
    if (SUBORDINATOR.test(toks[j].text)) break;
    if (CUE.has(toks[j].text)) {
      const c = phraseBefore(toks, j, text);
      if (c && c.span.start >= toks[i].start) {
        // `Ann Bell and Dan Ortell said`: both speak.
        const and = toks.findIndex((t, x) => t.end < c.span.start && (toks[x + 1]?.start ?? Number.POSITIVE_INFINITY) >= c.span.start);
        const first = c.kind === 'name' && and > i && toks[and].lower === 'and' ? phraseBefore(toks, and, text) : null;
        if (first?.kind === 'name' && first.span.start >= toks[i].start) return speakingTogether(first, c, r, last);
        return answerer(c, toks[j], 'cue', r, last);
      }
      break;
    }
    if (!isWord(toks[j]) && toks[j].text !== '(' && toks[j].text !== ')' && toks[j].text !== '.') break;
  }
  // `“…,” one of the women, Jane Roe, said.`: a description, then the name set off before the cue.
  const cue = toks.findIndex((t, x) => x > i && x - i <= 14 && CUE.has(t.text));
  if (cue > 0 && toks.slice(i, cue).every((t) => isWord(t) || t.text === ',')) {
    const named = namedInAppositive(toks.slice(i), cue - i, text, r);
    if (named) return r.resolve(named, 'cue', last);
  }
  const c = phraseAfter(toks, i, text);
  const kin = c && relativeOf(toks, c, text, r);
  if (kin) return kin;
  if (c) {
    let k = pastAffiliation(toks, c);
    while (k < toks.length && isWord(toks[k]) && SKIP_ADVERBS.test(toks[k].text) && !CUE.has(toks[k].text)) k++;
    if (k < toks.length && CUE.has(toks[k].text)) return r.resolve(c, 'cue', last);
    const pair = c.kind === 'name' ? namedPair(toks, k, c, text, r, last) : null;
    if (pair) return pair;
    const described = c.kind === 'nominal' ? describedThrough(toks, k, c, text, r, last) : null;
    if (described) return described;
    if (k < toks.length && toks[k].text === ',' && c.kind !== 'nominal') {
      // An appositive: the cue must follow within the sentence, after a closing comma.
      for (let j = k + 1; j < Math.min(toks.length, k + 30); j++) {
        if (CUE.has(toks[j].text) && (toks[j - 1].text === ',' || SKIP_ADVERBS.test(toks[j - 1].text))) return r.resolve(c, 'cue', last);
        if (/^[“”"]$/.test(toks[j].text)) {
          // A nickname in quotation marks inside the appositive: Marcia "Cia" Price.
          const close = toks.findIndex((t, x) => x > j && x <= j + 3 && /^[“”"]$/.test(t.text));
          if (close > j + 1 && toks.slice(j + 1, close).every((t) => isCap(t))) {
            j = close;
            continue;
          }
          break;
        }
      }
    }
    // `” Blige sings to Clinton`: after a quote ending in a comma, a name and a verb.
    if (endsOpen && k < toks.length && /^[\p{Ll}]+(?:s|ed)$/u.test(toks[k].text) && c.kind !== 'nominal') return r.resolve(c, 'cue', last);
  }
  // `, according to X`
  const acc = findAccordingTo(toks, text);
  if (acc && acc.index - i <= 1) return r.resolve(acc.c, 'according-to', last);
  const framed = framedDescription(toks, i, text);
  if (framed) return r.resolve(framed, 'cue', last);
  // A writing is someone’s words only when it says whose (`a statement from Roe’s office`), never a
  // name merely nearby: the description stands as it is otherwise.
  const writing = writingThatReads(toks, i, text);
  if (!writing) return null;
  if (writing.inner) return r.resolveName(writing.inner, 'nominal');
  return { speaker: writing.span.text, speakerId: null, speakerSpan: { start: writing.span.start, end: writing.span.end }, via: 'nominal' };
}

/** Writings whose words are quoted with `reads` or `states` (`the letter states`, `reads a statement`). */
const WRITINGS = new Set([...DOCUMENT_HEADS, 'statement', 'report', 'release', 'message', 'sign', 'banner', 'caption', 'notice', 'document']);
const READS = /^(?:reads|read|states|stated)$/;

/**
 * `,” the letter states` / `,” reads a statement from Roe’s office`: `reads` and `states` are verbs of
 * saying only for a writing (a person reads a book, the United States is a name), so they are no
 * general cue, but a writing next to one after a quotation is what it quotes.
 */
function writingThatReads(toks: Tok[], i: number, text: string): Candidate | null {
  if (i < toks.length && READS.test(toks[i].lower)) {
    const c = phraseAfter(toks, i + 1, text);
    return c?.kind === 'nominal' && WRITINGS.has(c.head!) ? c : null;
  }
  if (i >= toks.length || !DETERMINERS.has(toks[i].lower)) return null;
  const verb = toks.findIndex((t, x) => x > i && x - i <= 4 && READS.test(t.lower));
  if (verb < 0 || toks.slice(i, verb).some((t) => !isWord(t))) return null;
  const head = toks[verb - 1].lower;
  if (!WRITINGS.has(head)) return null;
  return { span: span(text, toks[i].start, toks[verb - 1].end), kind: 'nominal', head };
}

/** A lower-case word that can end a noun phrase: no function word, adverb, number or verb form. */
const DESCRIPTION_HEAD = /^\p{Ll}[\p{Ll}-]*$/u;
const notDescriptionHead = (w: string) =>
  FUNCTION_WORD.test(w) || SKIP_ADVERBS.test(w) || DETERMINERS.has(w) || /(?:ing|ed)$/.test(w) || !!PRONOUNS[w] || NOT_HEADS.has(w);

/**
 * A description that is the whole subject of the attribution right after a quotation, next to its
 * verb of saying: `,” the navy said`, `,” said a Western diplomat, who …`. In that frame the phrase
 * can only be the one who speaks, so a singular head need be in no list of speakers; the description
 * is kept as said (resolved like any nominal).
 */
function framedDescription(toks: Tok[], i: number, text: string): Candidate | null {
  const cueFirst = i < toks.length && CUE.has(toks[i].text) && !/ing$/.test(toks[i].lower);
  const from = cueFirst ? i + 1 : i;
  if (from >= toks.length || !DETERMINERS.has(toks[from].lower) || toks[from].lower === 'that' || toks[from].lower === 'this') return null;
  let end = from + 1;
  while (end < toks.length && end - from <= 4 && isWord(toks[end]) && !CUE.has(toks[end].text)) end++;
  const head = toks[end - 1];
  if (end - 1 === from || !DESCRIPTION_HEAD.test(head.text) || notDescriptionHead(head.lower)) return null;
  // A plural outside the lists is as often a figure of speech (`the numbers say`) as a group that speaks.
  if (/[^su]s$/.test(head.lower)) return null;
  // Every word between the determiner and the head is a modifier, not a clause word.
  if (toks.slice(from + 1, end - 1).some((t) => !isCap(t) && notDescriptionHead(t.lower))) return null;
  const closes = cueFirst
    ? end >= toks.length || /^[,.;]$/.test(toks[end].text)
    : end < toks.length && CUE.has(toks[end].text) && !/ing$/.test(toks[end].lower);
  if (!closes) return null;
  return { span: span(text, toks[from].start, head.end), kind: 'nominal', head: head.lower };
}

/**
 * Whether `c` after the cue is the cue's subject put after it (`“…,” said Jane Roe.`) rather than the
 * subject of the clause the cue reports: `“unfair,” claims Roe “lied”`, `“…,” claiming he and Roe both
 * lied`. A participle takes no subject after it, a subject followed by a quotation opens the reported
 * clause, and a pronoun after its verb (`said he`) ends the sentence if anything.
 */
function invertedSubject(cue: Tok, c: Candidate, text: string): boolean {
  if (/ing$/.test(cue.lower)) return false;
  const rest = text.slice(c.span.end, c.span.end + 40);
  if (/^\s*["“]|^\s+['‘]/.test(rest)) return false;
  return c.kind !== 'pronoun' || !/^\s+[\p{L}]/u.test(rest);
}

/** The token after name `c`, past a party tag in parentheses and an affiliation (`Jane Roe (D) of the Acme Union`). */
function pastAffiliation(toks: Tok[], c: Candidate): number {
  let k = skipAside(toks, toks.findIndex((t) => t.end === c.span.end) + 1);
  if (/^(?:of|from|at)$/.test(toks[k]?.lower ?? '')) {
    let m = k + 1;
    if (toks[m]?.lower === 'the') m++;
    if (m < toks.length && isCap(toks[m])) {
      while (m < toks.length && isCap(toks[m])) m++;
      k = m;
    }
  }
  return k;
}

/**
 * `“…,” Jane Roe of Ohio and Ann Bell of Iowa said`: two names joined by `and` before the cue at
 * `k`'s `and` speak together; the speaker names both (no one entity).
 */
function namedPair(toks: Tok[], k: number, c: Candidate, text: string, r: Resolver, last: Resolved | null): Resolved | null {
  if (toks[k]?.lower !== 'and') return null;
  const second = phraseAfter(toks, k + 1, text);
  if (second?.kind !== 'name') return null;
  const cue = pastAffiliation(toks, second);
  return CUE.has(toks[cue]?.text ?? '') ? speakingTogether(c, second, r, last) : null;
}

/** Two named speakers of one quotation, named together (no one entity). */
function speakingTogether(first: Candidate, second: Candidate, r: Resolver, last: Resolved | null): Resolved | null {
  const a = r.resolve(first, 'cue', last);
  const b = r.resolve(second, 'cue', last);
  if (!a || !b) return null;
  return { speaker: `${a.speaker} and ${b.speaker}`, speakerId: null, speakerSpan: { start: first.span.start, end: second.span.end }, via: 'cue' };
}

/** Prepositions that open the phrase completing a description: `a narrator in the ad`, `a spokesman for the firm`. */
const DESCRIPTION_PREPOSITION = /^(?:in|on|at|for|with|from|of|behind|inside)$/;

/**
 * `“…?” a narrator in the new ad asks.`: a nominal, then a prepositional phrase of up to five words
 * right before the cue. A definite role is read as usual (`the senator from the state said`); any
 * other description is the speaker, phrase and all: the ad's narrator is not the ad's sponsor.
 */
function describedThrough(toks: Tok[], k: number, c: Candidate, text: string, r: Resolver, last: Resolved | null): Resolved | null {
  if (!DESCRIPTION_PREPOSITION.test(toks[k]?.lower ?? '')) return null;
  let m = k + 1;
  while (m < toks.length && m - k <= 5 && isWord(toks[m]) && !CUE.has(toks[m].text)) m++;
  if (m === k + 1 || m >= toks.length || !CUE.has(toks[m].text)) return null;
  if (/^(?:the|this|that)\b/i.test(c.span.text) && PERSON_HEADS.has(c.head!)) return r.resolve({ ...c, inner: undefined }, 'cue', last);
  const end = toks[m - 1].end;
  return { speaker: text.slice(c.span.start, end), speakerId: null, speakerSpan: { start: c.span.start, end }, via: 'cue' };
}

function findAccordingTo(toks: Tok[], text: string): { c: Candidate; index: number } | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].lower === 'according' && toks[i + 1].lower === 'to') {
      const c = phraseAfter(toks, i + 2, text);
      if (c) return { c, index: i };
    }
  }
  return null;
}

/** `as The Times put it, “…”`: "put it" after "as" and a subject reports words as a cue does. */
function putsIt(toks: Tok[], j: number): boolean {
  if (!/^puts?$/.test(toks[j].lower) || toks[j + 1]?.lower !== 'it') return false;
  for (let k = j - 1; k >= 0 && j - k <= 6; k--) if (toks[k].lower === 'as') return k < j - 1;
  return false;
}

/**
 * A person's name set off by commas right before the cue at `j` (`The union's president, Jane Roe,
 * said`) when the subject before it names no person; not the object of a relative clause (`Jane
 * Roe, who met Ann Bell, said`), which no comma opens.
 */
function namedInAppositive(toks: Tok[], j: number, text: string, r: Resolver): Candidate | null {
  if (toks[j - 1]?.text !== ',') return null;
  const c = phraseBefore(toks, j - 1, text);
  if (c?.kind !== 'name' || !r.isPerson(c.span)) return null;
  let k = toks.findIndex((t) => t.start === c.span.start);
  // `the candidate, regional official Jane Roe, said`: a lower-case role of a few words before the name.
  for (let n = 0; n < 3 && k >= 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k - 1].text) && !FUNCTION_WORD.test(toks[k - 1].lower); n++) k--;
  if (k < 2 || toks[k - 1].text !== ',') return null;
  const subj = subjectOf(toks.slice(0, k - 1), text);
  // `Roe's lawyer, Ann Bell, said`: a possessive names whose the role is, not the one who speaks.
  return subj && subj.kind !== 'nominal' && !/['’]s?$/.test(subj.span.text) && r.isPerson(subj.span) ? null : c;
}

/**
 * The person named before an aside set off by commas right before the cue at `j` (`Jane Roe, an
 * outspoken critic of the plan, said`); the aside opens in lower case, so a list of names is none.
 */
function nameBeforeAside(toks: Tok[], j: number, text: string, r: Resolver): Candidate | null {
  if (toks[j - 1]?.text !== ',') return null;
  for (let k = j - 2; k >= Math.max(1, j - 14); k--) {
    if (toks[k].text !== ',') {
      if (!isWord(toks[k])) return null;
      continue;
    }
    if (k + 1 >= j - 1 || isCap(toks[k + 1])) return null;
    const c = phraseBefore(toks, k, text);
    return c?.kind === 'name' && r.isPerson(c.span) ? c : null;
  }
  return null;
}

function fromBefore(toks: Tok[], text: string, r: Resolver, last: Resolved | null, sameLine: Resolved | null): Resolved | null {
  const acc = findAccordingTo(toks, text);
  if (acc) return r.resolve(acc.c, 'according-to', last);
  // Last cue verb in the sentence before the quote; its subject is the speaker.
  for (let j = toks.length - 1; j >= 0; j--) {
    if (!CUE.has(toks[j].text) && !putsIt(toks, j)) continue;
    const colon = toks.slice(j + 1).some((t) => t.text === ':');
    const via = colon ? 'colon' : 'cue';
    const c = phraseBefore(toks, j, text);
    if (c) return answerer(c, toks[j], via, r, last);
    // `the Acme Union, which wrote to Congress saying “…”`: the name the relative clause is about.
    const rel = relativeSubject(toks, j, text);
    if (rel) return r.resolve(rel, via, last);
    // `Said Trump: "…"`; not a cue opening the stretch after an earlier quotation (`“unfair,” claims
    // Roe “lied”`: Roe is the subject of the reported clause).
    if (j === 0 || toks[j].text === 'Said' || toks[j].text === 'Says') {
      const d = phraseAfter(toks, j + 1, text);
      const setOff = d && /^[,:]$/.test(toks.find((t) => t.start >= d.span.end)?.text ?? '');
      if (d && (setOff || /^Sa(?:id|ys)$/.test(toks[j].text))) return r.resolve(d, via, last);
    }
    // `The union's president, Jane Roe, said: "…"`: the person of the appositive, not the role's employer.
    const appositive = namedInAppositive(toks, j, text, r) ?? nameBeforeAside(toks, j, text, r);
    if (appositive) return r.resolve(appositive, via, last);
    // `X, the …, said: "…"` / `…, adding, "…"`: the sentence subject, else the previous speaker.
    const subj = subjectOf(toks.slice(0, j), text);
    if (subj) return r.resolve(subj, via, last);
    if (sameLine) return { ...sameLine, via: 'carried-over' };
    return null;
  }
  return null;
}

/** The name right before `, which` / `, who` opening the clause of the cue at `j` (at most twelve words back). */
function relativeSubject(toks: Tok[], j: number, text: string): Candidate | null {
  for (let w = j - 1; w >= 2 && j - w <= 12; w--) {
    if (!isWord(toks[w])) return null;
    if (!/^(?:which|who)$/.test(toks[w].lower)) continue;
    if (toks[w - 1].text !== ',') return null;
    const c = phraseBefore(toks, w - 1, text);
    return c?.kind === 'name' ? c : null;
  }
  return null;
}

function fromAnywhere(toks: Tok[], text: string, r: Resolver, last: Resolved | null): Resolved | null {
  for (let j = 1; j < toks.length; j++) {
    if (toks[j - 1].text !== ',' && toks[j - 1].text !== '—') continue;
    // `“…” than a shutdown, said Sen. Jane Roe.`: the verb first, its subject closing the sentence.
    if (CUE.has(toks[j].text) && !/ing$/.test(toks[j].lower)) {
      const inverted = phraseAfter(toks, j + 1, text);
      const next = inverted && toks.find((t) => t.start >= inverted.span.end);
      if (inverted?.kind === 'name' && (!next || /^[.,;]$/.test(next.text)) && invertedSubject(toks[j], inverted, text))
        return r.resolve(inverted, 'cue', last);
    }
    const c = phraseAfter(toks, j, text);
    if (!c) continue;
    let k = skipAside(toks, toks.findIndex((t) => t.end === c.span.end) + 1);
    while (k < toks.length && isWord(toks[k]) && SKIP_ADVERBS.test(toks[k].text) && !CUE.has(toks[k].text)) k++;
    if (k < toks.length && CUE.has(toks[k].text)) return r.resolve(c, 'cue', last);
    const described = c.kind === 'nominal' ? describedThrough(toks, k, c, text, r, last) : null;
    if (described) return described;
  }
  const acc = findAccordingTo(toks, text);
  if (acc) return r.resolve(acc.c, 'according-to', last);
  return null;
}
