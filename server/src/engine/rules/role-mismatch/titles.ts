import { perObject } from '../../collections';
import type { Statement, Wording } from '../../story/statements';

/**
 * Titles as slots of a person: "Capt. Tom Tennant", "Australian actor Hugh Jackman", "Hugh
 * Jackman, the Australian director", "Playboy founder Hugh Hefner", "Tim Mead, a spokesman for the
 * Angels". Read from the words right before and after a person's name in a statement.
 */

export interface Role {
  personId: string;
  person: string;
  /** The title in one normal form ("captain" for "Capt.", "attorney" for "lawyer"). */
  title: string;
  /** As written, for messages. */
  written: string;
  /** "vice", "deputy", "assistant", "acting"…: another office than the bare title. */
  rank: string;
  /** "former", "then", "ex-": a holder at another time. */
  past: boolean;
  /** The organization the title is of ("Playboy", "Woodburn Police Department"), by entity id. */
  orgId: string | null;
  org: string | null;
  /** Where the title is written: before the name ("Capt. Tom Tennant") or after it ("Tom Tennant, a captain"). */
  position: 'before' | 'after';
  start: number;
  end: number;
}

/** Titles and the one form each is compared in. A Map: "constructor" is a word too. */
const TITLE = new Map<string, string>(
  Object.entries({
    capt: 'captain',
    cpt: 'captain',
    captain: 'captain',
    sgt: 'sergeant',
    sergeant: 'sergeant',
    lt: 'lieutenant',
    lieutenant: 'lieutenant',
    gen: 'general',
    general: 'general',
    col: 'colonel',
    colonel: 'colonel',
    maj: 'major',
    major: 'major',
    cmdr: 'commander',
    cdr: 'commander',
    commander: 'commander',
    adm: 'admiral',
    admiral: 'admiral',
    cpl: 'corporal',
    corporal: 'corporal',
    pvt: 'private',
    trooper: 'trooper',
    officer: 'officer',
    constable: 'constable',
    det: 'detective',
    detective: 'detective',
    insp: 'inspector',
    inspector: 'inspector',
    supt: 'superintendent',
    superintendent: 'superintendent',
    sheriff: 'sheriff',
    undersheriff: 'undersheriff',
    deputy: 'deputy',
    marshal: 'marshal',
    gov: 'governor',
    governor: 'governor',
    sen: 'senator',
    senator: 'senator',
    rep: 'representative',
    representative: 'representative',
    congressman: 'representative',
    congresswoman: 'representative',
    assemblyman: 'assemblyman',
    assemblywoman: 'assemblyman',
    mayor: 'mayor',
    president: 'president',
    pres: 'president',
    premier: 'premier',
    chancellor: 'chancellor',
    minister: 'minister',
    secretary: 'secretary',
    ambassador: 'ambassador',
    amb: 'ambassador',
    envoy: 'envoy',
    judge: 'judge',
    justice: 'justice',
    magistrate: 'magistrate',
    prosecutor: 'prosecutor',
    attorney: 'attorney',
    atty: 'attorney',
    lawyer: 'attorney',
    counsel: 'counsel',
    defender: 'defender',
    solicitor: 'solicitor',
    chairman: 'chairman',
    chairwoman: 'chairman',
    chairperson: 'chairman',
    chair: 'chairman',
    ceo: 'chief executive',
    cfo: 'chief financial officer',
    coo: 'chief operating officer',
    cto: 'chief technology officer',
    founder: 'founder',
    cofounder: 'founder',
    'co-founder': 'founder',
    owner: 'owner',
    director: 'director',
    manager: 'manager',
    coach: 'coach',
    spokesman: 'spokesperson',
    spokeswoman: 'spokesperson',
    spokesperson: 'spokesperson',
    publicist: 'spokesperson',
    agent: 'agent',
    editor: 'editor',
    producer: 'producer',
    actor: 'actor',
    actress: 'actor',
    singer: 'singer',
    comedian: 'comedian',
    comedienne: 'comedian',
    writer: 'writer',
    author: 'author',
    novelist: 'novelist',
    journalist: 'journalist',
    reporter: 'reporter',
    professor: 'professor',
    prof: 'professor',
    dean: 'dean',
    pastor: 'pastor',
    reverend: 'reverend',
    rev: 'reverend',
    bishop: 'bishop',
    rabbi: 'rabbi',
    chief: 'chief',
    analyst: 'analyst',
    economist: 'economist',
    adviser: 'adviser',
    advisor: 'adviser',
    aide: 'aide',
    treasurer: 'treasurer',
    commissioner: 'commissioner',
    administrator: 'administrator',
    speaker: 'speaker',
    leader: 'leader',
    whip: 'whip',
    candidate: 'candidate',
    nominee: 'nominee',
    pitcher: 'pitcher',
    quarterback: 'quarterback',
    striker: 'striker',
    goalkeeper: 'goalkeeper',
    referee: 'referee',
    champion: 'champion',
    boxer: 'boxer',
    swimmer: 'swimmer',
    player: 'player',
    physician: 'physician',
    surgeon: 'surgeon',
    nurse: 'nurse',
    firefighter: 'firefighter',
    technician: 'technician',
    official: 'official',
    executive: 'executive',
    head: 'head',
    member: 'member',
    student: 'student',
    teacher: 'teacher',
    principal: 'principal',
    lecturer: 'lecturer',
    researcher: 'researcher',
    scientist: 'scientist',
    receiver: 'receiver',
    linebacker: 'linebacker',
    cornerback: 'cornerback',
    catcher: 'catcher',
    shortstop: 'shortstop',
    outfielder: 'outfielder',
    infielder: 'infielder',
    forward: 'forward',
    guard: 'guard',
    center: 'center',
    centre: 'center',
    defenseman: 'defenseman',
    midfielder: 'midfielder',
    winger: 'winger',
    keeper: 'goalkeeper',
    skipper: 'captain',
    wife: 'wife',
    husband: 'husband',
    widow: 'widow',
    widower: 'widower',
    sister: 'sister',
    brother: 'brother',
    mother: 'mother',
    father: 'father',
    son: 'son',
    daughter: 'daughter',
    cousin: 'cousin',
    uncle: 'uncle',
    aunt: 'aunt',
    nephew: 'nephew',
    niece: 'niece',
    grandson: 'grandson',
    granddaughter: 'granddaughter',
    grandmother: 'grandmother',
    grandfather: 'grandfather',
    friend: 'friend',
    girlfriend: 'girlfriend',
    boyfriend: 'boyfriend',
    fiancee: 'fiancee',
    fiancée: 'fiancee',
    fiance: 'fiance',
    fiancé: 'fiance',
    neighbor: 'neighbor',
    neighbour: 'neighbor',
  }),
);
/** Titles of several words, by their words joined with spaces. */
const COMPOUND = new Map<string, string>(
  Object.entries({
    'chief executive': 'chief executive',
    'chief executive officer': 'chief executive',
    'district attorney': 'district attorney',
    'public defender': 'public defender',
    'prime minister': 'prime minister',
    'foreign minister': 'foreign minister',
    'finance minister': 'finance minister',
    'attorney general': 'attorney general',
    'secretary of state': 'secretary of state',
    'police chief': 'police chief',
    'fire chief': 'fire chief',
    'head coach': 'coach',
    'general manager': 'general manager',
    'managing director': 'managing director',
    'executive director': 'executive director',
    'chief of staff': 'chief of staff',
    'press secretary': 'press secretary',
    'majority leader': 'majority leader',
    'minority leader': 'minority leader',
    'general counsel': 'counsel',
    'chief justice': 'chief justice',
    'senior trooper': 'trooper',
    'lieutenant governor': 'lieutenant governor',
    'wide receiver': 'receiver',
    'running back': 'running back',
    'tight end': 'tight end',
    'point guard': 'guard',
    'shooting guard': 'guard',
    'power forward': 'forward',
    'small forward': 'forward',
    'best friend': 'friend',
  }),
);
/** Words before a title that make it another office ("vice president", "deputy chief", "assistant coach"). */
const RANK = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'under']);
/** Words before a title for a holder at another time. */
const PAST = new Set(['former', 'ex', 'then', 'late', 'outgoing', 'onetime', 'erstwhile']);
/** Words before a title that change nothing of the office ("senior attorney", "longtime spokesman"). */
const QUALIFIER = new Set([
  'senior',
  'longtime',
  'chief',
  'top',
  'new',
  'veteran',
  'current',
  'now',
  'sitting',
  'incumbent',
  'junior',
  'elected',
  'retired',
  'co',
]);
/** Titles too vague to contradict another: a head or an official of something may be anything there. */
export const VAGUE = new Set(['official', 'executive', 'head', 'member', 'chief', 'aide', 'leader', 'candidate', 'nominee', 'player', 'adviser', 'agent']);

