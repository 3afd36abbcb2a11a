import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CheckRunStats } from '../../server/src/cli/check';
import { parseArticle } from '../../server/src/engine/article';
import { cacheBudgetBytes, DiskCache, defaultCacheDir, factsKey, storyFactsKey } from '../../server/src/host/cache';
import { coreCount } from '../../server/src/host/parallel';
import { storyKey } from '../../server/src/engine/story/stories';

const root = resolve(__dirname, '../..');

/** `checkArticles` in a fresh process (see cli-run.ts), the report as a JSON string. */
function check(
  textsFile: string,
  options: { jobs?: number; cacheDir?: string; cacheMaxBytes?: number; progress?: boolean },
): { report: string; stats: CheckRunStats; progress: Array<[number, number]> } {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'cli-run.ts'), JSON.stringify({ ...options, texts: textsFile })], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** The reference story plus, when the shared data is there, a few stories of ecb-dev. */
function corpus(): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (dir: string, filter: (f: string) => boolean = () => true) => {
    for (const f of readdirSync(dir).sort().filter(filter)) texts.set(`${dir}/${f}`.replace(/\\/g, '/'), readFileSync(join(dir, f), 'utf8'));
  };
  add(join(root, 'examples/tiktok-oracle'), (f) => f.endsWith('.article'));
  const ecb = join(root, '../shared/data/ecb-dev/docs');
  if (existsSync(ecb)) add(ecb, (f) => /^(1|3)_\d+ecb(plus)?\.txt$/.test(f));
  return texts;
}

