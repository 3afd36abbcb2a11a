import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import type { WorkspaceCheckSummary } from './clientProtocol';
import type { ServerContext } from './context';
import { toUri } from './positions';

/**
 * Check Workspace: every story, one at a time, with progress counted in stories and articles. The
 * stories go to the worker one by one rather than all queued, so a cancel stops the work left at
 * once. Stories no one is editing go to the background worker, so an edit of an open article never
 * waits behind them (StoryChecker). Stories with an open article go first: their findings are
 * the ones on screen.
 */
export async function checkWorkspace(ctx: ServerContext, progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<WorkspaceCheckSummary> {
  const { connection, workspace, scheduler, publisher } = ctx;
  const started = Date.now();
  const keys = workspace.allStories();
  const open = (key: string) => workspace.members(key).some((m) => m.open);
  keys.sort((a, b) => Number(open(b)) - Number(open(a)));
  const summary: WorkspaceCheckSummary = {
    stories: keys.length,
    checked: 0,
    articles: 0,
    articlesWithFindings: 0,
    findings: 0,
    notChecked: 0,
    cancelled: false,
  };
  progress.begin('Second Source', 0, `Checking ${keys.length} ${keys.length === 1 ? 'story' : 'stories'}`, true);
  for (const key of keys) {
    if (cancelled()) break;
    await scheduler.check(key, true);
    const members = workspace.members(key);
    if (scheduler.failed.has(key)) summary.notChecked += members.length;
    else {
      const counts = members.map((m) => publisher.findingsIn(m.path));
      summary.articles += members.length;
      summary.articlesWithFindings += counts.filter((n) => n > 0).length;
      summary.findings += counts.reduce((a, b) => a + b, 0);
    }
    summary.checked++;
    progress.report(Math.round((summary.checked * 100) / keys.length), `${summary.checked} of ${keys.length} stories, ${summary.articles} articles`);
  }
  progress.done();
  // Its stories' facts are of no further use there: the editing worker checks what is opened next.
  ctx.checker.stopBackground();
  summary.cancelled = summary.checked < keys.length;
  for (const [path, reason] of workspace.skipped) {
    publisher.notChecked(toUri(path), reason);
    connection.console.info(`second-source: skipped ${path}: ${reason}`);
  }
  connection.console.info(
    `second-source: workspace check ${summary.cancelled ? 'cancelled' : 'done'}: ${summary.checked} of ${keys.length} stories, ${summary.articles} articles, ${summary.findings} findings in ${Date.now() - started} ms`,
  );
  tellUnchecked(ctx, summary.notChecked, workspace.skipped.size);
  summary.notChecked += workspace.skipped.size;
  return summary;
}

/** Files left unchecked (skipped, or in a story whose check failed) are marked and counted in a message to the user. */
function tellUnchecked(ctx: ServerContext, unanalysed: number, skipped: number): void {
  if (!unanalysed && !skipped) return;
  const parts = [
    unanalysed ? `${unanalysed} could not be analysed (see the Second Source output)` : '',
    skipped ? `${skipped} skipped (too large, binary, links or not regular files)` : '',
  ].filter(Boolean);
  void ctx.connection.window.showWarningMessage(
    `Second Source: ${unanalysed + skipped} ${unanalysed + skipped === 1 ? 'file was' : 'files were'} not checked: ${parts.join('; ')}. Each is marked in the Problems panel.`,
  );
}
