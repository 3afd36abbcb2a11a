import type { CancellationToken, DocumentSymbol, DocumentSymbolParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toPath, toUri } from '../positions';
import { documentSymbols } from '../symbols';

/** Find All References on a name (its mentions in every source of the story) and the article's Outline. */
export class NavigationHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    const { connection } = this.ctx;
    connection.onReferences((params, token) => this.referencesHandler(params, token));
    connection.onDocumentSymbol((params, token) => this.documentSymbolHandler(params, token));
  }

  /** Every mention of the entity under the cursor, in each source of the story, this article's first. */
  async referencesHandler(params: ReferenceParams, token?: CancellationToken): Promise<Location[] | null> {
    const { workspace, scheduler, positions } = this.ctx;
    const path = toPath(params.textDocument.uri);
    if (!workspace.isOpen(path)) return null;
    const result = await scheduler.resultFor(path, token);
    const offset = positions.offsetAt(path, params.position);
    const doc = result?.documents.find((d) => d.path === path);
    const entity = offset === undefined ? undefined : doc?.entities.find((e) => e.start <= offset && offset <= e.end);
    const info = entity && result?.story.byId.get(entity.id);
    if (!info || token?.isCancellationRequested) return null;
    const sources = [...info.mentions].sort(([a], [b]) => Number(b === path) - Number(a === path));
    return sources.flatMap(([p, mentions]) => mentions.map((m) => ({ uri: toUri(p), range: positions.range(p, m) })));
  }

  /** From the story's result when it is ready, else from the article's own facts as soon as they are. */
  async documentSymbolHandler(params: DocumentSymbolParams, token?: CancellationToken): Promise<DocumentSymbol[]> {
    const { workspace, scheduler, positions } = this.ctx;
    const path = toPath(params.textDocument.uri);
    if (workspace.textOf(path) === undefined) return [];
    await scheduler.factsReady(path, token);
    const facts = scheduler.checkedDoc(path) ?? scheduler.earlyFacts(path);
    return facts ? documentSymbols(facts.entities, facts.quotes, (span) => positions.range(path, span)) : [];
  }
}
