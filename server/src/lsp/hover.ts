import type { ServedResult, ServedSegment } from './workerProtocol';
import { comparableWords, diffWords, quotedTokens, type Span } from '../engine';
import { dateInWords } from './dateWords';
import { DECIDED_SPEAKER } from '../session/corrections';

/** Markdown hover cards: a title line, the facts, and links that open the other source at the span. */

export interface HoverLinks {
  /** A link that opens `path` at the span (a `command:` link beside the editor, or the file at the line). */
  open(path: string, span: Span): string;
  /** A `command:` link that lists these mentions (a references peek at `at` in the hovered document); absent, mentions are only counted. */
  showMentions?(at: Span, mentions: Array<{ path: string; span: Span }>): string;
  sourceOf(path: string): string;
}

export interface HoverCard {
  markdown: string;
  span: Span;
}

const TYPE_LABEL: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Name' };

/**
 * Article text as Markdown that renders as that text and nothing else. Besides Markdown's own
 * marks, `:` and `@` are escaped so that a bare `http://…`, `www.…` or address is no autolink
 * (renderers recognise them only unescaped), `~` is no strikethrough and `&` starts no entity.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>:@~&])/g, '\\$1');
}

/** The other version as written, with the words this version does not have in bold. */
function markedVersion(mine: ServedSegment, other: ServedSegment): string {
  const [mineTokens, otherTokens] = [quotedTokens(mine.text, mine.start), quotedTokens(other.text, other.start)];
  const added = new Set(diffWords(mineTokens, otherTokens).added);
  const have = new Set(comparableWords(mineTokens));
  let out = '';
  let at = other.start;
  for (const t of otherTokens) {
    out += escapeMarkdown(other.text.slice(at - other.start, t.start - other.start));
    const words = comparableWords([t]);
    const differs = words.length > 0 && words.some((w) => added.has(w) && !have.has(w));
    out += differs ? `**${escapeMarkdown(t.text)}**` : escapeMarkdown(t.text);
    at = t.end;
  }
  return out + escapeMarkdown(other.text.slice(at - other.start));
}

export function hoverAt(result: ServedResult, path: string, offset: number, links: HoverLinks): HoverCard | null {
  const doc = result.documents.find((d) => d.path === path);
  if (!doc) return null;
  const within = (s: Span) => s.start <= offset && offset < s.end;

  const entity = doc.entities.find(within);
  if (entity) {
    const info = result.story.byId.get(entity.id);
    const lines = [`**${escapeMarkdown(entity.name)}** · ${TYPE_LABEL[entity.type] ?? entity.type}`, ''];
    if (info) {
      const aliases = [...info.aliases.keys()].filter((a) => a !== entity.name);
      if (aliases.length) lines.push(`Also written: ${aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`, '');
      if (entity.via === 'misspelling') lines.push(`“${escapeMarkdown(entity.text)}” looks like a misspelling of **${escapeMarkdown(entity.name)}**.`, '');
      const all = [...info.mentions].flatMap(([p, mentions]) => mentions.map((span) => ({ path: p, span })));
      lines.push(links.showMentions ? `Mentions ([show all](${links.showMentions(entity, all)})):` : 'Mentions:', '');
      for (const [p, mentions] of info.mentions) {
        const label = p === path ? 'this article' : escapeMarkdown(links.sourceOf(p));
        const these = mentions.map((span) => ({ path: p, span }));
        const count = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
        lines.push(`- ${label}: ${links.showMentions ? `[${count}](${links.showMentions(entity, these)})` : count}`);
      }
      const sources = info.mentions.size;
      lines.push('', `Named ${all.length === 1 ? 'once' : `${all.length} times`} in ${sources === 1 ? 'this article only' : `${sources} sources`}.`);
    }
    return { markdown: lines.join('\n'), span: entity };
  }

  const date = doc.facts.dates.find(within);
  if (date) {
    const kind = date.timexType === 'DURATION' ? 'Duration' : date.timexType === 'TIME' ? 'Time' : 'Date';
    const lines = [`**${escapeMarkdown(date.text)}** · ${kind}`, '', dateInWords(date)];
    // Relative dates stay open without a publication date: say how to pin them down.
    if (!date.anchor && (!date.value || date.value.includes('X'))) lines.push('', 'Set `published:` in the front matter to resolve it.');
    return { markdown: lines.join('\n'), span: date };
  }

  const quote = doc.quotes.find((q) => q.start <= offset && offset <= q.end);
  if (quote) {
    const lines = [`**${quote.kind === 'term' ? 'Quoted term' : 'Quotation'}**${quote.speaker ? ` · ${escapeMarkdown(quote.speaker)}` : ''}`, ''];
    if (quote.kind === 'statement') {
      const how: Record<string, string> = {
        cue: 'named with a speech verb',
        colon: 'named before a colon',
        'according-to': '“according to …”',
        pronoun: 'a pronoun, resolved to the nearest fitting name',
        nominal: 'a description (“the company”), resolved to the nearest fitting name',
        'carried-over': 'the speaker of the previous quotation',
        'other-source': 'the other source names the speaker',
        [DECIDED_SPEAKER]: 'set in the story decisions',
      };
      lines.push(quote.speaker ? `Speaker: ${escapeMarkdown(quote.speaker)} (${how[quote.speakerVia ?? ''] ?? 'inferred'})` : 'Speaker: not attributed', '');
      if (!quote.closed) lines.push('The closing quotation mark is missing; the quotation is taken to end with its sentence.', '');
      const versions = result.quotePairs.filter(
        (p) => (p.a.path === path && p.a.quoteStart === quote.start) || (p.b.path === path && p.b.quoteStart === quote.start),
      );
      for (const pair of versions) {
        const [mine, other]: [ServedSegment, ServedSegment] = pair.a.path === path ? [pair.a, pair.b] : [pair.b, pair.a];
        lines.push(`[${escapeMarkdown(links.sourceOf(other.path))}](${links.open(other.path, other)}): “${markedVersion(mine, other)}”`, '');
      }
    }
    return { markdown: lines.join('\n').trimEnd(), span: quote };
  }
  return null;
}
