import { appendTo } from '../collections';
import { EXCLUSIVE_TITLES, VAGUE_TITLES, extractRoles, type PersonLookup, type Role } from '../roles';
import { looksMisspelled, nameKey } from '../story/link';
import type { Conflict, Rule, RuleContext } from './types';

interface Placed {
  path: string;
  role: Role;
}

/** What one document says about one person: every title and employer it gives them. */
interface Profile {
  titles: Set<string>;
  orgs: Set<string>;
}

function sameSurname(x: string, y: string): boolean {
  const last = (n: string) => n.toLowerCase().split(/\s+/).pop() ?? '';
  return last(x) === last(y);
}

/**
 * Why two documents' roles for one person disagree, or null. Each side is read against everything
 * its document says about the person, so someone called "chairman and CEO" in one place and "CEO"
 * in another is not flagged.
 */
export function sameHolderConflict(x: Role, y: Role, px: Profile, py: Profile): 'employer' | 'title' | null {
  // "Court" and "Superior Court": one name inside the other is the same employer named more or less fully.
  const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
  if (x.orgId && y.orgId && x.orgId !== y.orgId && !px.orgs.has(y.orgId) && !py.orgs.has(x.orgId) && !nested(nameKey(x.org ?? ''), nameKey(y.org ?? '')) && !looksMisspelled(x.org ?? '', y.org ?? '')) return 'employer';
  const specific = (r: Role) => r.titles.filter((t) => !VAGUE_TITLES.has(t));
  const tx = specific(x);
  const ty = specific(y);
  if (!tx.length || !ty.length) return null;
  if (tx.some((t) => py.titles.has(t)) || ty.some((t) => px.titles.has(t))) return null;
  // A title with words of the other ("vice president" / "president") is not different enough to tell.
  if (tx.some((a) => ty.some((b) => a.includes(b) || b.includes(a)))) return null;
  return 'title';
}

/** Titles of someone who runs something: a vague "head" or "chief" may stand for any of them. */
const LEADING = new Set([
  ...EXCLUSIVE_TITLES, 'head', 'leader', 'chief', 'director', 'managing director', 'executive director', 'manager', 'general manager', 'owner',
  'founder', 'co-founder', 'minister', 'foreign minister', 'finance minister', 'secretary of state', 'secretary', 'commissioner', 'commander', 'captain',
  'coach', 'superintendent', 'police chief', 'fire chief', 'sheriff', 'undersheriff', 'chief of staff', 'executive', 'cto', 'ambassador', 'attorney general',
  'district attorney', 'vice president',
]);

/**
 * In one statement, a vague title against a specific one: "director X" / "spokesman X" are two
 * jobs, "head X" / "chairman X" may be one. A vague title (head, chief, director, owner, editor…)
 * is compatible only with titles of someone who runs something.
 */
export function vagueTitleConflict(x: Role, y: Role, px: Profile, py: Profile): boolean {
  const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
  for (const [u, v, pu, pv] of [[x, y, px, py], [y, x, py, px]] as const) {
    if (!u.titles.length || !u.titles.every((t) => VAGUE_TITLES.has(t)) || u.titles.includes('deputy')) continue;
    if (!v.titles.length || !v.titles.every((t) => !VAGUE_TITLES.has(t) && !LEADING.has(t))) continue;
    if (v.titles.some((t) => pu.titles.has(t)) || u.titles.some((t) => pv.titles.has(t))) continue;
    if (u.titles.some((a) => v.titles.some((b) => nested(a, b)))) continue;
    return true;
  }
  return false;
}

const HEAD_WORDS = new Set(['head', 'chief', 'leader']);

/** Alignment score of two statements that are one sentence with a word or two changed. */
const WORD_FOR_WORD = 0.9;

/**
 * Titles that differ in one statement written word for word: each side has a title the other lacks
 * there (one title more, "president and CEO" / "CEO", is an omission), one of them the other document
 * never gives the person, and they neither nest ("vice president" / "president") nor are all vague
 * words for whoever runs something ("IMF chief" / "IMF head").
 */
