import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine';
import { articleProblems } from '../session/folder';
import { ruleDocumentation } from '../session/ruleDocs';
import { Positions, toUri } from './positions';
import type { DiagnosedDocument } from './workerProtocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding's code links to its rule's section of docs/rules.md (Problems shows the code as a link). */
function documentation(code: string): { href: string } | undefined {
  const href = ruleDocumentation(code);
  return href ? { href } : undefined;
}

/**
 * Diagnostics as the editor gets them: each story's articles' own problems and the findings no one
 * has marked as reviewed (the session's diagnostic model), converted to positions in one place.
 */
export class DiagnosticsPublisher {
  /** The files each story last published diagnostics for. */
  private readonly published = new Map<string, Set<string>>();
  /** The findings last published per file, for the commands that name one by its fingerprint. */
  private readonly shown = new Map<string, Finding[]>();
  /**
   * What each file was last sent, as sent, and its text then. A check after an edit re-publishes
   * every article of the story, and the others' diagnostics are mostly the same: the editor would
   * redraw them for nothing. An edited article's are always sent, whether they changed or not: a
   * client may wait for them as the sign that its edit was checked.
   */
  private readonly sent = new Map<string, { json: string; text: string | undefined }>();

  constructor(
    private readonly connection: Connection,
    private readonly positions: Positions,
  ) {}

  /** Publishes a story's diagnostics (reviewed findings already left out); files that left the story lose theirs. */
  publish(key: string, documents: DiagnosedDocument[]): void {
    const now = new Set<string>();
    for (const d of documents) {
      now.add(d.path);
      const problems = articleProblems(d.problems).map(
        (p): Diagnostic => ({
          range: this.positions.range(d.path, p),
          severity: SEVERITY[p.severity],
          source: 'second-source',
          code: p.code,
          message: p.message,
        }),
      );
      this.shown.set(d.path, d.findings);
      this.send(toUri(d.path), [...problems, ...d.findings.map((f) => this.toDiagnostic(d.path, f))], this.positions.textOf(d.path));
    }
    this.clearLeft(key, now);
    void this.connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  /** A story whose check failed: each of its files says so; files that left it lose their diagnostics. */
  failed(key: string, paths: string[], reason: string): void {
    for (const p of paths) this.notChecked(toUri(p), `the analysis failed (${reason}); see the Second Source output`);
    this.clearLeft(key, new Set(paths));
  }

  /** A document the server will not analyse says so, once, at its start (the client shows it in the status bar). */
  notChecked(uri: string, problem: string): void {
    this.send(uri, [
      {
        range: Positions.fileStart,
        severity: DiagnosticSeverity.Information,
        source: 'second-source',
        code: 'not-checked',
        message: `Not checked: ${problem}.`,
      },
    ]);
  }

  clear(uri: string, path: string): void {
    this.shown.delete(path);
    this.send(uri, []);
  }

  /** Sends a file's diagnostics unless it was sent the same ones for the same text (`text` undefined: always). */
  private send(uri: string, diagnostics: Diagnostic[], text?: string): void {
    const json = JSON.stringify(diagnostics);
    const last = this.sent.get(uri);
    if (text !== undefined && last?.text === text && last.json === json) return;
    this.sent.set(uri, { json, text });
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** The finding shown in `path` with this fingerprint (the engine's `data.fingerprint`). */
  findingShown(path: string, fingerprint: string): Finding | undefined {
    return this.shown.get(path)?.find((f) => f.data?.fingerprint === fingerprint);
  }

  /** How many findings `path` shows (reviewed ones left out): what a workspace check counts. */
  findingsIn(path: string): number {
    return this.shown.get(path)?.length ?? 0;
  }

  /** Stories with published diagnostics: what a change of settings re-checks. */
  stories(): string[] {
    return [...this.published.keys()];
  }

  private clearLeft(key: string, now: Set<string>): void {
    for (const p of this.published.get(key) ?? []) if (!now.has(p)) this.clear(toUri(p), p);
    this.published.set(key, now);
  }

  private toDiagnostic(path: string, f: Finding): Diagnostic {
    return {
      range: this.positions.range(path, f),
      severity: SEVERITY[f.severity],
      source: 'second-source',
      code: f.code,
      codeDescription: documentation(f.code),
      message: f.message,
      relatedInformation: f.related.map((r) => ({ location: { uri: toUri(r.path), range: this.positions.range(r.path, r) }, message: r.message ?? '' })),
      data: { ...f.data, related: f.related[0] },
    };
  }
}
