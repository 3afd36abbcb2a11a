import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  SemanticTokensRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const root = resolve(__dirname, '../..');
const story = join(root, 'examples/tiktok-oracle');
const cbr = join(story, 'cbr-tiktok-oracle-partnership.article');
const other = join(story, 'bytedance-partners-tiktok.article');
const uri = (p: string) => pathToFileURL(p).toString();

/** The real server, spawned as an editor would: `second-source lsp --stdio`. */
describe('language server over stdio', function () {
  this.timeout(60000);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters: Array<() => void> = [];

  /** Resolves once `test` holds on the diagnostics received; polls on every publication. */
  function until(test: () => boolean, what: string, ms = 20000): Promise<void> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          done();
        } else waiters.push(check);
      };
      check();
    });
  }

  before(async () => {
    child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
      diagnostics.set(p.uri, p.diagnostics);
      for (const w of waiters.splice(0)) w();
    });
    conn.listen();
    const init = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri(story),
      workspaceFolders: [{ uri: uri(story), name: 'tiktok-oracle' }],
      capabilities: { textDocument: { semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
    });
    assert.deepEqual(
      init.capabilities.semanticTokensProvider && 'legend' in init.capabilities.semanticTokensProvider
        ? init.capabilities.semanticTokensProvider.legend.tokenTypes.slice(0, 5)
        : [],
      ['person', 'organization', 'place', 'date', 'quote'],
    );
    await conn.sendNotification(InitializedNotification.type, {});
    await conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri(cbr), languageId: 'article', version: 1, text: readFileSync(cbr, 'utf8') },
    });
  });

  after(async () => {
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    await new Promise((r) => child.once('exit', r));
  });

  it('publishes cross-source diagnostics with related information', async () => {
    await until(() => (diagnostics.get(uri(cbr)) ?? []).length > 0, 'diagnostics on the opened article');
    const list = diagnostics.get(uri(cbr))!;
    const codes = list.map((d) => d.code).sort();
    assert.deepEqual(codes, ['claim-polarity', 'name-variant', 'quote-wording']);
    for (const d of list) {
      assert.equal(d.source, 'second-source');
      assert.equal(d.relatedInformation?.[0].location.uri, uri(other));
      assert.match(String(d.message), /bytedance-partners-tiktok/);
      assert.equal(
        d.codeDescription?.href,
        `${uri(join(root, 'docs/rules.md'))}#L${readFileSync(join(root, 'docs/rules.md'), 'utf8').split('\n').indexOf(`## ${d.code}`) + 1}`,
      );
    }
    // The other source, not open in the editor, gets its own diagnostics pointing back.
    await until(() => (diagnostics.get(uri(other)) ?? []).length > 0, 'diagnostics on the other source');
    assert.ok(diagnostics.get(uri(other))!.every((d) => d.relatedInformation?.[0].location.uri === uri(cbr)));
  });

  it('returns semantic tokens for entities, dates and quotes', async () => {
    const tokens = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uri(cbr) } });
    assert.ok(tokens && tokens.data.length % 5 === 0 && tokens.data.length > 0);
    const types = new Set<number>();
    for (let i = 3; i < tokens!.data.length; i += 5) types.add(tokens!.data[i]);
    for (const t of [0, 1, 2, 3, 4]) assert.ok(types.has(t), `token type ${t} present`);
  });

  it('shows a hover card on an entity and on a quotation', async () => {
    const text = readFileSync(cbr, 'utf8');
    const at = (needle: string) => {
      const offset = text.indexOf(needle);
      assert.ok(offset >= 0, needle);
      const before = text.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length + 1 };
    };
    const entity = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(cbr) }, position: at('ByteDance, TikTok') });
    assert.match(JSON.stringify(entity?.contents), /ByteDance.*Organization/);
    const quote = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(cbr) }, position: at('We are confident') });
    assert.match(JSON.stringify(quote?.contents), /Microsoft/);
    assert.match(JSON.stringify(quote?.contents), /bytedance-partners-tiktok/);
  });

  it('checks the whole workspace on command and reports what it found', async () => {
    const answer = await conn.sendRequest(ExecuteCommandRequest.type, { command: 'secondSource.checkWorkspace', arguments: [] });
    assert.deepEqual(answer, { stories: 1, checked: 1, articles: 2, articlesWithFindings: 2, findings: 6, notChecked: 0, cancelled: false });
  });

  it('re-checks after an edit removes the contradiction', async () => {
    const text = readFileSync(cbr, 'utf8');
    const fixed = text.replace('we would have made significant', 'we have made significant');
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(cbr), version: 2 }, contentChanges: [{ text: fixed }] });
    await until(() => !(diagnostics.get(uri(cbr)) ?? []).some((d) => d.code === 'claim-polarity'), 'the claim-polarity diagnostic to go');
    assert.ok((diagnostics.get(uri(cbr)) ?? []).some((d) => d.code === 'quote-wording'));
  });
});
