import type { Article } from '../article';
import { appendTo, cacheOf, lowerBound, memo, PARAGRAPH_CACHE_SIZE, textCache } from '../collections';
import type { EntityMention, EntityType, TextSpan } from '../types';
import { lexicon, parsedParagraph } from '../nlp';
import { isCommonWord as inCommonWordList } from '../commonWords';
import { ORDINAL_WORDS } from '../numberWords';
import { MONTHS } from './dates/lexicon';
import { gazetteer, type GazetteerEntry, isWorldRegion } from './entities/gazetteer';
import {
  ABBREVIATIONS,
  CONNECTORS,
  FUNCTION_WORDS,
  ORG_HEADS_BEFORE_OF,
  ORG_LEADING,
  ORG_SUFFIXES,
  PERSON_CONTEXT_AFTER,
  PLACE_PREPOSITIONS,
  SPORTS,
  PLACE_SUFFIXES,
  ROLE_NOUNS,
  ORG_CUE_BEFORE,
  ORG_CUE_AFTER,
  OTHER_CUE_AFTER,
  TEAM_SPORTS,
  TITLES,
  INNER_TITLES,
  TITLE_MODIFIERS,
  NON_NAMES,
  NAME_STARTERS,
  MISC_SUFFIXES,
} from './entities/words';

/**
 * `word` starts with `letters[0]` and holds the rest of `letters` in order after it. One pass: the
 * regular expression this replaces (`^m.*s.*f.*t`) backtracked in time ~length^4 on a long word.
 */
function inOrder(letters: string, word: string): boolean {
  if (word[0] !== letters[0]) return false;
  let i = 1;
  for (let j = 1; j < word.length && i < letters.length; j++) if (word[j] === letters[i]) i++;
  return i === letters.length;
}

/** One word of the text with what we know about it. */
interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercased text without a final period. */
  norm: string;
  cap: boolean;
  upper: boolean;
  tags: ReadonlySet<string>;
  /** First word of a sentence or line (its capital says nothing). */
  initial: boolean;
  /** The line is written in capitals (a CoNLL headline or a results table). */
  capsLine: boolean;
  possessive: boolean;
  line: number;
  /** Position in the document's tokens (in the paragraph's, for a paragraph's cached tokens). */
  index: number;
}