/** The title a run of words names, in its normal form, or undefined. */
function titleOf(words: string[]): string | undefined {
  const joined = words.join(' ');
  return COMPOUND.get(joined) ?? (words.length === 1 ? TITLE.get(words[0]) : undefined);
}

/** "sheriff's deputy": the possessive names whose deputy, not the title. */
const possessive = (text: string) => /['’]s$/i.test(text);

/** A title's words as the tokens give them: lower case, no final period, "co-founder" kept whole. */
const wordOf = (norm: string) => norm.replace(/\.$/, '');

/** The roles a statement gives the people it names (read once per statement). */
export const rolesIn = perObject(readRoles);

/**
 * Whether a wording holds a word a title is read from (a title, a rank, a noun for a person by
 * role). Kept by wording, which outlives a check: most statements hold none and are passed over on
 * every check after the first.
 */
const mayHoldTitle = perObject((w: Wording): boolean => w.tokens.some((t, k) => w.classes[k] === 'T' || TITLE.has(wordOf(t.norm)) || RANK.has(wordOf(t.norm))));

function readRoles(s: Statement): Role[] {
  const out: Role[] = [];
  const persons = s.entities.filter((e) => e.type === 'person');
  // Without a person or a title word there is no title to read: the statement's placed tokens are not even built.
  if (!persons.length || !mayHoldTitle(s.wording)) return out;
  const { tokens, wording } = s;
  const text = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  const orgBefore = (at: number) =>
    s.entities.find((e) => (e.type === 'organization' || e.type === 'place') && e.end <= at && /^\s*(?:['’]s\s*)?(?:\p{Ll}+\s+){0,2}$/u.test(text(e.end, at)));
  for (const p of persons) {
    let first = tokens.findIndex((t) => t.start >= p.start);
    if (first < 0) continue;
    // A title the extractor read into the name ("Trooper William Hakim").
    const absorbed: number[] = [];
    while (first < tokens.length - 1 && tokens[first + 1].end <= p.end && (TITLE.has(wordOf(tokens[first].norm)) || RANK.has(wordOf(tokens[first].norm))))
      absorbed.push(first++);
    // Before the name: "Troy police Lt.", "Australian actor", "Michigan Republican Party Chairman".
    let k = (absorbed[0] ?? first) - 1;
    const titleWords: number[] = [];
    while (k >= 0 && titleWords.length < 4 && !/[,;:()"“”]/.test(text(tokens[k].end, tokens[k + 1]?.start ?? p.start))) {
      const w = wordOf(tokens[k].norm);
      if (TITLE.has(w) || RANK.has(w) || PAST.has(w) || QUALIFIER.has(w) || (titleWords.length && COMPOUND.has(`${w} ${wordOf(tokens[titleWords[0]].norm)}`)))
        titleWords.unshift(k);
      else if (wording.classes[k] === 'T' && titleWords.length === 0) titleWords.unshift(k);
      else break;
      k--;
    }
    titleWords.push(...absorbed);
    const before = readTitle(titleWords.filter((i) => !possessive(tokens[i].text)).map((i) => wordOf(tokens[i].norm)));
    if (before) {
      const start = tokens[titleWords[0]].start;
      const org = orgBefore(start);
      out.push({
        personId: p.id,
        person: p.name,
        ...before,
        written: text(start, tokens[titleWords[titleWords.length - 1]].end),
        orgId: org?.id ?? null,
        org: org?.name ?? null,
        position: 'before',
        start: org ? Math.min(org.start, start) : start,
        end: p.end,
      });
    }
    // After the name: "Hugh Jackman, the Australian director", "Tim Mead, a spokesman for the Angels".
    const after = /^,\s+(?:the|a|an|his|her|its|their)?\s*/i.exec(text(p.end, s.end));
    if (!after) continue;
    let j = tokens.findIndex((t) => t.start >= p.end + after[0].length);
    if (j < 0) continue;
    const words: number[] = [];
    for (let n = 0; j < tokens.length && n < 5; j++, n++) {
      if (/[,;:()"“”.]/.test(text(tokens[j - 1].end, tokens[j].start)) && words.length) break;
      const w = wordOf(tokens[j].norm);
      if (TITLE.has(w) || RANK.has(w) || PAST.has(w) || QUALIFIER.has(w) || wording.classes[j] === 'T') words.push(j);
      else if (words.length) break;
      // Adjectives and names before the title ("the Australian director", "Acme's chief").
      else if (!/[JRS.N]/.test(wording.classes[j])) break;
    }
    const read = readTitle(words.filter((i) => !possessive(tokens[i].text)).map((i) => wordOf(tokens[i].norm)));
    if (!read) continue;
    const end = tokens[words[words.length - 1]].end;
    const of = /^\s+(?:of|at|for|with)\s+(?:the\s+)?/i.exec(text(end, s.end));
    const org = of ? s.entities.find((e) => e.start === end + of[0].length && (e.type === 'organization' || e.type === 'place')) : undefined;
    out.push({
      personId: p.id,
      person: p.name,
      ...read,
      written: text(tokens[words[0]].start, end),
      orgId: org?.id ?? null,
      org: org?.name ?? null,
      position: 'after',
      start: tokens[words[0]].start,
      end: org?.end ?? end,
    });
  }
  return out;
}

/** The title a run of title words names, with its rank and time; undefined when it names none. */
function readTitle(words: string[]): Pick<Role, 'title' | 'rank' | 'past'> | undefined {
  let rank = '';
  let past = false;
  const rest: string[] = [];
  for (const w of words) {
    if (PAST.has(w) && !rest.length) past = true;
    else if (RANK.has(w) && !rest.length && !COMPOUND.has([w, ...words.slice(words.indexOf(w) + 1)].join(' '))) rank = w;
    // "Sheriff's Deputy Sgt. Hoyt Teasley": a deputy by job, a sergeant by rank, not a deputy sergeant.
    else if (w === 'deputy' && rest.length) continue;
    else if (QUALIFIER.has(w) && !rest.length && words.length > 1 && !COMPOUND.has(words.slice(words.indexOf(w)).join(' '))) continue;
    else rest.push(w);
  }
  // The longest title the remaining words end with ("Republican Party Chairman" → "chairman", "District Attorney").
  for (let from = 0; from < rest.length; from++) {
    const title = titleOf(rest.slice(from));
    // A deputy director is another office; a deputy sergeant is a sergeant.
    if (title) return { title, rank: rank === 'deputy' && CATEGORY.get(title) === 'rank' ? '' : rank, past };
  }
  return undefined;
}

/** Titles one person holds at once without contradiction (a senator leads a party's senators). */
const TOGETHER: Array<[string, string]> = [
  ['senator', 'leader'],
  ['senator', 'majority leader'],
  ['senator', 'minority leader'],
  ['senator', 'whip'],
  ['senator', 'chairman'],
  ['representative', 'leader'],
  ['representative', 'majority leader'],
  ['representative', 'minority leader'],
  ['representative', 'whip'],
  ['representative', 'chairman'],
  ['representative', 'speaker'],
  ['president', 'chief executive'],
  ['chairman', 'chief executive'],
  ['officer', 'sergeant'],
  ['officer', 'lieutenant'],
  ['officer', 'captain'],
  ['officer', 'detective'],
  ['officer', 'trooper'],
  ['officer', 'deputy'],
  ['attorney', 'prosecutor'],
  ['attorney', 'district attorney'],
  ['attorney', 'counsel'],
  ['prosecutor', 'district attorney'],
  ['attorney', 'attorney general'],
  ['justice', 'judge'],
  ['chief', 'police chief'],
  ['chief', 'fire chief'],
  ['director', 'executive director'],
  ['director', 'managing director'],
  ['author', 'writer'],
  ['novelist', 'writer'],
  ['novelist', 'author'],
  ['journalist', 'reporter'],
  ['journalist', 'writer'],
  ['physician', 'surgeon'],
  ['boxer', 'champion'],
  ['swimmer', 'champion'],
  ['player', 'pitcher'],
  ['player', 'quarterback'],
  ['player', 'striker'],
  ['player', 'goalkeeper'],
];

type Category = 'rank' | 'office' | 'corporate' | 'profession' | 'position' | 'function' | 'relation';
/** Kinds of titles, each a list of titles (in their normal form) separated by commas. */
const CATEGORIES: Record<Category, string> = {
  rank: 'captain, sergeant, lieutenant, general, colonel, major, commander, admiral, corporal, private, trooper, officer, constable, detective, inspector, superintendent, marshal, sheriff, undersheriff',
  office:
    'governor, senator, representative, assemblyman, mayor, president, premier, chancellor, minister, secretary, ambassador, envoy, judge, justice, magistrate, prosecutor, commissioner, speaker, prime minister, foreign minister, finance minister, secretary of state, attorney general, district attorney, public defender, chief justice, lieutenant governor, press secretary, majority leader, minority leader',
  corporate:
    'chairman, founder, owner, director, manager, treasurer, administrator, chief executive, chief financial officer, chief operating officer, chief technology officer, general manager, managing director, executive director, chief of staff',
  profession:
    'actor, singer, comedian, writer, author, novelist, journalist, reporter, professor, dean, pastor, reverend, bishop, rabbi, physician, surgeon, nurse, firefighter, technician, attorney, counsel, solicitor, analyst, economist, producer, editor, coach, referee, boxer, swimmer, champion, student, teacher, principal, lecturer, researcher, scientist',
  // A player's position on the team: one at a time in one report.
  position:
    'pitcher, quarterback, striker, goalkeeper, receiver, running back, tight end, linebacker, cornerback, catcher, shortstop, outfielder, infielder, forward, guard, center, defenseman, midfielder, defender, winger',
  function: 'spokesperson, agent, adviser, aide',
  relation:
    'wife, husband, widow, widower, sister, brother, mother, father, son, daughter, cousin, uncle, aunt, nephew, niece, grandson, granddaughter, grandmother, grandfather, friend, girlfriend, boyfriend, fiancee, fiance, neighbor',
};
const CATEGORY = new Map<string, Category>();
/** Offices and ranks: one holder holds one of a kind at a time. */
export function exclusive(title: string): boolean {
  const c = CATEGORY.get(title);
  return c === 'rank' || c === 'office';
}
for (const [category, list] of Object.entries(CATEGORIES) as Array<[Category, string]>) for (const title of list.split(', ')) CATEGORY.set(title, category);
// A team's captain plays a position too.
for (const position of CATEGORIES.position.split(', ')) TOGETHER.push(['captain', position]);
const together = new Set(TOGETHER.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/**
 * How surely two titles the sources give one person cannot both be theirs, 0 when they may be.
 * Offices and ranks exclude each other (a governor is no senator, a captain no sergeant); jobs,
 * positions and relations are held several at once ("director" and "attorney", "catcher" and
 * "captain"), so they count only where both sources write the title in the same place of one
 * statement.
 */
export function otherOffice(x: Role, y: Role, alignment: number): number {
  // One statement told alike that names a person by two titles in one place: one source has it wrong.
  const samePlace = x.position === y.position && alignment >= 0.6;
  // A former holder and a current one are no conflict; two former holders are, where one statement names them.
  if (x.past !== y.past || (x.past && !samePlace)) return 0;
  if (x.title === y.title) return x.rank !== y.rank ? 1 : 0;
  if (VAGUE.has(x.title) || VAGUE.has(y.title) || together.has(`${x.title}|${y.title}`)) return 0;
  const [cx, cy] = [CATEGORY.get(x.title), CATEGORY.get(y.title)];
  if (!cx || !cy) return 0;
  if (cx === cy && (cx === 'rank' || cx === 'office') && !x.past) return 1;
  // Titles of two kinds (a rank and a job, a relation and a job) may both be true, unless one statement, near word for word, gives each.
  if (samePlace && (cx === cy || alignment >= 0.8)) return 0.8;
  const jobs = new Set<Category>(['profession', 'position', 'function', 'corporate', 'relation']);
  if (!jobs.has(cx) || !jobs.has(cy)) return 0;
  // Elsewhere, two jobs are worth a look only.
  return x.position === y.position && alignment >= (cx === 'corporate' ? 0.5 : 0.4) ? 0.8 : 0.3;
}

/** A person's name without titles, for messages. */
export function titled(r: Role): string {
  return `${r.written}${r.org && !r.written.includes(r.org) ? ` (${r.org})` : ''}`;
}
