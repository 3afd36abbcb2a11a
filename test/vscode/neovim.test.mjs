// Smoke test from another editor: Neovim (Debian's 0.7.2, `vim.lsp.start_client`) attaches
// `second-source lsp --stdio` to an article of the reference story; neovim-smoke.lua checks the
// diagnostics and a hover. Exit 0 pass, 1 fail, 2 no nvim.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNvim } from '../../scripts/vscode/tools.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const nvim = findNvim();
if (!nvim) {
  console.error('neovim test: nvim not found (apt-get install -y neovim).');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'second-source-nvim-'));
const ws = join(tmp, 'tiktok-oracle');
cpSync(join(ROOT, 'examples', 'tiktok-oracle'), ws, { recursive: true });
const out = join(tmp, 'result.txt');
const started = Date.now();
const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(HERE, 'neovim-smoke.lua')}`], {
  env: { ...process.env, SS_ROOT: ROOT, SS_WS: ws, SS_OUT: out, XDG_STATE_HOME: tmp, XDG_DATA_HOME: tmp, XDG_CACHE_HOME: tmp },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
const code = await new Promise((r) => child.on('exit', (c) => r(c)));
clearTimeout(timer);
let result = '';
try {
  result = readFileSync(out, 'utf8');
} catch {}
rmSync(tmp, { recursive: true, force: true });
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0 && result.startsWith('ok')) {
  console.log(`  ✔ neovim attached second-source lsp --stdio: diagnostics and a hover (${secs} s)`);
  for (const line of result.split('\n').slice(1, 8)) if (line) console.log(`    ${line.slice(0, 150)}`);
  process.exit(0);
}
console.error(`✘ neovim smoke test failed (exit ${code}, ${secs} s):\n${result || '(no result)'}\n${stderr}`);
process.exit(1);