interface Chunk {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  /** Strength of the type evidence: 3 decisive (suffix, title), 2 gazetteer/lexicon, 1 guess. */
  score: number;
  name?: string;
  via?: string;
  personCue: boolean;
  /** A lone title word ("King"), a name only when it is someone's surname. */
  bareTitle?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?/gu;

/** Tokens of one paragraph, offsets relative to the paragraph and lines counted from 0 (shared: never mutated). */
interface ParagraphTokens {
  tokens: readonly Readonly<Token>[];
  lines: number;
}

const tokenCache = textCache<ParagraphTokens>(PARAGRAPH_CACHE_SIZE);

/** The document's tokens, and the index of each paragraph's first token (`starts[k]`; `starts[n]` = the count). */
function tokenize(article: Article): { tokens: Token[]; starts: number[] } {
  const out: Token[] = [];
  const starts: number[] = [];
  let line = 0;
  for (const p of article.paragraphs) {
    starts.push(out.length);
    const pt = memo(tokenCache, p.text, tokenizeParagraph);
    // Indexed: a for-of here allocated an iterator result per token of the document on every analysis.
    for (let k = 0; k < pt.tokens.length; k++) {
      const t = pt.tokens[k];
      out.push({
        start: t.start + p.start,
        end: t.end + p.start,
        text: t.text,
        norm: t.norm,
        cap: t.cap,
        upper: t.upper,
        tags: t.tags,
        initial: t.initial,
        capsLine: t.capsLine,
        possessive: t.possessive,
        line: t.line + line,
        index: out.length,
      });
    }
    line += pt.lines;
  }
  starts.push(out.length);
  return { tokens: out, starts };
}

/** Tags of a word compromise did not tag (shared, as the tagged words share their parse's sets). */
const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * A line written in capitals ("BRITAIN - GILTS STRUGGLE"). A lower-case ASCII letter says no at
 * once: most lines are prose, and their letters need not be gathered.
 */
function inCapitals(line: string): boolean {
  if (/[a-z]/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/**
 * A headline in title case: no sentence's closing punctuation, and most of its longer words
 * capitalized, on a line alone or opening its paragraph (then long, without commas). The closing
 * punctuation is tested first: it rules out most lines before their words are gathered.
 */
function titleCased(line: string, alone: boolean, opening: boolean): boolean {
  if (/[.!?]["”’]?$/.test(line.trim())) return false;
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  return (
    (alone || (opening && long.length >= 4 && !line.includes(','))) && long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length
  );
}

/** Words of one paragraph's text: offsets from its start, line numbers from 0. */
function tokenizeParagraph(ptext: string): ParagraphTokens {
  const out: Token[] = [];
  let line = 0;
  const p = { text: ptext, start: 0 };
  {
    const tags = parsedParagraph(p.text).tags;
    const lines = p.text.split('\n');
    let lineStart = 0;
    for (const l of lines) {
      const capsLine = inCapitals(l) || titleCased(l, lines.length === 1, lineStart === 0);
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      let prevEnd = 0;
      let first = true;
      while ((m = WORD.exec(l))) {
        let text = m[0];
        const gap = l.slice(prevEnd, m.index);
        // "BRITAIN - Gilts struggled": a dash after a word in capitals starts a sentence too.
        // After an opening mark (at the line's start or after a space), not after a closing one: `," Pentagon spokesman said`.
        const initial =
          first ||
          /[.!?:]["”’)]?\s*$|(?:^|\s)["“‘(]\s*$|[“‘(]\s*$/.test(gap) ||
          (/^\s*-\s*$/.test(gap) && (capsLine || /\p{Lu}{2,}\.?$/u.test(l.slice(0, m.index).trimEnd().replace(/\s*-$/, ''))));
        first = false;
        if (text.endsWith('.')) {
          const bare = text.slice(0, -1);
          // An abbreviation's period that also ends the sentence and the line belongs to the sentence ("... Lear Corp.").
          const lineEnd = /^["”’)]*\s*$/.test(l.slice(m.index + text.length));
          if (!(/^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{L}$/u.test(bare) || (ABBREVIATIONS.has(bare.toLowerCase()) && !lineEnd))) text = bare;
        }
        // "Ohio-based", "London-listed": the place is the name, the suffix is not.
        const based = /^(\p{Lu}[\p{L}.'’]*)-(based|born|listed|owned|led|backed|made|controlled|registered|headquartered)$/u.exec(text);
        if (based) text = based[1];
        let possessive = false;
        if (/['’][sS]$/.test(text) && text.length > 3) {
          text = text.slice(0, -2);
          possessive = true;
        } else if (/s['’]$/.test(l.slice(m.index, m.index + text.length + 1)) && /['’]/.test(l[m.index + text.length] ?? '')) {
          possessive = true;
        }
        const start = p.start + lineStart + m.index;
        const norm = text.replace(/\.$/, '').toLowerCase();
        out.push({
          start,
          end: start + text.length,
          text,
          norm,
          // A currency prefix ("C$", "A$", "HK$") is no name.
          cap: (/^\p{Lu}/u.test(text) || /^(al|el|ul|bin|ibn|abu)-\p{Lu}/u.test(text)) && l[m.index + text.length] !== '$',
          upper: text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text),
          tags: tags.get(lineStart + m.index) ?? NO_TAGS,
          initial,
          capsLine,
          possessive,
          line,
          index: out.length,
        });
        // A final period a word does not keep ends its sentence: the gap to the next word starts with
        // it (a number's does not: "5. Ian Woosnam" is an item of a list).
        prevEnd = m.index + (m[0].endsWith('.') && !text.endsWith('.') && /\p{L}/u.test(text) ? m[0].length - 1 : m[0].length);
      }
      lineStart += l.length + 1;
      line++;
    }
  }
  for (const t of out) Object.freeze(t);
  return { tokens: Object.freeze(out), lines: line };
}

const NON_NAME_TAGS = [
  'Verb',
  'Adverb',
  'Determiner',
  'Preposition',
  'Pronoun',
  'Conjunction',
  'QuestionWord',
  'Value',
  'Expression',
  'Negative',
  'Modal',
  'Copula',
];
const DATE_TAGS = ['Month', 'WeekDay', 'Date'];

/** What the document itself says about how a word is written. */
interface DocWords {
  /** Words seen capitalized away from the start of a sentence. */
  midCap: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
  /** A sports story: a capitalized word before a score at a line start is a team or player. */
  sports?: boolean;
  /** A story of a team sport, where clubs take their town's name ("Bristol City"). */
  teamSports?: boolean;
}

/** Whether the token has one of the tags (a loop, not a closure: asked several times per word of the document). */
function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  for (let k = 0; k < tags.length; k++) if (t.tags.has(tags[k])) return true;
  return false;
}

/** Words after a name (or its possessive) that only a person takes. */
const PERSON_ONLY_AFTER = /^(?:campaign|aides?|wife|husband|widow|son|daughter|mother|father|brother|sister|himself|herself|running)$/;

/** A given name: tagged so in context, or one compromise's lexicon holds as a first name. */
function isFirstName(t: Token): boolean {
  if (t.tags.has('FirstName')) return true;
  const tags = lexicon()[t.norm] as string | string[] | undefined;
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((x) => /^(?:FirstName|MaleName|FemaleName)$/.test(x));
}

/** A word compromise's lexicon holds, as a common word and not as a name or place (a small, frequent vocabulary). */
function isLexiconWord(norm: string): boolean {
  const tags = lexicon()[norm] as string | string[] | undefined;
  if (tags === undefined) return false;
  const list = Array.isArray(tags) ? tags : [tags];
  return !list.some((t) => /Name|Place|Country|City|Region|Organization|Person|ProperNoun|Demonym/.test(t));
}

/** A common English word (written in lower case), not one compromise's lexicon holds as a name or place. */
function isCommonWord(norm: string): boolean {
  return lexicon()[norm] === undefined ? inCommonWordList(norm) : isLexiconWord(norm);
}

/** A heading: a paragraph of one short line without a sentence's final punctuation. */
function inHeading(c: Chunk, text: string): boolean {
  const nl = newlines(text);
  const ls = nl.before(c.start) + 1;
  const le0 = nl.after(c.start);
  const line = text.slice(ls, le0 < 0 ? text.length : le0).trim();
  const blankAround = (ls < 2 || text[ls - 2] === '\n') && (le0 < 0 || le0 + 1 >= text.length || text[le0 + 1] === '\n');
  return blankAround && line.length <= 80 && !/[.!?:;,"”]$/.test(line) && line.split(/\s+/).length <= 10;
}

/** A word in capitals counts as written capitalized only for the same word in capitals. */
const midCapKey = (t: Token) => (t.upper ? `${t.norm}\u0001` : t.norm);

/** Verbs of saying after a lone capitalized word at a sentence's start make it a speaker's name. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'announced', 'confirmed', 'added', 'stated', 'wrote', 'denied']);
/** Nouns that speak without an article and are no names: "Management said", "Nobody told", "Dad said". */
const NON_NAME_SPEAKERS: ReadonlySet<string> = new Set([
  'management',
  'security',
  'nobody',
  'somebody',
  'anybody',
  'everybody',
  'dad',
  'mom',
  'mum',
  'mother',
  'father',
  'grandma',
  'grandpa',
  'grandmother',
  'grandfather',
  'daddy',
  'mommy',
  'mummy',
]);

/** Adjectives that head a noun phrase of their own ("Many said", "Others told"). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'many',
  'most',
  'more',
  'less',
  'fewer',
  'much',
  'enough',
  'other',
  'various',
  'numerous',
  'certain',
  'such',
  'same',
  'former',
  'latter',
  'last',
  'first',
  'next',
  'previous',
  'later',
  'earlier',
  'both',
  'all',
  'half',
]);

const speakingAdjective = (norm: string) => (lexicon()[norm] === 'Adjective' || lexicon()[norm] === 'Comparative') && !QUANTIFIERS.has(norm);

/** A bare singular noun that speaks is a name ("Oracle said", "Apple told"): a common noun would take "the". */
function speaksAsName(t: Token, next: Token | undefined): boolean {
  if (next === undefined || next.line !== t.line || !SPEECH_VERBS.has(next.norm)) return false;
  const known = lexicon()[t.norm];
  // Compromise knows "Nothing", "Someone", "Staff", "Everyone" as plain nouns; "Oracle", "Nobody", "Dad" as actors.
  // An adjective cannot say anything, so "White said", "Young told" name someone; "Many said" does not.
  if (known !== undefined && known !== 'Actor' && !speakingAdjective(t.norm)) return false;
  return !t.tags.has('Plural') && !t.tags.has('Pronoun') && !NON_NAME_SPEAKERS.has(t.norm) && !FUNCTION_WORDS.has(t.norm);
}

/** "second" to "tenth" ("First" opens names of its own: "First Lady", "First Union"). */
const ORDINALS_OPENING: ReadonlySet<string> = new Set([...ORDINAL_WORDS].filter(([, n]) => n >= 2 && n <= 10).map(([word]) => word));
/** Words never names alone that, capitalized inside a sentence before a name, start it. */
const NAME_OPENING_NON_NAMES: ReadonlySet<string> = new Set(['men', 'women', 'all', 'old', 'max', ...ORDINALS_OPENING]);

const COMMON_SUFFIX = /(tion|sion|ance|ence|ment|ness|ity|ship|ings|ers|ists|ants|ies|ics|ure|ism|ory|ary|als)$/;

/** Words never names alone (a video's label "Watch") that, capitalized after a name inside a sentence, end it. */
const NAME_ENDING_NON_NAMES: ReadonlySet<string> = new Set(['day', 'watch']);

/** A month's name between a title and a name is a given name: "Gov. Jan Brewer", "Ms. April Vell". */
function givenNameAfterTitle(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return (
    !!prev &&
    !!next &&
    isTitle(prev.norm) &&
    prev.line === t.line &&
    next.cap &&
    next.line === t.line &&
    next.start === t.end + 1 &&
    !/^\p{N}/u.test(next.text) &&
    !hasAnyTag(next, DATE_TAGS) &&
    !NON_NAMES.has(next.norm)
  );
}

function isNameWord(t: Token, gaz: Map<string, GazetteerEntry>, dw: DocWords, next?: Token, beforeBracketedScore = false, prev?: Token): boolean {
  if (!t.cap || /^\p{N}/u.test(t.text)) return false;
  // "I'm", "We're", "He'll", "They've": a pronoun's contraction.
  if (/^i['’]/i.test(t.text) || /['’](?:re|ll|ve|d|m)$/i.test(t.text)) return false;
  // An initial before a capitalized word ("A. Dale", "S. Watkin").
  if (/^\p{Lu}\.$/u.test(t.text) && next?.cap && next.line === t.line) return true;
  // "State-side", "Mo.-based" are no names; "Ata-ur-Rehman", "al-Aqsa" are.
  if (/-\p{Ll}[\p{Ll}'’]*$/u.test(t.text) && !gaz.has(t.norm)) return false;
  if (
    /^(first|one)$/.test(t.norm) &&
    !t.initial &&
    next?.cap &&
    next.line === t.line &&
    next.start === t.end + 1 &&
    !NON_NAMES.has(next.norm) &&
    !hasAnyTag(next, DATE_TAGS)
  )
    return true;
  // "Tel" is a telephone number's label, but "Tel Aviv" a name.
  if (t.norm === 'tel' && next?.cap && next.line === t.line && next.start === t.end + 1) return true;
  // "League of Women Voters", "All Blacks", "Old Trafford", "Max Planck", "Third Way": these words are capitalized
  // inside a sentence only as a name's first word.
  if (
    NAME_OPENING_NON_NAMES.has(t.norm) &&
    !t.initial &&
    !t.capsLine &&
    !t.upper &&
    next?.cap &&
    next.line === t.line &&
    next.start === t.end + 1 &&
    !NON_NAMES.has(next.norm)
  )
    return true;
  if (MONTHS[t.norm] !== undefined && givenNameAfterTitle(t, prev, next)) return true;
  // "Labour Day", "Boxing Day", "Human Rights Watch": "Day" or "Watch" capitalized inside a sentence after a name ends it.
  if (
    NAME_ENDING_NON_NAMES.has(t.norm) &&
    !t.initial &&
    !t.capsLine &&
    prev?.cap &&
    prev.line === t.line &&
    prev.end + 1 === t.start &&
    !hasAnyTag(prev, DATE_TAGS)
  )
    return true;
  if (NON_NAMES.has(t.norm) && !(t.norm.length === 1 && t.text.endsWith('.'))) return false;
  // An acronym in the plural names things of a kind, not one body: "ADRs", "MPs", "IPOs".
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false;
  if (hasAnyTag(t, DATE_TAGS) && !t.tags.has('Person')) return false;
  if (t.initial && !t.capsLine) {
    if (dw.midCap.has(midCapKey(t))) return true;
    if (
      dw.sports &&
      next &&
      next.line === t.line &&
      /^\d/.test(next.text) &&
      next.start === t.end + 1 &&
      !FUNCTION_WORDS.has(t.norm) &&
      !hasAnyTag(t, DATE_TAGS) &&
      // (A word the story writes in lower case labels its line: "Interval 0-0", "Sprint 1,000 metres".)
      !dw.lower.has(t.norm)
    )
      return true;
    // A results row with each side's country in brackets: "Benfor (Italy) 92 Dinamo (Russia) 81".
    if (dw.sports && beforeBracketedScore && !FUNCTION_WORDS.has(t.norm)) return true;
    if (
      NAME_STARTERS.has(t.norm) &&
      next?.cap &&
      next.line === t.line &&
      next.start === t.end + 1 &&
      !NON_NAMES.has(next.norm) &&
      !/-\p{Ll}+$/u.test(next.text)
    )
      return true;
    if (dw.lower.has(t.norm)) return false;
    if (gaz.has(t.norm) || gaz.has(t.text.toLowerCase())) return true;
    if (speaksAsName(t, next)) return true;
    // A lone common English word capitalized by its place ("Nickel rose", "Data in 000s:").
    const joined = next?.cap && next.line === t.line && next.start === t.end + 1;
    if (!joined && !t.upper && isCommonWord(t.norm) && !isFirstName(t) && !isTitle(t.norm)) return false;
    // An adjective before the head of an organization's or event's name: "National League", "Central Bank".
    if (joined && !QUANTIFIERS.has(t.norm) && t.tags.has('Adjective') && (ORG_SUFFIXES.has(next.norm) || MISC_SUFFIXES.has(next.norm))) return true;
    if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization')) return true;
    if (FUNCTION_WORDS.has(t.norm)) return false;
    if (hasAnyTag(t, NON_NAME_TAGS)) return false;
    // An unknown word at a line's start joined to a name ("Notts County 0 York 1").
    if (
      next?.cap &&
      next.line === t.line &&
      next.start === t.end + 1 &&
      !isCommonWord(t.norm) &&
      !COMMON_SUFFIX.test(t.norm) &&
      lexicon()[t.norm] === undefined
    )
      return true;
    if (t.tags.has('Adjective') && !t.tags.has('Demonym')) return false;
    if (t.tags.has('Plural') || lexicon()[t.norm] !== undefined || COMMON_SUFFIX.test(t.norm)) return false;
  }
  return true;
}

/** A side's country in brackets, then its score: " (Italy) 92". */
const BRACKETED_SCORE_AFTER = /^ \(\p{Lu}[^()\n]{0,30}\) \d/u;

/** Heads of a public body's name, which may join two subjects with "and" ("Food and Drug Administration"). */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  'administration|commission|board|council|committee|department|ministry|agency|authority|bureau|institute|office|service|services|association|federation|union'.split(
    '|',
  ),
);

/** The words of a company's legal form, which end its full name. */
const CORPORATE_FORMS: ReadonlySet<string> = new Set('inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|group|holdings|company|corporation|limited'.split('|'));

/** A possessive name before a company's legal form alone: "Marlow's Inc", "Kessel's Co Ltd" (`next` the word after it). */
function possessiveBeforeForm(tokens: Token[], to: number, text: string, t: Token, next: number): boolean {
  if (!t.possessive || !/^['’]s $/.test(text.slice(t.end, tokens[next]?.start ?? t.end))) return false;
  let j = next;
  while (j < to && j < next + 2 && tokens[j].line === t.line && CORPORATE_FORMS.has(tokens[j].norm) && tokens[j].cap && !tokens[j].possessive) j++;
  return j > next && !(tokens[j]?.cap && tokens[j].line === t.line && text.slice(tokens[j - 1].end, tokens[j].start) === ' ');
}

/**
 * The words of a public body's name before "and" (`run`): one to three capitalized common words with
 * no head of their own ("Securities", "Food", "Motion Picture Arts"), alone (after the country's
 * name: "U.S. Fish") or after a head and "of", "for" or "on" ("Department of Health", "Centers for Disease Control",
 * "Council on Trade"; "on" joins only after a body's head).
 */
function institutionSubjects(run: Token[], gaz: Map<string, GazetteerEntry>): boolean {
  const ofAt = run.findIndex((w) => (w.norm === 'of' || w.norm === 'for' || w.norm === 'on') && !w.cap);
  if (ofAt > 0 && !ORG_LEADING.has(run[0].norm) && !ORG_HEADS_BEFORE_OF.has(run[ofAt - 1].norm)) return false;
  let own = ofAt >= 0 ? run.slice(ofAt + 1) : run;
  // (A token's norm drops its final period: "u.s" for "U.S.".)
  const kind = (gaz.get(own[0]?.norm ?? '') ?? gaz.get(`${own[0]?.norm}.`))?.kind;
  if (ofAt < 0 && own.length > 1 && (kind === 'country' || kind === 'code')) own = own.slice(1);
  return (
    own.length > 0 &&
    own.length <= 3 &&
    own.every((w) => w.cap && isCommonWord(w.norm) && !INSTITUTION_HEADS.has(w.norm) && !CORPORATE_FORMS.has(w.norm) && !isFirstName(w))
  );
}

/** The word after "and" inside a public body's name: a name word, no place's or person's ("Chamber of Commerce and Arkansas-based ..."). */
function subjectAfterAnd(next: Token, gaz: Map<string, GazetteerEntry>, dw: DocWords, after: Token | undefined): boolean {
  return isNameWord(next, gaz, dw, after) && (isCommonWord(next.norm) || !gaz.has(next.norm)) && !isFirstName(next);
}

/**
 * The head of a body's name at a sentence's start (no run `cur` before it) before "of", "for" or "on"
 * and a name word opens that name ("Department of Justice said", "Council on Trade Policy met"); not a place's head ("State
 * of"), nor before a person's name ("Friends of Tom Arden" is a sentence's subject and a name).
 */
function opensBodyName(cur: Token[], tokens: Token[], i: number, to: number, text: string, gaz: Map<string, GazetteerEntry>, dw: DocWords): boolean {
  const t = tokens[i];
  if (cur.length) return false;
  const at = (k: number) => (k < to ? tokens[k] : undefined);
  const [link, name] = [at(i + 1), at(i + 2)];
  return (
    t.initial &&
    t.cap &&
    !t.upper &&
    ORG_HEADS_BEFORE_OF.has(t.norm) &&
    !PLACE_HEADS.has(t.norm) &&
    !!link &&
    !!name &&
    /^(?:of|for|on)$/.test(link.text) &&
    link.line === t.line &&
    name.line === t.line &&
    text.slice(t.end, name.start) === ` ${link.text} ` &&
    isNameWord(name, gaz, dw, at(i + 3)) &&
    !isFirstName(name)
  );
}

/**
 * A word at a sentence's start before capitalized common words that an apposition then calls a kind
 * of organization opens that name: "Public Citizen, a consumer group", "Third Way, a centrist think
 * tank". Not before a name of its own ("Rival Varno Party, a small party"). At most four words, so linear.
 */
function opensNameBeforeOrgApposition(t: Token, i: number, tokens: Token[], to: number, text: string): boolean {
  const opener = !FUNCTION_WORDS.has(t.norm) || ORDINALS_OPENING.has(t.norm);
  if (!t.initial || !t.cap || t.upper || !opener || QUANTIFIERS.has(t.norm) || isTitle(t.norm) || hasAnyTag(t, DATE_TAGS)) return false;
  if (t.tags.has('Pronoun') || t.tags.has('Determiner')) return false;
  let j = i;
  while (j + 1 < to && j < i + 4 && tokens[j + 1].cap && tokens[j + 1].line === t.line && text.slice(tokens[j].end, tokens[j + 1].start) === ' ') {
    if (!isCommonWord(tokens[j + 1].norm) || tokens[j + 1].upper) return false;
    j++;
  }
  return j > i && !tokens[j].possessive && ORGANIZATION_APPOSITION.test(text.slice(tokens[j].end, tokens[j].end + 90));
}

/** Split the tokens `from`..`to` (one paragraph) into runs of capitalized words (lines in capitals are handled apart). */
function chunks(tokens: Token[], from: number, to: number, text: string, gaz: Map<string, GazetteerEntry>, dw: DocWords): Chunk[] {
  const out: Chunk[] = [];
  let cur: Token[] = [];
  const flush = () => {
    // Drop trailing connectors (written in lower case: "El Al" is a name).
    while (cur.length && CONNECTORS.has(cur[cur.length - 1].norm) && !cur[cur.length - 1].cap) cur.pop();
    if (cur.length) out.push(makeChunk(cur, text));
    cur = [];
  };
  // Words past the paragraph are never on the same line: what is read of them only counts on one.
  const at = (i: number) => (i < to ? tokens[i] : undefined);
  /** The capitalized run from `i` ends in a company's suffix: "Gold Fields of South Africa Ltd". */
  const endsInOrgSuffix = (i: number, heads: ReadonlySet<string> = CORPORATE_FORMS): boolean => {
    for (let j = i; j < to && j < i + 6; j++) {
      const t = tokens[j];
      if (!t.cap || t.line !== tokens[i].line) return false;
      if (heads.has(t.norm)) return true;
      const n = tokens[j + 1];
      if (!n || text.slice(t.end, n.start) !== ' ') return false;
    }
    return false;
  };
  /** A plural possessive inside a name before an organization's or event's head: "Bond Traders' Association" (not "the Tigers' Tom Kellan"). */
  const pluralPossessiveInName = (t: Token, next: number): boolean => {
    if (!t.possessive || !/s$/.test(t.text) || !/^['’] $/.test(text.slice(t.end, tokens[next]?.start ?? t.end))) return false;
    for (let j = next; j < to && j < next + 4; j++) {
      const w = tokens[j];
      if (!w.cap || w.line !== t.line || w.possessive) return false;
      if (ORG_SUFFIXES.has(w.norm) || MISC_SUFFIXES.has(w.norm)) return true;
      if (text.slice(w.end, tokens[j + 1]?.start ?? w.end) !== ' ') return false;
    }
    return false;
  };
  /**
   * A noun at a sentence's start before a run of capitals that ends in an organization's head word
   * opens that name ("Air Cargo Newsroom", "Jeans Mate Corp"); an adjective or a title does not
   * ("Rival Labour Party", "Former Kessel Corp chief").
   */
  const opensOrganizationName = (t: Token, i: number): boolean =>
    (!cur.length && (opensBodyName(cur, tokens, i, to, text, gaz, dw) || opensNameBeforeOrgApposition(t, i, tokens, to, text))) ||
    (t.initial &&
      t.cap &&
      !t.upper &&
      !cur.length &&
      i + 1 < to &&
      tokens[i + 1].line === t.line &&
      text.slice(t.end, tokens[i + 1].start) === ' ' &&
      !FUNCTION_WORDS.has(t.norm) &&
      !QUANTIFIERS.has(t.norm) &&
      !isTitle(t.norm) &&
      !t.tags.has('Adjective') &&
      !hasAnyTag(t, NON_NAME_TAGS) &&
      !hasAnyTag(t, DATE_TAGS) &&
      endsInOrgSuffix(i + 1, ORG_SUFFIXES));
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.capsLine) {
      flush();
      continue;
    }
    const prev = cur[cur.length - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const joinable =
      prev &&
      prev.line === t.line &&
      ((!prev.possessive && (gap === ' ' || gap === ' & ')) ||
        (pluralPossessiveInName(prev, i) && /^['’] $/.test(gap)) ||
        possessiveBeforeForm(tokens, to, text, prev, i));
    const bracketedScore = dw.sports && t.initial && BRACKETED_SCORE_AFTER.test(text.slice(t.end, t.end + 40));
    if (isNameWord(t, gaz, dw, at(i + 1), bracketedScore, cur[cur.length - 1]) || opensOrganizationName(t, i)) {
      if (cur.length && !joinable) flush();
      cur.push(t);
      if (t.possessive && !pluralPossessiveInName(t, i + 1) && !possessiveBeforeForm(tokens, to, text, t, i + 1)) flush();
      continue;
    }
    // A connector inside a name: "Bank of England", "Ludwig van Beethoven".
    const next = at(i + 1);
    if (
      cur.length &&
      joinable &&
      CONNECTORS.has(t.norm) &&
      !t.cap &&
      next &&
      next.line === t.line &&
      text.slice(t.end, next.start) === ' ' &&
      (isNameWord(next, gaz, dw, at(i + 2)) || (CONNECTORS.has(next.norm) && t.norm !== 'of' && t.norm !== 'for' && t.norm !== 'on')) &&
      // "of", "for" and "on" join only after the head of an organization's or place's name
      // ("Bank of England", "Fund for Peace", "Council on Foreign Relations"; not "No Go for MSFT").
      (!/^(of|for|on)$/.test(t.norm) ||
        ORG_HEADS_BEFORE_OF.has(prev.norm) ||
        (t.norm === 'of' && EVENT_HEADS_BEFORE_OF.has(prev.norm)) ||
        cur.some((x) => ORG_LEADING.has(x.norm)) ||
        (endsInOrgSuffix(i + 1) && !isFirstName(cur[0])))
    ) {
      cur.push(t);
      continue;
    }
    // "Securities and Exchange Commission", "Department of Health and Human Services": "and" inside the
    // name of a public body, its parts common words with no head of their own before it.
    if (
      cur.length &&
      joinable &&
      t.norm === 'and' &&
      !t.cap &&
      next &&
      text.slice(t.end, next.start) === ' ' &&
      subjectAfterAnd(next, gaz, dw, at(i + 2)) &&
      institutionSubjects(cur, gaz) &&
      (cur.some((w) => (w.norm === 'of' || w.norm === 'for' || w.norm === 'on') && !w.cap) || endsInOrgSuffix(i + 1, INSTITUTION_HEADS))
    ) {
      cur.push(t);
      continue;
    }
    flush();
  }
  flush();
  return out;
}

function makeChunk(tokens: Token[], text: string): Chunk {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { tokens, start, end, text: text.slice(start, end), type: null, score: 0, personCue: false };
}

function sub(c: Chunk, from: number, to: number, text: string): Chunk {
  const n = makeChunk(c.tokens.slice(from, to), text);
  n.personCue = c.personCue;
  return n;
}

/** Titles a portfolio's name comes before. */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner']);

function isTitle(norm: string, set: Set<string> = TITLES): boolean {
  if (set.has(norm)) return true;
  const last = norm.split('-').pop()!;
  // A plural, also of a hyphenated title ("Co-Premiers").
  const singular = (w: string) => w.length > 4 && w.endsWith('s') && set.has(w.slice(0, -1));
  return (norm.includes('-') && (set.has(last) || singular(last))) || singular(norm);
}

/** A person's name after a title: one to three name words, no title, suffix, place or connector but particles. */
function personTail(ts: Token[], gaz: Map<string, GazetteerEntry>): boolean {
  if (!ts.length || ts.length > 4) return false;
  if (isTitle(ts[0].norm) || ts.some((t) => ORG_SUFFIXES.has(t.norm) || MISC_SUFFIXES.has(t.norm) || t.norm === 'of' || t.norm === '&')) return false;
  if (ts.length === 1 && gaz.has(ts[0].norm) && gaz.get(ts[0].norm)!.kind !== 'city') return false;
  return true;
}

/** Strip titles ("President", "Mr.") and "The"; split at a title inside ("Oracle CEO Larry Page", "Israeli Foreign Minister David Levy"). */
function refine(c: Chunk, text: string, gaz: Map<string, GazetteerEntry>): Chunk[] {
  const n = c.tokens.length;
  // "Security Council President Tono Eitel of Germany": the name ends before "of".
  for (let k = 1; k < n - 1; k++) {
    if (c.tokens[k].norm !== 'of' || c.tokens[k].cap) continue;
    const left = c.tokens.slice(0, k);
    const titleAt = left.findIndex((t, j) => j < k - 1 && isTitle(t.norm, INNER_TITLES));
    if (titleAt >= 0 && personTail(left.slice(titleAt + 1), gaz) && !ORG_HEADS_BEFORE_OF.has(c.tokens[k - 1].norm)) {
      return [...refine(sub(c, 0, k, text), text, gaz), ...refine(sub(c, k + 1, n, text), text, gaz)];
    }
  }
  for (let k = n - 2; k >= 1; k--) {
    const t = c.tokens[k];
    const inner = (isTitle(t.norm, INNER_TITLES) || (TITLES.has(t.norm) && t.upper)) && !CONNECTORS.has(c.tokens[k - 1].norm);
    if (!inner || !personTail(c.tokens.slice(k + 1), gaz)) continue;
    // Walk back over the rest of the title ("Foreign", "Prime", "Agriculture").
    let j = k;
    // A minister's portfolio is a common noun whatever it is ("Privatisation Minister", "Tourism Secretary").
    const portfolio = (w: Token) =>
      PORTFOLIO_HEADS.has(t.norm) && j === k && !w.upper && (isCommonWord(w.norm) || COMMON_SUFFIX.test(w.norm)) && !isFirstName(w);
    while (j > 0 && (isTitle(c.tokens[j - 1].norm) || TITLE_MODIFIERS.has(c.tokens[j - 1].norm) || portfolio(c.tokens[j - 1]))) j--;
    const head = j > 0 ? refine(sub(c, 0, j, text), text, gaz) : [];
    const tail = sub(c, k + 1, n, text);
    tail.personCue = true;
    return [...head, tail];
  }
  let i = 0;
  let cue = false;
  const lastNorm = c.tokens[n - 1].norm;
  // A known place keeps a leading title word ("Saint Petersburg").
  while (i < n - 1 && !MISC_SUFFIXES.has(lastNorm) && !ORG_SUFFIXES.has(lastNorm) && !gaz.has(c.text.toLowerCase())) {
    const w = c.tokens[i].norm;
    const two = i + 1 < n - 1 ? `${w} ${c.tokens[i + 1].norm}` : '';
    if (two && TITLES.has(two)) {
      i += 2;
      cue = true;
    } else if (
      (isTitle(w) || ROLE_NOUNS.has(w) || /^ex-/.test(w)) &&
      // Before the head of an organization's or event's name the word is part of it ("Major League", "General Assembly").
      !ORG_SUFFIXES.has(c.tokens[i + 1].norm) &&
      !MISC_SUFFIXES.has(c.tokens[i + 1].norm) &&
      // Nor before a connector after the head of an organization's name ("Center for Policy Studies": no player's position).
      !(ORG_HEADS_BEFORE_OF.has(w) && CONNECTORS.has(c.tokens[i + 1].norm) && !c.tokens[i + 1].cap) &&
      !(i === 0 && c.tokens[i].upper && n <= 2) &&
      !(/s$/.test(w) && !TITLES.has(w) && !ROLE_NOUNS.has(w))
    ) {
      // (A plural title opens no name: "Queens Park Rangers".)
      i++;
      cue = true;
    } else if (w === 'the') {
      i++;
    } else break;
  }
  if (i >= n) return [];
  // Title words ending a name are not part of it: "U.S. Assistant Secretary", "South Carolina Gov."
  // (not after a connector: "Board of Governors").
  // Only where what is left is a known place or ends in an organization's head word ("Judicial
  // Watch Director", "Reserve Bank Governor"); "John Major", "Red Star" keep their last word.
  let e = n;
  while (e > i + 1 && isTitle(c.tokens[e - 1].norm, INNER_TITLES) && !ORG_SUFFIXES.has(c.tokens[e - 1].norm) && !CONNECTORS.has(c.tokens[e - 2].norm)) {
    e--;
    while (e > i + 1 && (TITLE_MODIFIERS.has(c.tokens[e - 1].norm) || isTitle(c.tokens[e - 1].norm)) && !CONNECTORS.has(c.tokens[e - 2].norm)) e--;
  }
  if (e < n) {
    const head = text.slice(c.tokens[i].start, c.tokens[e - 1].end).toLowerCase();
    if (!gaz.has(head) && !gaz.has(head.replace(/\.$/, '')) && !ORG_SUFFIXES.has(c.tokens[e - 1].norm)) e = n;
  }
  // "Secretary of State John Kornblum": the department after "of" belongs to the title.
  if (
    e - i >= 3 &&
    /\b(?:Secretary|Minister|Commissioner|Director|Chief|Minister-President|Secretary-General)\s+of\s+$/.test(
      text.slice(Math.max(0, c.start - 30), c.tokens[i].start),
    ) &&
    isFirstName(c.tokens[i + 1])
  ) {
    i++;
    cue = true;
  }
  let r = i || e < n ? sub(c, i, e, text) : c;
  r.personCue = r.personCue || cue;
  // A nationality before a person or a ministry: "Mexican Ariel Cruz", "German Foreign Ministry".
  const d = gaz.get(r.tokens[0].norm);
  if (d?.kind === 'demonym' && r.tokens.length >= 2 && !gaz.has(r.text.toLowerCase())) {
    const rest = r.tokens.slice(1);
    const last = rest[rest.length - 1].norm;
    const restKnown = gaz.get(r.text.slice(rest[0].start - r.start).toLowerCase());
    if (
      (rest[0].tags.has('FirstName') && personTail(rest, gaz)) ||
      r.personCue ||
      // "Jewish West Bank settlements", "a Polish SPC group": a nationality before a place or an acronym.
      // (Not the head of an organization that happens to name a town too: "European Union".)
      (restKnown !== undefined && restKnown.kind !== 'demonym' && !(rest.length === 1 && ORG_SUFFIXES.has(rest[0].norm))) ||
      // (Not an abbreviation of a common noun: "Chinese TV".)
      (rest.length === 1 && rest[0].upper && rest[0].norm.length >= 2 && !isLexiconWord(rest[0].norm)) ||
      (/^(ministry|office|department|embassy|consulate|government)$/.test(last) && rest.length >= 2)
    ) {
      const dem = sub(r, 0, 1, text);
      dem.personCue = false;
      r = sub(r, 1, r.tokens.length, text);
      r.personCue = r.personCue || !!rest[0].tags.has('FirstName');
      return [dem, r];
    }
  }
  // A plural title alone is no one's surname ("the Cardinals", "the Senators"): a team or a group.
  if (r.tokens.length === 1 && isTitle(r.tokens[0].norm) && !(/s$/.test(r.tokens[0].norm) && !TITLES.has(r.tokens[0].norm))) {
    // "King said": kept only if the document names a person with that surname.
    if (r.tokens[0].upper) return [];
    r.bareTitle = true;
  }
  return [r];
}

const ACRONYM_IN_BRACKETS = /\((\p{Lu}{2,8})\)/gu;

/** Long names defined by the acronym after them: "Organisation for Security and Cooperation in Europe (OSCE)". */
function acronymSpans(found: Chunk[], tokens: Token[], text: string): Chunk[] {
  const re = new RegExp(ACRONYM_IN_BRACKETS);
  let m: RegExpExecArray | null;
  const merged: Chunk[] = [];
  while ((m = re.exec(text))) {
    const letters = m[1].toLowerCase();
    // The tokens right before the bracket, back to the start of the name.
    const endTok = tokens.findIndex((t) => t.start >= m!.index) - 1;
    if (endTok < 0) continue;
    const run: Token[] = [];
    for (let k = endTok; k >= 0 && run.length < 12; k--) {
      const t = tokens[k];
      const nextStart = run.length ? run[0].start : m.index;
      if (t.line !== tokens[endTok].line || !/^\s*['’]?\s*$/.test(text.slice(t.end, nextStart).replace(/^['’]s?/, ''))) break;
      if (!t.cap && !/^(and|in|for|of|the|on|&|de|du|des|la|le|pour|et)$/.test(t.norm)) break;
      if (t.initial && !t.cap) break;
      run.unshift(t);
      if (t.initial) break;
    }
    for (let st = 0; st < run.length; st++) {
      if (!run[st].cap || run[st].norm === 'the') continue;
      const caps = run.slice(st).filter((t) => t.cap);
      const initials = caps.map((t) => t.norm.replace(/[^\p{L}]/gu, '')[0] ?? '').join('');
      if (caps.length < 2 || initials[0] !== letters[0] || caps.length > letters.length + 2) continue;
      let q = 0;
      for (const ch of initials) if (ch === letters[q]) q++;
      if (q < letters.length) continue;
      const c = makeChunk(run.slice(st), text);
      set(c, 'organization', 3);
      merged.push(c);
      const acro = found.find((f) => f.start === m!.index + 1 && f.tokens.length === 1);
      if (acro) {
        set(acro, 'organization', 3, c.text);
        acro.via = 'acronym';
      }
      break;
    }
  }
  if (!merged.length) return found;
  const out = found.filter((f) => !merged.some((c) => f.start < c.end && c.start < f.end));
  return out.concat(merged).sort((a, b) => a.start - b.start);
}

/** Heads of a place's name among the heads before "of" ("Gulf of Aden", "State of Ohio", "Isle of Man"). */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  'gulf|bay|sea|isle|isles|island|islands|cape|strait|straits|republic|kingdom|state|states|city|province|port|lake|mount|district|county'.split('|'),
);

function orgByShape(c: Chunk): boolean {
  const last = c.tokens[c.tokens.length - 1].norm;
  if (ORG_SUFFIXES.has(last) && c.tokens.length > 1) return true;
  if (ORG_LEADING.has(c.tokens[0].norm) && c.tokens.length > 1) return true;
  // The head of an organization before "of": "Chicago Board of Trade", "Times of India" (a town's
  // clubs share "City" and "County" with places: "City of London").
  for (let k = 1; k + 1 < c.tokens.length; k++) {
    const head = c.tokens[k - 1].norm;
    if (c.tokens[k].norm === 'of' && !c.tokens[k].cap && ORG_SUFFIXES.has(head) && head !== 'city' && head !== 'county') return true;
    // "Center for Policy Studies", "Council on Trade": a body's head before "for", or first before "on" ("Bank on
    // Highway 9" is a place); no place's head takes them.
    const link = c.tokens[k].norm;
    if ((link === 'for' || (link === 'on' && k === 1)) && !c.tokens[k].cap && ORG_HEADS_BEFORE_OF.has(head) && !PLACE_HEADS.has(head)) return true;
  }
  // Names joined by an ampersand name a firm ("Vantor & Keller", "Hale & Sons"): a person's name holds none.
  if (c.tokens.length > 1 && c.text.includes(' & ')) return true;
  // A title word kept before the head ("Major League Baseball"): see refine.
  if (c.tokens.length > 2 && isTitle(c.tokens[0].norm) && ORG_LEADING.has(c.tokens[1].norm)) return true;
  return false;
}

/** "Federal Republic of Yugoslavia", "Kingdom of Norway": a state named by its form and its country. */
function stateByForm(c: Chunk, gaz: Map<string, GazetteerEntry>, text: string): boolean {
  const ofAt = c.tokens.findIndex((t, k) => k > 0 && t.norm === 'of' && !t.cap);
  if (ofAt < 1 || ofAt + 1 >= c.tokens.length || !POLITY_HEADS.has(c.tokens[ofAt - 1].norm)) return false;
  const kind = gaz.get(text.slice(c.tokens[ofAt + 1].start, c.end).toLowerCase())?.kind;
  return kind === 'country' || kind === 'region';
}

/** Heads of an event's or a pact's name before "of" ("Treaty of Baden", "War of Independence"): CoNLL's miscellany. */
const EVENT_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['treaty', 'war', 'battle', 'siege', 'peace', 'edict', 'declaration']);

/** A lower-case word before a name that makes it a place: a kind of place, or a part of a land by its bearing ("northern X", "central X"). */
const PLACE_KIND_BEFORE =
  /^(capital|neighbouring|neighboring|village|town|city|port|suburb|province|district|region|island|(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central)$/;

/**
 * The word before "of" and a name that makes the name a place: a kind of place ("the town of X",
 * "the outskirts of X") or a bearing measured from it ("20 km north of X").
 */
function placeBeforeOf(b2: Token): boolean {
  return (
    /^(towns?|city|cities|villages?|provinces?|regions?|districts?|states?|ports?|capital|islands?|suburbs?|outskirts|area|municipality|county|counties)$/.test(
      b2.norm,
    ) ||
    (/^(?:north|south|east|west)(?:east|west)?$/.test(b2.norm) && !b2.cap)
  );
}

/**
 * An apposition calling a name a kind of organization, ending there: "X, a centrist think tank in
 * Washington", "X, the Denver-based company, said". Words between may not relate the name to
 * something else ("X, a member of the group", "X, a lawyer with the firm"), nor may a noun follow
 * the kind ("X, a party leader"); the kind is in lower case ("X in Ohio, the Y Institute in Iowa" is
 * a list of names). At most four words between, so linear.
 */
const ORGANIZATION_APPOSITION = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:(?!(?:of|with|for|at|in|from|by|on|to|and|or)\\b)[\\p{L}-]+\\s+){0,4}?(?:${[
    'group',
    'company',
    'firm',
    'organization',
    'organisation',
    'think tank',
    'nonprofit',
    'non-profit',
    'charity',
    'foundation',
    'institute',
    'agency',
    'union',
    'association',
    'coalition',
    'party',
    'network',
    'bank',
    'lender',
    'insurer',
    'retailer',
    'manufacturer',
    'maker',
    'startup',
    'start-up',
    'conglomerate',
    'publisher',
    'newspaper',
    'broadcaster',
    'club',
    'committee',
    'council',
    'lobby',
    'alliance',
    'federation',
    'movement',
    'university',
    'college',
    'chain',
    'carrier',
    'airline',
    'utility',
  ].join('|')})(?=\\s*[,.;:)]|\\s+(?:in|based|that|which|with|from|founded|headquartered|known|led|run|set|created|formed|on|at|to|whose)\\b|\\s*$)`,
  'u',
);

/**
 * Offices that preside over a body or lead its side, whose capitalized title follows the body's
 * name ("House Speaker", "Senate Majority Leader", "Committee Chairman"). Not any title: "Fire
 * Chief", "City Councilman", "District Attorney" are titles of their own.
 */
const PRESIDING_OFFICES: ReadonlySet<string> = new Set(['majority', 'minority', 'speaker', 'president', 'chairman', 'chairwoman', 'whip']);

/** A presiding office's capitalized title right after the word `t`, on its line. */
function officeTitleAfter(t: Token, after: Token | undefined): boolean {
  return !!after?.cap && after.line === t.line && after.start === t.end + 1 && PRESIDING_OFFICES.has(after.norm);
}

/** A common noun alone before a presiding office's title names the body of the office: "House Minority Whip Tom Arden". */
const bodyOfOffice = (t: Token, after: Token | undefined): boolean => isCommonWord(t.norm) && officeTitleAfter(t, after);

/** "the aircraft carrier Carl Vinson", "the tanker Varna": a kind of vessel in lower case before the name makes it a ship's. */
function namesShip(c: Chunk, before: Token | undefined, tokens: Token[]): boolean {
  return (
    !!before &&
    /^(carrier|carriers|ship|frigate|destroyer|submarine|vessel|tanker|liner|ferry)$/.test(before.norm) &&
    !before.cap &&
    !c.personCue &&
    (tokens[c.tokens[0].index - 2]?.norm === 'aircraft' || (before.norm !== 'carrier' && before.norm !== 'carriers'))
  );
}

function classify(c: Chunk, tokens: Token[], gaz: Map<string, GazetteerEntry>, text: string, teamSports = false) {
  const key = c.text.toLowerCase().replace(/\.$/, '');
  const first = c.tokens[0];
  const n = c.tokens.length;
  const before = tokens[first.index - 1];
  const after = tokens[c.tokens[n - 1].index + 1];
  const g = gaz.get(key) ?? gaz.get(c.text.toLowerCase());
  if (n === 1 && before?.norm === 'the' && gaz.get(`the ${key}`)) return set(c, 'place', 2, gaz.get(`the ${key}`)!.name);
  // A model code of letters and a number names a product, an aircraft or a weapon: "F-16", "AK-47s", "C-4".
  if (n === 1 && /^\p{Lu}{1,3}-\d+\p{L}{0,2}$/u.test(first.text)) return set(c, 'other', 2);
  // "D-Day", "VE-Day": a hyphenated word ending in an event's head word names the event.
  if (n === 1 && first.norm.includes('-') && MISC_SUFFIXES.has(first.norm.slice(first.norm.lastIndexOf('-') + 1))) return set(c, 'other', 2);
  // Two nationalities joined ("Polish-Czech relations") qualify a thing: CoNLL's miscellany.
  if (n === 1 && first.norm.includes('-') && first.norm.split('-').every((p) => gaz.get(p)?.kind === 'demonym')) return set(c, 'other', 2);
  if (namesShip(c, before, tokens)) return set(c, 'other', 2);
  // "Betty Ford Center", "Rosa Vantor Clinic": a given name and a surname before the head of an institution name the
  // institution after the person. (Not a head alone after one name: "Lincoln Center" may be a place.)
  if (n >= 3 && isFirstName(first) && NAMED_FOR_A_PERSON_HEADS.has(c.tokens[n - 1].norm)) return set(c, 'organization', 3);
  if (c.personCue && !orgByShape(c) && !(g && g.kind !== 'demonym' && n === 1)) return set(c, 'person', 3);
  if (n >= 2 && MISC_SUFFIXES.has(c.tokens[n - 1].norm) && !c.personCue) return set(c, 'other', 3);
  // "Treaty of Baden", "War of Independence": an event's or a pact's head before "of".
  if (n >= 3 && c.tokens[1].norm === 'of' && !c.tokens[1].cap && EVENT_HEADS_BEFORE_OF.has(first.norm)) return set(c, 'other', 3);
  // "Third Way, a centrist think tank in Washington": what the apposition calls it.
  // (Not a name cut after a capitalized word: "Public Citizen, a group" found as "Citizen" is no organization "Citizen".)
  const cutAfterCapital = before?.cap && before.line === first.line && text.slice(before.end, first.start) === ' ';
  if (!c.personCue && !cutAfterCapital && ORGANIZATION_APPOSITION.test(text.slice(c.end, c.end + 90))) return set(c, 'organization', 3);
  if (g && g.kind !== 'demonym' && n >= 2) return set(c, 'place', 2, g.name);
  if (n === 1 && !g && !c.personCue && bodyOfOffice(first, after)) return set(c, 'organization', 2.5);
  if (n >= 2 && PLACE_SUFFIXES.has(c.tokens[n - 1].norm) && !c.personCue) return set(c, 'place', 2.5);
  if (stateByForm(c, gaz, text)) return set(c, 'place', 2);
  // Outside team sports a town's "City" or "County" is the place ("Mexico City", "Orange County"),
  // not a club named after it ("Bristol City").
  if (!teamSports && n >= 2 && /^(?:city|county)$/.test(c.tokens[n - 1].norm) && !c.personCue && !c.tokens.some((t) => t.norm === 'of'))
    return set(c, 'place', 2.5);
  if (orgByShape(c)) return set(c, 'organization', 3);
  // (Read through an opening quotation mark: 'the daily "Vantor Courier"'.)
  const prevLower = before && before.line === first.line && !before.cap && /^ ["“]?$/.test(text.slice(before.end, first.start)) ? before.norm : '';
  // "the carmaker Toyota", "club Barcelona": a kind of organization before a town's name makes it one.
  if (g?.kind === 'city' && n === 1 && ORG_CUE_BEFORE.has(prevLower)) return set(c, 'organization', 2.5);
  if (g) {
    if (g.kind === 'demonym') return set(c, 'other', 2, g.name);
    return set(c, 'place', 2, g.name);
  }
  // What the words around the name say: "midfielder Donato", "group CITIC Pacific", "Ericsson shares", "the Nikkei average".
  const nextWord =
    after && after.line === c.tokens[n - 1].line && (!after.cap || after.upper) && /^(['’]s?)? $/.test(text.slice(c.end, after.start)) ? after.norm : '';
  if (prevLower && (ROLE_NOUNS.has(prevLower) || /-(rounder|spinner|hander|baller|keeper|back|seeded)$/.test(prevLower)) && !c.tokens[n - 1].possessive) {
    c.personCue = true;
    return set(c, 'person', 2.5);
  }
  // (A person may own a newspaper: "Hen Vipheak's newspaper".)
  const ownedByPerson = c.tokens[n - 1].possessive && OWNABLE_MEDIA.has(nextWord);
  if (ORG_CUE_BEFORE.has(prevLower) || (nextWord && ORG_CUE_AFTER.has(nextWord) && !ownedByPerson)) return set(c, 'organization', 2.5);
  if (nextWord && OTHER_CUE_AFTER.has(nextWord) && !after!.cap && !c.tokens[n - 1].possessive) return set(c, 'other', 2);
  // "Kalashnikov rifles", "Scud missiles": a name before a kind of weapon is its model (not an
  // acronym's: "NATO missiles" are an alliance's).
  if (nextWord && WEAPON_NOUNS.has(nextWord) && !after!.cap && !c.tokens[n - 1].possessive && !c.tokens.some((t) => t.upper)) return set(c, 'other', 2);
  // "the Dow Jones industrial average": one word describing an index may come before its head.
  const afterNext = nextWord && !after!.cap ? tokens[after!.index + 1] : undefined;
  if (
    afterNext &&
    !c.tokens[n - 1].possessive &&
    afterNext.line === after!.line &&
    afterNext.start === after!.end + 1 &&
    INDEX_HEADS.has(afterNext.norm) &&
    !after!.tags.has('Verb') &&
    !FUNCTION_WORDS.has(after!.norm)
  )
    return set(c, 'other', 2);
  if (nextWord && PLACE_CUE_AFTER.has(nextWord) && !after!.cap && !c.tokens[n - 1].possessive && !c.personCue) return set(c, 'place', 2);
  if (/^,\s\d{1,2},/.test(text.slice(c.end, c.end + 8))) return set(c, 'person', 2);
  // Irish and Scottish surname shapes: "McAteer", "O'Neill", "T.O'Gorman".
  // With a given name or an initial it is as sure as an initial and a surname ("M. McAteer", "T.O'Gorman").
  if (n <= 3 && /^(?:\p{Lu}\.)?(Mc|Mac|O['’])\p{Lu}\p{Ll}/u.test(c.tokens[n - 1].text) && !orgByShape(c))
    return set(c, 'person', n >= 2 || /^\p{Lu}\./u.test(first.text) ? 2 : 1.5);
  const lastG = gaz.get(c.tokens[n - 1].norm);
  if (n >= 2 && lastG?.kind === 'demonym') return set(c, 'other', 1);
  {
    // "MAHALA, Bosnia 1996-08-31": the dateline names places.
    const ls = newlines(text).before(c.start) + 1;
    if (newlines(text).isDateline(c.start) && (ls === c.start || /^[\p{L} .'-]+,\s*$/u.test(text.slice(ls, c.start)))) return set(c, 'place', 2);
  }
  // A common English word in capitals is no acronym ("AIDS", "UPDATE"): a disease, a slug, a product.
  if (n === 1 && first.upper && first.norm.length >= 4 && !first.capsLine && isCommonWord(first.norm)) return set(c, 'other', 1);
  // An acronym before what is measured or traded of it is an indicator or a security ("the CPI data").
  if (n === 1 && first.upper && MEASURE_NOUNS.has(nextWord) && !after!.cap && !first.possessive) return set(c, 'other', 1);
  if (n === 1 && first.upper && first.text.replace(/\./g, '').length <= 6 && !first.capsLine) return set(c, 'organization', 2);
  const restOfLine = text.slice(c.end, c.end + 40);
  const next2 = tokens[c.tokens[n - 1].index + 2];
  if (
    /^,\s/.test(restOfLine) &&
    after?.cap &&
    (gaz.get(after.norm)?.kind === 'country' || gaz.get(after.norm)?.kind === 'region' || (after.norm === 'west' && next2?.norm === 'bank'))
  )
    return set(c, 'place', 1.5);
  if (/^-based\b/.test(restOfLine)) return set(c, 'place', 1.5);
  const b2 = tokens[first.index - 2];
  if (PLACE_KIND_BEFORE.test(prevLower) && n <= 3) return set(c, 'place', 1.5);
  if (before?.norm === 'of' && b2 && placeBeforeOf(b2)) return set(c, 'place', 1.5);
  const tagCount = (tag: string) => c.tokens.filter((t) => t.tags.has(tag)).length;
  if (n === 2 && /^[NSEW]\.$/.test(first.text) && gaz.get(c.tokens[1].norm)) return set(c, 'place', 2);
  if (n >= 2 && n <= 4 && /^\p{Lu}\.$/u.test(first.text) && !c.tokens.every((t) => /^\p{Lu}\.$/u.test(t.text))) return set(c, 'person', 2);
  if (n >= 2 && (isFirstName(first) || first.tags.has('Honorific')) && !c.tokens.every((t) => gaz.has(t.norm))) return set(c, 'person', 2);
  // "the Clinton administration": a lone name before a lower-case "administration" is its president's.
  if (n === 1 && nextWord === 'administration' && !first.upper && !first.possessive && tokens[after!.index + 1]?.norm !== 'of') return set(c, 'person', 1);
  const per = tagCount('Person');
  const plc = tagCount('Place');
  const org = tagCount('Organization');
  // compromise's tags are a guess; context above and votes across the document outweigh them.
  if (org && org >= per && org >= plc) return set(c, 'organization', 0.8);
  if (per && per >= plc) return set(c, 'person', 0.8);
  if (plc) return set(c, 'place', 0.8);
  if (after && PERSON_CONTEXT_AFTER.has(after.norm) && n >= 2) return set(c, 'person', 1);
  // "White said", "Young told": an adjective that speaks is a surname.
  if (n === 1 && after && SPEECH_VERBS.has(after.norm) && speakingAdjective(first.norm)) return set(c, 'person', 0.6);
  if (before && PLACE_PREPOSITIONS.has(before.norm) && n === 1 && !first.possessive) return set(c, 'place', 0.5);
  classifyByShapeAlone(c, gaz, teamSports);
}

/** The type of a name with nothing around it to say what it is: its words alone, a weak guess. */
function classifyByShapeAlone(c: Chunk, gaz: Map<string, GazetteerEntry>, teamSports: boolean) {
  const n = c.tokens.length;
  const first = c.tokens[0];
  if (c.tokens.some((t) => /\p{Ll}\p{Lu}/u.test(t.text))) return set(c, 'organization', 1);
  // Two or three names: a person's, unless they read as a thing's name (see `noPersonsName`).
  if (n >= 2 && n <= 3) return set(c, noPersonsName(c.tokens, gaz) && !first.tags.has('FirstName') ? thingsKind(c.tokens, gaz, teamSports) : 'person', 0.5);
  // Groups of people: "Islamists", "Anglicans", "Shi'ites".
  if (n === 1 && /\p{Ll}(ists|ans|ites|ians)$/u.test(first.text)) return set(c, 'other', 0.4);
  // Four or more capitalized words with no head, title or suffix to type them: a heading or a
  // table's header in title case ("Daily Bond Trading Review"), not an organization.
  if (n >= 4 && c.tokens.every((t) => isCommonWord(t.norm) && !isFirstName(t))) return set(c, 'other', 0.3);
  return set(c, 'organization', 0.3);
}

/**
 * Names that end in no surname: the last word a common word after a word that is no given name
 * ("Radio Red", "Air Force", "Bombay Copper"; not "Tarvo Stone") or a plural common noun ("Minor
 * Counties"), every word a common word and none a given name ("Social Security"), or an ordinal
 * first ("Second Amendment"). People's names end in a surname.
 */
function noPersonsName(tokens: readonly Token[], gaz: Map<string, GazetteerEntry>): boolean {
  const last = tokens[tokens.length - 1];
  const first = tokens[0];
  // A common word ends many surnames too ("Young", "Baker", "Stone"): it ends a thing's name only after
  // a common word, an acronym or a known place, where no unknown given name may stand.
  const openedByNoGivenName = !isFirstName(first) && (isCommonWord(first.norm) || first.upper || CONNECTORS.has(first.norm) || gaz.has(first.norm));
  return (
    (isLexiconWord(last.norm) && openedByNoGivenName) ||
    (last.tags.has('Plural') && /s$/.test(last.norm) && isCommonWord(last.norm)) ||
    tokens.every((t) => isCommonWord(t.norm) && !isFirstName(t)) ||
    ORDINALS_OPENING.has(tokens[0].norm)
  );
}

/**
 * The kind of a thing's name with nothing around it to type it: a body's in team sports, or when it
 * ends in a plural ("Bombay Commodities", "Minor Counties") or opens with an acronym, a place or a connector ("MX
 * Onda", "El Al"); else CoNLL's miscellany, as a title, an event, a programme or an award in common
 * words is ("Catching Fire", "Great Depression", "Social Security", "Gold Glove").
 */
function thingsKind(tokens: readonly Token[], gaz: Map<string, GazetteerEntry>, teamSports: boolean): EntityType {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // (In team sports such names are sides': "All Blacks".)
  if (teamSports || (/[^s'’]s$/.test(last.norm) && !last.possessive)) return 'organization';
  if (first.upper || CONNECTORS.has(first.norm) || (gaz.has(first.norm) && gaz.get(first.norm)!.kind !== 'demonym')) return 'organization';
  return 'other';
}

/** Heads of an institution's name that may follow the person it is named after (those in ORG_SUFFIXES type by shape already). */
const NAMED_FOR_A_PERSON_HEADS: ReadonlySet<string> = new Set(['center', 'centre', 'clinic', 'library']);

/** What a person may own as well as a company: "Murdoch's newspaper" says nothing of Murdoch. */
const OWNABLE_MEDIA: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'magazine']);

/** What is measured or traded of an indicator or a security: after an acronym, no body's name. */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['data', 'figures', 'bonds', 'yields', 'losses', 'gains', 'rate', 'rates', 'prices', 'reading']);

/** Kinds of weapon a model's name comes before. */
const WEAPON_NOUNS: ReadonlySet<string> = new Set(['rifle', 'rifles', 'pistol', 'pistols', 'missile', 'missiles', 'carbine', 'carbines']);

/** The head of a market index's name, after one describing word: "industrial average", "stock index". */
const INDEX_HEADS: ReadonlySet<string> = new Set(['index', 'average']);

/** The form of a state before "of" and its country's name. */
const POLITY_HEADS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'principality', 'emirate', 'sultanate', 'commonwealth', 'federation']);

/** A building or site in lower case after its name makes the name a place: "the Vantor mosque", "Korva airport". */
const PLACE_CUE_AFTER: ReadonlySet<string> = new Set([
  'mosque',
  'church',
  'cathedral',
  'temple',
  'shrine',
  'synagogue',
  'sanatorium',
  'prison',
  'jail',
  'airport',
  'airbase',
  'port',
  'harbour',
  'harbor',
  'stadium',
  'square',
  'bridge',
  'palace',
  'camp',
  'valley',
  'province',
  'district',
  'region',
]);

function set(c: Chunk, type: EntityType, score: number, name?: string) {
  c.type = type;
  c.score = score;
  if (name) c.name = name;
}

/** Match spans of a capitals line against names known from the rest of the document and the gazetteer. */
function capsLineChunks(tokens: Token[], text: string, known: Map<string, Chunk>, gaz: Map<string, GazetteerEntry>): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    const t0 = tokens[i];
    const t1 = tokens[i + 1];
    // "Richard Finn" on a byline or in a headline: a first name and a capitalized word.
    if (
      t0.tags.has('FirstName') &&
      !t0.upper &&
      t1 &&
      t1.line === t0.line &&
      text.slice(t0.end, t1.start) === ' ' &&
      /^\p{Lu}\p{Ll}/u.test(t1.text) &&
      !known.has(t0.norm) &&
      !gaz.has(t0.norm) &&
      !(known.get(`${t0.norm} ${t1.norm}`)?.type !== 'person' && known.has(`${t0.norm} ${t1.norm}`))
    ) {
      const c = makeChunk([t0, t1], text);
      set(c, 'person', 1);
      out.push(c);
      i += 2;
      continue;
    }
    for (let len = Math.min(5, tokens.length - i); len >= 1; len--) {
      const run = tokens.slice(i, i + len);
      if (run.some((t, k) => k > 0 && (t.line !== run[0].line || !/^ (& )?$/.test(text.slice(run[k - 1].end, t.start))))) continue;
      if (run.some((t, k) => k < len - 1 && t.possessive)) continue;
      if (/^\p{N}/u.test(run[0].text) || /^\p{N}/u.test(run[len - 1].text)) continue;
      const key = text
        .slice(run[0].start, run[len - 1].end)
        .toLowerCase()
        .replace(/\.$/, '');
      const k = known.get(key);
      const g = gaz.get(key);
      if (k || (g && g.kind !== 'demonym') || (g && len >= 1)) {
        const c = makeChunk(run, text);
        if (k) {
          c.type = k.type;
          c.score = 1;
          c.name = k.name;
          c.via = k.via;
        } else set(c, g!.kind === 'demonym' ? 'other' : 'place', 1, g!.name);
        out.push(c);
        matched = len;
        break;
      }
    }
    if (matched) i += matched;
    else {
      const t = tokens[i];
      // An unknown capitals word next to a dateline or in a headline: leave it to compromise's lexicon.
      if (
        t.tags.has('Person') &&
        t.tags.has('LastName') === false &&
        t.tags.has('FirstName') &&
        tokens[i + 1]?.tags.has('Person') &&
        tokens[i + 1].line === t.line
      ) {
        const c = makeChunk([t, tokens[i + 1]], text);
        set(c, 'person', 0.5);
        out.push(c);
        i += 2;
        continue;
      }
      i++;
    }
  }
  return out;
}

/** Words and numbers of a table row once its names are taken out: "6", "3:52.204", "1/2", ".533", "pts". */
const ROW_PIECE = /[\p{L}]+|[.]?\d[\d.,:/-]*/gu;

/**
 * Names in results tables and score lists are typed by the column they stand in: a row is a line
 * of names and numbers with few other words ("Lotte 6 Hyundai 2", "4. Lee Westwood 301,972",
 * "Haitai 64 2 43 .596"), a table three or more such lines in a row. In each column (the first
 * name of a row, the second, a name in brackets) the type with most of the evidence retypes the
 * names of that column whose own evidence is weaker than a title or a suffix.
 */
function typeColumns(found: Chunk[], text: string): void {
  const nl = newlines(text);
  interface Row {
    line: number;
    cells: Array<{ c: Chunk; col: string }>;
  }
  const rows: Row[] = [];
  const byLine = new Map<number, Chunk[]>();
  for (const c of found) {
    if (!c.type || c.tokens[0].line !== c.tokens[c.tokens.length - 1].line) continue;
    const l = c.tokens[0].line;
    let cs = byLine.get(l);
    if (!cs) byLine.set(l, (cs = []));
    cs.push(c);
  }
  for (const [line, cs] of byLine) {
    cs.sort((a, b) => a.start - b.start);
    const ls = nl.before(cs[0].start) + 1;
    const le0 = nl.after(cs[0].start);
    const le = le0 < 0 ? text.length : le0;
    if (le - ls > 120 || nl.isDateline(ls)) continue;
    let rest = '';
    let at = ls;
    for (const c of cs) {
      rest += `${text.slice(at, c.start)} `;
      at = c.end;
    }
    rest += text.slice(at, le);
    let nums = 0;
    let words = 0;
    for (const m of rest.matchAll(ROW_PIECE)) {
      if (/\d/.test(m[0])) nums++;
      else words++;
    }
    if (nums === 0 || words > 3 || words > nums) continue;
    let plain = 0;
    let bracketed = 0;
    // A name anywhere inside brackets stands in a column of its own: "Kent 214 (P. Hale 84; M. Dore 4-55)".
    let depth = 0;
    let at2 = ls;
    const cells = cs.map((c) => {
      for (; at2 < c.start; at2++) depth = Math.max(0, depth + (text[at2] === '(' ? 1 : text[at2] === ')' ? -1 : 0));
      return { c, col: depth > 0 ? `b${bracketed++}` : `n${plain++}` };
    });
    rows.push({ line, cells });
  }
  rows.sort((a, b) => a.line - b.line);
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j].line === rows[j - 1].line + 1) j++;
    if (j - i >= 3) {
      const columns = new Map<string, Chunk[]>();
      for (let k = i; k < j; k++) {
        for (const { c, col } of rows[k].cells) {
          let list = columns.get(col);
          if (!list) columns.set(col, (list = []));
          list.push(c);
        }
      }
      for (const cells of columns.values()) {
        if (cells.length < 3) continue;
        const weight = new Map<EntityType, number>();
        const count = new Map<EntityType, number>();
        let total = 0;
        for (const c of cells) {
          if (c.type === 'other') continue;
          const w = Math.min(c.score, 2.5);
          weight.set(c.type!, (weight.get(c.type!) ?? 0) + w);
          count.set(c.type!, (count.get(c.type!) ?? 0) + 1);
          total += w;
        }
        let best: EntityType | null = null;
        for (const [t, w] of weight) if (!best || w > weight.get(best)!) best = t;
        if (!best || weight.get(best)! < 0.6 * total || count.get(best)! < 2) continue;
        for (const c of cells) if (c.type !== best && c.type !== 'other' && c.score < 3) c.type = best;
      }
    }
    i = j;
  }
}

/**
 * A list of names (three or more on one line, joined by commas and "and": a team sheet, "Essex,
 * Derbyshire and Surrey") names things of one kind: the type with most of the evidence retypes the
 * names of the list whose own is weaker than a title or a suffix.
 */
function typeLists(found: Chunk[], text: string): void {
  const sorted = [...found].filter((c) => c.type && c.type !== 'other').sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (
      j < sorted.length &&
      sorted[j].tokens[0].line === sorted[j - 1].tokens[0].line &&
      /^(?:,| and|, and)\s$/.test(text.slice(sorted[j - 1].end, sorted[j].start))
    )
      j++;
    if (j - i >= 3) {
      const members = sorted.slice(i, j);
      const weight = new Map<EntityType, number>();
      let total = 0;
      for (const c of members) {
        const w = Math.min(c.score, 2.5);
        weight.set(c.type!, (weight.get(c.type!) ?? 0) + w);
        total += w;
      }
      let best: EntityType | null = null;
      for (const [t, w] of weight) if (!best || w > weight.get(best)!) best = t;
      if (best && weight.get(best)! >= 0.6 * total) for (const c of members) if (c.type !== best && c.score < 2.5) c.type = best;
    }
    i = j;
  }
}

const DATELINE = /^[\p{L} .,'()-]{2,60}\s\d{4}-\d\d-\d\d\s*$/u;
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'throughout', 'across']);

/** Positions of the line breaks of a text: `lastIndexOf('\n')` and `indexOf('\n')` without scanning a long line again for every name on it. */
class Newlines {
  private readonly at: number[] = [];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.at.push(i);
  }
  /** Index of the first break at or after `pos` (the one before it is `k - 1`). */
  private from(pos: number): number {
    return lowerBound(this.at, pos, (at) => at);
  }
  /** As `text.lastIndexOf('\n', pos)`. */
  before(pos: number): number {
    const k = this.from(pos + 1);
    return k > 0 ? this.at[k - 1] : -1;
  }
  /** As `text.indexOf('\n', pos)`. */
  after(pos: number): number {
    const k = this.from(pos);
    return k < this.at.length ? this.at[k] : -1;
  }
  private readonly datelines = new Map<number, boolean>();
  /** Whether the line holding `pos` is a dateline ("MAHALA, Bosnia 1996-08-31"): asked for every name on it. */
  isDateline(pos: number): boolean {
    const start = this.before(pos) + 1;
    let answer = this.datelines.get(start);
    if (answer === undefined) {
      const end = this.after(pos);
      answer = DATELINE.test(this.text.slice(start, end < 0 ? this.text.length : end));
      this.datelines.set(start, answer);
    }
    return answer;
  }
}
/** The line breaks of the documents being analysed (one at a time, and the one before). */
const documentNewlines = textCache<Newlines>(4);
function newlines(text: string): Newlines {
  return memo(documentNewlines, text, (t) => new Newlines(t));
}

/**
 * A name of one paragraph as found and typed from the paragraph alone (chunks, refine, classify),
 * before the document-wide passes: its tokens by index from the paragraph's first.
 */
interface CachedChunk extends Pick<Chunk, 'type' | 'score' | 'name' | 'via' | 'personCue' | 'bareTitle'> {
  from: number;
  count: number;
}

/** Typed names per paragraph and context (see paragraphKey). */
const paragraphChunks = textCache<readonly CachedChunk[]>(PARAGRAPH_CACHE_SIZE);

function cachedChunk(c: Chunk, from: number): CachedChunk {
  // A chunk's tokens are consecutive words of the paragraph.
  return {
    from: c.tokens[0].index - from,
    count: c.tokens.length,
    type: c.type,
    score: c.score,
    name: c.name,
    via: c.via,
    personCue: c.personCue,
    bareTitle: c.bareTitle,
  };
}

function placeChunk(r: CachedChunk, tokens: Token[], from: number, text: string): Chunk {
  const c = makeChunk(tokens.slice(from + r.from, from + r.from + r.count), text);
  c.type = r.type;
  c.score = r.score;
  c.personCue = r.personCue;
  if (r.name !== undefined) c.name = r.name;
  if (r.via !== undefined) c.via = r.via;
  if (r.bareTitle) c.bareTitle = r.bareTitle;
  return c;
}

/** No word there (the document's first or last paragraph). */
const NONE = '\u0001';

/**
 * Everything finding and typing a paragraph's names reads: its text; what the rest of the document
 * says of the words that start its sentences (capitalized elsewhere, lower case elsewhere); whether
 * the story is a sports report; the two words either side of it (a name at its start or end is
 * typed by its neighbours: "the", "in", "of", "said") and the text right after it (a paragraph cut
 * inside a long line goes on there).
 */
function paragraphKey(p: TextSpan, tokens: Token[], from: number, to: number, text: string, dw: DocWords): string {
  let written = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.initial && t.cap && !t.capsLine) written += String.fromCharCode(48 + (dw.midCap.has(midCapKey(t)) ? 1 : 0) + (dw.lower.has(t.norm) ? 2 : 0));
  }
  const norm = (i: number) => tokens[i]?.norm ?? NONE;
  return [
    dw.sports ? 'sports' : '',
    dw.teamSports ? 'team' : '',
    norm(from - 2),
    norm(from - 1),
    norm(to),
    norm(to + 1),
    text.slice(p.end, p.end + 40),
    written,
    p.text,
  ].join('\u0000');
}

/**
 * Paragraphs where a bracketed acronym may join or retype names ("... in Europe (OSCE)"): the one
 * holding the bracket and the one holding the word before it. Their names are typed after the
 * acronyms are resolved, as the whole document's were, and not cached.
 */
function paragraphsNearAcronyms(text: string, tokens: Token[], starts: number[]): Set<number> {
  const out = new Set<number>();
  const paragraphOf = (tokenIndex: number) => lowerBound(starts, tokenIndex + 1, (s) => s) - 1;
  for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const next = lowerBound(tokens, m.index!, (t) => t.start);
    if (next < tokens.length) out.add(paragraphOf(next));
    if (next > 0) out.add(paragraphOf(next - 1));
  }
  return out;
}

/** What the document-wide passes of `extractEntities` read besides the names found. */
interface EntityDocument {
  article: Article;
  text: string;
  gaz: Map<string, GazetteerEntry>;
  tokens: Token[];
  /** The first line, where a sports story names its sport ("SOCCER - ..."). */
  firstLine: string;
  sports: boolean;
  teamSports: boolean;
  dw: DocWords;
}

/** Named people, organizations and places in the article's paragraphs. */
export function extractEntities(article: Article): EntityMention[] {
  const text = article.text;
  const gaz = gazetteer();
  const { tokens, starts } = tokenize(article);
  const firstLine = article.paragraphs[0]?.text.split('\n')[0] ?? '';
  const sports = SPORTS.test(firstLine);
  const doc: EntityDocument = {
    article,
    text,
    gaz,
    tokens,
    firstLine,
    sports,
    teamSports: sports && TEAM_SPORTS.test(firstLine),
    dw: documentWords(tokens, sports, sports && TEAM_SPORTS.test(firstLine)),
  };

  let found = paragraphNames(doc, starts);
  if (sports) typeSportsNames(found, doc);
  found = firmsNamedByPartners(found, text, gaz);
  voteTypesBySpelling(found);
  organizationsByFirstWord(found);
  companiesWithoutLegalForm(found);
  peopleByWhatOnlyPeopleHave(found, doc);
  const people = namesBySurname(found, doc);
  found = found.filter((c) => !c.bareTitle);
  acronymsAndTickers(found, gaz);
  typeCoordinated(found, text, tokens);
  found = withoutCommonWords(found, doc);
  found = withoutLoneCommonWords(found, doc);
  found = withoutPartyAffiliations(found, text);
  if (sports && !doc.teamSports) competitorsByDefault(found);
  if (!sports) pluralsByDefault(found, text);
  found = withoutWordsInCapitals(found, doc);
  found = found.concat(capsLineNames(people, found, doc));
  found = pressReviewTitles(found, doc);
  datelinePlaces(found, doc);
  typeColumns(found, text);
  typeLists(found, text);
  clubQualifiers(found, text);
  quotedTitles(found, text);
  return mentions(withoutFormLabels(found, text), text);
}

/** A field's label before its colon: one to three capitalized words. Bounded, so linear. */
const FIELD_LABEL = /(?:^|[\s,;])(\p{Lu}[\p{L}.&]{0,20}(?: \p{Lu}[\p{L}.&]{0,20}){0,2}):(?=\s|$)/gmu;

/**
 * "AMT: 1,200,000 DATE: 09/05/96 NYC Time: 1600 CUSIP: 072261": a line of two or more labelled
 * fields is a form or a table, and its labels are no names.
 */
function withoutFormLabels(found: Chunk[], text: string): Chunk[] {
  const labelEnds = new Set<number>();
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const ends: number[] = [];
    for (const m of line.matchAll(FIELD_LABEL)) ends.push(start + m.index + m[0].length - 1);
    if (ends.length >= 2) for (const at of ends) labelEnds.add(at);
    start = end + 1;
  }
  return labelEnds.size ? found.filter((c) => !labelEnds.has(c.end)) : found;
}

/** How the document writes its words: which it capitalizes where a capital says something, which in lower case. */
function documentWords(tokens: Token[], sports: boolean, teamSports: boolean): DocWords {
  const dw: DocWords = { midCap: new Set(), lower: new Set(), sports, teamSports };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap) dw.lower.add(t.norm);
    else if (!t.initial && !t.capsLine) {
      // Written with a capital where one says something: a word in capitals ("CRUDE OIL") or
      // inside a longer name ("Rochester Fire Department") says nothing of "Oil" or "Fire" alone.
      const prev = tokens[k - 1];
      const inside = prev?.cap && prev.line === t.line && !prev.possessive && prev.end + 1 === t.start && !NON_NAMES.has(prev.norm) && !TITLES.has(prev.norm);
      const next = tokens[k + 1];
      const last = !(next?.cap && next.line === t.line && t.end + 1 === next.start);
      // A surname after a first name counts even when it is a common word ("Kevin Brown", "Donne Wall").
      if (!inside || (last && (lexicon()[t.norm] === undefined || isFirstName(prev)))) dw.midCap.add(midCapKey(t));
    }
  }
  return dw;
}

/** The names of every paragraph, found and typed from the paragraph alone (acronyms from the whole document). */
function paragraphNames(doc: EntityDocument, starts: number[]): Chunk[] {
  const { article, text, gaz, tokens, dw } = doc;
  let found: Chunk[] = [];
  // Names found and typed paragraph by paragraph, from the cache when the paragraph and what is
  // read around it are unchanged (an edit re-reads one paragraph, not the document).
  const nearAcronym = paragraphsNearAcronyms(text, tokens, starts);
  for (let k = 0; k + 1 < starts.length; k++) {
    const [from, to] = [starts[k], starts[k + 1]];
    if (nearAcronym.has(k)) {
      // Typed below, once the acronyms are resolved.
      for (const c of chunks(tokens, from, to, text, gaz, dw)) found.push(...refine(c, text, gaz));
      continue;
    }
    const key = paragraphKey(article.paragraphs[k], tokens, from, to, text, dw);
    const cached = cacheOf(paragraphChunks).get(key);
    if (cached) {
      for (const r of cached) found.push(placeChunk(r, tokens, from, text));
      continue;
    }
    const typed: Chunk[] = [];
    for (const c of chunks(tokens, from, to, text, gaz, dw)) {
      for (const r of refine(c, text, gaz)) {
        classify(r, tokens, gaz, text, dw.teamSports);
        typed.push(r);
      }
    }
    cacheOf(paragraphChunks).set(
      key,
      typed.map((c) => cachedChunk(c, from)),
    );
    found.push(...typed);
  }
  found = acronymSpans(found, tokens, text);
  for (const c of found) if (!c.type) classify(c, tokens, gaz, text, dw.teamSports);
  return found;
}

/** A player's position or role after a club's name: "Norwich striker", "Kent batsman", "Leeds manager". */
const PLAYER_ROLES = new Set(
  'striker|midfielder|defender|goalkeeper|keeper|skipper|forward|winger|captain|coach|manager|player|batsman|bowler|seamer|spinner|wicketkeeper|opener|all-rounder|pitcher|outfielder|infielder|catcher|shortstop|quarterback|fullback|full-back|fly-half|scrum-half|flanker|hooker|prop|centre|wing'.split(
    '|',
  ),
);

/** A results row of two sides, each with its country in brackets: "Benfor (Italy) 92 Dinamo (Russia) 81". Bounded, so linear. */
const BRACKETED_RESULT = /^[^()\d\n]{1,40} \([^()\n]{1,30}\) \d+,? [^()\d\n]{1,40} \([^()\n]{1,30}\) \d+/;

/** A side's name in a bracketed results row (not the country in its brackets). */
function bracketedResultsRow(c: Chunk, text: string): boolean {
  const ls = newlines(text).before(c.start) + 1;
  if (!BRACKETED_RESULT.test(text.slice(ls, ls + 200))) return false;
  const before = text.slice(ls, c.start);
  return (before.match(/\(/g)?.length ?? 0) === (before.match(/\)/g)?.length ?? 0);
}

/** A side named with its country in a team sport: "Benfor of Italy beat Dinamo of Russia" (not "Tom Kellan of Italy"). */
function clubOfCountry(c: Chunk, doc: EntityDocument): boolean {
  const last = c.tokens[c.tokens.length - 1];
  const of = doc.tokens[last.index + 1];
  const country = doc.tokens[last.index + 2];
  if (c.tokens[0].tags.has('FirstName') || last.possessive || of?.norm !== 'of' || of.cap || of.start !== c.end + 1) return false;
  if (!country || country.line !== last.line || !country.cap) return false;
  const kind = doc.gaz.get(country.norm)?.kind;
  return (kind === 'country' || kind === 'code') && doc.gaz.get(c.text.toLowerCase())?.kind !== 'country';
}

/** A town (not a country: national sides are written as the country) before a player's role, in lower case. */
function playerOf(c: Chunk, doc: EntityDocument): boolean {
  const kind = doc.gaz.get(c.text.toLowerCase())?.kind;
  if (kind === 'country' || kind === 'code' || kind === 'demonym') return false;
  const last = c.tokens[c.tokens.length - 1];
  const next = doc.tokens[last.index + 1];
  return !last.possessive && next !== undefined && !next.cap && next.line === last.line && next.start === c.end + 1 && PLAYER_ROLES.has(next.norm);
}

/** A cricket scorecard's player: "c Healy b Fleming 44", "Waugh 5-1-36-1", "Ponting not out 46". */
function onScorecard(c: Chunk, { text, tokens }: EntityDocument): boolean {
  const pt = tokens[c.tokens[0].index - 1];
  const tail = text.slice(c.end, c.end + 24);
  return (
    (pt !== undefined && pt.line === c.tokens[0].line && /^(b|c|st|lbw)$/.test(pt.text)) ||
    /^\s+(c|b|st|lbw|run out|not out|retired)\s/.test(tail) ||
    /^\s+\d+(\.\d)?-\d+-\d+-\d+/.test(tail)
  );
}

/** A month's name and a day right before a name: "May 13 ", "Sept. 4 ". */
const DAY_OF_MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\s+$/i;

/** The text of a line before a name ends in a score: a number, not a year nor the day of a date ("June 2 Depart for Rome"). */
function scoreBeforeName(lineBefore: string): boolean {
  return /\d\s+$/.test(lineBefore) && !/\d{4}\s+$/.test(lineBefore) && !DAY_OF_MONTH_BEFORE.test(lineBefore.slice(-16));
}

/** Sports: teams named after places are organizations in results, "X beat Y", "joined X", "X captain". */
function typeSportsNames(found: Chunk[], doc: EntityDocument): void {
  const { text, gaz, tokens, teamSports } = doc;
  let venueEnd = -1;
  for (const c of found) {
    // "at Old Trafford, Manchester)": the town of a venue; not "at Grace Road, Leicestershire extended …".
    const chained =
      venueEnd >= 0 &&
      /^,\s*$/.test(text.slice(venueEnd, c.start)) &&
      c.type === 'place' &&
      /^\s*(?:[),.;:]|$|(?:on|in|at|and|to|for)\b)/.test(text.slice(c.end, c.end + 6));
    // "Bergamo-based Atalanta": a town that qualifies a word is no side.
    if (c.type === 'place' && /^-\p{Ll}/u.test(text.slice(c.end, c.end + 2))) {
      venueEnd = -1;
      continue;
    }
    if (c.score < 3 && c.type !== 'place' && onScorecard(c, doc)) {
      set(c, 'person', 2.5);
      continue;
    }
    venueEnd = -1;
    const pb = tokens[c.tokens[0].index - 1];
    const pbb = pb?.norm === 'the' ? tokens[c.tokens[0].index - 2] : pb;
    if ((pbb && VENUE_PREPOSITIONS.has(pbb.norm)) || chained) venueEnd = c.end;
    // A venue heads its line before a colon, its ground in brackets perhaps: "Hove:", "London (The Oval):".
    if (chained || (/^(?: \([^()\n]{1,40}\))?:/.test(text.slice(c.end, c.end + 44)) && newlines(text).before(c.start) + 1 === c.start)) {
      if (c.score < 3) set(c, 'place', 2.5);
      continue;
    }
    // "Deportivo were unable", "Leicestershire have won": one name with a plural verb is a team.
    const lastTok0 = c.tokens[c.tokens.length - 1];
    const verbAfter = tokens[lastTok0.index + 1];
    if (
      teamSports &&
      c.score < 3 &&
      !c.personCue &&
      !lastTok0.possessive &&
      !/s$/.test(lastTok0.norm) &&
      verbAfter &&
      verbAfter.line === lastTok0.line &&
      verbAfter.start === c.end + 1 &&
      /^(were|are|have)$/.test(verbAfter.text)
    ) {
      set(c, 'organization', 2.5);
      continue;
    }
    if (teamSports && c.score < 3 && ((c.type === 'place' && playerOf(c, doc)) || (!c.personCue && (bracketedResultsRow(c, text) || clubOfCountry(c, doc))))) {
      set(c, 'organization', 2.5);
      continue;
    }
    if (c.type !== 'place' && c.score >= 2) continue;
    if (c.type === 'person' && (c.personCue || c.tokens[0].tags.has('FirstName'))) continue;
    const lastTok = c.tokens[c.tokens.length - 1];
    const prevTok = tokens[c.tokens[0].index - 1];
    if (
      c.tokens.length >= 2 &&
      /\p{Ll}s$/u.test(lastTok.text) &&
      lastTok.tags.has('Plural') &&
      // (A people is no team: "the North Africans".)
      gaz.get(lastTok.norm)?.kind !== 'demonym' &&
      !c.tokens[0].tags.has('FirstName') &&
      (prevTok?.norm === 'the' || /^\s+\d/.test(text.slice(c.end, c.end + 4)))
    ) {
      set(c, 'organization', 2.5);
      continue;
    }
    const g = gaz.get(c.text.toLowerCase());
    // National sides are written as their country; no side is named after a continent ("a tour of Europe").
    if (g?.kind === 'country' || g?.kind === 'code' || (c.type === 'place' && isWorldRegion(c.text))) continue;
    if (c.type === 'place' && g && /^(region)$/.test(g.kind) && g.name.split(' ').length > 1 && !c.tokens[0].upper) continue;
    const lineEndAt = newlines(text).after(c.start);
    const lineText = text.slice(c.start, lineEndAt < 0 ? text.length : lineEndAt);
    const lineStart = newlines(text).before(c.start) + 1;
    if (newlines(text).isDateline(c.start)) continue;
    const ti = c.tokens[0].index;
    let bi = ti - 1;
    if (tokens[bi]?.norm === 'the') bi--;
    const before = tokens[bi]?.line === c.tokens[0].line ? tokens[bi] : undefined;
    const after = tokens[c.tokens[c.tokens.length - 1].index + 1];
    const venue = before && VENUE_PREPOSITIONS.has(before.norm);
    const rest = lineText.slice(c.text.length);
    const scoreAfter = /^\s+\d+(?:-\d+)?(?:[\s,;.)]|$)/.test(rest);
    const scoreBefore = scoreBeforeName(text.slice(lineStart, c.start));
    const versus = before?.norm === 'v' || before?.norm === 'vs' || /^\s+vs?\.?\s/.test(rest);
    const placeAfter = /^,\s/.test(rest) && after && (gaz.get(after.norm)?.kind === 'country' || gaz.get(after.norm)?.kind === 'region');
    const placeNoun =
      after &&
      after.line === c.tokens[0].line &&
      !after.cap &&
      after.start === c.end + 1 &&
      after.tags.has('Noun') &&
      !after.tags.has('Verb') &&
      !after.tags.has('Pronoun');
    const body = c.type === 'place' && !venue && !placeAfter && !placeNoun && c.tokens.length <= 3 && c.score < 2.5;
    const countryAfter = /^ \(([\p{L} .]+)\)/u.exec(rest);
    if (
      countryAfter &&
      gaz.get(countryAfter[1].toLowerCase())?.kind &&
      gaz.get(countryAfter[1].toLowerCase())!.kind !== 'demonym' &&
      c.tokens.length >= 2 &&
      c.tokens.length <= 4 &&
      (!teamSports || c.tokens[0].tags.has('FirstName'))
    ) {
      set(c, 'person', 2.5);
      continue;
    }
    const bracketed = /\(\s*$/.test(text.slice(lineStart, c.start)) && /^\s*\)/.test(rest);
    if (bracketed) continue;
    // In golf, tennis or athletics a name before a result is the competitor: a person stays one.
    if ((scoreAfter || scoreBefore) && !teamSports && !versus && c.type === 'person') continue;
    if (scoreAfter || scoreBefore || versus || (body && teamSports)) {
      set(c, 'organization', 2.5);
    } else if (venue && c.type === 'organization' && c.score < 2 && before.norm !== 'to') {
      set(c, 'place', 1);
    } else if (venue && c.type === 'place' && c.score >= 2 && /^(in|at)$/.test(before.norm)) {
      // "In Seattle, ...": where a game was played stays a place whatever the club mentions say.
      c.score = 3;
    }
  }
}

/**
 * "Bodman, Longely & Dahling": one or two names listed by commas before a firm's "X & Y" are more of
 * its partners, one name (not a place's, an acronym's or a titled person's).
 */
function firmsNamedByPartners(found: Chunk[], text: string, gaz: Map<string, GazetteerEntry>): Chunk[] {
  const out: Chunk[] = [];
  for (const c of found) {
    let firm = c;
    if (c.type === 'organization' && c.text.includes(' & ')) {
      for (let prev = out[out.length - 1]; prev; prev = out[out.length - 1]) {
        if (prev.tokens.length > 2 || text.slice(prev.end, firm.start) !== ', ' || prev.tokens[0].line !== firm.tokens[0].line) break;
        // (Acronyms listed are as many bodies: "IBF, WBO, WBA & IBO".)
        if (prev.personCue || prev.tokens.some((t) => gaz.has(t.norm) || t.upper)) break;
        out.pop();
        firm = { ...makeChunk(prev.tokens.concat(firm.tokens), text), type: 'organization', score: c.score };
      }
    }
    out.push(firm);
  }
  return out;
}

/** Document-level consistency: one type per surface string, by vote. */
function voteTypesBySpelling(found: Chunk[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, w: number) => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + w);
  };
  // A default guess (an unknown capitalized word with nothing around it) is no evidence for the others.
  for (const c of found) vote(c.text.toLowerCase(), c.type!, c.score <= 0.3 ? 0 : c.score * c.score);
  for (const c of found) {
    const m = votes.get(c.text.toLowerCase())!;
    let best = c.type!;
    for (const [t, w] of m) if (w > (m.get(best) ?? 0)) best = t;
    if (best !== c.type && c.score < 3) c.type = best;
  }
}

/**
 * A name read as a person only by default ("Deportivo Coruna") whose word the document shows to be a
 * club or company elsewhere ("Deportivo were unable", "Cofinec shares") is that organization.
 */
function organizationsByFirstWord(found: Chunk[]): void {
  const orgWord = new Set(found.filter((o) => o.tokens.length === 1 && o.type === 'organization' && o.score >= 2.5).map((o) => o.tokens[0].norm));
  if (orgWord.size)
    for (const c of found)
      if (c.type === 'person' && c.score < 1 && c.tokens.length >= 2 && !c.personCue && orgWord.has(c.tokens[0].norm)) set(c, 'organization', 1);
}

/**
 * A company's name without its legal form, once the document has written it in full ("Hindustan
 * Copper" after "Hindustan Copper Ltd"), names that company whatever its words alone suggest.
 */
function companiesWithoutLegalForm(found: Chunk[]): void {
  const fullNames = new Map<string, Chunk>();
  for (const o of found) {
    if (o.type !== 'organization' || o.score < 2.5) continue;
    let n = o.tokens.length;
    while (n > 1 && CORPORATE_FORMS.has(o.tokens[n - 1].norm)) n--;
    // "Bear Stearns & Co": the ampersand goes with the form.
    if (n < o.tokens.length && n > 1 && o.tokens[n - 1].norm === '&') n--;
    if (n < o.tokens.length) fullNames.set(o.text.slice(0, o.tokens[n - 1].end - o.start).toLowerCase(), o);
  }
  if (!fullNames.size) return;
  for (const c of found) {
    const full = c.score < 2 && !c.personCue ? fullNames.get(c.text.toLowerCase()) : undefined;
    if (full) set(c, 'organization', 2, full.name ?? full.text);
  }
}

/**
 * What only people have, pooled over every mention of a name: "the Dole campaign", "Dole's wife",
 * "Washington, who …", "Dole himself". Two such mentions make a name read as an organization or a
 * place on weaker evidence than a title or a suffix a person throughout.
 */
function peopleByWhatOnlyPeopleHave(found: Chunk[], doc: EntityDocument): void {
  const { text, tokens } = doc;
  const cues = new Map<string, number>();
  for (const c of found) {
    if (c.tokens.length > 2) continue;
    const last = c.tokens[c.tokens.length - 1];
    const next = tokens[last.index + 1];
    const after = text.slice(c.end, c.end + 8);
    const human =
      (next && next.line === last.line && PERSON_ONLY_AFTER.test(next.norm) && /^(?:['’]s?)? $/.test(text.slice(c.end, next.start))) ||
      /^,\s+who\b/.test(after);
    if (human) cues.set(c.text.toLowerCase(), (cues.get(c.text.toLowerCase()) ?? 0) + 1);
  }
  for (const c of found) if ((cues.get(c.text.toLowerCase()) ?? 0) >= 2 && c.type !== 'person' && c.type !== 'other' && c.score < 2.5) set(c, 'person', 2);
}

/** The people the document names in full, and the full name of each surname (and given name) they have. */
interface NamedPeople {
  persons: Chunk[];
  surname: Map<string, string>;
}

/**
 * Whether `pos` lies inside quotation marks opened earlier on its line (curly marks, else an odd count
 * of straight ones), reading at most 1,000 characters back so that a document on one line stays linear.
 */
function insideQuotation(text: string, pos: number): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = pos - 1; i >= Math.max(0, pos - 1000) && text[i] !== '\n'; i--) {
    const c = text[i];
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

/** The gender an honorific gives the name after it ("Mrs. Roe"), undefined for none. */
function honorificGender(t: Token | undefined): Gender | undefined {
  if (!t) return undefined;
  return FEMALE_HONORIFICS.has(t.norm) ? 'female' : MALE_HONORIFICS.has(t.norm) ? 'male' : undefined;
}
type Gender = 'female' | 'male';
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'mme', 'madame']);
const MALE_HONORIFICS = new Set(['mr', 'messrs']);

/** A full name's gender by its given name in compromise's lexicon ("Jane Roe"), undefined when the first word tells none ("Bill"). */
function givenNameGender(p: Chunk): Gender | undefined {
  const first = p.tokens[0].tags;
  return first.has('FemaleName') ? 'female' : first.has('MaleName') ? 'male' : undefined;
}

/**
 * For a surname after "Mr." or "Mrs.", the full name it stands for among the document's people of
 * that surname when the one the surname stands for elsewhere (`usual`) is of the other gender, or of
 * none while another agrees ("Mrs. Roe" beside "John Roe" and "Jane Roe" is Jane Roe): the nearest
 * before it of those that fit best. Null when every one is of the other gender; undefined when the
 * honorific says nothing against `usual`.
 */
function fullNameByHonorific(persons: readonly Chunk[], tokens: readonly Token[]): (c: Chunk, usual: string | undefined) => string | null | undefined {
  const bySurname = new Map<string, Chunk[]>();
  for (const p of persons) appendTo(bySurname, p.tokens[p.tokens.length - 1].norm, p);
  return (c, usual) => {
    const gender = honorificGender(tokens[c.tokens[0].index - 1]);
    const people = gender && bySurname.get(c.tokens[0].norm);
    if (!people) return undefined;
    const rank = (p: Chunk) => (givenNameGender(p) === gender ? 2 : givenNameGender(p) === undefined ? 1 : 0);
    let best: Chunk | undefined;
    let usualRank = -1;
    for (const p of people) {
      if ((p.name ?? p.text) === usual) usualRank = Math.max(usualRank, rank(p));
      const better = !best || rank(p) > rank(best) || (rank(p) === rank(best) && p.start < c.start && p.start > best.start);
      if (better) best = p;
    }
    if (!best) return undefined;
    if (rank(best) === 0) return null;
    // The usual name fits as well, or is a longer form of the best one: it stays.
    return usualRank >= rank(best) || usual?.endsWith(` ${best.text}`) ? undefined : (best.name ?? best.text);
  };
}

/** People: later surname-only mentions take the full name. */
function namesBySurname(found: Chunk[], doc: EntityDocument): NamedPeople {
  const { text, gaz, tokens } = doc;
  const persons = found.filter((c) => c.type === 'person' && c.tokens.length >= 2);
  const surname = new Map<string, string>();
  const given = new Map<string, string>();
  /** Last names of people the document names with certainty (a first name, a title, an initial). */
  const sureLast = new Set<string>();
  for (const p of persons) {
    const full = p.name ?? p.text;
    if (p.score >= 2) sureLast.add(p.tokens[p.tokens.length - 1].norm);
    for (const t of p.tokens.slice(0, -1))
      if (!t.tags.has('FirstName') && !CONNECTORS.has(t.norm) && t.norm.length > 2 && !surname.has(t.norm)) given.set(t.norm, full);
    // A name in quotation marks (`nicknamed “Mad Dog Mattis”`, `“… beating Lying Jane Roe”`) is someone's
    // wording and does not replace the full name given before.
    const last = p.tokens[p.tokens.length - 1].norm;
    if (!surname.has(last) || !insideQuotation(text, p.start)) surname.set(last, full);
  }
  for (const [k, v] of given) if (!surname.has(k)) surname.set(k, v);
  const orgWords = orgsByOpeningWord(found);
  const byHonorific = fullNameByHonorific(persons, tokens);
  for (const c of found) {
    if (c.tokens.length !== 1) continue;
    const key = c.tokens[0].norm;
    const told = byHonorific(c, surname.get(key));
    const full = told === undefined ? surname.get(key) : (told ?? undefined);
    if (c.bareTitle) {
      if (full) {
        c.type = 'person';
        c.name = full;
        c.via = 'surname';
        c.bareTitle = false;
      }
      continue;
    }
    if (full && c.type === 'person' && c.score >= 3) {
      c.name = full;
      c.via = 'title';
      continue;
    }
    // A surname that is also a place ("Jordan", "Washington") stays a place only where a place is expected.
    const pb = tokens[c.tokens[0].index - 1];
    const placeContext =
      (pb && pb.line === c.tokens[0].line && PLACE_PREPOSITIONS.has(pb.norm)) ||
      (/^,\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3)) && gaz.has(tokens[c.tokens[0].index + 1]?.norm ?? '')) ||
      c.tokens[0].capsLine;
    const sure = sureLast.has(key);
    if (full && c.score < 3 && !(c.type === 'place' && c.score >= 2 && (placeContext || !sure)) && (sure || c.score < 2.5) && !(orgWords.has(key) && !sure)) {
      c.type = 'person';
      c.name = full;
      c.via = 'surname';
      continue;
    }
    if (orgWords.has(key) && c.score < 2) {
      c.type = 'organization';
      c.name = orgWords.get(key);
      c.via = 'alias';
    }
  }
  for (const c of found) {
    if (c.type === 'person' && c.tokens.length >= 2 && !c.name) {
      const full = surname.get(c.tokens[c.tokens.length - 1].norm);
      if (full && full.length > c.text.length && full.endsWith(c.tokens[c.tokens.length - 1].text) && shortFormOf(c.tokens, full)) c.name = full;
    }
  }
  return { persons, surname };
}

/**
 * The organization a lone word stands for, by the first word of the document's longer names: "Acme"
 * for "Acme Corp". A word that opens several ("House" in "House GOP", "House Democrats", "House of
 * Representatives") stands for the one it heads ("X of ..."), or for none.
 */
function orgsByOpeningWord(found: readonly Chunk[]): Map<string, string> {
  const names = new Map<string, Set<string>>();
  const headed = new Map<string, string>();
  for (const c of found) {
    if (c.type !== 'organization' || c.tokens.length < 2 || c.score < 2) continue;
    const key = c.tokens[0].norm;
    names.set(key, (names.get(key) ?? new Set()).add(c.text));
    if (c.tokens[1].norm === 'of') headed.set(key, c.text);
  }
  const out = new Map<string, string>();
  for (const [key, texts] of names) {
    const only = texts.size === 1 ? [...texts][0] : headed.get(key);
    if (only) out.set(key, only);
  }
  return out;
}

/**
 * A person's shorter name is a form of a longer one with its surname when each of its words, or an
 * initial of one, stands in the longer name ("Tom Pagnon" of "Tom A. Pagnon", "T. Pagnon" of "Tom
 * Pagnon"); another given name is another person of the family ("Lia Pagnon" beside "Tom Pagnon").
 */
function shortFormOf(tokens: readonly Token[], full: string): boolean {
  const words = full.toLowerCase().split(/\s+/);
  return tokens.every((t) => words.includes(t.norm) || (/^\p{L}\.?$/u.test(t.norm) && words.some((w) => w[0] === t.norm[0])));
}

/** Acronyms and tickers: "MSFT" for Microsoft, "IBM" for International Business Machines; an acronym defined once names the same organization everywhere. */
function acronymsAndTickers(found: Chunk[], gaz: Map<string, GazetteerEntry>): void {
  const orgs = found
    .filter((c) => c.type === 'organization' && !c.tokens.every((t) => t.upper))
    .map((o) => ({
      o,
      initials: o.tokens
        .filter((t) => !CONNECTORS.has(t.norm))
        .map((t) => t.norm[0])
        .join(''),
      word: o.tokens[0].norm,
    }));
  // The organization an acronym or ticker stands for, once per spelling: a ticker is usually
  // written many times, and each search runs over every organization of the document.
  const standsFor = new Map<string, { o: Chunk; via: string } | null>();
  const lookUp = (letters: string) => {
    for (const { o, initials, word } of orgs) {
      // A ticker's letters in order within the name's first word ("MSFT" in "microsoft").
      if (initials === letters || (word.length > letters.length && inOrder(letters, word))) return { o, via: initials === letters ? 'acronym' : 'ticker' };
    }
    return null;
  };
  for (const c of found) {
    if (c.tokens.length !== 1 || !c.tokens[0].upper) continue;
    const letters = c.text.replace(/\./g, '').toLowerCase();
    if (letters.length < 2 || letters.length > 5 || gaz.has(c.text.toLowerCase())) continue;
    let hit = standsFor.get(letters);
    if (hit === undefined) standsFor.set(letters, (hit = lookUp(letters)));
    if (hit) {
      c.type = 'organization';
      c.name = hit.o.name ?? hit.o.text;
      c.via = hit.via;
    }
  }

  // An acronym defined once names the same organization everywhere in the document.
  const defined = new Map<string, Chunk>();
  for (const c of found) if (c.via === 'acronym' && c.name) defined.set(c.text, c);
  for (const c of found) {
    const d = defined.get(c.text);
    if (d && c !== d && c.score < 3) {
      c.type = 'organization';
      c.name = d.name;
      c.via = 'acronym';
    }
  }
}

/** Coordination: "Clinton and Dole", "Essex, Derbyshire and Surrey" share a type when one of them is known. */
function typeCoordinated(found: Chunk[], text: string, tokens: Token[]): void {
  const order = [...found.keys(), ...[...found.keys()].reverse()];
  for (const k of order) {
    const c = found[k];
    if (c.score > 0.5) continue;
    for (const o of [found[k - 1], found[k + 1]]) {
      if (!o || o.score < 1.5 || !o.type || o.type === 'other') continue;
      // "Pelosi, House Minority Whip Steny Hoyer": the body of a title is no item of the list, its holder is.
      const oLast = o.tokens[o.tokens.length - 1];
      if (officeTitleAfter(oLast, tokens[oLast.index + 1])) continue;
      const gap = o.end <= c.start ? text.slice(o.end, c.start) : text.slice(c.end, o.start);
      if (/^(,| and| or|, and)\s$/.test(gap) && o.tokens[0].line === c.tokens[0].line) {
        c.type = o.type;
        c.score = 0.6;
        break;
      }
    }
  }
}

/** Common words read as names for want of anything better, dropped. */
function withoutCommonWords(found: Chunk[], doc: EntityDocument): Chunk[] {
  const { text, tokens, dw } = doc;
  // One letter alone names nothing ("Division B", "Plan B"): a club's qualifier joins its name later.
  found = found.filter((c) => !(c.tokens.length === 1 && /^\p{L}$/u.test(c.text)));
  // A lone unknown word at the start of a sentence, never written capitalized elsewhere, is a common word.
  const midKeys = new Set(found.filter((c) => !c.tokens[0].initial).map((c) => c.text.toLowerCase()));
  // Unless the word is no English word and the document names it again ("Cofinec said …", "Cofinec's …").
  const lone = new Map<string, number>();
  for (const c of found) for (const t of c.tokens) lone.set(t.norm, (lone.get(t.norm) ?? 0) + 1);
  const unknownName = (t: Token) =>
    (lone.get(t.norm) ?? 0) >= 2 &&
    lexicon()[t.norm] === undefined &&
    !inCommonWordList(t.norm) &&
    !dw.lower.has(t.norm) &&
    !COMMON_SUFFIX.test(t.norm) &&
    !t.tags.has('Verb') &&
    !t.tags.has('Adjective');
  // Or a bare singular noun that speaks ("Oracle said", "Apple told"): a common noun would take "the".
  found = found.filter(
    (c) =>
      !(
        c.score <= 0.3 &&
        c.type === 'organization' &&
        c.tokens.length === 1 &&
        c.tokens[0].initial &&
        !c.tokens[0].upper &&
        !midKeys.has(c.text.toLowerCase()) &&
        !unknownName(c.tokens[0]) &&
        !speaksAsName(c.tokens[0], tokens[c.tokens[0].index + 1])
      ),
  );
  // A lone common word capitalized inside a sentence with nothing else to say it is a name: a label
  // or a title-cased phrase ("Use of Proceeds:", "Net Income", "Director of Intelligence").
  {
    const strong = new Set(found.filter((c) => c.score >= 1.5).map((c) => c.text.toLowerCase()));
    /** Next to another capitalized word of a title-cased phrase ("Net Income", "Man of the Match"), or a label before a colon. */
    const inPhrase = (c: Chunk): boolean => {
      const t = c.tokens[0];
      if (/^:/.test(text.slice(c.end, c.end + 1))) return true;
      const capNear = (j: number, step: number): boolean => {
        for (let n = 0; n < 3; n++, j += step) {
          const o = tokens[j];
          if (!o || o.line !== t.line) return false;
          const gap = step < 0 ? text.slice(o.end, tokens[j - step].start) : text.slice(tokens[j - step].end, o.start);
          if (gap !== ' ') return false;
          if (o.cap && !o.initial && !NON_NAMES.has(o.norm)) return true;
          if (!/^(of|the)$/.test(o.norm)) return false;
        }
        return false;
      };
      return capNear(t.index - 1, -1) || capNear(t.index + 1, 1);
    };
    found = found.filter(
      (c) =>
        !(
          c.score < 1 &&
          c.tokens.length === 1 &&
          !c.via &&
          !c.name &&
          !c.tokens[0].upper &&
          !c.personCue &&
          isCommonWord(c.tokens[0].norm) &&
          !isFirstName(c.tokens[0]) &&
          !isTitle(c.tokens[0].norm) &&
          !strong.has(c.text.toLowerCase()) &&
          inPhrase(c)
        ),
    );
  }
  // So is one in a heading ("No Go for MSFT"), where every word may take a capital: a word
  // compromise knows as a common one, with nothing else to say it is a name.
  const headingWord = (c: Chunk) => c.score < 1 && c.tokens.length === 1 && !c.tokens[0].upper && isCommonWord(c.tokens[0].norm) && inHeading(c, text);
  const headingWords = found.filter(headingWord);
  if (headingWords.length) {
    const named = new Set(found.filter((c) => c.tokens.length === 1 && !headingWords.includes(c)).map((c) => c.tokens[0].norm));
    found = found.filter((c) => !headingWords.includes(c) || named.has(c.tokens[0].norm));
  }
  return found;
}

/**
 * Whether name `k` of `found` is listed right beside an organization that `counts`, a comma or a
 * conjunction `gap` accepts between them ("Mobil, Shell and Caltex").
 */
function listedBeside(found: Chunk[], k: number, text: string, gap: RegExp, counts: (o: Chunk) => boolean): boolean {
  return [found[k - 1], found[k + 1]].some((o) => {
    if (o?.type !== 'organization' || !counts(o)) return false;
    return gap.test(o.end <= found[k].start ? text.slice(o.end, found[k].start) : text.slice(found[k].end, o.start));
  });
}

/** Tags of a verb after its subject. */
const ACTING_TAGS = ['Verb', 'Modal', 'Copula', 'Auxiliary'];

/**
 * A common English word read as an organization only for want of anything else ("the Stadium
 * court", "the Stars and Stripes flag", "taking over Flight 150") is dropped, unless the document
 * treats it as a name: capitalized inside sentences twice and never in lower case ("the Fed",
 * "Real"), a plural ("the Nationals"), the subject of a verb ("the Fed would"), the last word of a longer organization's name ("the Royals" after "Kansas City Royals"),
 * or listed with other names ("Mobil, Shell and Caltex").
 */
/** A party and a state after a politician's name, in brackets or after a comma ("(D-Ill.)", ", R-Texas,"): no name of its own. */
const PARTY_AFFILIATION = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

function withoutPartyAffiliations(found: Chunk[], text: string): Chunk[] {
  return found.filter((c) => !(c.tokens.length === 1 && PARTY_AFFILIATION.test(c.text) && /(?:\(|,\s)$/.test(text.slice(Math.max(0, c.start - 2), c.start))));
}

function withoutLoneCommonWords(found: Chunk[], doc: EntityDocument): Chunk[] {
  const { text, tokens, dw } = doc;
  const capitalized = new Map<string, number>();
  const lastWords = new Set<string>();
  for (const c of found) {
    const last = c.tokens[c.tokens.length - 1];
    if (c.tokens.length === 1 && !last.initial) capitalized.set(last.norm, (capitalized.get(last.norm) ?? 0) + 1);
    if (c.tokens.length > 1 && c.type === 'organization') lastWords.add(last.norm);
  }
  // (Beside another company, not another common word: "the Stars and Stripes flag".)
  const listed = (k: number): boolean =>
    listedBeside(found, k, text, /^(?:,|,? and) $/, (o) => !(o.score <= 0.3 && o.tokens.length === 1 && isCommonWord(o.tokens[0].norm)));
  return found.filter((c, k) => {
    const t = c.tokens[0];
    if (c.score > 0.3 || c.type !== 'organization' || c.tokens.length > 1 || c.via || c.name || t.upper || !isCommonWord(t.norm)) return true;
    const usedAsName = (capitalized.get(t.norm) ?? 0) >= 2 && !dw.lower.has(t.norm);
    // "the Nationals", "Angels general manager": a capitalized plural names a team, a party or a people.
    const group = /\p{Ll}s$/u.test(t.text);
    // "the Fed would raise": a subject before its verb acts, as a name does (not "the Stadium court").
    const next = tokens[t.index + 1];
    const acts = next !== undefined && next.line === t.line && next.start === t.end + 1 && hasAnyTag(next, ACTING_TAGS);
    return usedAsName || group || acts || lastWords.has(t.norm) || listed(k);
  });
}

/**
 * In a sport of single competitors (tennis, golf, athletics, boxing) a lone unknown name with
 * nothing around it to say what it is names a competitor, a person, not an organization: clubs and
 * sponsors come with cues or suffixes, or after the competitor on a results line ("1. Ann Vore
 * (Italy) Korvex 4:01").
 */
function competitorsByDefault(found: Chunk[]): void {
  const personLines = new Set<number>();
  for (const c of found) {
    const line = c.tokens[0].line;
    if (c.type === 'organization' && c.score <= 0.3 && c.tokens.length === 1 && !c.via && !c.name && !c.tokens[0].upper && !personLines.has(line))
      c.type = 'person';
    if (c.type === 'person') personLines.add(line);
  }
}

/**
 * Outside sports a lone capitalized plural of a common noun with nothing to say what it is names a
 * kind of thing or a people ("bought Petrodollars", "rural Highlanders"), not one organization:
 * CoNLL's miscellany. Not after "the" (a team or a party: "the Tories", "the Greens"), nor a name
 * that only looks plural ("Harrods"), nor one listed beside another organization.
 */
function pluralsByDefault(found: Chunk[], text: string): void {
  const pluralOfCommonNoun = (word: string): boolean => {
    const singular = word.replace(/e?s$/, '');
    for (let k = 0; k + 5 <= singular.length; k++) if (isCommonWord(singular.slice(k))) return true;
    return isCommonWord(word.slice(0, -1));
  };
  const listed = (k: number): boolean => listedBeside(found, k, text, /^(?:,|,? and|,? or) $/, () => true);
  const plural = found.filter(
    (c, k) =>
      c.type === 'organization' &&
      c.score <= 0.3 &&
      c.tokens.length === 1 &&
      !c.via &&
      !c.name &&
      /\p{Ll}[^s]s$/u.test(c.tokens[0].text) &&
      pluralOfCommonNoun(c.tokens[0].norm) &&
      !/\bthe\s$/i.test(text.slice(Math.max(0, c.start - 4), c.start)) &&
      !listed(k),
  );
  for (const c of plural) c.type = 'other';
}

/**
 * Common words written in capitals inside a line in mixed case are a label or a slug, not a name:
 * "PRESS DIGEST - Korva", "Nikkei latest CRUDE OIL $19.87". Two or more such words in a row (an
 * acronym is no common word), known to no gazetteer and never capitalized as a name elsewhere.
 */
function withoutWordsInCapitals(found: Chunk[], doc: EntityDocument): Chunk[] {
  const { text, tokens, gaz, dw } = doc;
  const commonCaps = (t: Token | undefined): t is Token => !!t?.upper && !t.capsLine && isCommonWord(t.norm) && !dw.midCap.has(t.norm);
  const joined = (a: Token, b: Token) => a.line === b.line && text.slice(a.end, b.start) === ' ';
  return found.filter((c) => {
    if (c.personCue || !c.tokens.every(commonCaps) || gaz.has(c.text.toLowerCase())) return true;
    const first = c.tokens[0];
    const last = c.tokens[c.tokens.length - 1];
    const before = tokens[first.index - 1];
    const after = tokens[last.index + 1];
    const inRun = c.tokens.length >= 2 || (commonCaps(before) && joined(before, first)) || (commonCaps(after) && joined(last, after));
    return !inRun;
  });
}

/** Lines in capitals: names matched with what the rest of the document named. */
function capsLineNames({ persons, surname }: NamedPeople, found: Chunk[], doc: EntityDocument): Chunk[] {
  const { article, text, gaz, tokens, firstLine, sports } = doc;
  const known = new Map<string, Chunk>();
  for (const c of found) known.set(c.text.toLowerCase().replace(/\.$/, ''), c);
  for (const [k, full] of surname) if (!known.has(k)) known.set(k, { ...persons.find((p) => (p.name ?? p.text) === full)!, name: full, via: 'surname' });
  // A club's or company's short name in a headline: "RANGERS" for the Texas Rangers (in sports, before a nationality).
  for (const c of found) {
    if (c.type !== 'organization' || c.tokens.length < 2) continue;
    const last = c.tokens[c.tokens.length - 1];
    if (!last.cap || ORG_SUFFIXES.has(last.norm) || CONNECTORS.has(last.norm) || gaz.get(last.norm)?.kind === 'country') continue;
    const k = known.get(last.norm);
    if (!k || (sports && k.type === 'other')) known.set(last.norm, { ...c, name: c.name ?? c.text, via: 'alias' });
  }
  const sportsLabelEnd = sports ? (article.paragraphs[0]?.start ?? 0) + firstLine.indexOf(' - ') : -1;
  const capsTokens = tokens.filter((t) => t.capsLine && !(t.line === 0 && t.end <= sportsLabelEnd));
  const capsFound = capsLineChunks(capsTokens, text, known, gaz);
  if (sports) {
    for (const c of capsFound) {
      if (c.type !== 'place') continue;
      const g = gaz.get(c.text.toLowerCase());
      if (g?.kind === 'country' || g?.kind === 'code') continue;
      // The story names it as a place itself, not a club: one sense per story ("RIOT POLICE CALLED TO SAMARA").
      const body = known.get(c.text.toLowerCase());
      if (body && !body.tokens[0].capsLine && body.type === 'place' && body.score >= 2) continue;
      const lineEnd = newlines(text).after(c.end);
      const rest = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd);
      const prev = capsTokens[capsTokens.indexOf(c.tokens[0]) - 1];
      if (prev && prev.line === c.tokens[0].line && VENUE_PREPOSITIONS.has(prev.norm)) continue;
      if (c.tokens[0].line === 0 || newlines(text).isDateline(c.start)) {
        if (c.tokens[0].line === 0 && !/^\s+(OPEN|GRAND|MARATHON|CUP|GAMES|CLASSIC|MASTERS|TOUR|RALLY)\b/.test(rest)) c.type = 'organization';
        continue;
      }
      c.type = 'organization';
    }
  }
  return capsFound;
}

/** A review of the day's newspapers: "PRESS DIGEST - Korva - Aug 31", "Vantor newspapers - Aug 30". */
const PRESS_REVIEW = /\b(?:press|newspapers?)\b/i;

/**
 * In a review of the press each paper's stories come under its name on a line of its own in
 * capitals ("LA PRESSE", "DAILY STAR"): that line names an organization, whatever its words
 * say alone.
 */
function pressReviewTitles(found: Chunk[], doc: EntityDocument): Chunk[] {
  const { text, tokens, firstLine } = doc;
  if (!PRESS_REVIEW.test(firstLine)) return found;
  const titles: Chunk[] = [];
  for (let k = 0; k < tokens.length; ) {
    let e = k;
    while (e + 1 < tokens.length && tokens[e + 1].line === tokens[k].line) e++;
    const line = tokens.slice(k, e + 1);
    const ls = newlines(text).before(line[0].start) + 1;
    const le = newlines(text).after(line[0].start);
    const whole = text.slice(ls, le < 0 ? text.length : le).trim();
    if (
      line[0].line > 0 &&
      line.length <= 4 &&
      line.every((t) => t.upper && /^\p{L}/u.test(t.text)) &&
      /^[\p{Lu} .'’&-]+$/u.test(whole) &&
      !newlines(text).isDateline(line[0].start)
    ) {
      const c = makeChunk(line, text);
      set(c, 'organization', 3);
      titles.push(c);
    }
    k = e + 1;
  }
  if (!titles.length) return found;
  return found.filter((c) => !titles.some((t) => c.start < t.end && t.start < c.end)).concat(titles);
}

/** A dateline names its place first ("ESCHEN 1996-08-31", "STIRLING, Scotland 1996-08-31"), known or not. */
function datelinePlaces(found: Chunk[], doc: EntityDocument): void {
  const { text, tokens } = doc;
  const covered = new Set<number>();
  for (const c of found) for (const t of c.tokens) covered.add(t.index);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || covered.has(k) || (k > 0 && tokens[k - 1].line === t.line) || !newlines(text).isDateline(t.start)) continue;
    let e = k;
    while (
      e + 1 < tokens.length &&
      tokens[e + 1].line === t.line &&
      tokens[e + 1].cap &&
      !/^\p{N}/u.test(tokens[e + 1].text) &&
      text.slice(tokens[e].end, tokens[e + 1].start) === ' ' &&
      !covered.has(e + 1)
    )
      e++;
    if (/^\s*(?:,|\d)/.test(text.slice(tokens[e].end, tokens[e].end + 3))) {
      const c = makeChunk(tokens.slice(k, e + 1), text);
      set(c, 'place', 2);
      found.push(c);
    }
  }
  for (const c of found) {
    const lineStart = newlines(text).before(c.start) + 1;
    if (newlines(text).isDateline(c.start) && (lineStart === c.start || /^[\p{L} .'-]+,\s*$/u.test(text.slice(lineStart, c.start)))) c.type = 'place';
  }
}

/** Small words a title-cased title writes in lower case ("On the Waterfront", "Artisans for Peace"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or']);

/** Where quotation marks enclose a title-cased phrase of two to seven words: `"The Silent Harbour"`. */
function quotedTitleSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // A straight quote opens or closes by its count on the line; curly ones say which they are.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open = -1;
    else if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      const inner = text.slice(open + 1, i);
      open = -1;
      if (inner.length > 70) continue;
      const words = inner.replace(/[,.!?]$/, '').split(' ');
      if (words.length < 2 || words.length > 7 || !/^\p{Lu}/u.test(words[0])) continue;
      if (words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w))) out.push([i - inner.length, i]);
    }
  }
  return out;
}

/**
 * A title-cased phrase in quotation marks is the title of a work ("The Silent Harbour", "Songs of
 * the Valley"), CoNLL's miscellany: the names read inside it are no person, place or organization.
 * Not after a word that introduces an organization (`the daily "Morning Star"`), nor a name a
 * suffix or title types ("Liberation Front").
 */
function quotedTitles(found: Chunk[], text: string): void {
  const spans = quotedTitleSpans(text);
  if (!spans.length) return;
  for (const c of found) {
    const span = spans[lowerBound(spans, c.start + 1, (s) => s[1])];
    if (!span || c.start < span[0] || c.end > span[1] || c.score >= 3) continue;
    const before = /(\p{L}+)\s*["“]$/u.exec(text.slice(Math.max(0, span[0] - 20), span[0]));
    if (before && ORG_CUE_BEFORE.has(before[1].toLowerCase())) continue;
    // A person's name alone in quotation marks is a name spoken (`"Tom Kellan," he said`).
    if (c.type === 'person' && c.tokens[0].tags.has('FirstName') && !/\p{L}/u.test(text.slice(span[0], c.start) + text.slice(c.end, span[1]))) continue;
    c.type = 'other';
  }
}

/** Qualifiers in brackets belong to club names: "Mladost (L)", "Radnicki (N)". */
function clubQualifiers(found: Chunk[], text: string): void {
  for (const c of found) {
    const q = /^ \((\p{Lu}{1,2})\)/u.exec(text.slice(c.end, c.end + 6));
    const initials = c.tokens
      .filter((t) => !CONNECTORS.has(t.norm))
      .map((t) => t.text[0])
      .join('');
    if (q && c.type === 'organization' && !c.tokens.every((t) => t.upper) && q[1] !== initials) {
      c.end += q[0].length;
      c.text = text.slice(c.start, c.end);
    }
  }
}

/** The mentions of the names found, in text order, overlaps dropped. */
function mentions(found: Chunk[], text: string): EntityMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let last = -1;
  for (const c of found) {
    if (!c.type || c.start < last) continue;
    const name = c.name ?? c.text.replace(/\.$/, (m) => (/^(\p{L}\.)+$/u.test(c.text) ? m : ''));
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      name,
      id: `${c.type}:${name.toLowerCase()}`,
      via: c.via ?? (c.personCue && c.type === 'person' ? 'title' : 'name'),
    });
    last = c.end;
  }
  return out;
}
