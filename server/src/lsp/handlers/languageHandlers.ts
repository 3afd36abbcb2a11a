import type { CancellationToken, Hover, HoverParams, SemanticTokens, SemanticTokensParams } from 'vscode-languageserver';
import type { Span } from '../../engine';
import type { ServerContext } from '../context';
import { SHOW_MENTIONS } from '../clientProtocol';
import { hoverAt, type HoverLinks } from '../hover';
import { toPath, toUri } from '../positions';
import { encodeTokens } from '../semanticTokens';

const commandLink = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

/** Semantic tokens and hover cards of an article (quick fixes: codeActionHandlers.ts). */
export class LanguageHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    const { connection } = this.ctx;
    connection.languages.semanticTokens.on((params, token) => this.semanticTokensHandler(params, token));
    connection.onHover((params, token) => this.hoverHandler(params, token));
  }

  /** The story's result when it is ready, else the article's own facts as soon as they are. */
  async semanticTokensHandler(params: SemanticTokensParams, token?: CancellationToken): Promise<SemanticTokens> {
    const { workspace, scheduler, positions, configuration } = this.ctx;
    const path = toPath(params.textDocument.uri);
    if (workspace.textOf(path) === undefined) return { data: [] };
    await scheduler.factsReady(path, token);
    const text = workspace.textOf(path);
    if (text === undefined) return { data: [] };
    const positionAt = positions.of(path);
    const { highlight } = configuration.sessions.of(path).settings;
    const doc = scheduler.checkedDoc(path);
    if (doc) return { data: encodeTokens(text, positionAt, doc.entities, doc.facts.dates, doc.quotes, doc.findings, highlight) };
    const facts = scheduler.earlyFacts(path);
    return { data: facts ? encodeTokens(text, positionAt, facts.entities, facts.dates, facts.quotes, [], highlight) : [] };
  }

  async hoverHandler(params: HoverParams, token?: CancellationToken): Promise<Hover | null> {
    const { workspace, scheduler, positions } = this.ctx;
    const path = toPath(params.textDocument.uri);
    if (!workspace.isOpen(path)) return null;
    const result = await scheduler.resultFor(path, token);
    const offset = positions.offsetAt(path, params.position);
    if (!result || offset === undefined || token?.isCancellationRequested) return null;
    const args = (p: string, span: Span) => {
      const r = positions.range(p, span);
      return [toUri(p), r.start.line, r.start.character, r.end.line, r.end.character];
    };
    const sourceOf = (p: string) => result.documents.find((d) => d.path === p)?.facts.article.source ?? p;
    // Other editors show a `command:` link as text: they get the file at the line, and mentions counted without a link.
    const links: HoverLinks = this.ctx.configuration.commandLinks
      ? {
          open: (p, span) => commandLink('secondSource.openOtherSource', args(p, span)),
          showMentions: (at, mentions) => commandLink(SHOW_MENTIONS, [...args(path, at).slice(0, 3), mentions.map((m) => args(m.path, m.span))]),
          sourceOf,
        }
      : { open: (p, span) => `${toUri(p)}#L${positions.range(p, span).start.line + 1}`, sourceOf };
    const card = hoverAt(result, path, offset, links);
    return card && { contents: { kind: 'markdown', value: card.markdown }, range: positions.range(path, card.span) };
  }
}
