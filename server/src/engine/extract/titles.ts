import type { Article } from '../article';
import type { EntityMention } from '../types';

/**
 * "the President", "the Prime Minister": a capitalized title standing for the one person the article
 * has named with it ("President Donald Trump … the President"). Lower-case "the president" is a
 * generic office and stays unlinked, as does a title the article gives to several people.
 */
const TITLES =
  'President|Vice President|Prime Minister|Chancellor|Pope|King|Queen|Governor|Mayor|Senator|Secretary of State|Speaker|Premier|Emperor|Ayatollah|Archbishop|Chairman|Chief Executive';
const TITLED = new RegExp(`\\b(?:[Tt]he )(${TITLES})\\b(?![ -]\\p{Lu})`, 'gu');
/** A title right before a name ("President Donald Trump"). */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${TITLES})\\s+$`, 'u');

export function extractTitleMentions(article: Article, entities: EntityMention[]): EntityMention[] {
  const text = article.text;
  // Who each title was given to, by the words right before a person's name.
  const holders = new Map<string, Set<string>>();
  const named = new Map<string, EntityMention>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    const m = TITLE_BEFORE.exec(before);
    if (!m) continue;
    const set = holders.get(m[1]) ?? new Set<string>();
    set.add(e.id);
    holders.set(m[1], set);
    if (!named.has(e.id)) named.set(e.id, e);
  }
  const out: EntityMention[] = [];
  const taken = (s: number, e: number) => entities.some((x) => x.start < e && x.end > s);
  for (const m of text.slice(article.bodyStart).matchAll(TITLED)) {
    const ids = holders.get(m[1]);
    if (ids?.size !== 1) continue;
    const start = article.bodyStart + m.index!;
    const end = start + m[0].length;
    const person = named.get([...ids][0])!;
    // Only after the article has introduced the holder.
    if (person.start > start || taken(start, end)) continue;
    out.push({ start, end, text: text.slice(start, end), type: 'person', id: person.id, name: person.name, via: 'title' });
  }
  return out;
}
