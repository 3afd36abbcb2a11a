import type { CancellationToken, ExecuteCommandParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { STORY_OVERVIEW, type StoryOverview } from '../clientProtocol';
import { storyOverview } from '../overview';
import { toPath, toUri } from '../positions';
import { DECISION_COMMANDS, DecisionHandlers } from './decisionHandlers';

export const COMMANDS = ['secondSource.markReviewed', 'secondSource.disableRuleForFile', 'secondSource.checkWorkspace', ...DECISION_COMMANDS] as const;
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
    connection.onExecuteCommand((params) => this.executeCommandHandler(params));
    connection.onRequest(STORY_INFO, (params: { uri: string }, token: CancellationToken) => this.storyInfoHandler(params, token));
    connection.onRequest(STORY_OVERVIEW, (params: { uri: string }, token: CancellationToken) => this.overviewHandler(params, token));
  }

  async executeCommandHandler(params: ExecuteCommandParams): Promise<{ stories: number } | null> {
    const [uri, detail] = params.arguments ?? [];
    if (params.command === 'secondSource.markReviewed' && typeof detail === 'string') await this.markReviewed(toPath(String(uri)), detail);
    else if (params.command === 'secondSource.disableRuleForFile' && typeof detail === 'string') await this.turnRuleOff(toPath(String(uri)), detail);
    else if ((DECISION_COMMANDS as readonly string[]).includes(params.command)) await this.decisions.execute(params.command, params.arguments ?? []);
    else if (params.command === 'secondSource.checkWorkspace') {
      this.ctx.workspace.scan(this.ctx.configuration.folders);
      return { stories: await this.checkWorkspace() };
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

  /**
   * Checks every story of the workspace, with work-done progress in the editor. Files left unchecked
   * (skipped, or in a story whose check failed) are marked and counted in a message to the user.
   */
  async checkWorkspace(): Promise<number> {
    const { connection, workspace, scheduler, publisher } = this.ctx;
    const keys = workspace.allStories();
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Second Source', 0, `Checking ${keys.length} ${keys.length === 1 ? 'story' : 'stories'}`, false);
    let done = 0;
    let unanalysed = 0;
    for (const key of keys) {
      await scheduler.check(key, true);
      if (scheduler.failed.has(key)) unanalysed += workspace.members(key).length;
      done++;
      progress.report(Math.round((done * 100) / keys.length), `${done} of ${keys.length} stories (${workspace.storyLabel(key)})`);
    }
    progress.done();
    for (const [path, reason] of workspace.skipped) publisher.notChecked(toUri(path), reason);
    const skipped = workspace.skipped.size;
    if (unanalysed || skipped) {
      const parts = [
        unanalysed ? `${unanalysed} could not be analysed (see the Second Source output)` : '',
        skipped ? `${skipped} skipped (too large, binary, links or not regular files)` : '',
      ].filter(Boolean);
      void connection.window.showWarningMessage(
        `Second Source: ${unanalysed + skipped} ${unanalysed + skipped === 1 ? 'file was' : 'files were'} not checked: ${parts.join('; ')}. Each is marked in the Problems panel.`,
      );
    }
    return keys.length;
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
