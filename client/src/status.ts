import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';

/** The server's `secondSource/storyInfo` answer. */
export interface StoryInfo {
  story: string;
  sources: Array<{ uri: string; source: string; published: string | null; conflicts?: number }>;
}

export const STORY_INFO = 'secondSource/storyInfo';
const DIAGNOSTIC_SOURCE = 'second-source';

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/**
 * Findings with other sources, as the Problems panel lists them: warnings (and errors) and
 * information; not front matter problems nor "not checked" notes, nor hints (Problems hides them).
 */
export function countFindings(diagnostics: readonly vscode.Diagnostic[]): { warnings: number; information: number } {
  const findings = diagnostics.filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) !== undefined && codeOf(d) !== 'front-matter' && codeOf(d) !== 'not-checked',
  );
  const warnings = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning).length;
  return { warnings, information: findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length };
}

/** "2 warnings, 3 information", as the Problems panel and the CLI count them. */
const findingsText = (n: { warnings: number; information: number }) => `${plural(n.warnings, 'warning', 'warnings')}, ${n.information} information`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const escapeMd = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

function isStoryInfo(x: unknown): x is StoryInfo {
  if (!x || typeof x !== 'object') return false;
  const o = x as { story?: unknown; sources?: unknown };
  return typeof o.story === 'string' && Array.isArray(o.sources);
}

/** Status bar item for the active article: "$(book) tiktok-oracle · 2 sources · 3 conflicts"; opens the story overview. */
export class StoryStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Set when the server answers MethodNotFound; cleared when a new server starts. */
  private storyInfoUnsupported = false;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item = vscode.window.createStatusBarItem('secondSource.story', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Second Source';
    this.item.command = { title: 'Open Story Overview', command: 'secondSource.openStoryOverview' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // A document's language can change (Change Language Mode re-opens it).
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  serverRestarted(): void {
    this.storyInfoUnsupported = false;
    this.refresh();
  }

  /** Debounced: diagnostics arrive in bursts while a story is re-checked. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 150);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId !== 'article') {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(doc.uri);
    const skipped = diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === 'not-checked');
    if (skipped) {
      // Too large or not text: say so where the story would be, instead of "0 conflicts".
      this.item.text = '$(warning) Not checked';
      this.item.tooltip = skipped.message;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      return;
    }
    this.item.backgroundColor = undefined;
    const findings = countFindings(diagnostics);
    const info = await this.storyInfo(doc.uri);
    if (generation !== this.generation) return;

    const parts: string[] = [];
    if (info) parts.push(info.story, plural(info.sources.length, 'source', 'sources'));
    parts.push(findingsText(findings));
    this.item.text = `$(book) ${parts.join(' · ')}`;
    this.item.tooltip = this.tooltip(doc.uri, info, findings);
    this.item.show();
  }

  private async storyInfo(uri: vscode.Uri): Promise<StoryInfo | null> {
    const client = this.getClient();
    if (!client?.isRunning() || this.storyInfoUnsupported) return null;
    try {
      const result: unknown = await client.sendRequest(STORY_INFO, { uri: client.code2ProtocolConverter.asUri(uri) });
      return isStoryInfo(result) ? result : null;
    } catch (err) {
      if (err instanceof ResponseError && err.code === ErrorCodes.MethodNotFound) this.storyInfoUnsupported = true;
      return null;
    }
  }

  private tooltip(uri: vscode.Uri, info: StoryInfo | null, findings: { warnings: number; information: number }): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['secondSource.openOtherSource', 'workbench.actions.view.problems'] };
    md.appendMarkdown('**Second Source**');
    if (info) md.appendMarkdown(` — story *${escapeMd(info.story)}*`);
    md.appendMarkdown('\n\n');
    if (info && info.sources.length > 0) {
      const self = uri.toString();
      const same = (other: string) => {
        try {
          return vscode.Uri.parse(other).toString() === self;
        } catch {
          return false;
        }
      };
      for (const s of info.sources) {
        const args = encodeURIComponent(JSON.stringify([s.uri, 0, 0, 0, 0]));
        const name = escapeMd(s.source);
        const label = same(s.uri) ? `**${name}** (this article)` : `[${name}](command:secondSource.openOtherSource?${args} "Open beside")`;
        const details = [s.published ? `published ${s.published}` : 'no published date'];
        if (typeof s.conflicts === 'number') details.push(plural(s.conflicts, 'conflict', 'conflicts'));
        md.appendMarkdown(`- ${label} — ${details.join(' · ')}\n`);
      }
      md.appendMarkdown('\n');
    } else if (!info) {
      md.appendMarkdown('No story information from the language server yet.\n\n');
    }
    md.appendMarkdown(
      `${findingsText(findings)} with other sources in this article (information: findings less sure, or a name's spelling). Click to open the story overview; [show the Problems view](command:workbench.actions.view.problems).`,
    );
    return md;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
