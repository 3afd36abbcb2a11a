// Where the real-editor tests find their tools (installed by scripts/vscode/install-tools.sh).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const TOOLS = process.env.SECOND_SOURCE_TOOLS || join(homedir(), '.cache', 'second-source-tools');

/** { node, codeServer, codeServerDir } from the install script, or null when not installed. */
export function installedTools() {
  const file = join(TOOLS, 'env.json');
  if (!existsSync(file)) return null;
  try {
    const env = JSON.parse(readFileSync(file, 'utf8'));
    return existsSync(env.node) && existsSync(env.codeServer) ? env : null;
  } catch {
    return null;
  }
}

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** $CHROMIUM, else Debian's chromium, else any chromium/chrome on PATH. */
export function findChromium() {
  if (process.env.CHROMIUM && existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(c)) return c;
  return which('chromium') ?? which('chromium-browser') ?? which('google-chrome') ?? null;
}

export function findNvim() {
  return process.env.NVIM_BIN && existsSync(process.env.NVIM_BIN) ? process.env.NVIM_BIN : which('nvim');
}
