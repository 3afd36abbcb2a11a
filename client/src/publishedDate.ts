import * as vscode from 'vscode';
import { isIsoDate, publishedDateEdit, readPublished, today } from './frontMatter';
import { datelineDate, parseDate, validateDate } from './naturalDate';

/**
 * `secondSource.setPublishedDate`: asks for a date ("14 Sept 2020", "Sept. 14, 2020", ISO),
 * proposing the one in force, else the dateline's, else today, and writes it as YYYY-MM-DD to
 * `published:` in the front matter of the active article with one WorkspaceEdit (undoable,
 * nothing else changes).
 */
export async function setPublishedDate(languages: string[]): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!doc || !languages.includes(doc.languageId)) {
    void vscode.window.showWarningMessage('Second Source: open an article to set its published date.');
    return;
  }
  const current = readPublished(doc.getText());
  const dateline = datelineDate(doc.getText());
  const proposed = current && isIsoDate(current) ? current : (dateline ?? today());
  const value = await vscode.window.showInputBox({
    title: 'Second Source: Set Publication Date',
    prompt: `Publication date of this article${!current && dateline ? ' (proposed: its dateline)' : ''}; relative dates such as "last Tuesday" are resolved from it.`,
    placeHolder: '14 Sept 2020, Sept. 14, 2020 or 2020-09-14',
    value: proposed,
    valueSelection: [0, proposed.length],
    ignoreFocusOut: true,
    validateInput: validateDate,
  });
  if (value === undefined) return;
  const date = parseDate(value);
  if (!date) return;

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
