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
}

const TITLE_WORDS =
  'chief executive officer|chief executive|chief operating officer|chief financial officer|ceo|coo|cfo|cto|president|vice president|' +
  'chairman|chairwoman|chair|co-founder|cofounder|founder|owner|director|managing director|executive director|general manager|' +
  'prime minister|foreign minister|finance minister|minister|secretary of state|secretary|spokesman|spokeswoman|spokesperson|' +
  'senator|governor|mayor|head|leader|coach|manager|captain|chancellor|ambassador|editor|chief|commissioner|undersheriff|sheriff|' +
  'attorney general|district attorney|attorney|lawyer|prosecutor|judge|executive producer|producer|publicist|treasurer|' +
  'police chief|fire chief|superintendent|commander|general counsel|chief of staff|ceo and president|deputy';
const TITLE = `(?:(?:former|then|acting|interim|new|deputy|vice|senior|executive)\\s+)*(?:${TITLE_WORDS})(?:\\s+(?:and|&)\\s+(?:${TITLE_WORDS}))?`;
const SAME_TITLE: Record<string, string> = { ceo: 'chief executive', 'chief executive officer': 'chief executive', cofounder: 'co-founder', chairwoman: 'chairman', chair: 'chairman', spokeswoman: 'spokesperson', spokesman: 'spokesperson', publicist: 'spokesperson', representative: 'spokesperson', rep: 'spokesperson', coo: 'chief operating officer', cfo: 'chief financial officer' };

function normalizeTitles(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/\b(?:former|then|acting|interim|new)\s+/g, '')
    .split(/\s+(?:and|&)\s+/)
    .map((t) => SAME_TITLE[t.trim()] ?? t.trim());
}

/** Titles too vague to contradict another ("head", "leader"): a head of something may be its chairman. */
export const VAGUE_TITLES = new Set(['head', 'leader', 'chief', 'deputy', 'executive', 'manager', 'director', 'owner', 'editor']);

/** Titles one person holds at one place only at a time, so two holders contradict each other. */
export const EXCLUSIVE_TITLES = new Set(['chief executive', 'president', 'chairman', 'prime minister', 'governor', 'mayor', 'chancellor', 'chief financial officer', 'chief operating officer']);

/** Roles stated next to person mentions, in the document's own wording. */
export function extractRoles(text: string, entities: EntityMention[]): Role[] {
  const out: Role[] = [];
  const orgBefore = (pos: number) => entities.find((e) => e.type === 'organization' && e.end <= pos && pos - e.end <= 2 && /^['’]?s?\s*$/.test(text.slice(e.end, pos)));
  for (const p of entities) {
    if (p.type !== 'person') continue;
    // ORG TITLE PERSON / ORG's TITLE PERSON / TITLE PERSON
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const pre = new RegExp(`(${TITLE})\\s+$`, 'i').exec(before);
    if (pre) {
      const titleStart = p.start - before.length + pre.index;
      const org = orgBefore(titleStart - 1) ?? orgBefore(titleStart);
      out.push(role(p, pre[1], org ?? null, org ? org.start : titleStart, p.end, text));
      continue;
    }
    // PERSON, (the|a|an)? TITLE (of|at|for) ORG / PERSON, ORG's TITLE / PERSON, TITLE,
    const after = text.slice(p.end, p.end + 80);
    const post = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?(${TITLE})(?:\\s+(?:of|at|for|with)\\s+(?:the\\s+)?)?`, 'i').exec(after);
    if (post) {
      const afterTitle = p.end + post[0].length;
      const org = entities.find((e) => e.type === 'organization' && e.start === afterTitle && /\s(?:of|at|for|with)\s/i.test(post[0]));
      out.push(role(p, post[1], org ?? null, p.start, org ? org.end : p.end + post[0].trimEnd().length));
      continue;
    }
    const possessive = /^,\s+/.exec(after);
    if (possessive) {
      const org = entities.find((e) => e.type === 'organization' && e.start === p.end + possessive[0].length);
      const rest = org ? new RegExp(`^['’]s\\s+(${TITLE})\\b`, 'i').exec(text.slice(org.end, org.end + 60)) : null;
      if (org && rest) out.push(role(p, rest[1], org, p.start, org.end + rest[0].length));
    }
  }
  return out;
}

const PAST = /\b(?:former|then|ex|late|acting|interim|outgoing|incoming|new)\b/i;

function role(p: EntityMention, title: string, org: EntityMention | null, start: number, end: number, text = ''): Role {
  // "former Acme CEO …": the qualifier may stand before the organization.
  const past = PAST.test(title) || PAST.test(text.slice(Math.max(0, start - 12), start).split(/[,.;]/).pop() ?? '');
  return { personId: p.id, person: p.name, titles: normalizeTitles(title), title, orgId: org?.id ?? null, org: org?.name ?? null, start, end, past };
}
