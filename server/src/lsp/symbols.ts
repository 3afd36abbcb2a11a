import { type DocumentSymbol, type Position, type Range, SymbolKind } from 'vscode-languageserver';
import { appendTo, type EntityMention, type EntityType, type Quote, type Span } from '../engine';

/**
 * The Outline of an article: its quotations grouped by speaker, then its people, organizations
 * and places, each named once (at its first mention) with how often the article names it.
 */

const GROUPS: Array<{ type: EntityType; name: string; kind: SymbolKind }> = [
  { type: 'person', name: 'People', kind: SymbolKind.Variable },
  { type: 'organization', name: 'Organizations', kind: SymbolKind.Class },
  { type: 'place', name: 'Places', kind: SymbolKind.Namespace },
];
/** A quotation's words shown in the Outline, cut at a word near this many characters. */
const QUOTE_CHARS = 60;

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', QUOTE_CHARS);
  return `${flat.slice(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS)}…`;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** A group symbol spanning all its children (the Outline follows the cursor by ranges), named at its first. */
function group(name: string, detail: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  let range = children[0].range;
  for (const c of children) {
    if (before(c.range.start, range.start)) range = { ...range, start: c.range.start };
    if (before(range.end, c.range.end)) range = { ...range, end: c.range.end };
  }
  return { name, detail, kind, range, selectionRange: children[0].selectionRange, children };
}

export function documentSymbols(entities: EntityMention[], quotes: Quote[], range: (span: Span) => Range): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes.filter((q) => q.kind === 'statement')) {
    appendTo(bySpeaker, q.speaker ?? 'Not attributed', q);
  }
  const speakers = [...bySpeaker].map(([speaker, said]) =>
    group(
      speaker,
      count(said.length, 'quotation'),
      SymbolKind.Event,
      said.map((q) => ({ name: `“${shortened(q.text)}”`, kind: SymbolKind.String, range: range(q), selectionRange: range(q) })),
    ),
  );
  if (speakers.length) out.push(group('Quotations', count(bySpeaker.size, 'speaker'), SymbolKind.Module, speakers));
  for (const { type, name, kind } of GROUPS) {
    const mentions = new Map<string, EntityMention[]>();
    for (const e of entities) if (e.type === type) appendTo(mentions, e.id, e);
    const items = [...mentions.values()].map((named) => ({
      name: named[0].name,
      detail: count(named.length, 'mention'),
      kind,
      range: range(named[0]),
      selectionRange: range(named[0]),
    }));
    if (items.length) out.push(group(name, String(items.length), SymbolKind.Module, items));
  }
  return out;
}
