// The real VS Code workbench in a browser: code-server (VS Code as a server) with the built .vsix
// installed, driven by playwright-core through Debian's chromium. Opens the reference story and
// asserts what a reporter sees: the status bar's problem counts, the Problems panel with the other
// source in the related lines, a hover card, an entity's colour (Dark+), quick fixes, Find All
// References, the Outline, the story overview and its timeline at two widths, and a cancelled
// Check Workspace. Screenshots of each step go to test-results/vscode/.
//
//   node test/vscode/workbench.test.mjs [--vsix second-source.vsix] [--keep]
//
// Needs the tools of scripts/vscode/install-tools.sh (run through `npm run test:vscode`).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, installedTools } from '../../scripts/vscode/tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const VSIX = resolve(args.includes('--vsix') ? args[args.indexOf('--vsix') + 1] : join(ROOT, 'second-source.vsix'));
const KEEP = args.includes('--keep');
const SHOTS = join(ROOT, 'test-results', 'vscode');
const ARTICLE = 'cbr-tiktok-oracle-partnership.article';
const OTHER = 'bytedance-partners-tiktok';
/** Dark+ colours of the TextMate scopes the semantic token types map to (package.json). */
const DARK_PLUS = {
  organization: 'rgb(78, 201, 176)', // entity.name.type
  person: 'rgb(156, 220, 254)', // variable
  place: 'rgb(197, 134, 192)', // keyword.control
  date: 'rgb(86, 156, 214)', // keyword
  quote: 'rgb(206, 145, 120)', // string
};

const tools = installedTools();
const browserPath = findChromium();
if (!tools || !browserPath) {
  console.error('workbench test: code-server or chromium missing; run scripts/vscode/install-tools.sh (npm run test:vscode does).');
  process.exit(2);
}

const started = Date.now();
const log = (msg) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const steps = [];
const step = async (name, fn) => {
  log(`${name} …`);
  await fn();
  steps.push(name);
  log(`✔ ${name}`);
};

const tmp = mkdtempSync(join(tmpdir(), 'second-source-workbench-'));
const workspace = join(tmp, 'tiktok-oracle');
const userData = join(tmp, 'user-data');
const extensions = join(tmp, 'extensions');
cpSync(join(ROOT, 'examples', 'tiktok-oracle'), workspace, { recursive: true });
// Enough other stories that Check Workspace takes seconds, so it can be cancelled: each two copies
// of the reference article that disagree on a number, declared one story by `story:`. Only a story
// with an open article is checked on its own, so until Check Workspace they change nothing on screen.
const EXTRA_STORIES = 150;
const reference = readFileSync(join(ROOT, 'examples', 'tiktok-oracle', ARTICLE), 'utf8');
mkdirSync(join(workspace, 'more-stories'));
for (let i = 1; i <= EXTRA_STORIES; i++) {
  const n = String(i).padStart(3, '0');
  for (const [copy, months] of [
    ['a', 20 + i],
    ['b', 21 + i],
  ])
    writeFileSync(
      join(workspace, 'more-stories', `s${n}-${copy}.article`),
      `---\nstory: extra-${n}\n---\n${reference.replace('18 months', `${months} months`)}`,
    );
}
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(extensions, { recursive: true });
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
writeFileSync(join(tmp, 'config.yaml'), '');
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'chat.disableAIFeatures': true,
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': 'Default Dark+',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'git.enabled': false,
      'editor.minimap.enabled': false,
      'editor.hover.delay': 200,
      'editor.fontSize': 14,
      'window.commandCenter': false,
      'problems.showCurrentInStatus': false,
    },
    null,
    2,
  ),
);

const env = { ...process.env, PATH: `${dirname(tools.node)}:${process.env.PATH}` };
const csArgs = [
  '--config',
  join(tmp, 'config.yaml'),
  '--user-data-dir',
  userData,
  '--extensions-dir',
  extensions,
  '--disable-telemetry',
  '--disable-update-check',
];

let server;
let browser;
const cleanup = () => {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});
process.on('SIGTERM', () => {
  cleanup();
  process.exit(143);
});

