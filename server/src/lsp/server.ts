import { createConnection, ProposedFeatures, TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { settingsExtensions } from '../session/settings';
import { ArticleWorkspace } from '../session/workspace';
import { ServerConfiguration } from './configuration';
import type { ServerContext } from './context';
import { CodeActionHandlers } from './handlers/codeActionHandlers';
import { CommandHandlers } from './handlers/commandHandlers';
import { DocumentHandlers } from './handlers/documentHandlers';
import { LanguageHandlers } from './handlers/languageHandlers';
import { NavigationHandlers } from './handlers/navigationHandlers';
import { SettingsHandlers } from './handlers/settingsHandlers';
import { Positions } from './positions';
import { DiagnosticsPublisher } from './publisher';
import { StoryScheduler } from './scheduler';
import { StoryChecker } from './storyChecker';

/**
 * The language server, assembled: the workspace and settings (session layer), the scheduler that
 * runs story checks in the analysis worker, the publisher of diagnostics, and the handlers that
 * answer the editor.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  // One bad document must not take the editor's annotations down with it: log and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`second-source: ${err.stack ?? err}`));
  const ctx = createContext(connection);
  const documents = new TextDocuments(TextDocument);
  new SettingsHandlers(ctx).register();
  new DocumentHandlers(ctx).register(documents);
  new LanguageHandlers(ctx).register();
  new CodeActionHandlers(ctx).register();
  new NavigationHandlers(ctx).register();
  new CommandHandlers(ctx).register();
  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The server's parts, wired to one connection; the handlers' tests build them over an in-memory one. */
export function createContext(connection: Connection, checker = new StoryChecker((message) => connection.console.error(message))): ServerContext {
  const configuration = new ServerConfiguration(connection);
  const workspace = new ArticleWorkspace(
    () => settingsExtensions(configuration.settings),
    () => configuration.settings.maxFileSize,
  );
  const positions = new Positions((path) => workspace.textOf(path));
  const publisher = new DiagnosticsPublisher(connection, positions);
  const scheduler = new StoryScheduler(
    workspace,
    checker,
    configuration.sessions,
    publisher,
    (message) => connection.console.error(message),
    (message) => connection.console.debug(message),
  );
  return { connection, workspace, configuration, positions, publisher, scheduler, checker };
}
