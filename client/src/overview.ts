import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { openOtherSource } from './openOtherSource';
import { isStoryOverview, renderMessage, renderOverview, type StoryOverview } from './overviewHtml';

export const STORY_OVERVIEW = 'secondSource/storyOverview';
export const OPEN_OVERVIEW = 'secondSource.openStoryOverview';

/**
 * The story overview: one webview panel beside the editor that follows the active article's
 * story. Strict CSP (a nonce for the one style block and the two scripts, no remote resources,
 * no local resource but the timeline's script); the page posts `{type:'open', location}` and the
 * panel opens the span.
 */
export class StoryOverviewPanel implements vscode.Disposable {
  static readonly viewType = 'secondSource.storyOverview';
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last overview shown, for tests (`secondSource.storyOverviewState`). */
  last: StoryOverview | null = null;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly ready: () => Promise<void> | undefined,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && e && isArticle(e.document)) this.show(e.document.uri, false);
      }),
      vscode.languages.onDidChangeDiagnostics(() => {
        if (this.panel && this.uri) this.refreshSoon();
      }),
    );
  }

  /** Opens (or reveals) the panel for the story of `uri`, default the active article. */
  async open(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? activeArticle() ?? this.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Second Source: open an article to see its story overview.');
      return;
    }
    await this.show(target, true);
  }

  private async show(uri: vscode.Uri, reveal: boolean): Promise<void> {
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        StoryOverviewPanel.viewType,
        'Story Overview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          // The timeline's script (dist/timeline.js) and nothing else of the disk.
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
          enableFindWidget: true,
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        clearTimeout(this.timer);
      });
      this.panel.webview.onDidReceiveMessage((msg: unknown) => this.onMessage(msg));
    } else if (reveal) this.panel.reveal(undefined, true);
    await this.update();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 300);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const webview = panel.webview;
    const opts = { nonce: randomBytes(16).toString('base64'), cspSource: webview.cspSource };
    await this.ready();
    const client = this.getClient();
    if (!client?.isRunning()) {
      webview.html = renderMessage('The Second Source language server is not running.', opts);
      return;
    }
    let overview: unknown;
    try {
      overview = await client.sendRequest(STORY_OVERVIEW, { uri: client.code2ProtocolConverter.asUri(uri) });
    } catch (err) {
      webview.html = renderMessage(`The language server could not build the overview (${err instanceof Error ? err.message : String(err)}).`, opts);
      return;
    }
    if (panel !== this.panel || uri !== this.uri) return;
    if (!isStoryOverview(overview)) {
      webview.html = renderMessage('This file is not part of a story (is it an article the server checks?).', opts);
      this.last = null;
      return;
    }
    this.last = overview;
    panel.title = `Story: ${overview.story}`;
    const timelineScript = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'timeline.js')).toString();
    webview.html = renderOverview(overview, { ...opts, timelineScript });
  }

  private onMessage(msg: unknown): void {
    if (!msg || typeof msg !== 'object') return;
    const m = msg as { type?: unknown; location?: unknown };
    if (m.type === 'open' && m.location) void openOtherSource([m.location], vscode.ViewColumn.One);
  }

  get visible(): boolean {
    return !!this.panel;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'article' || /\.(article|news)$/i.test(doc.uri.path);
}

function activeArticle(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isArticle(doc) ? doc.uri : undefined;
}
