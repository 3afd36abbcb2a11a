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
  type Position,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { LineIndex } from '../../server/src/host/lines';
import type { ServerContext } from '../../server/src/lsp/context';
import { CodeActionHandlers } from '../../server/src/lsp/handlers/codeActionHandlers';
import { CommandHandlers } from '../../server/src/lsp/handlers/commandHandlers';
import { DecisionHandlers } from '../../server/src/lsp/handlers/decisionHandlers';
import { DECIDE, UNDO_DECISION } from '../../server/src/lsp/clientProtocol';
import { LanguageHandlers } from '../../server/src/lsp/handlers/languageHandlers';
import { NavigationHandlers } from '../../server/src/lsp/handlers/navigationHandlers';
import type { ShowMentionsArgs } from '../../server/src/lsp/clientProtocol';
import { toPath, toUri } from '../../server/src/lsp/positions';
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
    // As VS Code's client, which runs the hover cards' `command:` links.
    this.ctx.configuration.commandLinks = true;
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

const precedes = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

function positionOf(path: string, needle: string) {
  const text = readFileSync(path, 'utf8');
  return new LineIndex(text).positionAt(text.indexOf(needle));
}

const diagnosticsOf = (path: string) => server.diagnostics.get(toUri(path)) ?? [];
const cursorAt = (path: string, needle: string) => {
  const at = positionOf(path, needle);
  return { start: at, end: at };
};
const actionsAt = (path: string, needle: string, diagnostics = diagnosticsOf(path)) =>
  new CodeActionHandlers(server.ctx).codeActionHandler({ textDocument: { uri: toUri(path) }, range: cursorAt(path, needle), context: { diagnostics } });

let server: MemoryServer;

