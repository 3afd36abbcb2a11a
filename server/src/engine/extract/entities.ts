import type { Article } from '../article';
import type { EntityMention, EntityType } from '../types';
import { parse } from '../nlp';

interface Raw {
  start: number;
  end: number;
  type: EntityType;
}

const TRAIL = /[\s.,;:!?'"“”‘’()\[\]\-–—]+$/;
const LEAD = /^[\s'"“”‘’()\[\]\-–—]+/;

function trim(text: string, start: number, end: number): [number, number] {
  let s = text.slice(start, end);
  const lead = LEAD.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  s = s.replace(/['’]s$/, '');
  const t = TRAIL.exec(s);
  if (t) s = s.slice(0, s.length - t[0].length);
  return [start, start + s.length];
}

/** Named people, organizations and places in the article's paragraphs. */
export function extractEntities(article: Article): EntityMention[] {
  const raw: Raw[] = [];
  for (const p of article.paragraphs) {
    const doc = parse(p.text);
    const add = (view: { json(o: object): unknown }, type: EntityType) => {
      for (const m of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
        const [s, e] = trim(article.text, p.start + m.offset.start, p.start + m.offset.start + m.offset.length);
        if (e > s) raw.push({ start: s, end: e, type });
      }
    };
    add(doc.people(), 'person');
    add(doc.organizations(), 'organization');
    add(doc.places(), 'place');
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  let last = -1;
  for (const r of raw) {
    if (r.start < last) continue;
    const text = article.text.slice(r.start, r.end);
    out.push({ start: r.start, end: r.end, text, type: r.type, name: text, id: `${r.type}:${text.toLowerCase()}`, via: 'name' });
    last = r.end;
  }
  return out;
}
