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
import { CHECK_WORKSPACE, SHOW_MENTIONS } from '../../server/src/lsp/clientProtocol';
import { checkWorkspace } from './checkWorkspace';
import { markReviewed, openOtherSourceFromPalette } from './commands';
import { chooseSpeaker, enableRuleForFile, showDecisions } from './decisions';
import { openOtherSource } from './openOtherSource';
import { OPEN_OVERVIEW, StoryOverviewPanel } from './overview';
import type { StoryOverview } from './overviewHtml';
import { setPublishedDate } from './publishedDate';
import { showMentions } from './showMentions';
import { StoryStatus } from './status';

export const CLIENT_ID = 'secondSource';

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
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SecondSourceApi> {
  const status = new StoryStatus(() => client);
  const overview = new StoryOverviewPanel(
    () => client,
    () => starting,
    context.extensionUri,
  );
  // One channel for every server this session starts (a restart would otherwise add another).
  output = vscode.window.createOutputChannel('Second Source', { log: true });
  context.subscriptions.push(status, overview, output);

  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_WORKSPACE, () => runCheckWorkspace()),
    vscode.commands.registerCommand('secondSource.openOtherSource', (...args: unknown[]) =>
      args.length ? openOtherSource(args) : openOtherSourceFromPalette(client),
    ),
    vscode.commands.registerCommand(OPEN_OVERVIEW, (uri?: unknown) => overview.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('secondSource.markReviewed', async (...args: unknown[]) => {
      if (starting) await starting;
      await markReviewed(client, args);
    }),
    vscode.commands.registerCommand('secondSource.setPublishedDate', () => setPublishedDate(checkedLanguages())),
    vscode.commands.registerCommand('secondSource.chooseSpeaker', (...args: unknown[]) => chooseSpeaker(client, args)),
    vscode.commands.registerCommand('secondSource.showDecisions', () => starting?.then(() => showDecisions(client))),
    vscode.commands.registerCommand('secondSource.enableRuleForFile', () => starting?.then(() => enableRuleForFile(client))),
    vscode.commands.registerCommand(SHOW_MENTIONS, showMentions),
    vscode.commands.registerCommand('secondSource.restartServer', async () => {
      output?.info('Restarting the language server.');
      await queueRestart(context, status);
    }),
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
    outputChannel: output,
    // Hover cards link to the other source and list mentions through `command:` links, which this client runs.
    markdown: { isTrusted: { enabledCommands: ['secondSource.openOtherSource', SHOW_MENTIONS] }, supportThemeIcons: true },
    initializationOptions: { commandLinks: true },
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

async function runCheckWorkspace(): Promise<void> {
  if (starting) await starting;
  if (client?.isRunning()) await checkWorkspace(client);
  else void vscode.window.showWarningMessage('Second Source: the language server is not running.');
}
