import type { AlignedPair } from '../../story/align';
import { looksMisspelled, nameKey } from '../../story/link';
import { confidenceOf } from '../confidence';
import { defineRule, type Conflict, type RuleContext } from '../types';
import { exclusive, otherOffice, rolesIn, titled, type Role } from './titles';

/** One party or body by two names ("Michigan GOP" / "Michigan Republican Party"). */
function orgKey(name: string): string {
  return nameKey(name.replace(/\bGOP\b/g, 'Republican Party').replace(/\bDems\b/g, 'Democratic Party'));
}

/** The entity type an id begins with ("place:texas"). */
const kindOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * Two employers that cannot be one: of one kind (a state and a party qualify one representative
 * together: "Texas Rep." / "GOP Rep."), neither name holding the other ("Court" / "Superior Court"),
 * neither misspelled.
 */
function otherEmployer(x: Role, y: Role): boolean {
  if (!x.orgId || !y.orgId || x.orgId === y.orgId || x.past || y.past) return false;
  if (kindOf(x.orgId) !== kindOf(y.orgId)) return false;
  const [kx, ky] = [orgKey(x.org!), orgKey(y.org!)];
  return !kx.includes(ky) && !ky.includes(kx) && !looksMisspelled(x.org!, y.org!);
}

/** The roles two aligned statements give one person, compared: another title, or the same title with another employer. */
function check(pair: AlignedPair): Conflict[] {
  const xs = rolesIn(pair.a);
  if (!xs.length) return [];
  const ys = rolesIn(pair.b);
  const out: Conflict[] = [];
  for (const x of xs) {
    // A title both sources give is true of the person: neither side contradicts it.
    const given = (roles: Role[], r: Role) =>
      roles.some((o) => o.personId === r.personId && o.title === r.title && o.rank === r.rank && o.past === r.past && !otherEmployer(o, r));
    if (given(ys, x)) continue;
    const same = ys.filter((y) => y.personId === x.personId && !given(xs, y));
    // Where both name the person's title in one place, that place is the one to compare.
    const placed = same.filter((y) => y.position === x.position);
    for (const y of placed.length ? placed : same) {
      const office = otherOffice(x, y, pair.score);
      const kind = office > 0 ? 'title' : x.title === y.title && otherEmployer(x, y) ? 'employer' : null;
      if (!kind) continue;
      // A title changed in a sentence otherwise told alike is surer than one in a looser paraphrase.
      // An office or rank changed is as telling in a paraphrase as in a copy; another job is surer the closer the two statements are.
      const evidence = kind === 'title' ? (office >= 1 ? 1 : office * (0.6 + 0.4 * Math.min(1, pair.score / 0.5))) : 0.5;
      out.push({
        code: 'role-mismatch',
        a: { path: pair.a.path, start: x.start, end: x.end },
        b: { path: pair.b.path, start: y.start, end: y.end },
        confidence: confidenceOf(pair.score, evidence),
        message: (here, other) => {
          const [mine, theirs] = here === 'a' ? [x, y] : [y, x];
          return `${other} calls ${theirs.person} “${titled(theirs)}”, not “${titled(mine)}”.`;
        },
        data: { a: titled(x), b: titled(y) },
      });
    }
  }
  return out;
}

/**
 * Offices and ranks across the sources of a story, wherever they are written: a source that calls
 * a person only "Capt." and another that calls them only "Lt." disagree, though no two of their
 * sentences tell the same fact. Worth a look, not a warning: a title may have changed between the
 * two reports.
 */
function checkStory(ctx: RuleContext): Conflict[] {
  const byPerson = new Map<string, Map<string, Role[]>>();
  for (const path of ctx.compared) {
    for (const s of ctx.doc(path).statements) {
      if (s.quote) continue;
      for (const r of rolesIn(s)) {
        if (!exclusive(r.title) || r.past) continue;
        const docs = byPerson.get(r.personId) ?? new Map<string, Role[]>();
        docs.set(path, [...(docs.get(path) ?? []), r]);
        byPerson.set(r.personId, docs);
      }
    }
  }
  const out: Conflict[] = [];
  for (const docs of byPerson.values()) {
    // A source that gives one office or rank throughout, against each other one another source gives.
    const sources = [...docs];
    for (const [pa, rolesA] of sources) {
      if (new Set(rolesA.map((r) => `${r.rank} ${r.title}`)).size !== 1) continue;
      const x = rolesA[0];
      for (const [pb, rolesB] of sources) {
        if (pb === pa || !ctx.related(pa, pb)) continue;
        const seen = new Set<string>();
        for (const y of rolesB) {
          const key = `${y.rank} ${y.title}`;
          if (seen.has(key) || otherOffice(x, y, 0) < 1) continue;
          seen.add(key);
          out.push({
            code: 'role-mismatch',
            a: { path: pb, start: y.start, end: y.end },
            b: { path: pa, start: x.start, end: x.end },
            confidence: confidenceOf(0, 0.3),
            message: (here, other) =>
              here === 'a'
                ? `${other} calls ${x.person} “${titled(x)}” throughout, not “${titled(y)}”.`
                : `${other} calls ${y.person} “${titled(y)}”, not “${titled(x)}”.`,
            data: { a: titled(y), b: titled(x) },
          });
        }
      }
    }
  }
  return out;
}

/** A person given another title or employer. */
export const roleMismatch = defineRule({
  code: 'role-mismatch',
  title: 'Different title or employer',
  description:
    'Another source gives a person a different title ("Capt. Tom Tennant" / "Sgt. Tom Tennant", "actor" / "director") or the same title with another employer in the same statement. Equivalent titles (attorney / lawyer, GOP / Republican Party), titles one person holds together (senator and party leader), "former" holders and vague words ("official", "head") are not compared.',
  defaultSeverity: 'warning',
  checkSentencePair: check,
  checkStory,
});
