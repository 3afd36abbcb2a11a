import * as vscode from 'vscode';
import { isIsoDate, publishedDateEdit, readPublished, today, validateIsoDate } from './frontMatter';

/**
 * `secondSource.setPublishedDate`: asks for an ISO date and writes it to `published:` in the
 * front matter of the active article with one WorkspaceEdit (undoable, nothing else changes).
 */
export async function setPublishedDate(languages: string[]): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!doc || !languages.includes(doc.languageId)) {
    void vscode.window.showWarningMessage('Second Source: open an article to set its published date.');
    return;
  }
  const current = readPublished(doc.getText());
  const value = await vscode.window.showInputBox({
    title: 'Second Source: Set Published Date',
    prompt: 'Publication date of this article (YYYY-MM-DD); relative dates such as "last Tuesday" are resolved from it.',
    placeHolder: 'YYYY-MM-DD',
    value: current && isIsoDate(current) ? current : today(),
    valueSelection: [0, 10],
    ignoreFocusOut: true,
    validateInput: validateIsoDate,
  });
  if (value === undefined) return;
  const date = value.trim();
  if (validateIsoDate(date)) return;

  // Re-read: the document may have changed while the input box was open.
  const text = doc.getText();
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = publishedDateEdit(text, date, eol);
  const range = new vscode.Range(doc.positionAt(edit.offset), doc.positionAt(edit.offset + edit.length));
  if (doc.getText(range) === edit.text) return;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(doc.uri, range, edit.text);
  const ok = await vscode.workspace.applyEdit(workspaceEdit);
  if (!ok) void vscode.window.showErrorMessage('Second Source: could not update the front matter.');
}
