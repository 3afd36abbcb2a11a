import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  SemanticTokensRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = resolve(__dirname, '../..');
const PIECES = [
  'Donald Trump',
  ' said ',
  '“We will sell,” ',
  'Oracle',
  ' did not ',
  'last month',
  '\r\n',
  '\n\n',
  '😀',
  '"',
  '5,000 jobs',
  '.',
  ' ',
  '---\n',
  'published: 2020-09-14\n',
];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

describe('language server under random load', function () {
  this.timeout(120000);
  let child: ChildProcess;
  let conn: ProtocolConnection;

  before(async () => {
    child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await conn.sendNotification(InitializedNotification.type, {});
  });

  it('answers every request through 1,500 random edits, closes and requests, within a memory bound', async () => {
    const rnd = random(42);
    const texts = new Map<string, string>();
    const versions = new Map<string, number>();
    const uris = Array.from({ length: 6 }, (_, i) => `file:///stress/story/doc${i}.article`);
    let answered = 0;
    let asked = 0;
    const pending: Array<Promise<unknown>> = [];
    const make = () => Array.from({ length: Math.floor(rnd() * 40) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join('');
    for (let i = 0; i < 1500; i++) {
      const uri = uris[Math.floor(rnd() * uris.length)];
      const r = rnd();
      if (!texts.has(uri) || r < 0.05) {
        if (texts.has(uri)) await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        const text = make();
        texts.set(uri, text);
        versions.set(uri, 1);
        await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'article', version: 1, text } });
      } else if (r < 0.75) {
        const old = texts.get(uri)!;
        const at = Math.floor(rnd() * (old.length + 1));
        const insert = PIECES[Math.floor(rnd() * PIECES.length)];
        const lines = old.slice(0, at).split(/\r\n|\r|\n/);
        const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
        // Incremental change at a line/character position (may split a surrogate pair: the server must cope).
        texts.set(uri, old.slice(0, at) + insert + old.slice(at));
        const version = versions.get(uri)! + 1;
        versions.set(uri, version);
        await conn.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: position, end: position }, text: insert }],
        });
        // Keep our copy equal to the server's by resending the full text now and then.
        if (rnd() < 0.1) {
          await conn.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: version + 1 },
            contentChanges: [{ text: texts.get(uri)! }],
          });
          versions.set(uri, version + 1);
        }
      } else {
        asked++;
        const target = rnd() < 0.1 ? 'file:///stress/unknown.article' : uri;
        const position = { line: Math.floor(rnd() * 5), character: Math.floor(rnd() * 200) };
        const request =
          rnd() < 0.5
            ? conn.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position })
            : conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: target } });
        pending.push(request.then(() => answered++));
      }
    }
    await Promise.all(pending);
    assert.equal(answered, asked);
    assert.ok(asked > 100);
    const rss = rssKb(child.pid!);
    assert.ok(rss < 400 * 1024, `server RSS ${Math.round(rss / 1024)} MB`);
  });

  it('shuts down and exits cleanly', async () => {
    await conn.sendRequest(ShutdownRequest.type);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await conn.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
  });
});

describe('language server without its editor', function () {
  this.timeout(30000);
  it('exits when its input closes (the editor went away)', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.stdin!.end();
    const code = await exited;
    assert.notEqual(code, null);
  });
});

