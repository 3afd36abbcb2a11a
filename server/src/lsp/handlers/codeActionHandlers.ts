import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toPath } from '../positions';

/** Longest passage a fix names before it is cut with an ellipsis: the quick-fix menu is one line per action. */
const LABEL_CHARS = 32;

/** A passage as a fix names it: on one line, cut at a word near `LABEL_CHARS`. */
export function labelOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_CHARS) return flat;
  const cut = flat.slice(0, LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The diagnostic is under the cursor (an empty range) or touches the selection. */
function under(d: Diagnostic, range: Range): boolean {
  return !before(d.range.end, range.start) && !before(range.end, d.range.start);
}

/**
 * Quick fixes. Only the findings under the cursor get fixes, each fix named after its finding (the
 * passages here and there), finding after finding, with no fix offered twice: on a quotation with
 * two findings the menu had listed eleven fixes, three of them "Mark as reviewed" with no word of
 * which finding each was for.
 */
export class CodeActionHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    this.ctx.connection.onCodeAction((params) => this.codeActionHandler(params));
  }

  codeActionHandler(params: CodeActionParams): CodeAction[] {
    const findings = params.context.diagnostics.filter(
      (d) => d.source === 'second-source' && typeof d.code === 'string' && d.code !== 'front-matter' && d.code !== 'not-checked' && under(d, params.range),
    );
    // Two findings on one passage (a quotation reworded and misattributed) share an "Open …" fix.
    const seen = new Set<string>();
    return findings
      .flatMap((d) => this.findingActions(params.textDocument.uri, d, findings.length > 1))
      .filter((a) => {
        const does = JSON.stringify([a.command, a.edit]);
        return !seen.has(does) && !!seen.add(does);
      });
  }

  /** The text of a range of a file as the server has it ('' when it has none). */
  private passage(uri: string, range: Range): string {
    const path = toPath(uri);
    const text = this.ctx.workspace.textOf(path);
    const [start, end] = [this.ctx.positions.offsetAt(path, range.start), this.ctx.positions.offsetAt(path, range.end)];
    return text === undefined || start === undefined || end === undefined ? '' : text.slice(start, end);
  }

  /** One finding's fixes: fix the spelling, open the other source at its passage, mark it reviewed, turn its rule off here. */
  private findingActions(uri: string, d: Diagnostic, several: boolean): CodeAction[] {
    const data = (d.data ?? {}) as { fingerprint?: string; replacement?: string };
    const rel = d.relatedInformation?.[0];
    const here = labelOf(this.passage(uri, d.range));
    const there = rel ? labelOf(this.passage(rel.location.uri, rel.location.range)) : '';
    const fix = (title: string, rest: Omit<CodeAction, 'title' | 'kind' | 'diagnostics'>): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      ...rest,
    });
    const actions: CodeAction[] = [];
    if (d.code === 'name-variant' && data.replacement) {
      // The one fix a misspelled name calls for.
      const edit = { changes: { [uri]: [{ range: d.range, newText: data.replacement }] } };
      actions.push(fix(`Change “${here}” to “${data.replacement}”`, { isPreferred: true, edit }));
    }
    if (rel) {
      const source = rel.message.split(':')[0] || 'the other source';
      const { start, end } = rel.location.range;
      const args = [rel.location.uri, start.line, start.character, end.line, end.character];
      actions.push(fix(`Open ${source} at “${there}”`, { command: { title: 'Open other source', command: 'secondSource.openOtherSource', arguments: args } }));
    }
    if (data.fingerprint) {
      // Findings of two rules on the same passages are told apart by their code.
      const title = `Mark “${here}”${there ? ` / “${there}”` : ''} as reviewed${several ? ` (${String(d.code)})` : ''}`;
      actions.push(fix(title, { command: { title: 'Mark as reviewed', command: 'secondSource.markReviewed', arguments: [uri, data.fingerprint] } }));
    }
    const off = { title: 'Disable rule for file', command: 'secondSource.disableRuleForFile', arguments: [uri, d.code] };
    actions.push(fix(`Disable ${String(d.code)} for this file`, { command: off }));
    return actions;
  }
}
