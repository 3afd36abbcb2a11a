import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  ConfigurationRequest,
  createProtocolConnection,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ConfigurationItem,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createConnection, DiagnosticSeverity } from 'vscode-languageserver/node';
import { LineIndex } from '../../server/src/host/lines';
import type { ServerContext } from '../../server/src/lsp/context';
import { CommandHandlers } from '../../server/src/lsp/handlers/commandHandlers';
import { LanguageHandlers } from '../../server/src/lsp/handlers/languageHandlers';
import { toUri } from '../../server/src/lsp/positions';
import { TOKEN_TYPES } from '../../server/src/lsp/semanticTokens';
import { createContext } from '../../server/src/lsp/server';

const examples = resolve(__dirname, '../../examples/tiktok-oracle');
const CBR = 'cbr-tiktok-oracle-partnership.article';
const BYTEDANCE = 'bytedance-partners-tiktok.article';

/** A server's parts over an in-memory connection (no process), and what its client received. */
class MemoryServer {
  readonly ctx: ServerContext;
  readonly client: ProtocolConnection;
  readonly logged: string[] = [];
  readonly shown: string[] = [];
  readonly diagnostics = new Map<string, Diagnostic[]>();

  /** `configuration` answers workspace/configuration; without it the pull fails. */
  constructor(configuration?: (item: ConfigurationItem) => unknown) {
    const [up, down] = [new PassThrough(), new PassThrough()];
    const connection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    this.client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    this.client.onNotification(LogMessageNotification.type, (p) => void this.logged.push(p.message));
    this.client.onNotification(ShowMessageNotification.type, (p) => void this.shown.push(p.message));
    this.client.onRequest(ShowMessageRequest.type, (p) => void this.shown.push(p.message));
    this.client.onNotification(PublishDiagnosticsNotification.type, (p) => void this.diagnostics.set(p.uri, p.diagnostics));
    this.client.onRequest(ConfigurationRequest.type, (p) => (configuration ? p.items.map(configuration) : Promise.reject(new Error('no configuration here'))));
    this.client.onRequest('workspace/semanticTokens/refresh', () => null);
    this.client.listen();
    connection.listen();
    this.ctx = createContext(connection);
  }

  /** Opens files as the editor would, and waits for their story's check. */
  async open(...paths: string[]): Promise<void> {
    for (const p of paths) this.ctx.workspace.setOpen(p, readFileSync(p, 'utf8'));
    await this.ctx.scheduler.checkOf(paths[0]);
  }

  /** Lets notifications sent meanwhile arrive. */
  settle(): Promise<void> {
    return new Promise((r) => setTimeout(r, 50));
  }

  dispose(): void {
    this.client.dispose();
    this.ctx.connection.dispose();
  }
}

function positionOf(path: string, needle: string) {
  const text = readFileSync(path, 'utf8');
  return new LineIndex(text).positionAt(text.indexOf(needle));
}

