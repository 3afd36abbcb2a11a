import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-source';

/** Issue 21, item 12: the CLI's cache is read as untrusted input and kept private. */
describe('CLI cache entries', function () {
  this.timeout(120000);
  let dir: string;
  let cache: string;
  const check = () => runCli(['check', 'examples/tiktok-oracle'], { env: { SECOND_SOURCE_CACHE_DIR: cache } });
  const expected = runCli(['check', '--no-cache', 'examples/tiktok-oracle']);
  const entries = (kind: string) => readdirSync(join(cache, 'v2', kind)).map((f) => join(cache, 'v2', kind, f));
  /** Rewrites every entry of a kind with `change` applied to its value. */
  const tamper = (kind: string, change: (value: any) => unknown) => {
    for (const file of entries(kind)) {
      const entry = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify({ key: entry.key, value: change(entry.value) }));
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-cache-'));
    cache = join(dir, 'cache');
    assert.equal(check().stdout, expected.stdout);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are created readable by their owner only: folders 0700, files 0600', () => {
    for (const folder of [cache, join(cache, 'v2'), join(cache, 'v2/facts'), join(cache, 'v2/report')])
      assert.equal(statSync(folder).mode & 0o777, 0o700, folder);
    for (const file of [...entries('facts'), ...entries('report')]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
  });

  it('a malformed story report (under the right key) is ignored, not printed or crashed on', () => {
    tamper('report', (docs) => docs.map((d: any) => ({ ...d, diagnostics: d.diagnostics.map((x: any) => ({ ...x, related: undefined, code: 'made-up' })) })));
    const r = check();
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, expected.stdout);
  });

  it('a story report whose spans are not in the text is ignored', () => {
    tamper('report', (docs) =>
      docs.map((d: any) => ({ ...d, diagnostics: [], entities: d.entities.map((e: any) => ({ ...e, start: e.start + 1, end: e.end + 1 })) })),
    );
    const r = check();
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, expected.stdout);
  });

  it('malformed facts are analysed again', () => {
    for (const file of entries('report')) rmSync(file);
    tamper('facts', (byPath) =>
      Object.fromEntries(
        Object.entries(byPath).map(([p, stored]: [string, any]) => [
          p,
          { ...stored, facts: { ...stored.facts, quotes: [{ start: 0, end: 3, text: 'nope' }], entities: 'none' } },
        ]),
      ),
    );
    const r = check();
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, expected.stdout);
  });
});
