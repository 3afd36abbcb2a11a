import { appendTo, memo, textCache } from '../collections';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { EntityMention, EntityType } from '../types';

/**
 * Cross-document entity linking: gives every mention of one entity the same id across the
 * sources of a story, and records spellings that look like misspellings of a better-attested one.
 */

export interface LinkInput {
  path: string;
  entities: EntityMention[];
}

export interface Misspelling {
  /** The rarer spelling as written, and the spelling the other sources use. */
  variant: string;
  canonical: string;
  id: string;
}

export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen, with how many times. */
  aliases: Map<string, number>;
  /** Mentions per document path. */
  mentions: Map<string, EntityMention[]>;
}

export interface LinkedStory {
  /** Per document, its mentions with story-wide ids and names. */
  entities: Map<string, EntityMention[]>;
  byId: Map<string, StoryEntity>;
  misspellings: Misspelling[];
  /** Old (per-document) id to story id, to re-key quote speakers. */
  idMap: Map<string, string>;
}

/** Case, periods and a leading article do not make a different name ("the U.S." = "US"). */
export function nameKey(name: string): string {
  return memo(nameKeys, name, (n) =>
    regionalSpelling(n.toLowerCase())
      .replace(/^the\s+/, '')
      .replace(/[’']s$/, '')
      .replace(/[.\s’'-]/g, ''),
  );
}
/** A story's names are keyed, sounded out and slugged again on every check: each once. */
const nameKeys = textCache<string>(20000);

/** The primary double-metaphone code of a word. */
function soundOf(word: string): string {
  return memo(sounds, word, (w) => doubleMetaphone(w)[0]);
}
const sounds = textCache<string>(20000);

/** British and American spellings of one name are the same name (Centre / Center, Labour / Labor). */
export function regionalSpelling(lower: string): string {
  return memo(respelled, lower, (w) =>
    w
      .replace(/(\w{3})re\b/g, '$1er')
      .replace(/(\w{2})our\b/g, '$1or')
      .replace(/(\w{3})is(e|ed|es|ing|ation)\b/g, '$1iz$2'),
  );
}
/** Names are compared pairwise across a story: each is respelled many times. */
const respelled = textCache<string>(50_000);

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  // Three rolling rows (the swap looks two rows back) instead of a full matrix.
  const n = b.length;
  let before = new Int32Array(n + 1);
  let prev = Int32Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Int32Array(n + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      row[j] = best;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[n];
}

/** Spellings close enough to be one name mistyped or misheard: one edit apart, or the same sound and few edits apart. */
export function looksMisspelled(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb || Math.min(ka.length, kb.length) < 5) return false;
  // Different word counts are different names (New Zealand / Zealand), not misspellings.
  if (a.trim().split(/\s+/).length !== b.trim().split(/\s+/).length) return false;
  // Sounded out only when the letters leave it open: most pairs asked about are one slip apart or start apart.
  const sameSound = () => {
    const pa = soundOf(a.replace(/\s+/g, ''));
    return pa.length >= 3 && pa === soundOf(b.replace(/\s+/g, ''));
  };
  // Another first letter only for the same sound ("Carolos" / "Karolos").
  if (ka[0] !== kb[0] && !sameSound()) return false;
  const edits = Math.min(distance(ka, kb), typoDistance(ka, kb));
  if (edits === 1 && Math.min(ka.length, kb.length) >= 5) return true;
  return edits <= Math.max(2, Math.floor(ka.length / 3)) && sameSound();
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  count: number;
  surfaces: Map<string, number>;
}

export function slug(text: string): string {
  return memo(slugs, text, (t) =>
    t
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, ''),
  );
}
const slugs = textCache<string>(20000);

/** The entities of a story's documents linked across them: the same name, a surname, a misspelling. */
export function linkStory(docs: LinkInput[]): LinkedStory {
  const clusters = clustersOf(docs);
  const uf = new UnionFind();
  unionSameNames(clusters, uf);
  unionShortOrganizationNames(clusters, uf);
  const variantOf = unionMisspellings(clusters, uf);
  const { rootInfo, idMap } = canonicalNames(clusters, uf, variantOf);

  const entities = new Map<string, EntityMention[]>();
  const byId = new Map<string, StoryEntity>();
  for (const doc of docs) {
    const linked = doc.entities.map((m) => {
      const info = rootInfo.get(uf.find(m.id))!;
      const variant = variantOf.get(m.id);
      return { ...m, id: info.id, name: info.name, type: info.type, via: variant ? 'misspelling' : m.via };
    });
    entities.set(doc.path, linked);
    for (const m of linked) {
      let e = byId.get(m.id);
      if (!e) {
        e = { id: m.id, name: m.name, type: m.type, aliases: new Map(), mentions: new Map() };
        byId.set(m.id, e);
      }
      e.aliases.set(m.text, (e.aliases.get(m.text) ?? 0) + 1);
      appendTo(e.mentions, doc.path, m);
    }
  }
  const misspellings: Misspelling[] = [];
  for (const [variantId, target] of variantOf) {
    const variant = clusters.get(variantId)!;
    // Only the misspelled forms themselves: a surname mention of the same person is no variant.
    for (const surface of variant.surfaces.keys()) {
      if (!looksMisspelled(target.name, surface)) continue;
      misspellings.push({ variant: surface, canonical: target.name, id: idMap.get(variantId)! });
    }
  }
  return { entities, byId, misspellings, idMap };
}

/** Per-document ids first: each carries a canonical name and type from its extractor. */
function clustersOf(docs: LinkInput[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  for (const doc of docs) {
    for (const m of doc.entities) {
      let c = clusters.get(m.id);
      if (!c) {
        c = { id: m.id, type: m.type, name: m.name, count: 0, surfaces: new Map() };
        clusters.set(m.id, c);
      }
      c.count++;
      c.surfaces.set(m.text, (c.surfaces.get(m.text) ?? 0) + 1);
    }
  }
  return clusters;
}

/** Names of one entity across documents: the same name, or a surname and a full name. */
function unionSameNames(clusters: Map<string, Cluster>, uf: UnionFind): void {
  // Same name (ignoring case, periods and "the") across documents: one entity.
  const byKey = new Map<string, Cluster>();
  for (const c of clusters.values()) {
    const key = nameKey(c.name);
    const seen = byKey.get(key);
    if (seen && compatible(seen.type, c.type)) uf.union(seen.id, c.id);
    else if (!seen) byKey.set(key, c);
  }
  // A person named by surname only in one source and in full in another.
  const fullNames = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    const parts = c.name.split(/\s+/);
    if (c.type === 'person' && parts.length > 1) {
      const last = nameKey(parts[parts.length - 1]);
      appendTo(fullNames, last, c);
    }
  }
  for (const c of clusters.values()) {
    if (c.type !== 'person' || c.name.includes(' ')) continue;
    const full = fullNames.get(nameKey(c.name));
    if (full && new Set(full.map((f) => nameKey(f.name))).size === 1) uf.union(full[0].id, c.id);
  }
}

/**
 * An organization named by the last words of its full name in another source ("Orioles" /
 * "Baltimore Orioles", "Red Sox" / "Boston Red Sox"), as a person by a surname: only when one full
 * name of the story ends that way, and not by a generic last word ("Party", "Inc.").
 */
function unionShortOrganizationNames(clusters: Map<string, Cluster>, uf: UnionFind): void {
  // "TikTok Oracle" is two organizations side by side, not Oracle's full name.
  const named = new Set<string>();
  for (const c of clusters.values()) if (c.type === 'organization' || c.type === 'person') named.add(nameKey(c.name));
  const fullNames = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    if (c.type !== 'organization') continue;
    const words = c.name.split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      if (named.has(nameKey(words.slice(0, k).join(' ')))) break;
      appendTo(fullNames, nameKey(words.slice(k).join(' ')), c);
    }
  }
  for (const c of clusters.values()) {
    if (c.type !== 'organization' || c.name.length < 4 || GENERIC_ORGANIZATION_WORDS.has(c.name.split(/\s+/).pop()!.toLowerCase())) continue;
    const full = fullNames.get(nameKey(c.name));
    if (full && new Set(full.map((f) => uf.find(f.id))).size === 1) uf.union(full[0].id, c.id);
  }
}

