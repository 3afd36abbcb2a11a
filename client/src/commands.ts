import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { openOtherSource } from './openOtherSource';
import { STORY_INFO, type StoryInfo } from './status';

const SOURCE = 'second-source';

/** Second Source findings under the cursor (or touching the selection) of the active editor. */
function findingsAtCursor(editor: vscode.TextEditor): vscode.Diagnostic[] {
  const sel = editor.selection;
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === SOURCE && (d.range.contains(sel.active) || !!d.range.intersection(sel)))
    .sort((a, b) => (a.severity ?? 0) - (b.severity ?? 0));
}

/** The language client keeps the server's `data` on the diagnostics it converts. */
const dataOf = (d: vscode.Diagnostic) => ((d as unknown as { data?: unknown }).data ?? {}) as { fingerprint?: unknown };
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : (d.code ?? ''));

async function pick(diagnostics: vscode.Diagnostic[], placeHolder: string): Promise<vscode.Diagnostic | undefined> {
  if (diagnostics.length <= 1) return diagnostics[0];
  const chosen = await vscode.window.showQuickPick(
    diagnostics.map((d) => ({ label: `$(warning) ${codeOf(d)}`, detail: d.message, d })),
    { placeHolder },
  );
  return chosen?.d;
}

/**
 * `secondSource.markReviewed`: from a quick fix with `(uri, fingerprint)`, or from the palette for
 * the finding under the cursor. The server keeps the mark and re-checks the story.
 */
export async function markReviewed(client: LanguageClient | undefined, args: unknown[]): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Second Source: the language server is not running.');
    return;
  }
  let uri: string | undefined;
  let fingerprint: string | undefined;
  if (typeof args[1] === 'string') {
    uri = args[0] instanceof vscode.Uri ? client.code2ProtocolConverter.asUri(args[0]) : String(args[0]);
    fingerprint = args[1];
  } else {
    const editor = vscode.window.activeTextEditor;
    const candidates = editor ? findingsAtCursor(editor).filter((d) => typeof dataOf(d).fingerprint === 'string') : [];
    const d = await pick(candidates, 'Mark which finding as reviewed?');
    if (!editor || !d) {
      if (!candidates.length) void vscode.window.showInformationMessage('Second Source: put the cursor on a finding to mark it as reviewed.');
      return;
    }
    uri = client.code2ProtocolConverter.asUri(editor.document.uri);
    fingerprint = dataOf(d).fingerprint as string;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: 'secondSource.markReviewed', arguments: [uri, fingerprint] });
}

/**
 * `secondSource.openOtherSource` from the palette: the other passage of the finding under the
 * cursor, else a pick of the story's other sources, opened beside the editor.
 */
export async function openOtherSourceFromPalette(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Second Source: open an article first.');
    return;
  }
  const related = findingsAtCursor(editor).filter((d) => d.relatedInformation?.length);
  const d = await pick(related, 'Open the other source of which finding?');
  if (d) return openOtherSource([d.relatedInformation![0].location.uri, d.relatedInformation![0].location.range]);
  if (related.length) return;

  let info: StoryInfo | null = null;
  try {
    if (client?.isRunning())
      info = (await client.sendRequest(STORY_INFO, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) })) as StoryInfo | null;
  } catch {
    info = null;
  }
  const self = editor.document.uri.toString();
  const others = (info?.sources ?? []).filter((s) => vscode.Uri.parse(s.uri).toString() !== self);
  if (!others.length) {
    void vscode.window.showInformationMessage('Second Source: this article has no other sources in its story.');
    return;
  }
  const chosen =
    others.length === 1
      ? others[0]
      : (
          await vscode.window.showQuickPick(
            others.map((s) => ({ label: s.source, description: s.published ?? 'no published date', s })),
            { placeHolder: `Other sources on ${info!.story}` },
          )
        )?.s;
  if (chosen) await openOtherSource([chosen.uri, 0, 0, 0, 0]);
}
