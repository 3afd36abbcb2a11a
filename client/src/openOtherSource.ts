import * as vscode from 'vscode';

interface Target {
  uri: vscode.Uri;
  range: vscode.Range;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function toUri(x: unknown): vscode.Uri | undefined {
  if (x instanceof vscode.Uri) return x;
  if (typeof x !== 'string' || x === '') return undefined;
  try {
    // A bare file path (no scheme) is accepted too.
    return /^[a-zA-Z][\w+.-]+:/.test(x) && !/^[a-zA-Z]:[\\/]/.test(x) ? vscode.Uri.parse(x, true) : vscode.Uri.file(x);
  } catch {
    return undefined;
  }
}

function toPosition(x: unknown): vscode.Position | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const p = x as { line?: unknown; character?: unknown };
  return isNum(p.line) && isNum(p.character) ? new vscode.Position(p.line, p.character) : undefined;
}

function toRange(x: unknown): vscode.Range | undefined {
  if (x instanceof vscode.Range) return x;
  if (!x || typeof x !== 'object') return undefined;
  const r = x as { start?: unknown; end?: unknown };
  const start = toPosition(r.start);
  const end = toPosition(r.end) ?? start;
  return start && end ? new vscode.Range(start, end) : undefined;
}

/**
 * Accepts the shapes the server and hover links use:
 * `(uri, startLine, startCharacter, endLine, endCharacter)`, `(uri, range)`, `({ uri, range })`
 * or an LSP `Location` (a command link passes its JSON array as the arguments).
 */
export function parseTarget(args: unknown[]): Target | undefined {
  let [first, ...rest] = args;
  if (Array.isArray(first) && args.length === 1) [first, ...rest] = first as unknown[];
  if (first && typeof first === 'object' && !(first instanceof vscode.Uri)) {
    const o = first as { uri?: unknown; range?: unknown; targetUri?: unknown; targetSelectionRange?: unknown };
    const uri = toUri(o.uri ?? o.targetUri);
    if (!uri) return undefined;
    return { uri, range: toRange(o.range ?? o.targetSelectionRange) ?? new vscode.Range(0, 0, 0, 0) };
  }
  const uri = toUri(first);
  if (!uri) return undefined;
  if (rest.length >= 2 && isNum(rest[0]) && isNum(rest[1])) {
    const start = new vscode.Position(rest[0], rest[1]);
    const end = isNum(rest[2]) && isNum(rest[3]) ? new vscode.Position(rest[2], rest[3]) : start;
    return { uri, range: new vscode.Range(start, end) };
  }
  return { uri, range: toRange(rest[0]) ?? new vscode.Range(0, 0, 0, 0) };
}

/** Opens the other source beside the active editor, with the passage selected and in view. */
export async function openOtherSource(args: unknown[], viewColumn: vscode.ViewColumn = vscode.ViewColumn.Beside): Promise<void> {
  const target = parseTarget(args);
  if (!target) {
    void vscode.window.showWarningMessage('Second Source: no source to open (expected a document URI and a range).');
    return;
  }
  try {
    const doc = await vscode.workspace.openTextDocument(target.uri);
    const range = doc.validateRange(target.range);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn,
      selection: range,
      preserveFocus: false,
      preview: true,
    });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } catch (err) {
    void vscode.window.showErrorMessage(`Second Source: could not open ${target.uri.toString(true)} (${err instanceof Error ? err.message : String(err)}).`);
  }
}