function otherTitle(x: Role, y: Role, px: Profile, py: Profile): boolean {
  const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
  // Titles both give are set aside first: "president and general manager" / "president and vice president".
  const restX = x.titles.filter((t) => !y.titles.includes(t));
  const restY = y.titles.filter((t) => !x.titles.includes(t));
  const onlyX = restX.filter((a) => !restY.some((b) => nested(a, b)));
  const onlyY = restY.filter((b) => !restX.some((a) => nested(a, b)));
  if (!onlyX.length || !onlyY.length) return false;
  if ([...onlyX, ...onlyY].every((t) => HEAD_WORDS.has(t))) return false;
  return onlyX.some((t) => !py.titles.has(t)) || onlyY.some((t) => !px.titles.has(t));
}

/** "spokesman" / "spokeswoman": one title, but not the same person. */
function otherGender(x: Role, y: Role): boolean {
  const gender = (r: Role) => (/woman\b/i.test(r.title) ? 'f' : /(?<!wo)man\b/i.test(r.title) ? 'm' : null);
  const gx = gender(x);
  const gy = gender(y);
  return gx !== null && gy !== null && gx !== gy;
}

/** Words either side of the holder's name that must read the same for two roles to be one statement written twice. */
const CONTEXT_WORDS = 8;

const SENTENCE_END = /\n|[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u;

/** Word-level edit distance, for short windows. */
function wordDistance(a: string[], b: string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function phrase(r: Role): string {
  return r.org ? `${r.title} of ${r.org}` : r.title;
}

/** A person given another title or employer, or an exclusive role given to someone else. */
export const roleMismatch: Rule = {
  code: 'role-mismatch',
  title: 'Different title, employer or role holder',
  description:
    'Another source gives a person a different title or employer ("Oracle CEO Larry Page" / "Larry Page, co-founder of Google"), or names someone else as holder of the same single-holder role (CEO, president, chairman of one organization).',
  defaultSeverity: 'warning',
  checkStory(ctx: RuleContext) {
    // Index roles by person and by (organization, exclusive title), so only documents that speak of
    // the same person or the same office are ever compared.
    const byPerson = new Map<string, Placed[]>();
    const byOffice = new Map<string, Placed[]>();
    const profiles = new Map<string, Profile>();
    // A bare name the extractor read with its title ("Commissioner Jane Roe") is the person the story
    // names so: an entity's own name first, then any mention's wording.
    const people = new Map<string, { id: string; name: string }>();
    const persons = [...ctx.story.byId.values()].filter((e) => e.type === 'person');
    for (const e of persons) people.set(e.name.toLowerCase(), e);
    for (const e of persons) for (const alias of e.aliases.keys()) if (!people.has(alias.toLowerCase())) people.set(alias.toLowerCase(), e);
    const lookup: PersonLookup = (name) => people.get(name.toLowerCase());
    for (const path of ctx.story.entities.keys()) {
      const doc = ctx.doc(path);
      for (const role of extractRoles(doc.text, doc.entities, lookup)) {
        const placed = { path, role };
        appendTo(byPerson, role.personId, placed);
        const key = `${path}\u0000${role.personId}`;
        const profile = profiles.get(key) ?? { titles: new Set<string>(), orgs: new Set<string>() };
        for (const t of role.titles) profile.titles.add(t);
        if (role.orgId) profile.orgs.add(role.orgId);
        profiles.set(key, profile);
        if (role.orgId) for (const t of role.titles) if (EXCLUSIVE_TITLES.has(t)) appendTo(byOffice, `${role.orgId}\u0000${t}`, placed);
      }
    }
    const profile = (p: Placed) => profiles.get(`${p.path}\u0000${p.role.personId}`)!;
    const words = (p: Placed) => {
      const text = ctx.doc(p.path).text;
      const { start, end } = p.role.name;
      // Within the sentence: the neighbours of one sentence may differ without making it another statement.
      const before = text.slice(Math.max(0, start - 150), start).split(SENTENCE_END).pop()!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const after = text.slice(end, end + 150).split(SENTENCE_END)[0].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      return [before.slice(-CONTEXT_WORDS), after.slice(0, CONTEXT_WORDS)];
    };
    /** The holder's name in the same words either side but a few (the title's): one statement, whatever the sentence aligner made of it. */
    const sameWording = (x: Placed, y: Placed) => {
      const [bx, ax] = words(x);
      const [by, ay] = words(y);
      const n = Math.max(bx.length + ax.length, by.length + ay.length);
      return n >= 6 && wordDistance(bx, by) + wordDistance(ax, ay) <= 3;
    };
    const out: Conflict[] = [];
    const seen = new Set<string>();
    const report = (x: Placed, y: Placed, kind: 'employer' | 'title' | 'holder') => {
      const key = [x.path, y.path].sort().join('|') + `|${[x.role.personId, y.role.personId].sort().join('|')}|${kind}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        code: 'role-mismatch',
        a: { path: x.path, start: x.role.start, end: x.role.end },
        b: { path: y.path, start: y.role.start, end: y.role.end },
        message: (here, other) => {
          const [mine, theirs] = here === 'a' ? [x.role, y.role] : [y.role, x.role];
          return kind === 'holder' ? `${other} names ${theirs.person} as ${phrase(theirs)}, not ${mine.person}.` : `${other} calls ${theirs.person} ${phrase(theirs)}, not ${phrase(mine)}.`;
        },
      });
    };
    /** Each document's role against the first related document that gives a different one of each distinct kind. */
    const compare = (list: Placed[], conflict: (x: Placed, y: Placed) => 'employer' | 'title' | 'holder' | null) => {
      // Distinct statements only: the same role in many documents is compared once per document.
      const distinct = new Map<string, Placed[]>();
      for (const p of list) {
        appendTo(distinct, `${p.role.personId}|${p.role.orgId}|${p.role.titles.join(',')}|${p.role.title.toLowerCase()}`, p);
      }
      const groups = [...distinct.values()];
      for (let g = 0; g < groups.length; g++) {
        for (let h = g + 1; h < groups.length; h++) {
          for (const x of groups[g]) {
            let kind: ReturnType<typeof conflict> = null;
            const y = groups[h].find((c) => c.path !== x.path && ctx.related(x.path, c.path) && (kind = conflict(x, c)) !== null);
            if (y && kind) report(x, y, kind);
          }
        }
      }
    };
    // A different title counts only where the two sources make the same statement: people hold
    // several titles at once ("president and general manager"), and articles written at different
    // times give the one current then ("Senator" / "President").
    for (const list of byPerson.values()) {
      compare(list, (x, y) => {
        if (x.path === y.path) return null;
        const kind = sameHolderConflict(x.role, y.role, profile(x), profile(y));
        if (kind === 'employer') return kind;
        const sx = { path: x.path, start: x.role.start, end: x.role.end };
        const sy = { path: y.path, start: y.role.start, end: y.role.end };
        const wordForWord = () => (ctx.alignment?.(sx, sy) ?? 0) >= WORD_FOR_WORD || sameWording(x, y);
        const inOneStatement = () => ctx.aligned(sx, sy) || sameWording(x, y);
        if (kind === 'title') return inOneStatement() ? kind : null;
        if (vagueTitleConflict(x.role, y.role, profile(x), profile(y)) && inOneStatement()) return 'title';
        // One sentence word for word but for the title: the title was changed, vague or not.
        return (otherTitle(x.role, y.role, profile(x), profile(y)) || otherGender(x.role, y.role)) && wordForWord() ? 'title' : null;
      });
    }
    for (const list of byOffice.values()) {
      compare(list, (x, y) => (x.path !== y.path && x.role.personId !== y.role.personId && !x.role.past && !y.role.past && !sameSurname(x.role.person, y.role.person) ? 'holder' : null));
    }
    return out;
  },
};