describe('second-source check: threads and the incremental cache', function () {
  this.timeout(180000);
  const texts = corpus();
  let reference: string;
  let dir: string;
  let textsFile: string;
  const checkArticles = async (t: Map<string, string>, options: { jobs?: number; cacheDir?: string; cacheMaxBytes?: number }) => {
    const file = join(dir, `texts-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify([...t]));
    const r = check(file, options);
    rmSync(file);
    return { report: JSON.parse(r.report) as unknown, stats: r.stats };
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-cache-'));
    textsFile = join(dir, 'texts.json');
    writeFileSync(textsFile, JSON.stringify([...texts]));
    reference = check(textsFile, { jobs: 1 }).report;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports byte-identically with worker threads', async () => {
    const { report, stats } = await checkArticles(texts, { jobs: 2 });
    assert.equal(stats.threads, 2);
    assert.equal(JSON.stringify(report), reference);
  });

  it('counts every document done, from the worker threads, when asked for progress', () => {
    const { report, progress } = check(textsFile, { jobs: 2, progress: true });
    assert.equal(report, reference);
    assert.deepEqual(progress[0], [0, texts.size]);
    assert.deepEqual(progress.at(-1), [texts.size, texts.size]);
    assert.ok(progress.every(([done], k) => k === 0 || done === progress[k - 1][0] + 1));
  });

  it('fills the cache on a first run and answers a second run from it, identically', async () => {
    const cold = await checkArticles(texts, { jobs: 2, cacheDir: dir });
    assert.equal(JSON.stringify(cold.report), reference);
    assert.equal(cold.stats.analysed, texts.size);
    const warm = await checkArticles(texts, { jobs: 2, cacheDir: dir });
    assert.equal(JSON.stringify(warm.report), reference);
    assert.equal(warm.stats.analysed, 0);
    assert.equal(warm.stats.storiesFromCache, warm.stats.stories);
  });

  it('re-checks stories from cached facts (JSON round trip) identically', async () => {
    rmSync(join(new DiskCache(dir).root, 'report'), { recursive: true, force: true });
    const run = await checkArticles(texts, { jobs: 1, cacheDir: dir });
    assert.equal(run.stats.factsFromCache, texts.size);
    assert.equal(run.stats.analysed, 0);
    assert.equal(JSON.stringify(run.report), reference);
  });

  it('ignores corrupt and mismatched entries', async () => {
    const cache = new DiskCache(dir);
    const [path, text] = [...texts].find(([p]) => p.includes('examples/tiktok-oracle'))!;
    const factsFile = join(cache.root, 'facts', `${storyFactsKey(storyKey(parseArticle(path, text)))}.json`);
    // One file's facts under the key of another text: that file alone is analysed again.
    rmSync(join(cache.root, 'report'), { recursive: true, force: true });
    const entry = JSON.parse(readFileSync(factsFile, 'utf8')) as { value: Record<string, { key: string }> };
    assert.equal(entry.value[path].key, factsKey(path, text));
    entry.value[path].key = factsKey(path, `${text} `);
    writeFileSync(factsFile, JSON.stringify(entry));
    const mismatched = await checkArticles(texts, { jobs: 1, cacheDir: dir });
    assert.equal(mismatched.stats.analysed, 1);
    assert.equal(JSON.stringify(mismatched.report), reference);
    // The story's entry cut short: both of its files are analysed again.
    rmSync(join(cache.root, 'report'), { recursive: true, force: true });
    writeFileSync(factsFile, '{"key": "truncated');
    const corrupt = await checkArticles(texts, { jobs: 1, cacheDir: dir });
    assert.equal(corrupt.stats.analysed, 2);
    assert.equal(JSON.stringify(corrupt.report), reference);
  });

  it('keeps the cached facts of the files of a story that a run was not given', async () => {
    const [path, text] = [...texts].find(([p]) => p.includes('examples/tiktok-oracle'))!;
    const alone = await checkArticles(new Map([[path, `${text}\n\nOne more paragraph.\n`]]), { jobs: 1, cacheDir: dir });
    assert.equal(alone.stats.analysed, 1);
    rmSync(join(new DiskCache(dir).root, 'report'), { recursive: true, force: true });
    const all = await checkArticles(texts, { jobs: 1, cacheDir: dir });
    assert.equal(all.stats.analysed, 1, "the file analysed again, its story's other file not");
    assert.equal(JSON.stringify(all.report), reference);
  });

  it('changing one file re-analyses only that file', async () => {
    const changed = new Map(texts);
    const [path, text] = [...texts][0];
    changed.set(path, text.replace(/\bthe\b/, 'the the'));
    const run = await checkArticles(changed, { jobs: 1, cacheDir: dir });
    assert.equal(run.stats.analysed, 1);
    assert.equal(run.stats.storiesFromCache, run.stats.stories - 1);
  });

  it('starts threads only for text that is not in the cache', async () => {
    // Copies of the corpus in one folder, without their own story names: one story with enough text for threads.
    const many = new Map<string, string>();
    for (let copy = 0; [...many.values()].join('').length < 200_000; copy++) {
      for (const [p, t] of texts) many.set(`${root}/copies/${copy}-${p.split('/').pop()}`, t.replace(/^story:.*\n/m, ''));
    }
    const folder = mkdtempSync(join(tmpdir(), 'second-source-threads-'));
    try {
      const cold = await checkArticles(many, { cacheDir: folder });
      assert.equal(cold.stats.stories, 1);
      assert.equal(cold.stats.threads, Math.min(coreCount(), many.size));
      const changed = new Map(many);
      const [path, text] = [...many][0];
      changed.set(path, text.replace(/\bthe\b/, 'a'));
      const edited = await checkArticles(changed, { cacheDir: folder });
      assert.equal(edited.stats.analysed, 1);
      assert.equal(edited.stats.threads, 1, 'one file to analyse: no threads');
      assert.equal(JSON.stringify(edited.report), JSON.stringify((await checkArticles(changed, { jobs: 2 })).report));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prunes only after a run that stored entries', async () => {
    const size = () => new DiskCache(dir).size();
    const before = size();
    const warm = await checkArticles(texts, { jobs: 1, cacheDir: dir, cacheMaxBytes: 1 });
    assert.equal(warm.stats.storiesFromCache, warm.stats.stories);
    assert.equal(size(), before, 'everything read from the cache: nothing to prune');
    const changed = new Map(texts);
    const [path, text] = [...texts][0];
    changed.set(path, text.replace(/\bthe\b/, 'a'));
    await checkArticles(changed, { jobs: 1, cacheDir: dir, cacheMaxBytes: 1 });
    assert.ok(size() < before, 'a run that stored entries prunes to the budget');
  });

  it('prunes the entries unused for longest once over its budget, and a hit counts as use', () => {
    const folder = mkdtempSync(join(tmpdir(), 'second-source-prune-'));
    const small = new DiskCache(folder);
    try {
      const keys = ['aa01', 'bb02', 'cc03', 'dd04'];
      keys.forEach((k, i) => {
        small.put('facts', k, { filler: 'x'.repeat(1000) });
        // Written a day apart, oldest first.
        const t = new Date(Date.now() - (keys.length - i) * 86_400_000);
        utimesSync(join(small.root, 'facts', `${k}.json`), t, t);
      });
      assert.ok(small.get('facts', 'aa01'), 'the oldest entry is read: now the most recently used');
      const one = small.size() / keys.length;
      assert.equal(small.prune(small.size()), 0, 'within budget: nothing removed');
      assert.equal(small.prune(3 * one), 2, 'down to a fifth below the budget');
      assert.ok(small.get('facts', 'aa01'), 'the entry just used is kept');
      assert.equal(small.get('facts', 'bb02'), undefined);
      assert.equal(small.get('facts', 'cc03'), undefined);
      assert.ok(small.get('facts', 'dd04'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("prunes entries of an older cache layout first, and nothing outside the cache's folders", () => {
    const folder = mkdtempSync(join(tmpdir(), 'second-source-layouts-'));
    const cache = new DiskCache(folder);
    try {
      const old = join(folder, 'v1', 'facts', 'ab', 'ab01.json');
      const other = join(folder, 'notes', 'keep.json');
      for (const f of [old, other]) {
        mkdirSync(dirname(f), { recursive: true });
        writeFileSync(f, JSON.stringify({ key: 'ab01', value: { filler: 'x'.repeat(1000) } }));
      }
      const lastWeek = new Date(Date.now() - 7 * 86_400_000);
      utimesSync(old, lastWeek, lastWeek);
      cache.put('facts', 'cd02', { filler: 'y'.repeat(1000) });
      const current = cache.size() / 2;
      assert.equal(cache.prune(current * 1.5), 1);
      assert.ok(!existsSync(old), "the old layout's entry went first");
      assert.deepEqual(cache.get('facts', 'cd02'), { filler: 'y'.repeat(1000) });
      assert.ok(existsSync(other), 'a folder that is not a cache layout is left alone');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('still stores an entry after its folder was removed during the run (the cache emptied by hand)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'second-source-emptied-'));
    const cache = new DiskCache(folder);
    try {
      assert.ok(cache.put('facts', 'ab01', { n: 1 }));
      rmSync(cache.root, { recursive: true, force: true });
      assert.ok(cache.put('facts', 'ab02', { n: 2 }), 'the folder known to exist is created again');
      assert.deepEqual(cache.get('facts', 'ab02'), { n: 2 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes its size budget from the environment', () => {
    assert.equal(cacheBudgetBytes({ SECOND_SOURCE_CACHE_MAX_MB: '64' }), 64 * 1024 * 1024);
    assert.equal(cacheBudgetBytes({ SECOND_SOURCE_CACHE_MAX_MB: 'lots' }), 500 * 1024 * 1024);
    assert.equal(cacheBudgetBytes({}), 500 * 1024 * 1024);
  });

  it('finds the cache directory from the environment', () => {
    assert.equal(defaultCacheDir({ SECOND_SOURCE_CACHE_DIR: '/x/y' }), '/x/y');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/c' }), join('/c', 'second-source'));
    assert.match(defaultCacheDir({}), /second-source/);
  });
});

describe('second-source check (the built CLI): --jobs, --no-cache, quiet when piped', function () {
  this.timeout(180000);
  const cli = join(root, 'bin/second-source.js');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [cli, 'check', ...args, 'examples/tiktok-oracle'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  it('prints the same report with one thread, two threads and from the cache, and no progress bar when piped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-source-cli-'));
    try {
      const one = run(['--format', 'json', '--jobs', '1', '--no-cache']);
      const two = run(['--format', 'json', '--jobs', '2', '--no-cache']);
      const cold = run(['--format', 'json'], { SECOND_SOURCE_CACHE_DIR: dir });
      const warm = run(['--format', 'json'], { SECOND_SOURCE_CACHE_DIR: dir });
      for (const r of [one, two, cold, warm]) {
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stdout, one.stdout);
        assert.equal(r.stderr, '');
      }
      assert.ok(readdirSync(new DiskCache(dir).root).length > 0, 'cache written');
      const none = mkdtempSync(join(tmpdir(), 'second-source-nocache-'));
      run(['--no-cache'], { SECOND_SOURCE_CACHE_DIR: none });
      assert.deepEqual(readdirSync(none), [], '--no-cache writes nothing');
      rmSync(none, { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('rejects a bad --jobs', () => {
    assert.equal(run(['--jobs', '0']).status, 2);
  });
});
