/**
 * The thin client: starts the Second Source language server and adds the commands and the status
 * bar item. All analysis happens in the server (dist/server.js); nothing here reads articles
 * beyond the front matter edit of `secondSource.setPublishedDate`.
 */
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { markReviewed, openOtherSourceFromPalette } from './commands';
import { openOtherSource } from './openOtherSource';
import { OPEN_OVERVIEW, StoryOverviewPanel } from './overview';
import type { StoryOverview } from './overviewHtml';
import { setPublishedDate } from './publishedDate';
import { StoryStatus } from './status';

export const CLIENT_ID = 'secondSource';
const CHECK_WORKSPACE = 'secondSource.checkWorkspace';

/**
 * Commands implemented here. The server advertises `secondSource.checkWorkspace` in its
 * executeCommandProvider too; the language client would register it a second time and fail, so
 * these are left out of its automatic registration (see `keepClientCommands`).
 */
const CLIENT_COMMANDS = new Set([CHECK_WORKSPACE, 'secondSource.openOtherSource', 'secondSource.setPublishedDate', 'secondSource.markReviewed', OPEN_OVERVIEW]);

/** What `activate` returns: used by the extension tests to look at the overview's data. */
export interface SecondSourceApi {
  client(): LanguageClient | undefined;
  ready(): Promise<void> | undefined;
  overview(): StoryOverview | null;
}

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SecondSourceApi> {
  const status = new StoryStatus(() => client);
  const overview = new StoryOverviewPanel(
    () => client,
    () => starting,
    context.extensionUri,
  );
  context.subscriptions.push(status, overview);

  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_WORKSPACE, () => checkWorkspace()),
    vscode.commands.registerCommand('secondSource.openOtherSource', (...args: unknown[]) =>
      args.length ? openOtherSource(args) : openOtherSourceFromPalette(client),
    ),
    vscode.commands.registerCommand(OPEN_OVERVIEW, (uri?: unknown) => overview.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('secondSource.markReviewed', async (...args: unknown[]) => {
      if (starting) await starting;
      await markReviewed(client, args);
    }),
    vscode.commands.registerCommand('secondSource.setPublishedDate', () => setPublishedDate(checkedLanguages())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('secondSource.checkLanguages')) void queueRestart(context, status);
    }),
    { dispose: () => watcher?.dispose() },
  );

  await queueRestart(context, status);
  return { client: () => client, ready: () => starting, overview: () => overview.last };
}

let restarts: Promise<void> = Promise.resolve();

/** Restarts run one after the other, so quick setting changes never leave two servers running. */
function queueRestart(context: vscode.ExtensionContext, status: StoryStatus): Promise<void> {
  restarts = restarts.then(() => restart(context, status));
  return restarts;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}

/** `article` always; plaintext, markdown (or other ids) only when the setting lists them. */
function checkedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('secondSource').get<unknown>('checkLanguages', ['article']);
  const list = Array.isArray(configured) ? configured.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  return ['article', ...list.filter((l) => l !== 'article')];
}

function documentSelector(languages: string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}

let watcher: vscode.FileSystemWatcher | undefined;

/** (Re)creates the client, so a change of `secondSource.checkLanguages` takes effect. */
async function restart(context: vscode.ExtensionContext, status: StoryStatus): Promise<void> {
  const previous = client;
  client = undefined;
  if (previous) await previous.stop().catch(() => undefined);
  watcher?.dispose();

  const serverModule = context.asAbsolutePath('dist/server.js');
  // Each thread collects its own garbage: V8's helper threads would otherwise take the core the
  // server's main thread needs while the analysis thread works (typing p50 ~40 → ~30 ms).
  const gc = '--single-threaded-gc';
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [gc] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [gc, '--nolazy', '--inspect=6009'] } },
  };
  // Other files of a story changing on disk (git pull, another editor) make the server re-check.
  watcher = vscode.workspace.createFileSystemWatcher('**/*.{article,news,txt,md}');
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(checkedLanguages()),
    synchronize: { configurationSection: 'secondSource', fileEvents: watcher },
    diagnosticCollectionName: 'second-source',
    // Hover cards link to the other source through `command:secondSource.openOtherSource?…`.
    markdown: { isTrusted: { enabledCommands: ['secondSource.openOtherSource'] }, supportThemeIcons: true },
  };

  const next = new LanguageClient(CLIENT_ID, 'Second Source', serverOptions, clientOptions);
  keepClientCommands(next);
  next.onDidChangeState((e) => {
    if (e.newState === State.Running) status.serverRestarted();
  });
  client = next;
  starting = next.start().then(
    () => status.refresh(),
    (err: unknown) => {
      void vscode.window.showErrorMessage(`Second Source: the language server did not start (${err instanceof Error ? err.message : String(err)}).`);
    },
  );
  await starting;
}

interface CommandFeature {
  register(data: { id: string; registerOptions: { commands?: string[] } }): void;
}

/** Drops the commands this extension registers itself from the client's automatic registration. */
function keepClientCommands(c: LanguageClient): void {
  const feature = (c as unknown as { getFeature(method: string): unknown }).getFeature(ExecuteCommandRequest.method) as CommandFeature | undefined;
  if (!feature || typeof feature.register !== 'function') return;
  const register = feature.register.bind(feature);
  feature.register = (data) => {
    const commands = data.registerOptions.commands?.filter((command) => !CLIENT_COMMANDS.has(command));
    register({ ...data, registerOptions: { ...data.registerOptions, commands } });
  };
}

async function checkWorkspace(): Promise<void> {
  if (starting) await starting;
  const c = client;
  if (!c?.isRunning()) {
    void vscode.window.showWarningMessage('Second Source: the language server is not running.');
    return;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Second Source: checking workspace' }, async () => {
    try {
      const result: unknown = await c.sendRequest(ExecuteCommandRequest.type, { command: CHECK_WORKSPACE, arguments: [] });
      const stories = result && typeof result === 'object' ? (result as { stories?: unknown }).stories : undefined;
      if (typeof stories === 'number') {
        vscode.window.setStatusBarMessage(`Second Source: checking ${stories} ${stories === 1 ? 'story' : 'stories'}`, 4000);
      }
    } catch (err) {
      void vscode.window.showErrorMessage(`Second Source: workspace check failed (${err instanceof Error ? err.message : String(err)}).`);
    }
  });
}
