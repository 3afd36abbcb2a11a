/** A language server spawned from the bundle as an editor starts it, with what it sends kept for the tests to read. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  ConfigurationRequest,
  type ConfigurationItem,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = resolve(__dirname, '../..');
export const uriOf = (path: string) => pathToFileURL(path).toString();

export class TestServer {
  readonly child: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** window/showMessage and window/logMessage texts, in order. */
  readonly shown: string[] = [];
  readonly logged: string[] = [];
  private readonly waiters: Array<() => void> = [];

  /** `configuration` answers workspace/configuration as an editor would (the client then says it can). */
  constructor(private readonly configuration?: (item: ConfigurationItem) => unknown) {
    this.child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.conn.onNotification(ShowMessageNotification.type, (p) => {
      this.shown.push(p.message);
      this.wake();
    });
    this.conn.onRequest(ShowMessageRequest.type, (p) => {
      this.shown.push(p.message);
      this.wake();
      return null;
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => {
      this.logged.push(p.message);
      this.wake();
    });
    if (configuration) this.conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(configuration));
    this.conn.onRequest('workspace/semanticTokens/refresh', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  /** Re-runs the `until` tests; called on every notification, and by tests on what they listen to themselves. */
  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async start(folder: string | null, settings: Record<string, unknown> = {}): Promise<void> {
    await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: 'workspace' }] : null,
      capabilities: this.configuration ? { workspace: { configuration: true } } : {},
      initializationOptions: { settings },
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  open(path: string, text: string): Promise<void> {
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(path), languageId: 'article', version: 1, text } });
  }

  /** Resolves once `test` holds on what the server sent; checked on every notification. */
  until(test: () => boolean, what: string, ms = 20000): Promise<void> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          done();
        } else this.waiters.push(check);
      };
      check();
    });
  }

  diagnosticsOf(path: string): Diagnostic[] {
    return this.diagnostics.get(uriOf(path)) ?? [];
  }

  /** Shuts the server down; one that does not answer within 5 s (a failing test's) is killed. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type).then(() => this.conn.sendNotification(ExitNotification.type)), exited]);
      await exited;
    } finally {
      clearTimeout(timer);
      this.conn.dispose();
    }
  }
}
