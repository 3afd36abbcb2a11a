import { appendTo } from './collections';
import type { EntityMention, Span } from './types';

/** "Oracle CEO Larry Page", "Larry Page, co-founder of Google": who holds which title where. */
export interface Role extends Span {
  personId: string;
  person: string;
  /** Normalized titles ("chief executive" for "CEO"). */
  titles: string[];
  title: string;
  orgId: string | null;
  org: string | null;
  /** "former", "then", "new", "acting": a holder at another time, not a rival holder now. */
  past: boolean;
  /** Where the holder's name itself is written, title left out. */
  name: Span;
}

/** The person a bare name stands for, when the extractor read the title into the name ("Commissioner Jane Roe"). */
export type PersonLookup = (name: string) => { id: string; name: string } | undefined;

const TITLE_WORDS =
  'chief executive officer|chief executive|chief operating officer|chief financial officer|ceo|coo|cfo|cto|president|vice president|' +
  'chairman|chairwoman|chair|co-founder|cofounder|founder|owner|director|managing director|executive director|general manager|' +
  'prime minister|foreign minister|finance minister|minister|secretary of state|secretary|spokesman|spokeswoman|spokesperson|' +
  'senator|governor|mayor|head|leader|coach|manager|captain|chancellor|ambassador|editor|chief|commissioner|undersheriff|sheriff|' +
  'attorney general|district attorney|attorney|lawyer|prosecutor|judge|executive producer|producer|publicist|treasurer|' +
  'police chief|fire chief|superintendent|commander|general counsel|chief of staff|ceo and president|deputy|officer|official|' +
  'adviser|advisor|professor|dean|lieutenant|sergeant|detective|inspector|analyst|economist|congressman|congresswoman|' +
  'administrator|coordinator|trustee|reporter|correspondent|columnist';
const MODIFIERS = '(?:(?:former|then|acting|interim|new|deputy|vice|senior|executive|general)\\s+)*';
// "sheriff's deputy", "president and general manager".
const TITLE = `${MODIFIERS}(?:(?:${TITLE_WORDS})['’]s\\s+)?(?:${TITLE_WORDS})(?:\\s+(?:and|&)\\s+${MODIFIERS}(?:${TITLE_WORDS}))?`;
/** A Map, not an object: a title is any word of the text, "constructor" too. */
const SAME_TITLE = new Map<string, string>(Object.entries({ ceo: 'chief executive', 'chief executive officer': 'chief executive', cofounder: 'co-founder', chairwoman: 'chairman', chair: 'chairman', spokeswoman: 'spokesperson', spokesman: 'spokesperson', publicist: 'spokesperson', representative: 'spokesperson', rep: 'spokesperson', coo: 'chief operating officer', cfo: 'chief financial officer', advisor: 'adviser', congresswoman: 'congressman' }));

function normalizeTitles(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/\b(?:former|then|acting|interim|new)\s+/g, '')
    .split(/\s+(?:and|&)\s+/)
    .map((t) => SAME_TITLE.get(t.trim()) ?? t.trim());
}

/** Titles too vague to contradict another ("head", "leader"): a head of something may be its chairman. */
export const VAGUE_TITLES = new Set(['head', 'leader', 'chief', 'deputy', 'executive', 'manager', 'director', 'owner', 'editor']);

/** Titles one person holds at one place only at a time, so two holders contradict each other. */
export const EXCLUSIVE_TITLES = new Set(['chief executive', 'president', 'chairman', 'prime minister', 'governor', 'mayor', 'chancellor', 'chief financial officer', 'chief operating officer']);

