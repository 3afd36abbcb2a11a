/**
 * Runs `checkArticles` in a fresh process for test/unit/cli-parallel.test.ts: the mocha process
 * has compromise plugins registered by other test files (the accuracy baseline extends it with
 * compromise-dates), which its worker threads would not share.
 * Usage: node --require tsx/cjs test/unit/cli-run.ts '{"jobs":2,"cacheDir":"…","texts":"file.json"}'
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticles } from '../../server/src/cli/check';

const options = JSON.parse(process.argv[2]) as { jobs?: number; cacheDir?: string; cacheMaxBytes?: number; texts: string; progress?: boolean };
const texts = new Map<string, string>(JSON.parse(readFileSync(options.texts, 'utf8')));
/** The progress heard, when asked for: documents done out of all. */
const progress: Array<[number, number]> = [];
checkArticles(texts, {
  onProgress: options.progress ? (done, total) => progress.push([done, total]) : undefined,
  jobs: options.jobs,
  cacheDir: options.cacheDir,
  cacheMaxBytes: options.cacheMaxBytes,
  workerEntry: join(__dirname, '../../server/src/cli/worker.ts'),
}).then(({ report, stats }) => {
  process.stdout.write(JSON.stringify({ report: JSON.stringify(report), stats, progress }));
});