/** Last words that many organizations share: a name ending in one is no short form of a longer name. */
const GENERIC_ORGANIZATION_WORDS = new Set(
  'party|inc|inc.|corp|corp.|co|co.|company|corporation|group|bank|department|ministry|agency|office|council|committee|association|union|university|college|school|court|club|team|league|federation|institute|foundation|fund|service|services|force|army|police|board|commission|authority|government|house|senate|congress|parliament|times|post|news|press'.split(
    '|',
  ),
);

/** Two full names of people ending in one surname. */
function sameSurname(a: string, b: string): boolean {
  const [pa, pb] = [a.trim().split(/\s+/), b.trim().split(/\s+/)];
  return pa.length >= 2 && pb.length >= 2 && nameKey(pa[pa.length - 1]) === nameKey(pb[pb.length - 1]);
}

/** Misspellings: a rarer spelling merged into a better-attested, sound-alike one of the same kind; each variant's cluster by the one it misspells. */
function unionMisspellings(clusters: Map<string, Cluster>, uf: UnionFind): Map<string, Cluster> {
  // Candidates share a sound key or their first three letters, so the search stays near linear.
  const list = [...clusters.values()].sort((a, b) => b.count - a.count);
  const buckets = new Map<string, Cluster[]>();
  for (const c of list) {
    const sound = soundOf(c.name.replace(/\s+/g, ''));
    if (sound.length >= 3) appendTo(buckets, `sound:${sound}`, c);
    const key = nameKey(c.name);
    if (key.length >= 6) appendTo(buckets, `prefix:${key.slice(0, 3)}`, c);
    // Letters swapped near the start ("Bsoton Red Sox") change the prefix and the sound: the ending still meets.
    if (key.length >= 8) appendTo(buckets, `suffix:${key.slice(-5)}`, c);
  }
  const variantOf = new Map<string, Cluster>();
  for (const group of buckets.values()) {
    for (let i = 0; i < group.length && i < 20; i++) {
      for (let j = i + 1; j < group.length && j < 20; j++) {
        const a = group[i];
        const b = group[j];
        // Demonyms and other names are too regular to be misspellings ("Australian" / "Australia").
        if (uf.find(a.id) === uf.find(b.id) || a.type !== b.type || a.type === 'other') continue;
        if (a.count > b.count && !variantOf.has(b.id) && looksMisspelled(a.name, b.name)) {
          uf.union(a.id, b.id);
          variantOf.set(b.id, a);
        } else if (a.count === b.count && a.type === 'person' && sameSurname(a.name, b.name) && looksMisspelled(a.name, b.name)) {
          // One person, a given name spelled two ways as often ("Carolos" / "Karolos Papoulias"): linked, neither the misspelling.
          uf.union(a.id, b.id);
        }
      }
    }
  }

  // A surname misspelled on its own ("Jackmaan") beside a full name spelled right elsewhere ("Hugh Jackman").
  const surnames = new Map<string, Cluster[]>();
  for (const c of list) {
    const parts = c.name.split(/\s+/);
    if (c.type !== 'person' || parts.length < 2) continue;
    const last = parts[parts.length - 1];
    if (last.length < 5) continue;
    const sound = soundOf(last);
    for (const key of [`sound:${sound}`, `prefix:${nameKey(last).slice(0, 3)}`]) appendTo(surnames, key, c);
  }
  for (const c of list) {
    if (c.type !== 'person' || c.name.includes(' ') || variantOf.has(c.id)) continue;
    const sound = soundOf(c.name);
    const candidates = [...(surnames.get(`sound:${sound}`) ?? []), ...(surnames.get(`prefix:${nameKey(c.name).slice(0, 3)}`) ?? [])];
    const full = candidates.find((f) => uf.find(f.id) !== uf.find(c.id) && f.count > c.count && looksMisspelled(f.name.split(/\s+/).pop()!, c.name));
    if (!full) continue;
    uf.union(full.id, c.id);
    variantOf.set(c.id, { ...full, name: full.name.split(/\s+/).pop()! });
  }
  return variantOf;
}

/** Story-wide canonical name: the most used full form in the cluster. */
function canonicalNames(clusters: Map<string, Cluster>, uf: UnionFind, variantOf: Map<string, Cluster>) {
  const members = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    const root = uf.find(c.id);
    appendTo(members, root, c);
  }
  const idMap = new Map<string, string>();
  const rootInfo = new Map<string, { id: string; name: string; type: EntityType }>();
  for (const [root, cs] of members) {
    const candidates = cs.filter((c) => !variantOf.has(c.id));
    const best = [...(candidates.length ? candidates : cs)].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || b.count - a.count)[0];
    const type = cs.find((c) => c.type !== 'other')?.type ?? best.type;
    const id = `${type}:${slug(best.name)}`;
    rootInfo.set(root, { id, name: best.name, type });
    for (const c of cs) idMap.set(c.id, id);
  }
  return { rootInfo, idMap };
}
