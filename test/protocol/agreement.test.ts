import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DiagnosticSeverity, SemanticTokensRequest } from 'vscode-languageserver-protocol/node';
import { TestServer, uriOf } from './lsp-client';

const root = resolve(__dirname, '../..');
const ARTICLES = ['bytedance-partners-tiktok.article', 'cbr-tiktok-oracle-partnership.article', 'cbr-later.article'];
const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Issue 23: the CLI and the editor give the same findings for one folder, its settings and its story decisions. */
describe('the CLI and the language server agree', function () {
  this.timeout(120000);
  let folder: string;
  let server: TestServer | undefined;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'second-source-agree-'));
    cpSync(join(root, 'examples/tiktok-oracle'), folder, { recursive: true });
    // A third source: a later copy of the CBR article that moves the deadline.
    writeFileSync(join(folder, ARTICLES[2]), readFileSync(join(folder, ARTICLES[1]), 'utf8').replace('September 15', 'September 20'));
    mkdirSync(join(folder, '.vscode'));
    writeFileSync(
      join(folder, '.vscode/settings.json'),
      '{\n  // the desk’s choices\n  "secondSource.severity.quote-wording": "error",\n  "secondSource.severity.claim-polarity": "information",\n}\n',
    );
    mkdirSync(join(folder, '.second-source'));
    const reviewed = {
      code: 'claim-polarity',
      sides: [
        { file: ARTICLES[1], text: 'would have made' },
        { file: ARTICLES[0], text: 'have made' },
      ],
    };
    writeFileSync(
      join(folder, '.second-source/reviewed.json'),
      JSON.stringify({
        version: 3,
        reviewed: [reviewed],
        rulesOff: { [ARTICLES[2]]: ['date-mismatch'] },
        // The story spells it “TicToc” too (no name-variant finding in any source), and “IP” is no organization in it.
        spellings: [{ story: 'folder:.', text: 'TicToc' }],
        notEntities: [{ story: 'folder:.', text: 'IP' }],
        notDates: [],
        speakers: [],
      }),
    );
  });
  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  interface Report {
    documents: Array<{ path: string; entities: Array<{ text: string }>; diagnostics: Array<{ line: number; code: string; severity: string }> }>;
  }
  let report: Report;

  /** `file line code severity`, sorted. */
  function cliFindings(): string[] {
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [join(root, 'bin/second-source.js'), 'check', '--format', 'json', '--no-cache', folder], { encoding: 'utf8' });
    } catch (err) {
      stdout = (err as { stdout: string }).stdout;
    }
    report = JSON.parse(stdout) as Report;
    return report.documents.flatMap((d) => d.diagnostics.map((x) => `${resolve(d.path)} ${x.line} ${x.code} ${x.severity}`)).sort();
  }

  async function editorFindings(): Promise<string[]> {
    // What VS Code sends for the folder's settings.json, pulled with the folder's scope.
    const section = { severity: { 'quote-wording': 'error', 'claim-polarity': 'information' } };
    server = new TestServer((item) => (item.section === 'secondSource' && item.scopeUri === uriOf(folder) ? section : {}));
    await server.start(folder);
    const paths = ARTICLES.map((a) => join(folder, a));
    await server.open(paths[0], readFileSync(paths[0], 'utf8'));
    await server.until(() => paths.every((p) => server!.diagnostics.has(uriOf(p))), 'diagnostics of the three articles');
    return paths.flatMap((p) => server!.diagnosticsOf(p).map((d) => `${p} ${d.range.start.line} ${d.code} ${SEVERITY_NAME[d.severity!]}`)).sort();
  }

  it('on the findings (file, line, code, severity), after settings and decisions', async () => {
    const cli = cliFindings();
    const editor = await editorFindings();
    assert.deepEqual(editor, cli);
    const codes = new Set(cli.map((f) => f.split(' ').slice(2).join(' ')));
    // The settings and decisions took effect on both sides.
    assert.ok(codes.has('quote-wording error'), cli.join('\n'));
    assert.ok(codes.has('claim-polarity information') && !codes.has('claim-polarity warning'), cli.join('\n'));
    // The accepted spelling: no name-variant finding in any of the three sources.
    assert.ok(![...codes].some((c) => c.startsWith('name-variant')), cli.join('\n'));
    assert.ok(!cli.some((f) => f.includes(ARTICLES[2]) && f.includes('date-mismatch')), cli.join('\n'));
    assert.ok(
      cli.some((f) => f.includes('date-mismatch')),
      cli.join('\n'),
    );
    // The reviewed claim is hidden in both articles of the pair marked, and shown in the third source.
    assert.ok(!cli.some((f) => f.includes(ARTICLES[1]) && f.includes('claim-polarity')), cli.join('\n'));
    assert.ok(
      cli.some((f) => f.includes(ARTICLES[2]) && f.includes('claim-polarity')),
      cli.join('\n'),
    );
  });

  it('on the entities: a word marked as no entity is none in the report nor in the editor’s colours', async () => {
    const cbr = join(folder, ARTICLES[1]);
    const text = readFileSync(cbr, 'utf8');
    const entities = report.documents.find((d) => resolve(d.path) === cbr)!.entities.map((e) => e.text);
    assert.ok(entities.includes('Oracle') && !entities.includes('IP'), entities.join(', '));
    await server!.open(cbr, text);
    const data = (await server!.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf(cbr) } }))?.data ?? [];
    const lines = text.split('\n');
    const colored: string[] = [];
    for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] ? data[i + 1] : char + data[i + 1];
      if (data[i + 3] < 3) colored.push(lines[line].slice(char, char + data[i + 2]));
    }
    assert.ok(colored.includes('Oracle') && !colored.includes('IP'), colored.join(', '));
  });
});
