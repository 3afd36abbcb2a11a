import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ExecuteCommandRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowMessageRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { InProcessChecker } from '../../server/src/lsp/analysisWorker';
import { startServer } from '../../server/src/lsp/server';

/**
 * Issue 21, item 9: Check Workspace tells the user about every file it left unchecked. The server
 * runs in this process (its checks too), with the analysis made to fail on one story.
 */
describe('Check Workspace with files it cannot check', function () {
  this.timeout(60000);
  let dir: string;
  const original = InProcessChecker.prototype.check;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-unchecked-'));
    cpSync(resolve(__dirname, '../../examples/tiktok-oracle'), join(dir, 'story'), { recursive: true });
    mkdirSync(join(dir, 'doomed'));
    writeFileSync(join(dir, 'doomed/poison.article'), 'Oracle said on Monday that it would buy TikTok.\n');
    writeFileSync(join(dir, 'doomed/other.article'), 'Oracle confirmed on Tuesday that it would buy TikTok.\n');
    writeFileSync(join(dir, 'story/binary.article'), Buffer.alloc(100, 0));
    symlinkSync(join(dir, 'doomed/other.article'), join(dir, 'story/link.article'));
    // As the worker fails on a story: out of memory, or an exception in the engine.
    InProcessChecker.prototype.check = function (docs, ...rest) {
      if (docs.some((d) => d.path.endsWith('poison.article'))) throw new Error('analysis worker exited');
      return original.call(this, docs, ...rest);
    };
  });
  after(() => {
    InProcessChecker.prototype.check = original;
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks each file not checked, with the reason, and tells the user how many', async () => {
    const [up, down] = [new PassThrough(), new PassThrough()];
    const server = startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)));
    const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const diagnostics = new Map<string, Diagnostic[]>();
    const shown: string[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      diagnostics.set(p.uri, p.diagnostics);
    });
    client.onRequest(ShowMessageRequest.type, (p) => void shown.push(p.message));
    client.onRequest('window/workDoneProgress/create', () => null);
    client.listen();
    try {
      await client.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: pathToFileURL(dir).href,
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
        capabilities: {},
      });
      await client.sendNotification(InitializedNotification.type, {});
      const summary = await client.sendRequest(ExecuteCommandRequest.type, { command: 'secondSource.checkWorkspace', arguments: [] });
      assert.deepEqual([summary.stories, summary.checked, summary.notChecked, summary.cancelled], [2, 2, 4, false]);
      const notChecked = (name: string) =>
        (diagnostics.get(pathToFileURL(join(dir, name)).href) ?? []).filter((d) => d.code === 'not-checked').map((d) => d.message);
      assert.deepEqual(notChecked('doomed/poison.article'), ['Not checked: the analysis failed (analysis worker exited); see the Second Source output.']);
      assert.deepEqual(notChecked('doomed/other.article'), ['Not checked: the analysis failed (analysis worker exited); see the Second Source output.']);
      assert.deepEqual(notChecked('story/binary.article'), ['Not checked: a binary file, not text.']);
      assert.deepEqual(notChecked('story/link.article'), ['Not checked: a symbolic link (links are not followed).']);
      assert.ok((diagnostics.get(pathToFileURL(join(dir, 'story/cbr-tiktok-oracle-partnership.article')).href) ?? []).length > 0, 'the other story is checked');
      assert.deepEqual(shown, [
        'Second Source: 4 files were not checked: 2 could not be analysed (see the Second Source output); 2 skipped (too large, binary, links or not regular files). Each is marked in the Problems panel.',
      ]);
    } finally {
      client.dispose();
      server.dispose();
    }
  });
});
