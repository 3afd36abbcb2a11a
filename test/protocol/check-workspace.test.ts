import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  ExecuteCommandRequest,
  WorkDoneProgress,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { TestServer, uriOf } from './lsp-client';
import { workspaceCheckMessage, type WorkspaceCheckSummary } from '../../server/src/lsp/clientProtocol';

const examples = resolve(__dirname, '../../examples/tiktok-oracle');
const CBR = 'cbr-tiktok-oracle-partnership.article';
const STORIES = 40;

/**
 * STORIES two-source stories made of the reference story's articles, every sentence reworded with
 * `version` (the analysis caches what it derives per sentence: the same sentences again would
 * cost nothing).
 */
function writeStories(dir: string, version: string): void {
  const texts = ['bytedance-partners-tiktok.article', CBR].map((f) => readFileSync(join(examples, f), 'utf8'));
  for (let i = 0; i < STORIES; i++) {
    mkdirSync(join(dir, `story-${i}`), { recursive: true });
    for (const [j, text] of texts.entries()) writeFileSync(join(dir, `story-${i}`, `source-${j}.article`), text.replace(/\.(\s)/g, ` in ${version} ${i}.$1`));
  }
}

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/**
 * A server on a folder holding the reference story (under open/, its CBR article open and checked)
 * and what `write` adds, set up and taken down by the calling describe's hooks.
 */
function workspaceWith(prefix: string, write: (dir: string) => void) {
  const ws = { dir: '', server: undefined as unknown as TestServer, cbr: () => join(ws.dir, 'open', CBR) };
  before(async () => {
    ws.dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(examples, join(ws.dir, 'open'), { recursive: true });
    write(ws.dir);
    ws.server = new TestServer(() => ({}));
    await ws.server.start(ws.dir);
    await ws.server.open(ws.cbr(), readFileSync(ws.cbr(), 'utf8'));
    await ws.server.until(() => ws.server.diagnosticsOf(ws.cbr()).some((d) => d.code === 'quote-wording'), 'the open story checked');
  });
  after(async () => {
    await ws.server.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  });
  return ws;
}

/** Issue 20 item 4: Check Workspace with progress, cancel and a summary; edits answer fast meanwhile. */
describe('Check Workspace', function () {
  this.timeout(180000);
  const ws = workspaceWith('second-source-check-ws-', (dir) => writeStories(dir, 'round'));

  /** Starts a check that reports to `token`; `progress` receives what the server reports. */
  function startCheck(token: string, cancel?: CancellationTokenSource) {
    const progress: Progress[] = [];
    const listener = ws.server.conn.onProgress(WorkDoneProgress.type, token, (p) => {
      progress.push(p);
      ws.server.wake();
    });
    const done = ws.server.conn
      .sendRequest(ExecuteCommandRequest.type, { command: 'secondSource.checkWorkspace', arguments: [], workDoneToken: token }, cancel?.token)
      .finally(() => listener.dispose()) as Promise<WorkspaceCheckSummary>;
    return { progress, done };
  }

  let version = 1;
  /** Rewords the open article's quotation and times the diagnostics that show the new word. */
  async function editLatency(word: string): Promise<number> {
    const text = readFileSync(ws.cbr(), 'utf8').replace('We are confident', `We are ${word}`);
    const started = Date.now();
    await ws.server.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uriOf(ws.cbr()), version: ++version },
      contentChanges: [{ text }],
    });
    await ws.server.until(() => ws.server.diagnosticsOf(ws.cbr()).some((d) => String(d.message).includes(`“${word}”`)), `the diagnostics of “${word}”`, 60000);
    return Date.now() - started;
  }

  it('counts stories as it goes and ends with a summary', async () => {
    const { progress, done } = startCheck('all');
    const summary = await done;
    assert.deepEqual(
      { ...summary, findings: summary.findings > 0, articlesWithFindings: summary.articlesWithFindings > 0 },
      { stories: STORIES + 1, checked: STORIES + 1, articles: 2 * STORIES + 2, articlesWithFindings: true, findings: true, notChecked: 0, cancelled: false },
    );
    assert.equal(progress[0].kind, 'begin');
    assert.equal((progress[0] as WorkDoneProgressBegin).cancellable, true);
    const reports = progress.filter((p): p is WorkDoneProgressReport => p.kind === 'report');
    assert.equal(reports.length, STORIES + 1);
    assert.equal(reports.at(-1)!.message, `${STORIES + 1} of ${STORIES + 1} stories, ${2 * STORIES + 2} articles`);
    assert.equal(progress.at(-1)!.kind, 'end');
    // The output channel's log: start-up, each story's check, the workspace check's timing.
    const log = ws.server.logged.join('\n');
    assert.match(log, new RegExp(`started .*; 1 workspace folder, ${2 * STORIES + 2} articles in ${STORIES + 1} stories, 0 files skipped`));
    assert.match(log, /checked story-0 \(2 articles\) in \d+ ms/);
    assert.match(log, new RegExp(`workspace check done: ${STORIES + 1} of ${STORIES + 1} stories, ${2 * STORIES + 2} articles, \\d+ findings in \\d+ ms`));
  });

  it('stops the queued stories when cancelled', async () => {
    const cancel = new CancellationTokenSource();
    const { progress, done } = startCheck('cancelled', cancel);
    await ws.server.until(() => progress.filter((p) => p.kind === 'report').length >= 2, 'two stories checked');
    cancel.cancel();
    const summary = await done;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.checked < STORIES + 1, `${summary.checked} stories checked`);
    assert.equal(progress.at(-1)!.kind, 'end');
  });

  it('answers an edit of the open article fast while it runs: the open story goes first', async () => {
    const idle = [await editLatency('certain'), await editLatency('sure')];
    writeStories(ws.dir, 'draft');
    const started = Date.now();
    const { progress, done } = startCheck('busy');
    await ws.server.until(() => progress.filter((p) => p.kind === 'report').length >= 3, 'three stories checked');
    const busy = [await editLatency('positive'), await editLatency('assured')];
    await done;
    const whole = Date.now() - started;
    // Waiting behind the stories queued before it, an edit takes most of the check (the stories left
    // after three): it must wait for one story's check at most.
    const bound = Math.max(...idle) + (2 * whole) / STORIES + 300;
    assert.ok(
      Math.max(...busy) < bound,
      `an edit during the check took ${busy.join(', ')} ms, idle ${idle.join(', ')} ms, bound ${Math.round(bound)} ms of a ${whole} ms check`,
    );
  });
});

