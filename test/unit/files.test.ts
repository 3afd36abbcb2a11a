import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegularFile, workspaceFile, writeFileAtomic } from '../../server/src/files';
import { runCli } from './cli-source';

const ARTICLE = 'Oracle said on Monday that it would buy TikTok from ByteDance.\n';

/** Issue 21: files that are not what their names say (items 1, 5 and 16). */
describe('reading and writing files of a hostile repository', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-source-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('readRegularFile (item 5)', () => {
    it('refuses a device, a named pipe and (when asked) a link, before reading and without waiting', () => {
      execFileSync('mkfifo', [join(dir, 'pipe.article')]);
      symlinkSync('/dev/zero', join(dir, 'zero.article'));
      assert.deepEqual(readRegularFile('/dev/zero', 100), { ok: false, reason: 'a device' });
      assert.deepEqual(readRegularFile(join(dir, 'zero.article'), 100), { ok: false, reason: 'a device' });
      assert.deepEqual(readRegularFile(join(dir, 'pipe.article'), 100), { ok: false, reason: 'a named pipe' });
      assert.deepEqual(readRegularFile(join(dir, 'zero.article'), 100, { followLinks: false }), {
        ok: false,
        reason: 'a symbolic link (links are not followed)',
      });
      assert.deepEqual(readRegularFile(dir, 100), { ok: false, reason: 'a folder' });
    });

    it('reads a regular file within the limit, and refuses one over it', () => {
      writeFileSync(join(dir, 'a.article'), ARTICLE);
      const read = readRegularFile(join(dir, 'a.article'), ARTICLE.length);
      assert.equal(read.ok && read.bytes.toString('utf8'), ARTICLE);
      assert.deepEqual(readRegularFile(join(dir, 'a.article'), 10), { ok: false, reason: `larger than the 10-byte limit (${ARTICLE.length} bytes)` });
    });
  });

  describe('the CLI (items 5 and 16)', () => {
    it('lists links, pipes and devices in a folder as skipped, with the reason, and checks the rest', () => {
      writeFileSync(join(dir, 'good.article'), ARTICLE);
      symlinkSync(join(dir, 'good.article'), join(dir, 'link.article'));
      symlinkSync('/dev/zero', join(dir, 'zero.article'));
      execFileSync('mkfifo', [join(dir, 'pipe.article')]);
      const r = runCli(['check', '--no-cache', dir]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.ok(lines.includes(`${dir}/link.article: skipped: a symbolic link (links are not followed)`), r.stdout);
      assert.ok(lines.includes(`${dir}/zero.article: skipped: a symbolic link (links are not followed)`), r.stdout);
      assert.ok(lines.includes(`${dir}/pipe.article: skipped: a named pipe`), r.stdout);
      assert.match(r.stdout, /^1 file checked: .*, 3 skipped$/m);
    });

    it('skips a device or a named pipe named on the command line instead of reading it forever or waiting', () => {
      execFileSync('mkfifo', [join(dir, 'pipe.article')]);
      writeFileSync(join(dir, 'good.article'), ARTICLE);
      const r = runCli(['check', '--no-cache', '--format', 'json', '/dev/zero', join(dir, 'pipe.article'), join(dir, 'good.article')], { timeout: 20000 });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).documents.length, 1);
      assert.match(r.stderr, /\/dev\/zero: skipped: a device/);
      assert.match(r.stderr, /pipe\.article: skipped: a named pipe/);
    });
  });

  describe('workspaceFile and writeFileAtomic (item 1)', () => {
    it('refuses absolute paths, .., links out of the folder and non-regular files', () => {
      const ws = join(dir, 'ws');
      const outside = join(dir, 'outside');
      mkdirSync(ws);
      mkdirSync(outside);
      symlinkSync(outside, join(ws, '.second-source'));
      symlinkSync(join(outside, 'x.json'), join(ws, 'link.json'));
      mkdirSync(join(ws, 'folder.json'));
      for (const setting of [
        join(outside, 'x.json'),
        '../outside/x.json',
        'a/../../outside/x.json',
        '.second-source/reviewed.json',
        'link.json',
        'folder.json',
        'C:\\x.json',
        '',
      ]) {
        assert.ok('error' in workspaceFile(ws, setting), setting);
      }
      assert.deepEqual(workspaceFile(ws, './team/reviewed.json'), { path: join(ws, 'team/reviewed.json') });
      assert.deepEqual(workspaceFile(ws, join(ws, 'team/reviewed.json')), { path: join(ws, 'team/reviewed.json') });
      // A link that stays inside the folder is followed.
      mkdirSync(join(ws, 'real'));
      symlinkSync(join(ws, 'real'), join(ws, 'alias'));
      assert.deepEqual(workspaceFile(ws, 'alias/reviewed.json'), { path: join(ws, 'real/reviewed.json') });
    });

    it('replaces only a regular file, never writing through a link', () => {
      writeFileSync(join(dir, 'target'), 'keep');
      symlinkSync(join(dir, 'target'), join(dir, 'link'));
      assert.throws(() => writeFileAtomic(join(dir, 'link'), 'new'), /symbolic link/);
      assert.equal(readFileSync(join(dir, 'target'), 'utf8'), 'keep');
      writeFileAtomic(join(dir, 'target'), 'new');
      assert.equal(readFileSync(join(dir, 'target'), 'utf8'), 'new');
      assert.deepEqual(readdirSync(dir).sort(), ['link', 'target']);
    });
  });
});