describe('language server on an archive folder', function () {
  this.timeout(120000);
  it('opens one article of a 5,000-file folder quickly, checking only the related articles', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'second-source-archive-'));
    try {
      for (let i = 0; i < 5000; i++)
        writeFileSync(join(dir, `a${i}.article`), `Report ${i}\n\nCouncillor Name${i} Person${i} said the Budget${i} of Town${i} would rise.\n`);
      const related = (verb: string) =>
        `Acme Corp and Northwind Partners agreed a deal.\n\nJane Holloway of Acme Corp said Northwind Partners ${verb} sell the Carbonville plant to Oracle.\n`;
      writeFileSync(join(dir, 'first.article'), related('will'));
      writeFileSync(join(dir, 'second.article'), related('will not'));
      const child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
      const got = new Promise<{ uri: string; diagnostics: Array<{ code?: unknown }> }>((resolve) =>
        conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Array<{ code?: unknown }> }) => {
          if (p.uri.endsWith('first.article') && p.diagnostics.length) resolve(p);
        }),
      );
      conn.listen();
      const started = Date.now();
      await conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(dir).toString(),
        workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'archive' }],
        capabilities: {},
      });
      await conn.sendNotification(InitializedNotification.type, {});
      const uri = pathToFileURL(join(dir, 'first.article')).toString();
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'article', version: 1, text: related('will') } });
      const published = await got;
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['claim-polarity'],
      );
      assert.ok(Date.now() - started < 30000, `took ${Date.now() - started} ms`);
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server on a file over the size limit', function () {
  this.timeout(30000);
  it('skips it with a not-checked notice instead of analysing it', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const notice = new Promise<{ code?: unknown; message: string }>((resolve) =>
      conn.onNotification(
        'textDocument/publishDiagnostics',
        (p: { diagnostics: Array<{ code?: unknown; message: string }> }) => p.diagnostics[0] && resolve(p.diagnostics[0]),
      ),
    );
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {},
      initializationOptions: { settings: { maxFileSize: 1000 } },
    });
    await conn.sendNotification(InitializedNotification.type, {});
    await conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: 'file:///big/huge.article', languageId: 'article', version: 1, text: 'Oracle said “no.” '.repeat(200) },
    });
    const d = await notice;
    assert.equal(d.code, 'not-checked');
    assert.match(d.message, /limit/);
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
  });
});

describe('language server warming up on its workspace', function () {
  this.timeout(60000);
  it('answers the same before and after its worker replays the longest workspace article', async () => {
    const { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const examples = join(root, 'examples/tiktok-oracle');
    const dir = mkdtempSync(join(tmpdir(), 'second-source-warm-up-'));
    try {
      mkdirSync(join(dir, 'tiktok-oracle'));
      cpSync(examples, join(dir, 'tiktok-oracle'), { recursive: true });
      // Real prose of another story, long enough for the worker to replay (over 5,000 characters).
      const prose = ['bytedance-partners-tiktok.article', 'cbr-tiktok-oracle-partnership.article']
        .map((f) => readFileSync(join(examples, f), 'utf8'))
        .join('\n\n');
      writeFileSync(join(dir, 'long.article'), `---\nstory: elsewhere\n---\n${prose}\n\n${prose.replace(/Oracle/g, 'Walmart')}`);
      const cbr = join(dir, 'tiktok-oracle/cbr-tiktok-oracle-partnership.article');
      const uri = pathToFileURL(cbr).toString();
      const text = readFileSync(cbr, 'utf8');

      const child = spawn(process.execPath, [join(root, 'bin/second-source.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
      let latest: Array<{ code?: unknown; range: unknown }> = [];
      const waiters: Array<() => void> = [];
      conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Array<{ code?: unknown; range: unknown }> }) => {
        if (p.uri !== uri) return;
        latest = p.diagnostics;
        for (const w of waiters.splice(0)) w();
      });
      conn.onRequest('workspace/semanticTokens/refresh', () => null);
      conn.listen();
      const until = (test: () => boolean) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('timed out waiting for diagnostics')), 20000);
          const check = () => {
            if (!test()) return waiters.push(check);
            clearTimeout(timer);
            resolve();
          };
          check();
        });
      const hasPolarity = () => latest.some((d) => d.code === 'claim-polarity');
      await conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(dir).toString(),
        workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'warm-up' }],
        capabilities: {},
      });
      await conn.sendNotification(InitializedNotification.type, {});
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'article', version: 1, text } });
      await until(hasPolarity);
      const before = { diagnostics: latest, tokens: await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }) };

      // Idle: the worker re-analyses long.article three times meanwhile (checked by hand: it does).
      await new Promise((r) => setTimeout(r, 2500));
      assert.deepEqual(await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), before.tokens);
      await conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: text.replace('we would have made significant', 'we have made significant') }],
      });
      await until(() => !hasPolarity());
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
      await until(hasPolarity);
      assert.deepEqual(latest, before.diagnostics);

      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
