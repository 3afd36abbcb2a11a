import { WorkDoneProgressReporter, type CancellationToken, type ExecuteCommandParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { CHECK_WORKSPACE, STORY_OVERVIEW, type StoryOverview, type WorkspaceCheckSummary } from '../clientProtocol';
import { storyOverview } from '../overview';
import { toPath, toUri } from '../positions';
import { checkWorkspace } from '../workspaceCheck';
import { DECISION_COMMANDS, DecisionHandlers } from './decisionHandlers';

export const COMMANDS = ['secondSource.markReviewed', 'secondSource.disableRuleForFile', CHECK_WORKSPACE, ...DECISION_COMMANDS] as const;
export const STORY_INFO = 'secondSource/storyInfo';

export interface StoryInfo {
  story: string;
  sources: Array<{ uri: string; source: string; published: string | null; conflicts: number }>;
}

/** The server's commands (story decisions, Check Workspace) and the requests of the status bar and the story overview. */
export class CommandHandlers {
  private readonly decisions: DecisionHandlers;

  constructor(private readonly ctx: ServerContext) {
    this.decisions = new DecisionHandlers(ctx);
  }

  register(): void {
    const { connection } = this.ctx;
    this.decisions.register();
    connection.onExecuteCommand((params, token, workDone) => this.executeCommandHandler(params, token, workDone));
    connection.onRequest(STORY_INFO, (params: { uri: string }, token: CancellationToken) => this.storyInfoHandler(params, token));
    connection.onRequest(STORY_OVERVIEW, (params: { uri: string }, token: CancellationToken) => this.overviewHandler(params, token));
  }

  /** `workDone` reports to the editor's own progress when the request carries a `workDoneToken`; otherwise Check Workspace creates one. */
  async executeCommandHandler(
    params: ExecuteCommandParams,
    token?: CancellationToken,
    workDone?: WorkDoneProgressReporter,
  ): Promise<WorkspaceCheckSummary | null> {
    const [uri, detail] = params.arguments ?? [];
    if (params.command === 'secondSource.markReviewed' && typeof detail === 'string') await this.markReviewed(toPath(String(uri)), detail);
    else if (params.command === 'secondSource.disableRuleForFile' && typeof detail === 'string') await this.turnRuleOff(toPath(String(uri)), detail);
    else if ((DECISION_COMMANDS as readonly string[]).includes(params.command)) await this.decisions.execute(params.command, params.arguments ?? []);
    else if (params.command === CHECK_WORKSPACE) {
      this.ctx.workspace.scan(this.ctx.configuration.folders);
      if (workDone && !WorkDoneProgressReporter.isNullInstance(workDone)) return checkWorkspace(this.ctx, workDone, () => !!token?.isCancellationRequested);
      // No progress of the editor's own: one the server creates, cancelled from there or by cancelling the request.
      const progress = await this.ctx.connection.window.createWorkDoneProgress();
      return checkWorkspace(this.ctx, progress, () => !!token?.isCancellationRequested || progress.token.isCancellationRequested);
    }
    return null;
  }

  /** Marks the finding shown in `path` with this fingerprint, and with it its twin, as reviewed. */
  async markReviewed(path: string, fingerprint: string): Promise<void> {
    const session = this.ctx.configuration.sessions.of(path);
    const finding = this.ctx.publisher.findingShown(path, fingerprint);
    const identity = finding && session.identity(path, finding, (p) => this.ctx.workspace.textOf(p));
    if (identity) this.saveDecision(() => session.decisions.markReviewed(identity));
    await this.ctx.scheduler.checkOf(path);
  }

  async turnRuleOff(path: string, code: string): Promise<void> {
    const session = this.ctx.configuration.sessions.of(path);
    this.saveDecision(() => session.decisions.turnOff(session.fileKey(path), code));
    await this.ctx.scheduler.checkOf(path);
  }

  /** Keeps a decision; tells the user when the file cannot be written (or must not be: it does not parse). */
  private saveDecision(change: () => void): void {
    try {
      change();
    } catch (err) {
      void this.ctx.connection.window.showErrorMessage(`Second Source: could not save to the reviewed file: ${(err as Error).message ?? err}`);
    }
  }

  async storyInfoHandler(params: { uri: string }, token?: CancellationToken): Promise<StoryInfo | null> {
    const path = toPath(params.uri);
    const key = this.ctx.workspace.storyOf(path);
    if (!key) return null;
    const result = await this.ctx.scheduler.resultFor(path, token);
    return {
      story: this.ctx.workspace.storyLabel(key),
      sources: (result?.documents ?? []).map((d) => ({
        uri: toUri(d.path),
        source: d.facts.article.source,
        published: d.facts.article.published,
        conflicts: d.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length,
      })),
    };
  }

  async overviewHandler(params: { uri: string }, token?: CancellationToken): Promise<StoryOverview | null> {
    const path = toPath(params.uri);
    const key = this.ctx.workspace.storyOf(path);
    const result = key ? await this.ctx.scheduler.resultFor(path, token) : undefined;
    return key && result
      ? storyOverview(result, { storyLabel: this.ctx.workspace.storyLabel(key), toUri, range: (p, span) => this.ctx.positions.range(p, span) })
      : null;
  }
}
