import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** The modules of node_modules/<pkg> that loading `entry` (a source file, through tsx) and running `then` with it as `m` bring in. */
function packagesLoadedBy(entry: string, then = ''): string[] {
  const script = `require('tsx/cjs'); const m = require(${JSON.stringify(join(root, entry))}); ${then};
    const names = Object.keys(require.cache).map((f) => (/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f) || [])[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(names)]));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as string[];
}

describe('the language server’s main thread', () => {
  it('loads no compromise: the analysis worker alone builds its lexicon (~0.2 s and tens of MB)', () => {
    const loaded = packagesLoadedBy('server/src/lsp/server.ts');
    assert.ok(loaded.includes('vscode-languageserver'), `the server module itself was loaded: ${loaded.join(', ')}`);
    assert.deepEqual(
      loaded.filter((p) => p.startsWith('compromise')),
      [],
    );
  });

  it('while the worker’s side does load it, on its first analysis (the check above can fail)', () => {
    const check = `new m.InProcessChecker().check([{ path: 'a.article', text: 'Jane Roe said so.' }], {}, true)`;
    assert.ok(packagesLoadedBy('server/src/lsp/analysisWorker.ts', check).includes('compromise'));
  });
});