/** Issue 23 item 4: the handlers, each on its own, in memory. */
describe('server handlers in memory', function () {
  this.timeout(60000);
  let dir: string;
  let server: MemoryServer;
  const cbr = () => join(dir, CBR);
  const bytedance = () => join(dir, BYTEDANCE);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-handlers-'));
    cpSync(examples, dir, { recursive: true });
  });
  afterEach(() => {
    server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('language features', () => {
    beforeEach(async () => {
      server = new MemoryServer(() => ({}));
      await server.open(cbr(), bytedance());
    });

    it('hover: a title line and mentions per source for an organization', async () => {
      const hover = await new LanguageHandlers(server.ctx).hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'Oracle') });
      const markdown = (hover!.contents as { value: string }).value;
      assert.match(markdown, /^\*\*Oracle\*\* · Organization/);
      assert.match(markdown, /this article: \[\d+ mentions\]/);
      assert.deepEqual(hover!.range!.start, positionOf(cbr(), 'Oracle'));
    });

    it('hover: nothing outside the open documents, nothing once cancelled', async () => {
      const handlers = new LanguageHandlers(server.ctx);
      assert.equal(await handlers.hoverHandler({ textDocument: { uri: toUri(join(dir, 'elsewhere.article')) }, position: { line: 0, character: 0 } }), null);
      const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
      assert.equal(await handlers.hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'Oracle') }, cancelled), null);
    });

    it('semantic tokens: entities, dates and quotations of the article, five numbers each', async () => {
      const { data } = await new LanguageHandlers(server.ctx).semanticTokensHandler({ textDocument: { uri: toUri(cbr()) } });
      assert.equal(data.length % 5, 0);
      const types = new Set(data.filter((_, i) => i % 5 === 3).map((t) => TOKEN_TYPES[t]));
      for (const type of ['person', 'organization', 'date', 'quote'] as const) assert.ok(types.has(type), `a ${type} token`);
    });

    it('code actions: open the other source, fix the spelling, mark reviewed, turn the rule off; none for front matter', () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } };
      const related = [{ location: { uri: toUri(bytedance()), range }, message: 'ByteDance: “TicToc”' }];
      const finding: Diagnostic = {
        range,
        source: 'second-source',
        code: 'name-variant',
        message: 'm',
        severity: DiagnosticSeverity.Information,
        relatedInformation: related,
        data: { fingerprint: 'f', replacement: 'TikTok' },
      };
      const frontMatter: Diagnostic = { range, source: 'second-source', code: 'front-matter', message: 'm' };
      const actions = new LanguageHandlers(server.ctx).codeActionHandler({
        textDocument: { uri: toUri(cbr()) },
        range,
        context: { diagnostics: [finding, frontMatter] },
      });
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Open ByteDance at the conflicting passage', 'Change to “TikTok”', 'Mark as reviewed', 'Disable name-variant for this file'],
      );
      assert.deepEqual(actions[2].command!.arguments, [toUri(cbr()), 'f']);
    });
  });

  describe('settings', () => {
    it('pulls each workspace folder’s settings with its scope', async () => {
      server = new MemoryServer((item) =>
        item.scopeUri === toUri(dir) ? { severity: { 'claim-polarity': 'error' } } : { severity: { 'claim-polarity': 'hint' } },
      );
      server.ctx.configuration.folders = [dir];
      await server.ctx.configuration.pull();
      server.ctx.configuration.loadSessions();
      assert.equal(server.ctx.configuration.sessions.of(cbr()).settings.severities['claim-polarity'], 'error');
      assert.equal(server.ctx.configuration.sessions.of('/elsewhere/a.article').settings.severities['claim-polarity'], 'hint');
    });

    it('logs a failed pull and keeps the settings in force', async () => {
      server = new MemoryServer();
      server.ctx.configuration.pushed({ maxFileSize: 1234 });
      await server.ctx.configuration.pull();
      await server.settle();
      assert.equal(server.ctx.configuration.settings.maxFileSize, 1234);
      assert.match(server.logged.join('\n'), /could not read the settings.*no configuration here/);
    });

    it('leaves out the token kinds the folder switches off (secondSource.highlight.<kind>: false)', async () => {
      server = new MemoryServer((item) => (item.scopeUri === toUri(dir) ? { highlight: { person: false, quote: false } } : {}));
      server.ctx.configuration.folders = [dir];
      await server.ctx.configuration.pull();
      server.ctx.configuration.loadSessions();
      await server.open(cbr(), bytedance());
      const { data } = await new LanguageHandlers(server.ctx).semanticTokensHandler({ textDocument: { uri: toUri(cbr()) } });
      const types = new Set(data.filter((_, i) => i % 5 === 3).map((t) => TOKEN_TYPES[t]));
      assert.deepEqual([...types].sort(), ['date', 'organization', 'place']);
    });
  });

  describe('the reviewed store', () => {
    const claims = (path: string) => (server.diagnostics.get(toUri(path)) ?? []).filter((d) => d.code === 'claim-polarity');

    beforeEach(() => {
      server = new MemoryServer(() => ({}));
      server.ctx.configuration.folders = [dir];
    });

    it('marks a finding and its twin, with relative paths', async () => {
      server.ctx.configuration.loadSessions();
      await server.open(cbr(), bytedance());
      await server.settle();
      const [claim] = claims(cbr());
      await new CommandHandlers(server.ctx).markReviewed(cbr(), (claim.data as { fingerprint: string }).fingerprint);
      await server.settle();
      assert.deepEqual([claims(cbr()), claims(bytedance())], [[], []]);
      const stored = JSON.parse(readFileSync(join(dir, '.second-source/reviewed.json'), 'utf8'));
      assert.deepEqual(stored.reviewed[0].sides.map((s: { file: string }) => s.file).sort(), [BYTEDANCE, CBR]);
    });

    it('says a file that does not parse is left alone, and does not write over it', async () => {
      mkdirSync(join(dir, '.second-source'));
      const conflict = '<<<<<<< HEAD\n{"version": 2}\n=======\n{}\n>>>>>>> theirs\n';
      writeFileSync(join(dir, '.second-source/reviewed.json'), conflict);
      server.ctx.configuration.loadSessions();
      await server.open(cbr(), bytedance());
      await server.settle();
      const [claim] = claims(cbr());
      await new CommandHandlers(server.ctx).markReviewed(cbr(), (claim.data as { fingerprint: string }).fingerprint);
      await server.settle();
      assert.match(server.shown[0], /reviewed marks not read: .*does not parse/);
      assert.match(server.shown[1], /could not save to the reviewed file: .*does not parse/);
      assert.equal(readFileSync(join(dir, '.second-source/reviewed.json'), 'utf8'), conflict);
      assert.equal(claims(cbr()).length, 1);
    });
  });
});
