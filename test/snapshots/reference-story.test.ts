import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

const root = resolve(__dirname, '../..');
const cli = join(root, 'bin/second-source.js');
const snapshotFile = join(__dirname, 'tiktok-oracle.report.json');

interface Report {
  documents: Array<{
    path: string;
    entities: Array<{ text: string; name: string; id: string; type: string }>;
    dates: Array<{ text: string; value: string | null }>;
    quotes: Array<{ text: string; speaker: string | null; kind: string; closed: boolean }>;
    diagnostics: Array<{ code: string; severity: string; message: string; related: Array<{ path: string }> }>;
  }>;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the reference story (examples/tiktok-oracle) through the CLI', function () {
  this.timeout(60000);
  let report: Report;
  before(() => {
    const r = run(['check', '--format', 'json', 'examples/tiktok-oracle']);
    assert.equal(r.status, 1, 'warnings found: exit 1');
    report = JSON.parse(r.stdout);
  });
  const doc = (name: string) => report.documents.find((d) => d.path.includes(name))!;

  it('validates against the report schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs/report.schema.json'), 'utf8'));
    const shared = join(root, '../shared/spec/report.schema.json');
    if (existsSync(shared)) assert.deepEqual(schema, JSON.parse(readFileSync(shared, 'utf8')), 'docs/report.schema.json is the shared spec');
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  });

  it('reports the three cross-source contradictions in both directions, and nothing else at warning level', () => {
    for (const [name, other] of [
      ['cbr-', 'bytedance-'],
      ['bytedance-', 'cbr-'],
    ]) {
      const d = doc(name);
      const warnings = d.diagnostics.filter((x) => x.severity === 'warning' || x.severity === 'error');
      assert.deepEqual(warnings.map((x) => x.code).sort(), ['claim-polarity', 'quote-wording'], `${name} warnings`);
      const variant = d.diagnostics.filter((x) => x.code === 'name-variant');
      assert.equal(variant.length, 1, `${name} name-variant`);
      assert.equal(variant[0].severity, 'information');
      for (const x of d.diagnostics) assert.ok(x.related[0].path.includes(other), 'related points at the other source');
    }
  });

  it('extracts the entities a reader expects, with shared ids across the sources', () => {
    const names = new Set(report.documents.flatMap((d) => d.entities.map((e) => e.name)));
    for (const n of [
      'TikTok',
      'ByteDance',
      'Oracle',
      'Microsoft',
      'Walmart',
      'Reuters',
      'Hollywood Reporter',
      'Donald Trump',
      'Larry Page',
      'Vanessa Pappas',
      'China',
      'United States',
      'Canada',
      'Australia',
      'New Zealand',
      'Singapore',
    ]) {
      assert.ok(names.has(n), `entity ${n}`);
    }
    const idOf = (d: Report['documents'][number], text: string) => d.entities.find((e) => e.text === text)?.id;
    const cbr = doc('cbr-');
    const other = doc('bytedance-');
    assert.equal(idOf(cbr, 'MSFT'), idOf(cbr, 'Microsoft'), 'MSFT is Microsoft');
    assert.equal(idOf(other, 'TicToc'), idOf(cbr, 'TikTok'), 'TicToc is TikTok misspelled');
    assert.equal(idOf(other, 'U.S.'), idOf(other, 'United States'));
    assert.equal(idOf(other, 'Trump'), idOf(cbr, 'Donald Trump'), '“Mr. Trump” is Donald Trump');
    assert.equal(idOf(cbr, 'the President'), idOf(cbr, 'Donald Trump'), '“the President” is Donald Trump');
  });

  it('resolves dates without inventing a year when the publication date is unknown', () => {
    const dates = new Map(report.documents.flatMap((d) => d.dates.map((x) => [x.text, x.value] as const)));
    assert.equal(dates.get('September 15'), 'XXXX-09-15');
    assert.equal(dates.get('August 2018'), '2018-08');
    assert.equal(dates.get('the last 18 months'), 'P18M');
    for (const t of ['last month', 'late August', 'early summer']) assert.ok(dates.has(t), t);
  });

  it('reads the Microsoft statement as one quotation over three paragraphs, spoken by Microsoft', () => {
    const statement = doc('cbr-').quotes.find((q) => q.text.startsWith('ByteDance let us know'))!;
    assert.ok(statement.text.includes('We look forward to seeing how the service evolves'));
    assert.equal(statement.speaker, 'Microsoft');
    const unclosed = doc('bytedance-').quotes.find((q) => q.text.startsWith('It is said'))!;
    assert.equal(unclosed.closed, false);
    assert.ok(unclosed.text.endsWith('August statement.'), 'an unclosed quotation ends with its sentence');
  });

  it('matches the recorded report (UPDATE_SNAPSHOTS=1 re-records it)', () => {
    const actual = `${JSON.stringify(report, null, 2)}\n`;
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshotFile)) writeFileSync(snapshotFile, actual);
    assert.equal(actual, readFileSync(snapshotFile, 'utf8'));
  });

  it('prints compiler-style text, SARIF, and exits 2 on bad usage', () => {
    const text = run(['check', 'examples/tiktok-oracle']);
    assert.match(text.stdout, /^examples\/tiktok-oracle\/\S+\.article:\d+:\d+: warning \[quote-wording\] /m);
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'examples/tiktok-oracle']).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length >= 6);
    assert.equal(run(['check', '--format', 'xml', 'examples']).status, 2);
    assert.equal(run(['check', 'no/such/file.article']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
  });
});