/** Issue 23 item 4: the handlers, each on its own, in memory. */
describe('server handlers in memory', function () {
  this.timeout(60000);
  let dir: string;
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

    it('hover: for an editor that runs no command links, plain links to the file at the line and mentions counted', async () => {
      server.ctx.configuration.commandLinks = false;
      const entity = await new LanguageHandlers(server.ctx).hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'Oracle') });
      const card = (entity!.contents as { value: string }).value;
      assert.doesNotMatch(card, /command:/);
      assert.match(card, /^Mentions:$/m);
      assert.match(card, /this article: \d+ mentions$/m);
      const quote = await new LanguageHandlers(server.ctx).hoverHandler({
        textDocument: { uri: toUri(cbr()) },
        position: positionOf(cbr(), 'We are confident'),
      });
      const quoteCard = (quote!.contents as { value: string }).value;
      assert.doesNotMatch(quoteCard, /command:/);
      assert.match(quoteCard, new RegExp(`\\]\\(${toUri(bytedance()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L\\d+\\)`));
    });

    it('hover: an entity card links to all its mentions and ends in plain words, no id', async () => {
      const hover = await new LanguageHandlers(server.ctx).hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'Oracle') });
      const markdown = (hover!.contents as { value: string }).value;
      const lines = markdown.split('\n');
      assert.match(lines.at(-1)!, /^Named \d+ times in 2 sources\.$/);
      assert.doesNotMatch(markdown, /organization:|`/);
      const links = [...markdown.matchAll(/\]\(command:secondSource\.showMentions\?([^)]+)\)/g)].map(
        (m) => JSON.parse(decodeURIComponent(m[1])) as ShowMentionsArgs,
      );
      const [all, ...perSource] = links;
      assert.deepEqual(all.slice(0, 3), [toUri(cbr()), hover!.range!.start.line, hover!.range!.start.character]);
      assert.deepEqual(new Set(all[3].map((l) => l[0])), new Set([toUri(cbr()), toUri(bytedance())]));
      assert.equal(all[3].length, perSource[0][3].length + perSource[1][3].length);
      for (const [uri, line, character, endLine, endCharacter] of all[3]) {
        const text = readFileSync(toPath(uri), 'utf8');
        const index = new LineIndex(text);
        assert.match(text.slice(index.offsetAt({ line, character }), index.offsetAt({ line: endLine, character: endCharacter })), /Oracle/);
      }
    });

    it('hover: a date in words, and how to resolve it when the article has no publication date', async () => {
      const hover = await new LanguageHandlers(server.ctx).hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'September 15') });
      assert.equal(
        (hover!.contents as { value: string }).value,
        '**September 15** · Date\n\n15 September, year unknown (no publication date)\n\nSet `published:` in the front matter to resolve it.',
      );
    });

    it('hover: nothing outside the open documents, nothing once cancelled', async () => {
      const handlers = new LanguageHandlers(server.ctx);
      assert.equal(await handlers.hoverHandler({ textDocument: { uri: toUri(join(dir, 'elsewhere.article')) }, position: { line: 0, character: 0 } }), null);
      const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
      assert.equal(await handlers.hoverHandler({ textDocument: { uri: toUri(cbr()) }, position: positionOf(cbr(), 'Oracle') }, cancelled), null);
    });

    it('references: the mentions of a name in every source of the story, this article first', async () => {
      const handlers = new NavigationHandlers(server.ctx);
      const locations = await handlers.referencesHandler({
        textDocument: { uri: toUri(cbr()) },
        position: positionOf(cbr(), 'Oracle'),
        context: { includeDeclaration: true },
      });
      assert.deepEqual([...new Set(locations!.map((l) => l.uri))], [toUri(cbr()), toUri(bytedance())]);
      for (const { uri, range } of locations!) {
        const text = readFileSync(toPath(uri), 'utf8');
        const index = new LineIndex(text);
        assert.match(text.slice(index.offsetAt(range.start), index.offsetAt(range.end)), /^Oracle/);
      }
      const nothing = await handlers.referencesHandler({
        textDocument: { uri: toUri(cbr()) },
        position: positionOf(cbr(), 'pursuing'),
        context: { includeDeclaration: true },
      });
      assert.equal(nothing, null);
    });

    it('document symbols: quotations by speaker, then people, organizations and places', async () => {
      const symbols = await new NavigationHandlers(server.ctx).documentSymbolHandler({ textDocument: { uri: toUri(cbr()) } });
      assert.deepEqual(
        symbols.map((s) => s.name),
        ['Quotations', 'People', 'Organizations', 'Places'],
      );
      const [quotations, people, organizations] = symbols;
      const microsoft = quotations.children!.find((s) => s.name === 'Microsoft');
      assert.ok(microsoft, quotations.children!.map((s) => s.name).join(', '));
      assert.match(microsoft.children![0].name, /^“ByteDance let us know today .*…”$/);
      assert.ok(people.children!.some((s) => s.name === 'Donald Trump' && /^\d+ mentions?$/.test(s.detail!)));
      assert.ok(organizations.children!.some((s) => s.name === 'Oracle'));
      assert.deepEqual(organizations.children!.find((s) => s.name === 'Oracle')!.selectionRange.start, positionOf(cbr(), 'Oracle'));
      for (const group of symbols)
        for (const child of group.children!)
          assert.ok(!precedes(child.range.start, group.range.start) && !precedes(group.range.end, child.range.end), `${child.name} within ${group.name}`);
    });

    it('semantic tokens: entities, dates and quotations of the article, five numbers each', async () => {
      const { data } = await new LanguageHandlers(server.ctx).semanticTokensHandler({ textDocument: { uri: toUri(cbr()) } });
      assert.equal(data.length % 5, 0);
      const types = new Set(data.filter((_, i) => i % 5 === 3).map((t) => TOKEN_TYPES[t]));
      for (const type of ['person', 'organization', 'date', 'quote'] as const) assert.ok(types.has(type), `a ${type} token`);
    });

    it('code actions: only the finding under the cursor, each fix named after its passages, the spelling fix preferred', async () => {
      await server.settle();
      const actions = actionsAt(bytedance(), 'TicToc');
      assert.deepEqual(
        actions.map((a) => a.title),
        [
          'Change “TicToc” to “TikTok”',
          'Accept “TicToc” as this story’s spelling',
          'Open cbr-tiktok-oracle-partnership at “TikTok”',
          'Mark “TicToc” / “TikTok” as reviewed',
          'Disable name-variant for this file',
          '“TicToc” is not an entity',
          '“TicToc” is not an entity in this file',
        ],
      );
      assert.deepEqual(
        actions.map((a) => !!a.isPreferred),
        [true, false, false, false, false, false, false],
      );
      assert.equal(actions[3].command!.arguments![0], toUri(bytedance()));
    });

    it('code actions: a long quotation named by its first words; nothing away from a finding, nothing for front matter', async () => {
      await server.settle();
      const titles = actionsAt(bytedance(), 'We are convinced').map((a) => a.title);
      assert.deepEqual(titles, [
        'Open cbr-tiktok-oracle-partnership at “We are confident our proposal…”',
        'Mark “We are convinced that our…” / “We are confident our proposal…” as reviewed',
        'Disable quote-wording for this file',
        'The speaker of “We are convinced that our…” is…',
      ]);
      assert.deepEqual(
        actionsAt(bytedance(), 'Vanessa Pappas').map((a) => a.title),
        ['“Vanessa Pappas” is not an entity', '“Vanessa Pappas” is not an entity in this file'],
      );
      assert.deepEqual(actionsAt(bytedance(), 'deep pockets'), []);
      // A selection over several words offers none of them, only what holds it all (the quotation).
      const [wording] = diagnosticsOf(bytedance()).filter((d) => d.code === 'quote-wording');
      const selected = new CodeActionHandlers(server.ctx).codeActionHandler({
        textDocument: { uri: toUri(bytedance()) },
        range: wording.range,
        context: { diagnostics: [] },
      });
      assert.deepEqual(
        selected.map((a) => a.title),
        ['The speaker of “We are convinced that our…” is…'],
      );
      const frontMatter: Diagnostic = { range: cursorAt(cbr(), 'title'), source: 'second-source', code: 'front-matter', message: 'm' };
      assert.deepEqual(
        actionsAt(cbr(), 'title', [frontMatter]).filter((a) => a.diagnostics),
        [],
      );
    });

    it('code actions: two findings on one passage, grouped per finding, no fix twice', async () => {
      await server.settle();
      const [wording] = diagnosticsOf(bytedance()).filter((d) => d.code === 'quote-wording');
      const speaker = { ...wording, code: 'quote-speaker', data: { fingerprint: 'other' } };
      const titles = actionsAt(bytedance(), 'We are convinced', [wording, speaker])
        .map((a) => a.title)
        .filter((t) => !t.startsWith('The speaker'));
      assert.deepEqual(titles, [
        'Open cbr-tiktok-oracle-partnership at “We are confident our proposal…”',
        'Mark “We are convinced that our…” / “We are confident our proposal…” as reviewed (quote-wording)',
        'Disable quote-wording for this file',
        'Mark “We are convinced that our…” / “We are confident our proposal…” as reviewed (quote-speaker)',
        'Disable quote-speaker for this file',
      ]);
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

  describe('story decisions from the editor (issue 20 items 2 and 3)', () => {
    const codes = (path: string) => diagnosticsOf(path).map((d) => String(d.code));
    const stored = () => JSON.parse(readFileSync(join(dir, '.second-source/reviewed.json'), 'utf8'));
    /** Runs the command of the quick fix titled `title` at `needle`, as the editor would. */
    const apply = async (path: string, needle: string, title: string) => {
      const action = actionsAt(path, needle).find((a) => a.title === title);
      assert.ok(action, `${title} among ${actionsAt(path, needle).map((a) => a.title)}`);
      await new CommandHandlers(server.ctx).executeCommandHandler({ command: action.command!.command, arguments: action.command!.arguments });
      await server.settle();
    };

    beforeEach(async () => {
      server = new MemoryServer(() => ({}));
      server.ctx.configuration.folders = [dir];
      server.ctx.configuration.loadSessions();
      await server.open(cbr(), bytedance());
      await server.settle();
    });

    it('accept a spelling: the name-variant finding leaves both sources, kept for the story', async () => {
      assert.ok(codes(bytedance()).includes('name-variant') && codes(cbr()).includes('name-variant'));
      await apply(bytedance(), 'TicToc', 'Accept “TicToc” as this story’s spelling');
      assert.ok(!codes(bytedance()).includes('name-variant') && !codes(cbr()).includes('name-variant'));
      assert.deepEqual(stored().spellings, [{ story: 'folder:.', text: 'TicToc' }]);
    });

    it('not an entity, not a date: gone from the colours and the fixes, per story or per file', async () => {
      await apply(cbr(), 'IP', '“IP” is not an entity');
      await apply(cbr(), 'today they', '“today” is not a date in this file');
      const doc = server.ctx.scheduler.checkedDoc(cbr())!;
      assert.ok(!doc.entities.some((e) => e.text === 'IP') && !doc.facts.dates.some((d) => d.text === 'today'));
      assert.deepEqual([stored().notEntities, stored().notDates], [[{ story: 'folder:.', text: 'IP' }], [{ file: CBR, text: 'today' }]]);
      assert.ok(!actionsAt(cbr(), 'IP').some((a) => a.title.startsWith('“IP”')));
    });

    it('the speaker is…: the client picks among the article’s people; the speaker set makes a quote-speaker finding', async () => {
      const action = actionsAt(bytedance(), 'We are convinced').find((a) => a.title.startsWith('The speaker'))!;
      const [uri, quote, candidates] = action.command!.arguments as [string, string, string[]];
      assert.ok(candidates.includes('Donald Trump') && candidates.includes('Vanessa Pappas'), candidates.join(', '));
      assert.ok(!codes(bytedance()).includes('quote-speaker'));
      await new CommandHandlers(server.ctx).executeCommandHandler({
        command: DECIDE,
        arguments: [uri, { kind: 'speaker', text: quote, speaker: 'Donald Trump' }],
      });
      await server.settle();
      assert.ok(codes(bytedance()).includes('quote-speaker') && codes(cbr()).includes('quote-speaker'));
      assert.deepEqual(stored().speakers, [{ file: BYTEDANCE, quote, speaker: 'Donald Trump' }]);
    });

    it('lists every decision with its kind and where it holds; undoing one brings its findings back', async () => {
      await apply(bytedance(), 'TicToc', 'Accept “TicToc” as this story’s spelling');
      await apply(bytedance(), 'We are convinced', 'Disable quote-wording for this file');
      const list = new DecisionHandlers(server.ctx).listHandler({ uri: toUri(cbr()) });
      assert.deepEqual(
        list.decisions.map((d) => [d.kind, d.label, d.where]),
        [
          ['Rule off', 'quote-wording turned off', BYTEDANCE],
          ['Spelling', '“TicToc” is a spelling this story accepts', 'folder:.'],
        ],
      );
      assert.equal(list.problem, null);
      assert.ok(!codes(bytedance()).includes('quote-wording'));
      // Enable Rule for This File undoes the rule-off decision of the file.
      await new CommandHandlers(server.ctx).executeCommandHandler({ command: UNDO_DECISION, arguments: [toUri(bytedance()), list.decisions[0].decision] });
      await new CommandHandlers(server.ctx).executeCommandHandler({ command: UNDO_DECISION, arguments: [toUri(cbr()), list.decisions[1].decision] });
      await server.settle();
      assert.ok(codes(bytedance()).includes('quote-wording') && codes(bytedance()).includes('name-variant') && codes(cbr()).includes('name-variant'));
      assert.deepEqual(new DecisionHandlers(server.ctx).listHandler({ uri: toUri(cbr()) }).decisions, []);
    });
  });
});
