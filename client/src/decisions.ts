import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { DECIDE, type DecideRequest, type ListedDecision, STORY_DECISIONS, type StoryDecisions, UNDO_DECISION } from '../../server/src/lsp/clientProtocol';

/**
 * The story decisions from the editor's side: the pick of a quotation's speaker (a quick fix's
 * command), Show Story Decisions (every decision of the folder, one undone after confirmation) and
 * Enable Rule for This File. The server keeps the file and re-checks.
 */

function running(client: LanguageClient | undefined): client is LanguageClient {
  if (client?.isRunning()) return true;
  void vscode.window.showWarningMessage('Second Source: the language server is not running.');
  return false;
}

const execute = (client: LanguageClient, command: string, args: unknown[]) => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });

/** `secondSource.chooseSpeaker` [uri, quotation, people, speaker now]: "The speaker of “…” is…". */
export async function chooseSpeaker(client: LanguageClient | undefined, args: unknown[]): Promise<void> {
  const [uri, quote, people, now] = args;
  if (typeof uri !== 'string' || typeof quote !== 'string' || !Array.isArray(people) || !running(client)) return;
  const speaker = await vscode.window.showQuickPick(
    people.filter((p): p is string => typeof p === 'string'),
    { title: 'Second Source: who said it?', placeHolder: typeof now === 'string' ? `Now attributed to ${now}` : 'Now not attributed' },
  );
  if (!speaker) return;
  const request: DecideRequest = { kind: 'speaker', text: quote, speaker };
  await execute(client, DECIDE, [uri, request]);
}

/** The decisions of the active article's folder (else the first folder's), with the URI that names the folder. */
async function listDecisions(client: LanguageClient): Promise<{ uri: string; list: StoryDecisions } | null> {
  const target = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Second Source: open a folder or an article first.');
    return null;
  }
  const uri = client.code2ProtocolConverter.asUri(target);
  const list = (await client.sendRequest(STORY_DECISIONS, { uri })) as StoryDecisions;
  if (list.problem) void vscode.window.showWarningMessage(`Second Source: story decisions not read: ${list.problem}`);
  return { uri, list };
}

async function undoAfterConfirming(client: LanguageClient, uri: string, d: ListedDecision, action: string): Promise<void> {
  const confirm = await vscode.window.showWarningMessage(`${action}: ${d.kind.toLowerCase()}, ${d.label} (${d.where})?`, { modal: true }, action);
  if (confirm === action) await execute(client, UNDO_DECISION, [uri, d.decision]);
}

/** `secondSource.showDecisions`: every decision of the folder with its kind and where it holds; the one chosen is undone once confirmed. */
export async function showDecisions(client: LanguageClient | undefined): Promise<void> {
  if (!running(client)) return;
  const listed = await listDecisions(client);
  if (!listed) return;
  if (!listed.list.decisions.length) {
    if (!listed.list.problem) void vscode.window.showInformationMessage('Second Source: no story decisions in this folder yet.');
    return;
  }
  const chosen = await vscode.window.showQuickPick(
    listed.list.decisions.map((d) => ({ label: d.label, description: d.kind, detail: d.where, d })),
    { title: 'Second Source: Story Decisions', placeHolder: 'Choose a decision to undo it', matchOnDescription: true, matchOnDetail: true },
  );
  if (chosen) await undoAfterConfirming(client, listed.uri, chosen.d, 'Undo');
}

/** `secondSource.enableRuleForFile`: a rule turned off for the active article, back on. */
export async function enableRuleForFile(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!running(client) || !editor) return;
  const listed = await listDecisions(client);
  const file = vscode.workspace.asRelativePath(editor.document.uri, false);
  const off = listed?.list.decisions.filter((d) => d.code && d.file === file) ?? [];
  if (!listed || !off.length) {
    void vscode.window.showInformationMessage('Second Source: no rule is turned off for this file.');
    return;
  }
  const chosen =
    off.length === 1
      ? off[0]
      : (
          await vscode.window.showQuickPick(
            off.map((d) => ({ label: d.code!, d })),
            { title: 'Second Source: enable which rule?' },
          )
        )?.d;
  if (chosen) await undoAfterConfirming(client, listed.uri, chosen, 'Enable');
}