/** Roles stated next to person mentions, in the document's own wording. */
export function extractRoles(text: string, entities: EntityMention[], lookup?: PersonLookup): Role[] {
  const out: Role[] = [];
  // Organizations by where they end: every person asks for one ending just before it.
  const orgsByEnd = new Map<number, number[]>();
  entities.forEach((e, k) => {
    if (e.type === 'organization') appendTo(orgsByEnd, e.end, k);
  });
  /** The first organization (in the mentions' order) ending at most two characters before `pos`, only "'s" or spaces between. */
  const orgBefore = (pos: number): EntityMention | undefined => {
    let first = -1;
    for (let end = pos - 2; end <= pos; end++) {
      for (const k of orgsByEnd.get(end) ?? []) if ((first < 0 || k < first) && /^['’]?s?\s*$/.test(text.slice(end, pos))) first = k;
    }
    return first < 0 ? undefined : entities[first];
  };
  let personByName: Map<string, EntityMention> | undefined;
  const named = (name: string) => {
    const found = lookup?.(name);
    if (found) return found;
    if (!personByName) {
      // The first person mention of each name, as a search of the mentions in order would find it.
      personByName = new Map();
      for (const e of entities) if (e.type === 'person' && !personByName.has(e.name.toLowerCase())) personByName.set(e.name.toLowerCase(), e);
    }
    return personByName.get(name.toLowerCase());
  };
  for (const p of entities) {
    // A capitalized title read into the name: "Commissioner Jane Roe", "Commerce Secretary Jane Roe".
    // A place or organization is taken for a person only when the story names a person so in full.
    const inner = ABSORBED.exec(p.text);
    const absorbed = inner && /^\p{Lu}/u.test(inner[2]) ? inner : null;
    const holder = absorbed ? named(absorbed[3]) : p.type !== 'person' && /\s/.test(p.text) ? named(p.text) : undefined;
    if (p.type !== 'person' && !holder) continue;
    const whole = { start: p.start, end: p.end };
    if (absorbed) {
      const titleStart = p.start + (absorbed[1]?.length ?? 0);
      const nameStart = p.end - absorbed[3].length;
      const org = absorbed[1] ? null : (orgBefore(p.start - 1) ?? orgBefore(p.start));
      const r = role(p, absorbed[2], org ?? null, org ? org.start : titleStart, p.end, { start: nameStart, end: p.end }, text);
      out.push(as(r, holder));
      continue;
    }
    // ORG TITLE PERSON / ORG's TITLE PERSON / TITLE PERSON
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const pre = endsWithTitleWord(before) ? PRE.exec(before) : null;
    if (pre) {
      let title = pre[1];
      let titleStart = p.start - before.length + pre.index;
      let org = orgBefore(titleStart - 1) ?? orgBefore(titleStart);
      // "Troy Police Chief": the organization ends inside what reads as a title ("police chief").
      const within = entities.find((e) => e.type === 'organization' && e.start < titleStart && e.end > titleStart && e.end < p.start);
      const rest = within ? REST.exec(text.slice(within.end, p.start)) : null;
      if (within && rest) {
        title = rest[1];
        titleStart = within.end + rest.index + rest[0].indexOf(rest[1]);
        org = within;
      }
      out.push(as(role(p, title, org ?? null, org ? org.start : titleStart, p.end, whole, text), holder));
      continue;
    }
    // PERSON, (the|a|an)? [ORG's|the city's]? [a word or two]? TITLE [of|at|for ORG]
    const after = text.slice(p.end, p.end + 100);
    const post = POST.exec(after);
    // Words between the comma and the title may be anything: only a title that ends there counts.
    if (post && (!(post[1] || post[2] || post[3]) || (BOUNDARY.test(after.slice(post[0].length - post[5].length)) && !FUNCTION_WORD.test(post[3] ?? '')))) {
      const afterTitle = p.end + post[0].length;
      const titleStart = afterTitle - post[5].length - post[4].length;
      const of = post[5] ? entities.find((e) => e.type === 'organization' && e.start === afterTitle) : undefined;
      // "Jane Roe, Acme's chief" / "Jane Roe, Acme chairman": the employer stands before the title.
      const own = entities.find((e) => e.type === 'organization' && e.start > p.end && e.end <= titleStart);
      const org = of ?? own;
      out.push(as(role(p, post[4], org ?? null, p.start, of ? of.end : afterTitle - post[5].length, whole, text), holder));
    }
  }
  return out;
}

/** The last words of the titles ("officer" of "chief executive officer"): a title before a name ends in one. */
const TITLE_ENDINGS = new Set(TITLE_WORDS.split('|').map((t) => t.split(' ').pop()!));

/**
 * Whether `before` ends with spaces after a word that ends in a title's last word, as PRE needs
 * (PRE asks for no word boundary before the title: "armchair " ends in "chair "). A cheap test
 * first: PRE, tried at each of sixty positions, cost most of the role extraction.
 */
function endsWithTitleWord(before: string): boolean {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1])) end--;
  if (end === before.length) return false;
  let start = end;
  // The titles are written in ASCII letters and hyphens, and PRE's case folding keeps them ASCII.
  while (start > 0 && /[A-Za-z-]/.test(before[start - 1])) start--;
  const word = before.slice(start, end).toLowerCase();
  for (let k = 0; k < word.length; k++) if (TITLE_ENDINGS.has(word.slice(k))) return true;
  return false;
}

/** A title as the extractor's name may hold it, after any words of an organization or place ("Tennessee Senator"). */
const ABSORBED = new RegExp(`^((?:\\S+\\s+){0,5}?)(${TITLE})\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)$`, 'iu');
const PRE = new RegExp(`(${TITLE})\\s+$`, 'i');
const REST = new RegExp(`^(?:['’]s)?\\s+(${TITLE})\\s+$`, 'i');
const POST = new RegExp(
  `^,\\s+(?:(?:the|a|an|(his|her|its|their))\\s+)?(?:((?:[\\p{L}\\p{N}.&-]+\\s+){0,3}[\\p{L}\\p{N}.&-]+['’]s)\\s+)??((?:[\\p{L}-]+\\s+){1,2}?)??(${TITLE})((?:\\s+(?:of|at|for|with)\\s+(?:the\\s+)?)?)`,
  'iu',
);
/** "Jane Roe, in the head": words of a clause, not of a title. */
const FUNCTION_WORD = /\b(?:in|on|at|by|to|from|into|with|and|or|but|who|which|that|is|was|are|were|said|says|told)\b/i;
/** Where a title read after other words ends: punctuation, a preposition or the verb of the sentence. */
const BOUNDARY = /^(?:\s*[,.;:)]|\s*$|\s+(?:of|at|for|with|and|who|said|says|in|on)\b)/i;

function as(r: Role, holder: { id: string; name: string } | undefined): Role {
  return holder ? { ...r, personId: holder.id, person: holder.name } : r;
}

const PAST = /\b(?:former|then|ex|late|acting|interim|outgoing|incoming|new)\b/i;

function role(p: EntityMention, title: string, org: EntityMention | null, start: number, end: number, name: Span, text: string): Role {
  // "former Acme CEO …": the qualifier may stand before the organization.
  const past = PAST.test(title) || PAST.test(text.slice(Math.max(0, start - 12), start).split(/[,.;]/).pop() ?? '');
  return { personId: p.id, person: p.name, titles: normalizeTitles(title), title, orgId: org?.id ?? null, org: org?.name ?? null, start, end, past, name };
}
