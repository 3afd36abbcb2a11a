import { writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { resolve } from 'node:path';
import { decodeArticle } from '../engine';
import { defaultCacheDir } from '../host/cache';
import { isPoolWorker } from '../host/parallel';
import { checkArticles } from './check';
import { collectInputs } from './files';
import { formatSarif, formatText, frontMatterLine, positions, printable, type FrontMatterError } from './formats';
import { createProgress } from './progress';
import type { JsonReport } from './report';
import { cliSettings } from './workspaceSettings';
import type { FolderSession } from '../session/folder';
import { extensionsFor, ALL_LANGUAGES } from '../session/languages';
import { readSettingsFile } from '../session/settings';

declare const SECOND_SOURCE_VERSION: string | undefined;
const VERSION = typeof SECOND_SOURCE_VERSION === 'string' ? SECOND_SOURCE_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  second-source check [--format text|json|sarif] [--settings FILE] [--max-size BYTES] [--jobs N] [--no-cache] [--quiet] PATH...
      Check article files (folders are searched for ${extensionsFor(ALL_LANGUAGES)
        .map((e) => `*${e}`)
        .join(', ')}).
      --settings FILE  secondSource.* settings (VS Code settings.json) over those of each PATH's
                   workspace folder (.vscode/settings.json there); the folder's decisions file
                   (secondSource.reviewedFile) hides the findings marked as reviewed
      --jobs N     analysis threads (default: one per core when there is enough text)
      --no-cache   neither read nor write the incremental cache (SECOND_SOURCE_CACHE_DIR,
                   else $XDG_CACHE_HOME/second-source, else ~/.cache/second-source)
      --quiet      no progress bar (it is only drawn when stderr is a terminal)
      Exit status: 0 no warnings, 1 warnings or errors found, 2 bad usage or unreadable input.
  second-source lsp --stdio
      Serve the language server over standard input/output (Neovim, Emacs, other LSP editors).
  second-source --version | --help
`;

function out(text: string): void {
  // Synchronous writes: a large report must be complete before the process exits.
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

function fail(message: string): never {
  process.stderr.write(`second-source: ${message}\n\n${USAGE}`);
  process.exit(2);
}

interface CheckArgs {
  format: string;
  /** `--max-size`: undefined leaves it to the settings (2,000,000 bytes by default). */
  maxSize?: number;
  jobs?: number;
  useCache: boolean;
  quiet: boolean;
  /** The `secondSource` section of the `--settings` file. */
  settings: Record<string, unknown>;
  paths: string[];
}

function parseCheckArgs(args: string[]): CheckArgs {
  const parsed: CheckArgs = { format: 'text', useCache: true, quiet: false, settings: {}, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') parsed.format = args[++i] ?? fail('--format needs a value');
    else if (a.startsWith('--format=')) parsed.format = a.slice(9);
    else if (a === '--max-size') parsed.maxSize = Number(args[++i]);
    else if (a === '--jobs' || a === '-j') parsed.jobs = Number(args[++i] ?? fail('--jobs needs a number'));
    else if (a.startsWith('--jobs=')) parsed.jobs = Number(a.slice(7));
    else if (a === '--settings') parsed.settings = settingsFromFile(args[++i] ?? fail('--settings needs a file'));
    else if (a.startsWith('--settings=')) parsed.settings = settingsFromFile(a.slice(11));
    else if (a === '--no-cache') parsed.useCache = false;
    else if (a === '--quiet' || a === '-q') parsed.quiet = true;
    else if (a === '--help' || a === '-h') {
      out(USAGE);
      process.exit(0);
    } else if (a === '--') {
      parsed.paths.push(...args.slice(i + 1));
      i = args.length;
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else parsed.paths.push(a);
  }
  if (!['text', 'json', 'sarif'].includes(parsed.format)) fail(`unknown format "${parsed.format}" (text, json or sarif)`);
  if (parsed.maxSize !== undefined && !(Number.isFinite(parsed.maxSize) && parsed.maxSize > 0)) fail('--max-size needs a positive number of bytes');
  if (parsed.jobs !== undefined && !(Number.isInteger(parsed.jobs) && parsed.jobs >= 1)) fail('--jobs needs a whole number of threads, 1 or more');
  if (parsed.paths.length === 0) fail('no PATH given');
  return parsed;
}

function settingsFromFile(path: string): Record<string, unknown> {
  try {
    return readSettingsFile(path);
  } catch (err) {
    return fail(`--settings: ${(err as Error).message}`);
  }
}

function errorLine(message: string): void {
  process.stderr.write(`second-source: ${printable(message)}\n`);
}

export async function runCheck(args: string[]): Promise<number> {
  const { format, maxSize, jobs, useCache, quiet, settings, paths } = parseCheckArgs(args);
  const folders = cliSettings(paths, settings, maxSize);
  for (const problem of folders.problems) errorLine(problem);
  const inputs = collectInputs(paths, folders.extensionsOf, folders.maxSizeOf);
  const unreadable = inputs.filter((i) => i.error);
  const skipped: Array<{ path: string; reason: string }> = unreadable.map((i) => ({ path: i.path, reason: i.error! }));
  const texts = new Map<string, string>();
  for (const input of inputs) {
    if (input.skipped) skipped.push({ path: input.path, reason: input.skipped });
    if (!input.bytes) continue;
    const decoded = decodeArticle(input.bytes, folders.maxSizeOf(input.path));
    if (decoded.ok) texts.set(input.path, decoded.text);
    else skipped.push({ path: input.path, reason: decoded.reason });
  }
  const sessionOf = (path: string) => folders.sessions.of(resolve(path));
  const progress = createProgress(process.stderr, { quiet });
  let report: Awaited<ReturnType<typeof checkArticles>>['report'];
  let frontMatter: FrontMatterError[];
  try {
    const run = await checkArticles(texts, {
      jobs,
      cacheDir: useCache ? defaultCacheDir() : undefined,
      optionsOf: (p, key) => sessionOf(p[0]).checkOptions(p, key),
      onProgress: progress.shown ? (d, t) => progress.update(d, t) : undefined,
    });
    report = withoutReviewed(run.report, sessionOf, (p) => texts.get(p));
    frontMatter = run.frontMatter;
  } finally {
    progress.end();
  }
  if (format !== 'text') {
    for (const s of skipped) errorLine(`${s.path}: skipped: ${s.reason}`);
    const where = positions(texts);
    for (const e of frontMatter) errorLine(frontMatterLine(e, where));
  }
  if (format === 'json') out(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'sarif') out(formatSarif(report, VERSION));
  else out(formatText(report, skipped, texts, frontMatter));
  if (unreadable.length || folders.problems.length) return 2;
  const problems = frontMatter.length > 0 || report.documents.some((d) => d.diagnostics.some((x) => x.severity === 'warning' || x.severity === 'error'));
  return problems ? 1 : 0;
}

/** The report without the findings marked as reviewed (or whose twin is) in the decisions of their workspace folder. */
function withoutReviewed(report: JsonReport, sessionOf: (path: string) => FolderSession, textOf: (path: string) => string | undefined): JsonReport {
  return { ...report, documents: report.documents.map((d) => ({ ...d, diagnostics: sessionOf(d.path).unreviewed(d.path, d.diagnostics, textOf) })) };
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === 'check') {
    // The young generation of every thread (the flag is process-wide: it overrides the workers'
    // resourceLimits). Much of what the analysis allocates lives through a paragraph or a story, so
    // a scavenge's cost follows the semi-space: with 2 MB, ~800 scavenges per worker over the dev
    // archive; with 8 MB, ~200, and the archive took 7% less time and CPU (6 of 6 interleaved
    // runs) for ~40 MB more peak memory. 16 and 32 MB were no faster than 8, and peaked higher.
    setFlagsFromString('--max-semi-space-size=8');
    runCheck(rest).then(
      (code) => (process.exitCode = code),
      (err: Error) => {
        process.stderr.write(`second-source: ${err.stack ?? err}\n`);
        process.exitCode = 2;
      },
    );
  } else if (command === 'lsp') {
    if (rest.includes('--help') || rest.includes('-h')) {
      out(USAGE);
      return;
    }
    if (rest.length && !rest.every((a) => ['--stdio', '--node-ipc'].includes(a) || a.startsWith('--clientProcessId')))
      fail(`lsp: unknown option ${rest.join(' ')}`);
    if (!rest.includes('--stdio') && !rest.includes('--node-ipc')) process.argv.push('--stdio');
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('../lsp/storyChecker').prestartAnalysisWorker();
    require('../lsp/server').startServer();
    /* eslint-enable @typescript-eslint/no-require-imports */
  } else if (command === '--version' || command === '-v') out(`${VERSION}\n`);
  else if (command === '--help' || command === '-h' || command === 'help') out(USAGE);
  else fail(command ? `unknown command "${command}"` : 'no command given');
}

// The bundle is also the entry of its own check workers (`new Worker(__filename)`).
if (isMainThread || !isPoolWorker()) main(process.argv.slice(2));
// eslint-disable-next-line @typescript-eslint/no-require-imports
else require('./checkJob').serveCheckWorker();
