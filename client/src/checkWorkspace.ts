import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { CHECK_WORKSPACE, workspaceCheckMessage, type WorkspaceCheckSummary } from '../../server/src/lsp/clientProtocol';

const OPEN_PROBLEMS = 'Open Problems';

/**
 * Check Workspace as a cancellable notification: the server reports its progress (stories and
 * articles so far) against our own work-done token, Cancel cancels the request (the server then
 * stops before the next story), and a summary with a button to the Problems panel follows. The
 * notification closes when the check ends, so no "checking" text outlives it.
 */
export async function checkWorkspace(client: LanguageClient): Promise<void> {
  let summary: WorkspaceCheckSummary | undefined;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Second Source: checking the workspace', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const increment = value.percentage === undefined ? undefined : value.percentage - reported;
        reported = value.percentage ?? reported;
        progress.report({ message: value.message, increment });
      });
      try {
        summary = (await client.sendRequest(
          ExecuteCommandRequest.type,
          { command: CHECK_WORKSPACE, arguments: [], workDoneToken },
          cancel,
        )) as WorkspaceCheckSummary;
      } catch (err) {
        if (!cancel.isCancellationRequested)
          void vscode.window.showErrorMessage(`Second Source: workspace check failed (${err instanceof Error ? err.message : String(err)}).`);
      } finally {
        listener.dispose();
      }
    },
  );
  if (!summary) return;
  const choice = await vscode.window.showInformationMessage(workspaceCheckMessage(summary), OPEN_PROBLEMS);
  if (choice === OPEN_PROBLEMS) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
