import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Hover,
  type HoverParams,
  type SemanticTokens,
  type SemanticTokensParams,
} from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { hoverAt } from '../hover';
import { toPath, toUri } from '../positions';
import { encodeTokens } from '../semanticTokens';

/** Semantic tokens, hover cards and quick fixes of an article. */
export class LanguageHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    const { connection } = this.ctx;
    connection.languages.semanticTokens.on((params, token) => this.semanticTokensHandler(params, token));
    connection.onHover((params, token) => this.hoverHandler(params, token));
    connection.onCodeAction((params) => this.codeActionHandler(params));
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
    const card = hoverAt(result, path, offset, {
      open: (p, span) => {
        const r = positions.range(p, span);
        return `command:secondSource.openOtherSource?${encodeURIComponent(JSON.stringify([toUri(p), r.start.line, r.start.character, r.end.line, r.end.character]))}`;
      },
      sourceOf: (p) => result.documents.find((d) => d.path === p)?.facts.article.source ?? p,
    });
    return card && { contents: { kind: 'markdown', value: card.markdown }, range: positions.range(path, card.span) };
  }

  /** For each of our findings in the request: open the other source, fix a spelling, mark it reviewed, turn its rule off here. */
  codeActionHandler(params: CodeActionParams): CodeAction[] {
    const actions: CodeAction[] = [];
    const uri = params.textDocument.uri;
    for (const d of params.context.diagnostics) {
      if (d.source !== 'second-source' || typeof d.code !== 'string' || d.code === 'front-matter' || d.code === 'not-checked') continue;
      const data = (d.data ?? {}) as { fingerprint?: string; replacement?: string };
      const rel = d.relatedInformation?.[0];
      if (rel) {
        const source = rel.message.split(':')[0] || 'the other source';
        const { start, end } = rel.location.range;
        const args = [rel.location.uri, start.line, start.character, end.line, end.character];
        actions.push({
          title: `Open ${source} at the conflicting passage`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Open other source', command: 'secondSource.openOtherSource', arguments: args },
        });
      }
      if (d.code === 'name-variant' && data.replacement) {
        actions.push({
          title: `Change to “${data.replacement}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [uri]: [{ range: d.range, newText: data.replacement }] } },
        });
      }
      if (data.fingerprint) {
        actions.push({
          title: 'Mark as reviewed',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Mark as reviewed', command: 'secondSource.markReviewed', arguments: [uri, data.fingerprint] },
        });
      }
      actions.push({
        title: `Disable ${d.code} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Disable rule for file', command: 'secondSource.disableRuleForFile', arguments: [uri, d.code] },
      });
    }
    return actions;
  }
}
