import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DateMention, EntityMention, Quote, Span } from '../../engine';
import { CHOOSE_SPEAKER, DECIDE, type DecideRequest } from '../clientProtocol';
import type { ServerContext } from '../context';
import { labelOf } from '../labels';
import { toPath } from '../positions';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The diagnostic is under the cursor (an empty range) or touches the selection. */
function under(d: Diagnostic, range: Range): boolean {
  return !before(d.range.end, range.start) && !before(range.end, d.range.start);
}

/**
 * Quick fixes. Only the findings under the cursor get fixes, each fix named after its finding (the
 * passages here and there), finding after finding, with no fix offered twice: on a quotation with
 * two findings the menu had listed eleven fixes, three of them "Mark as reviewed" with no word of
 * which finding each was for. Then the fixes for what the analysis misread under the cursor (a
 * word taken for a name or a date, a quotation's speaker), kept in the story decisions file.
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
    const uri = params.textDocument.uri;
    return [...findings.flatMap((d) => this.findingActions(uri, d, findings.length > 1)), ...this.misreadActions(uri, params.range)].filter((a) => {
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
    if (data.replacement) {
      // The one fix a misspelled name calls for (a finding that carries the spelling to write).
      const edit = { changes: { [uri]: [{ range: d.range, newText: data.replacement }] } };
      actions.push(fix(`Change “${here}” to “${data.replacement}”`, { isPreferred: true, edit }));
    }
    if (data.replacement && here) {
      const spelling: DecideRequest = { kind: 'spelling', text: this.passage(uri, d.range) };
      actions.push(fix(`Accept “${here}” as this story’s spelling`, { command: { title: 'Accept spelling', command: DECIDE, arguments: [uri, spelling] } }));
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

  /** What the analysis read under the cursor: the checked document's, else the article's own facts. */
  private factsAt(path: string, range: Range): { entities: EntityMention[]; dates: DateMention[]; quotes: Quote[]; people: string[] } | null {
    const { scheduler, positions } = this.ctx;
    const checked = scheduler.checkedDoc(path);
    const facts = checked ? { entities: checked.entities, dates: checked.facts.dates, quotes: checked.quotes } : scheduler.earlyFacts(path);
    const [start, end] = [positions.offsetAt(path, range.start), positions.offsetAt(path, range.end)];
    if (!facts || start === undefined || end === undefined) return null;
    // Only what holds the cursor or the whole selection: a selected finding must not offer every word inside it.
    const holds = (s: Span) => s.start <= start && end <= s.end;
    const people = [...new Set(facts.entities.filter((e) => e.type === 'person').map((e) => e.name))];
    return { entities: facts.entities.filter(holds), dates: facts.dates.filter(holds), quotes: facts.quotes.filter(holds), people };
  }

  /** "“Real” is not an entity", "“Today” is not a date" (in the story, or in this file only), "The speaker of “…” is…". */
  private misreadActions(uri: string, range: Range): CodeAction[] {
    const at = this.factsAt(toPath(uri), range);
    if (!at) return [];
    const decide = (title: string, request: DecideRequest): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      command: { title, command: DECIDE, arguments: [uri, request] },
    });
    const actions: CodeAction[] = [];
    const words: Array<[{ text: string }[], 'not-entity' | 'not-date', string]> = [
      [at.entities, 'not-entity', 'an entity'],
      [at.dates, 'not-date', 'a date'],
    ];
    for (const [mentions, kind, what] of words) {
      for (const text of new Set(mentions.map((m) => m.text))) {
        actions.push(
          decide(`“${labelOf(text)}” is not ${what}`, { kind, text }),
          decide(`“${labelOf(text)}” is not ${what} in this file`, { kind, text, scope: 'file' }),
        );
      }
    }
    for (const q of at.quotes.filter((q) => q.kind === 'statement')) {
      const candidates = at.people.filter((p) => p !== q.speaker);
      if (!candidates.length) continue;
      const title = `The speaker of “${labelOf(q.text)}” is…`;
      actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: CHOOSE_SPEAKER, arguments: [uri, q.text, candidates, q.speaker] } });
    }
    return actions;
  }
}
