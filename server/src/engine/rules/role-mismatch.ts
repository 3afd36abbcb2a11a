import { EXCLUSIVE_TITLES, VAGUE_TITLES, extractRoles, type Role } from '../roles';
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

/** Any two titles that neither nest ("vice president" / "president") nor appear in the other document for the person. */
function otherTitle(x: Role, y: Role, px: Profile, py: Profile): boolean {
  const nested = (a: string, b: string) => a.includes(b) || b.includes(a);
  if (!x.titles.length || !y.titles.length) return false;
  // "IMF chief" / "IMF head": the vague words for whoever runs something are one word.
  const head = (r: Role) => r.titles.every((t) => HEAD_WORDS.has(t));
  if (head(x) && head(y)) return false;
  if (x.titles.some((t) => py.titles.has(t)) || y.titles.some((t) => px.titles.has(t))) return false;
  return !x.titles.some((a) => y.titles.some((b) => nested(a, b)));
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
    const push = <K>(map: Map<K, Placed[]>, key: K, p: Placed) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const path of ctx.story.entities.keys()) {
      const doc = ctx.doc(path);
      for (const role of extractRoles(doc.text, doc.entities)) {
        const placed = { path, role };
        push(byPerson, role.personId, placed);
        const key = `${path}\u0000${role.personId}`;
        const profile = profiles.get(key) ?? { titles: new Set<string>(), orgs: new Set<string>() };
        for (const t of role.titles) profile.titles.add(t);
        if (role.orgId) profile.orgs.add(role.orgId);
        profiles.set(key, profile);
        if (role.orgId) for (const t of role.titles) if (EXCLUSIVE_TITLES.has(t)) push(byOffice, `${role.orgId}\u0000${t}`, placed);
      }
    }
    const profile = (p: Placed) => profiles.get(`${p.path}\u0000${p.role.personId}`)!;
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
        const sig = `${p.role.personId}|${p.role.orgId}|${p.role.titles.join(',')}`;
        const group = distinct.get(sig);
        if (group) group.push(p);
        else distinct.set(sig, [p]);
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
        const inOneStatement = () => ctx.aligned(sx, sy);
        if (kind === 'title') return inOneStatement() ? kind : null;
        if (vagueTitleConflict(x.role, y.role, profile(x), profile(y)) && inOneStatement()) return 'title';
        // One sentence word for word but for the title: the title was changed, vague or not.
        return (ctx.alignment?.(sx, sy) ?? 0) >= WORD_FOR_WORD && otherTitle(x.role, y.role, profile(x), profile(y)) ? 'title' : null;
      });
    }
    for (const list of byOffice.values()) {
      compare(list, (x, y) => (x.path !== y.path && x.role.personId !== y.role.personId && !x.role.past && !y.role.past && !sameSurname(x.role.person, y.role.person) ? 'holder' : null));
    }
    return out;
  },
};
