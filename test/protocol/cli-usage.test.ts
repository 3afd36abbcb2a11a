import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The built CLI's usage: help on every command exits 0; a wrong option is bad usage (2). */

const bin = join(__dirname, '../../bin/second-source.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('CLI usage', () => {
  for (const args of [['--help'], ['check', '--help'], ['check', '-h', 'some/folder'], ['lsp', '--help']]) {
    it(`${args.join(' ')}: the usage on stdout, exit 0`, () => {
      const r = run(...args);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /second-source check \[--format text\|json\|sarif\]/);
      assert.equal(r.stderr, '');
    });
  }
  it('an unknown option: the usage on stderr, exit 2', () => {
    const r = run('check', '--colour', 'x');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown option --colour/);
  });
});
