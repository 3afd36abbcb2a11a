import { EXCLUSIVE_TITLES, extractRoles, type Role } from '../roles';
import type { Conflict, Rule, RuleContext } from './types';

function sameHolderConflict(x: Role, y: Role): string | null {
  const shared = x.titles.some((t) => y.titles.includes(t));
  if (x.orgId && y.orgId && x.orgId !== y.orgId && !shared) return 'employer';
  if (x.orgId && y.orgId && x.orgId !== y.orgId && shared && x.titles.some((t) => EXCLUSIVE_TITLES.has(t))) return 'employer';
  if ((x.orgId === y.orgId || !x.orgId || !y.orgId) && !shared) {
    const both = (r: Role) => r.titles.every((t) => EXCLUSIVE_TITLES.has(t));
    if (x.orgId && x.orgId === y.orgId && both(x) && both(y)) return 'title';
  }
  return null;
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
    const paths = [...ctx.story.entities.keys()];
    const roles = new Map<string, Role[]>();
    for (const path of paths) roles.set(path, extractRoles(ctx.doc(path).text, ctx.doc(path).entities));
    const out: Conflict[] = [];
    for (let i = 0; i < paths.length; i++) {
      for (let j = i + 1; j < paths.length; j++) {
        if (!ctx.related(paths[i], paths[j])) continue;
        const seen = new Set<string>();
        for (const x of roles.get(paths[i])!) {
          for (const y of roles.get(paths[j])!) {
            let kind: string | null = null;
            if (x.personId === y.personId) kind = sameHolderConflict(x, y);
            else if (x.orgId && x.orgId === y.orgId && x.titles.some((t) => EXCLUSIVE_TITLES.has(t) && y.titles.includes(t))) kind = 'holder';
            const key = `${x.personId}|${y.personId}|${kind}`;
            if (!kind || seen.has(key)) continue;
            seen.add(key);
            out.push({
              code: 'role-mismatch',
              a: { path: paths[i], start: x.start, end: x.end },
              b: { path: paths[j], start: y.start, end: y.end },
              message: (here, other) => {
                const [mine, theirs] = here === 'a' ? [x, y] : [y, x];
                return kind === 'holder'
                  ? `${other} names ${theirs.person} as ${phrase(theirs)}, not ${mine.person}.`
                  : `${other} calls ${theirs.person} ${phrase(theirs)}, not ${phrase(mine)}.`;
              },
            });
          }
        }
      }
    }
    return out;
  },
};