/** Runs code-server once (e.g. --install-extension) and waits for it. */
function codeServerOnce(extra) {
  return new Promise((res, rej) => {
    const p = spawn(tools.node, [tools.codeServer, ...csArgs, ...extra], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? res(out) : rej(new Error(`code-server ${extra.join(' ')} exited ${code}:\n${out}`))));
  });
}

/** Starts code-server on a free port; resolves with its URL. */
function startServer() {
  return new Promise((res, rej) => {
    server = spawn(
      tools.node,
      [
        tools.codeServer,
        ...csArgs,
        '--bind-addr',
        '127.0.0.1:0',
        '--auth',
        'none',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      {
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const timer = setTimeout(() => rej(new Error(`code-server did not start within 60 s:\n${out}`)), 60_000);
    const onData = (d) => {
      out += d;
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => rej(new Error(`code-server exited (${code}):\n${out}`)));
  });
}

let page;
const shot = async (name) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Polls `fn` until it returns a truthy value (never a fixed sleep); fails with the last error. */
async function until(what, fn, timeout = 30_000, interval = 250) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The editor's rendered span for a word of the article (semantic tokens split the line into spans). */
const tokenSpans = (word) => page.locator('.monaco-editor .view-line span > span').filter({ hasText: new RegExp(`^${word.replace(/ /g, '[\\s\\u00a0]')}$`) });
const tokenSpan = (word) => tokenSpans(word).first();

let failed = false;
try {
  await step('install the .vsix into code-server', async () => {
    const out = await codeServerOnce(['--install-extension', VSIX, '--force']);
    assert.match(out, /was successfully installed/i, out);
  });

  const url = await startServer();
  log(`code-server at ${url}`);
  browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);

  await step('the workbench loads', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await shot('01-workbench');
  });

  await step('open the article from the explorer', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await until('the editor tab', () => page.locator('.tab.active', { hasText: ARTICLE }).isVisible());
    // Focus leaves the explorer so the editor shows its text without a selection. By keyboard (focus the
    // first editor group): a click on the text can land while the editor still lays itself out.
    await page.keyboard.press('Control+1');
    await until('the editor has focus', () => page.locator('.monaco-editor.focused').first().isVisible());
    await shot('02-article');
  });

  await step('the status bar counts the warnings (diagnostics arrived)', async () => {
    const item = page.locator('.statusbar-item[id="status.problems"]');
    // Both sources of the story have two warnings each (the tiktok-oracle snapshot); the
    // diagnostics of the two files arrive one after the other, so poll for the final count.
    let label = '';
    await until(
      '"Warnings: 4" in the status bar',
      async () => {
        label = (await item.getAttribute('aria-label')) ?? '';
        return /Warnings: 4\b/.test(label);
      },
      60_000,
    ).catch((err) => assert.fail(`${err.message}; the status bar says "${label}"`));
    log(`  status.problems aria-label: ${label}`);
    assert.match(label, /Warnings: 4\b/);
    assert.match(label, /Errors: 0|^(?!.*Errors)/);
    await shot('03-status-bar');
  });

  await step('the story status bar item names the story, sources and findings, information too', async () => {
    const item = page.locator('.statusbar-item', { hasText: /tiktok-oracle/ });
    const text = await until('the story item', async () => {
      const t = (await item.first().innerText()).trim();
      return /tiktok-oracle · 2 sources · 2 warnings, 1 information/.test(t) ? t : null;
    });
    assert.match(text, /tiktok-oracle · 2 sources · 2 warnings, 1 information/);
  });

  await step('entities are coloured by their semantic token (Dark+)', async () => {
    const colour = await until('semantic colour on "Oracle"', async () => {
      const c = await tokenSpan('Oracle').evaluate((el) => getComputedStyle(el).color);
      return c === DARK_PLUS.organization ? c : null;
    });
    assert.equal(colour, DARK_PLUS.organization);
    const trump = await tokenSpan('Donald Trump').evaluate((el) => getComputedStyle(el).color);
    assert.equal(trump, DARK_PLUS.person, 'a person has the person colour');
    // Places, dates and quotations each have their own colour too.
    assert.equal(await tokenSpan('Canada').evaluate((el) => getComputedStyle(el).color), DARK_PLUS.place);
    assert.equal(await tokenSpan('last month').evaluate((el) => getComputedStyle(el).color), DARK_PLUS.date);
    assert.equal(await tokenSpan('“?partnership”?').evaluate((el) => getComputedStyle(el).color), DARK_PLUS.quote);
    // The speaker of a quotation is marked: "A MSFT statement said: “…”" (the second "MSFT": the
    // first is the headline's, "No Go for MSFT", an organization like any other mention).
    assert.equal(
      await tokenSpans('MSFT')
        .nth(0)
        .evaluate((el) => getComputedStyle(el).color),
      DARK_PLUS.organization,
    );
    // A speaker keeps its kind's colour, in bold (strong).
    assert.deepEqual(
      await tokenSpans('MSFT')
        .nth(1)
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontWeight]),
      [DARK_PLUS.organization, '700'],
    );
  });

  await step('the Problems panel lists the findings with the other source in the related lines', async () => {
    await page.locator('.statusbar-item[id="status.problems"]').click();
    const rows = page.locator('.markers-panel .monaco-list-row');
    await until('problem rows', async () => (await rows.count()) >= 4);
    const text = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
    assert.match(text, /second-source/);
    assert.match(text, /quote-wording/);
    assert.match(text, /claim-polarity/);
    assert.match(text, new RegExp(OTHER), 'the related line names the other source');
    // Grouped per file: one resource row per article.
    const files = await page.locator('.markers-panel .monaco-list-row .file-icon, .markers-panel .monaco-list-row[aria-label*=".article"]').count();
    assert.ok(files >= 2, `expected a group per file, found ${files}`);
    await shot('04-problems');
  });

  await step('a hover card on an entity', async () => {
    const target = tokenSpan('Oracle');
    const hover = page
      .locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents')
      .filter({ hasText: 'Organization' });
    // Layout shifts (the Problems panel opening, tokens arriving) can dismiss a hover: retry.
    await until(
      'the hover card',
      async () => {
        const box = await target.boundingBox();
        await page.mouse.move(box.x + 2, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        await hover.first().waitFor({ timeout: 2500 });
        return true;
      },
      30_000,
      100,
    );
    const card = (await hover.first().innerText()).replace(/\s+/g, ' ');
    log(`  hover: ${card.slice(0, 160)}`);
    assert.match(card, /Oracle · Organization/);
    assert.match(card, /Mentions \(show all\):/);
    assert.match(card, new RegExp(`${OTHER}: \\d+ mentions?`), 'the card links the mentions in the other source');
    // With the Problems panel open and entities coloured, this is the README's picture.
    await shot('05-hover');
    await page.mouse.move(5, 5);
  });

  /** Puts the cursor on the problem listed as `row` (double-clicked in Problems) and opens the quick-fix menu; its text once `ready` matches. */
  async function quickFixesOf(row, ready) {
    await page.locator('.markers-panel .monaco-list-row', { hasText: row }).first().dblclick();
    await page.locator('.monaco-editor.focused').waitFor();
    const menu = page.locator('.action-widget').first();
    let text = '';
    // The code actions of the cursor's place may not be computed yet when the editor takes focus: ask again until the menu shows.
    await until(
      'the quick fix menu',
      async () => {
        if (!(await menu.isVisible())) {
          await page.keyboard.press('Control+.');
          return false;
        }
        text = (await menu.innerText()).replace(/\s+/g, ' ');
        return ready.test(text);
      },
      30_000,
      1000,
    ).catch((err) => assert.fail(`${err.message}; the menu says "${text}"`));
    return { menu, text };
  }

  await step('quick fixes on a finding, each named after its passages', async () => {
    const { text } = await quickFixesOf(`Quotation reads differently in ${OTHER}`, /as reviewed/);
    log(`  quick fixes: ${text}`);
    assert.match(text, new RegExp(`Open ${OTHER} at “We are convinced that our…”`));
    assert.match(text, /Mark “We are confident our proposal…” \/ “We are convinced that our…” as reviewed/);
    assert.match(text, /Disable quote-wording for this file/);
    assert.match(text, /The speaker of “[^”]+” is…/);
    // One finding under the cursor: each fix once.
    assert.equal(text.match(/as reviewed/g).length, 1, text);
    await shot('06-quick-fixes');
    await page.keyboard.press('Escape');
  });

  await step('accept a spelling: the name-variant finding leaves both articles, kept in the story decisions file', async () => {
    const { menu } = await quickFixesOf('is spelled “TikTok”', /Accept “TicToc” as this story’s spelling/);
    await menu.locator('.monaco-list-row', { hasText: 'Accept “TicToc”' }).first().click();
    const panel = page.locator('.markers-panel');
    await until('no name-variant finding left', async () => !/name-variant/.test(await panel.innerText()), 30_000);
    const stored = JSON.parse(readFileSync(join(workspace, '.second-source', 'reviewed.json'), 'utf8'));
    assert.deepEqual(stored.spellings, [{ story: 'folder:.', text: 'TicToc' }]);
    await shot('07-spelling-accepted');
  });

  await step('Find All References on a name lists its mentions in both articles of the story', async () => {
    const peek = page.locator('.peekview-widget .ref-tree');
    // The click can land while the editor still lays itself out after the Problems panel: ask again until the peek lists files.
    const text = await until(
      'the references peek',
      async () => {
        if (!(await peek.isVisible())) {
          const box = await tokenSpan('Oracle').boundingBox();
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await page.keyboard.press('Shift+F12');
          await peek.waitFor({ timeout: 3000 });
        }
        const t = (await peek.innerText()).replace(/\s+/g, ' ');
        return t.includes(ARTICLE) && t.includes(`${OTHER}.article`) ? t : null;
      },
      30_000,
      500,
    );
    log(`  references: ${text.slice(0, 160)}`);
    const title = (await page.locator('.peekview-widget .peekview-title').first().innerText()).replace(/\s+/g, ' ');
    assert.match(title, /References \(11\)/, `the peek counts Oracle's 11 mentions (7 here, 4 there): ${title}`);
    await shot('08-references');
    await page.keyboard.press('Escape');
    await until('the peek closes', async () => !(await peek.isVisible()));
  });

  await step('the Outline lists quotations, people, organizations and places, and the entities in them', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Explorer: Focus on Outline View');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Focus on Outline View' }).first().waitFor();
    await page.keyboard.press('Enter');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await until('the outline rows', async () => (await rows.count()) >= 4, 30_000);
    // Collapsed, the Outline shows the server's four groups (in the editor's order: by position).
    await page.locator('.pane-header', { hasText: 'Outline' }).hover();
    await page.locator('.pane-header', { hasText: 'Outline' }).locator('.action-label.codicon-collapse-all').click();
    const groups = await until('the four groups', async () => {
      const names = await rows.locator('.label-name').allInnerTexts();
      return names.length === 4 ? names.map((n) => n.trim()).sort() : null;
    });
    assert.deepEqual(groups, ['Organizations', 'People', 'Places', 'Quotations']);
    await rows.filter({ hasText: 'Organizations' }).locator('.monaco-tl-twistie').click();
    const oracle = rows.filter({ has: page.locator('.label-name', { hasText: /^Oracle$/ }) });
    await oracle.first().waitFor();
    assert.match(await oracle.first().locator('.label-description').innerText(), /^\d+ mentions$/);
    await shot('09-outline');
  });

  await step('the story status bar item opens the story overview', async () => {
    await page
      .locator('.statusbar-item', { hasText: /tiktok-oracle/ })
      .first()
      .click();
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('#story').waitFor({ timeout: 30_000 });
    assert.equal((await frame.locator('#story').innerText()).trim(), 'Story: tiktok-oracle');
    assert.equal(await frame.locator('#sources tbody tr').count(), 2);
    const timeline = frame.locator('svg.timeline');
    assert.ok((await timeline.count()) >= 1, 'a timeline is drawn');
    const marks = await frame.locator('svg.timeline .mark').count();
    assert.ok(marks >= 4, `expected dates on the timeline, found ${marks}`);
    assert.match(await frame.locator('svg#timeline').innerHTML(), /August 2018/);
    const entities = (await frame.locator('#entities').innerText()).replace(/\s+/g, ' ');
    assert.match(entities, /TikTok/);
    assert.match(entities, /Oracle/);
    assert.ok((await frame.locator('#conflicts li').count()) >= 4, 'the conflicts are listed');
    await shot('10-overview');
  });

  await step('the overview timeline at two widths: no label overlaps another or leaves the picture', async () => {
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const svgs = frame.locator('svg.timeline');
    let previous = 0;
    for (const width of [1600, 1000]) {
      await page.setViewportSize({ width, height: 900 });
      // The webview's script draws each timeline again at its box's width once the panel is resized.
      const drawn = await until(`the timelines drawn again at ${width} px`, async () => {
        const widths = await svgs.evaluateAll((all) =>
          all.map((svg) => (Number(svg.getAttribute('width')) === Math.floor(svg.parentElement.clientWidth) ? Number(svg.getAttribute('width')) : 0)),
        );
        return widths.length && widths.every(Boolean) && widths[0] !== previous ? widths[0] : null;
      });
      log(`  viewport ${width} px: timeline ${drawn} px wide`);
      const problems = await svgs.evaluateAll((all) => {
        const out = [];
        const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
        const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        for (const svg of all) {
          const picture = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map((t) => ({
            text: t.textContent,
            box: t.getBoundingClientRect(),
            label: t.matches('.tick-label, .mark-label'),
          }));
          if (!texts.some((t) => t.label)) out.push(`${svg.id}: no labels`);
          for (const t of texts) if (!inside(t.box, picture)) out.push(`${svg.id}: "${t.text}" outside the picture`);
          const labels = texts.filter((t) => t.label);
          for (let i = 0; i < labels.length; i++)
            for (let j = i + 1; j < labels.length; j++)
              if (overlap(labels[i].box, labels[j].box)) out.push(`${svg.id}: "${labels[i].text}" overlaps "${labels[j].text}"`);
        }
        return out;
      });
      assert.deepEqual(problems, [], `at ${width} px`);
      await shot(`11-overview-${width}`);
      previous = drawn;
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await step('a link in the overview opens the article at the passage', async () => {
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('#conflicts li a', { hasText: OTHER }).first().click();
    await until('the other article in an editor tab', () =>
      page
        .locator('.tab', { hasText: `${OTHER}.article` })
        .first()
        .isVisible(),
    );
    await shot('12-overview-link');
  });
  await step('Check Workspace can be cancelled, and its summary says so', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Second Source: Check Workspace');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Second Source: Check Workspace' }).first().waitFor();
    await page.keyboard.press('Enter');
    const progress = page.locator('.notification-toast', { hasText: 'Second Source: checking the workspace' });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const summary = page.locator('.notification-toast', { hasText: 'Second Source: Check cancelled' });
    await summary.waitFor();
    const text = (await summary.innerText()).replace(/\s+/g, ' ');
    log(`  summary: ${text}`);
    const m = /Check cancelled after (\d+) of (\d+) stories/.exec(text);
    assert.ok(m, text);
    assert.equal(Number(m[2]), EXTRA_STORIES + 1, 'every story of the workspace counted');
    assert.ok(Number(m[1]) < EXTRA_STORIES + 1, 'stopped before the last story');
    await progress.waitFor({ state: 'detached' });
    await shot('13-check-cancelled');
  });
} catch (err) {
  failed = true;
  console.error(`\n✘ workbench test failed: ${err.stack ?? err}`);
  if (page) await shot('failure').catch(() => undefined);
} finally {
  await browser?.close().catch(() => undefined);
  cleanup();
  if (!KEEP) rmSync(tmp, { recursive: true, force: true });
}
log(`${steps.length} steps passed; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);
