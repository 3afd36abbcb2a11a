import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type DidChangeConfigurationParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { LEGEND } from '../semanticTokens';
import { WARM_UP_TEXT_CHARS } from '../workerProtocol';
import { COMMANDS } from './commandHandlers';

/** Start-up and settings: what the server offers, the first scan, and re-checks when settings change. */
export class SettingsHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    this.ctx.connection.onInitialize((params) => this.initializeHandler(params));
    this.ctx.connection.onInitialized(() => this.initializedHandler());
    this.ctx.connection.onDidChangeConfiguration((change) => this.configurationChangeHandler(change));
  }

  initializeHandler(params: InitializeParams): InitializeResult {
    this.ctx.configuration.initialize(params);
    if (process.env.SECOND_SOURCE_PARENT_PID === undefined && params.processId) watchParent(params.processId);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'Second Source' },
        semanticTokensProvider: { legend: LEGEND, full: true, range: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [...COMMANDS] },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'second-source' },
    };
  }

  async initializedHandler(): Promise<void> {
    const { configuration, workspace, checker, scheduler } = this.ctx;
    if (configuration.supportsPull) {
      void this.ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'secondSource' }).catch(() => undefined);
      await configuration.pull();
    }
    configuration.loadSessions();
    const started = Date.now();
    const articles = workspace.scan(configuration.folders);
    this.ctx.connection.console.info(
      `second-source: started (Node ${process.version}); ${configuration.folders.length} workspace folder${configuration.folders.length === 1 ? '' : 's'}, ${articles} articles in ${workspace.allStories().length} stories, ${workspace.skipped.size} files skipped (${Date.now() - started} ms)`,
    );
    for (const [path, reason] of workspace.skipped) this.ctx.connection.console.info(`second-source: skipped ${path}: ${reason}`);
    // Real prose of the user's own for the analysis worker to warm up on while the editor is idle.
    const longest = workspace.longestArticle(WARM_UP_TEXT_CHARS);
    if (longest) checker.warmUpOn(longest);
    for (const key of workspace.allStories()) {
      const members = workspace.members(key);
      const first = members.find((m) => m.open);
      if (first) void scheduler.checkOf(first.path);
    }
  }

  async configurationChangeHandler(change: DidChangeConfigurationParams): Promise<void> {
    const { configuration, workspace, scheduler, publisher } = this.ctx;
    if (configuration.supportsPull) await configuration.pull();
    else configuration.pushed((change.settings as { secondSource?: unknown } | undefined)?.secondSource);
    configuration.loadSessions();
    // Colours follow `secondSource.highlight.*` at once, whether or not a story is checked again.
    void this.ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
    for (const key of publisher.stories()) {
      const first = workspace.members(key)[0];
      if (first) void scheduler.checkOf(first.path);
    }
  }
}

/** Exit when the editor that started us is gone, instead of lingering as an orphan. */
function watchParent(pid: number): void {
  const timer = setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch {
      process.exit(0);
    }
  }, 3000);
  timer.unref();
}
