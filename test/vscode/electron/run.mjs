// The standard extension test: @vscode/test-electron starts a real VS Code (Electron) with this
// folder as the extension under development and runs suite.cjs (mocha) inside it.
//
//   npm run test:electron -- --vscode /path/to/code      (or VSCODE_EXECUTABLE_PATH=…)
//   npm run test:electron -- --download                  (lets test-electron download VS Code)
//
// Without a VS Code executable and without --download it skips with a message (exit 0): this
// machine cannot download VS Code; the code-server test (npm run test:vscode) covers the workbench.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const vscodeExecutablePath = flag('--vscode') ?? process.env.VSCODE_EXECUTABLE_PATH;
const download = args.includes('--download');

if (!download && !(vscodeExecutablePath && existsSync(vscodeExecutablePath))) {
  console.log(
    `SKIP electron test: no VS Code executable${vscodeExecutablePath ? ` at ${vscodeExecutablePath}` : ''}. ` +
      'Pass --vscode /path/to/code (or set VSCODE_EXECUTABLE_PATH), or --download where VS Code can be downloaded.',
  );
  process.exit(0);
}

const { runTests } = await import('@vscode/test-electron');
const tmp = mkdtempSync(join(tmpdir(), 'second-source-electron-'));
const workspace = join(tmp, 'tiktok-oracle');
cpSync(join(ROOT, 'examples', 'tiktok-oracle'), workspace, { recursive: true });
try {
  await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(HERE, 'suite.cjs'),
    extensionTestsEnv: { SECOND_SOURCE_TEST_WORKSPACE: workspace },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(tmp, 'user-data'),
    ],
  });
} catch (err) {
  console.error(`electron test failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
