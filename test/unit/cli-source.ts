/**
 * Runs the CLI from its TypeScript sources in a child process (no build needed), for the tests of
 * what it reads, prints and exits with.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), join(root, 'server/src/cli/main.ts'), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