/** Stories no one is editing go to a worker of their own: an edit never waits behind one of them. */
describe('Check Workspace of large stories', function () {
  this.timeout(180000);
  // Two folders without front matter: two stories of 100 articles, each a check of seconds.
  const ws = workspaceWith('second-source-check-large-', (dir) => {
    const text = readFileSync(join(examples, CBR), 'utf8');
    for (const folder of ['archive-a', 'archive-b']) {
      mkdirSync(join(dir, folder));
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, folder, `copy-${i}.article`), text.replace(/\.(\s)/g, ` in ${folder} ${i}.$1`));
    }
  });

  it('answers an edit of an open article while a large story is checked', async () => {
    let reports = 0;
    const listener = ws.server.conn.onProgress(WorkDoneProgress.type, 'large', (p) => {
      if (p.kind === 'report') reports++;
      ws.server.wake();
    });
    const started = Date.now();
    const done = ws.server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'secondSource.checkWorkspace', arguments: [], workDoneToken: 'large' });
    // The open story goes first, then one large story: the second is under way once that is reported.
    await ws.server.until(() => reports >= 2, 'the first large story checked');
    const text = readFileSync(ws.cbr(), 'utf8').replace('We are confident', 'We are hopeful');
    const edited = Date.now();
    await ws.server.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uriOf(ws.cbr()), version: 2 },
      contentChanges: [{ text }],
    });
    await ws.server.until(() => ws.server.diagnosticsOf(ws.cbr()).some((d) => String(d.message).includes('“hopeful”')), 'the edit checked', 60000);
    const edit = Date.now() - edited;
    await done;
    listener.dispose();
    const whole = Date.now() - started;
    // Behind the second large story, the edit would take a third of the check or more.
    assert.ok(edit < whole / 6, `the edit took ${edit} ms of a ${whole} ms workspace check`);
  });
});

describe('the summary of Check Workspace', () => {
  const summary: WorkspaceCheckSummary = { stories: 101, checked: 101, articles: 203, articlesWithFindings: 61, findings: 97, notChecked: 0, cancelled: false };
  it('reads as an editor would say it', () => {
    assert.equal(workspaceCheckMessage(summary), 'Second Source: 97 findings in 61 articles of 101 stories.');
    assert.equal(
      workspaceCheckMessage({ ...summary, findings: 0, articlesWithFindings: 0, notChecked: 2 }),
      'Second Source: No findings in 203 articles of 101 stories; 2 files not checked.',
    );
    assert.equal(
      workspaceCheckMessage({ ...summary, checked: 40, articles: 80, findings: 1, articlesWithFindings: 1, cancelled: true }),
      'Second Source: Check cancelled after 40 of 101 stories: 1 finding in 1 article.',
    );
  });
});
