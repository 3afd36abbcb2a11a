// Runs inside VS Code (see run.mjs): the extension against the reference story through the
// `vscode` API. Polls for results, never sleeps a fixed time.
const assert = require('node:assert/strict');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = async function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 120000, color: true });
  mocha.suite.emit('pre-require', global, 'suite.cjs', mocha);
  defineTests();
  const failures = await new Promise((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
};

function defineTests() {
  const vscode = require('vscode');
  const ws = process.env.SECOND_SOURCE_TEST_WORKSPACE;
  const article = vscode.Uri.file(path.join(ws, 'cbr-tiktok-oracle-partnership.article'));
  const OTHER = 'bytedance-partners-tiktok';

  async function until(what, fn, timeout = 60000) {
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
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  let doc;
  const positionOf = (word) => doc.positionAt(doc.getText().indexOf(word) + 1);
  const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'second-source');

  describe('Second Source in VS Code', () => {
    before(async () => {
      doc = await vscode.workspace.openTextDocument(article);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'article');
      const ext = vscode.extensions.getExtension('second-source.second-source');
      assert.ok(ext, 'the extension is installed');
      await ext.activate();
    });

    it('publishes diagnostics with the other source in the related information', async () => {
      const diagnostics = await until('two warnings', () => {
        const ds = ours(article);
        return ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length >= 2 ? ds : null;
      });
      const codes = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
      assert.ok(codes.includes('quote-wording'), codes.join());
      assert.ok(codes.includes('claim-polarity'), codes.join());
      const wording = diagnostics.find((d) => d.message.startsWith('Quotation reads differently'));
      assert.ok(wording.relatedInformation?.length, 'related information');
      assert.match(wording.relatedInformation[0].location.uri.fsPath, new RegExp(`${OTHER}\\.article$`));
    });

    it('gives entities, dates and quotes semantic tokens (the speaker marked)', async () => {
      const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', article);
      const tokens = await until('semantic tokens', async () => {
        const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', article);
        return t?.data.length ? t : null;
      });
      const decoded = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5);
        line += dl;
        char = dl ? dc : char + dc;
        const text = doc.getText(new vscode.Range(line, char, line, char + len));
        decoded.push({ text, type: legend.tokenTypes[type], mods: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
      }
      const find = (text) => decoded.find((t) => t.text === text);
      assert.equal(find('Oracle')?.type, 'organization');
      assert.equal(find('Donald Trump')?.type, 'person');
      assert.equal(find('Canada')?.type, 'place');
      assert.equal(find('last month')?.type, 'date');
      assert.ok(
        decoded.some((t) => t.type === 'quote'),
        'a quotation token',
      );
      assert.ok(
        decoded.some((t) => t.mods.includes('speaker')),
        'a speaker token',
      );
    });

    it('shows a hover card on an entity with links to the other source', async () => {
      const hovers = await until('a hover', async () => {
        const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', article, positionOf('Oracle'));
        return h?.length ? h : null;
      });
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /\*\*Oracle\*\* · Organization/);
      assert.match(text, /command:secondSource\.openOtherSource\?/);
      assert.match(text, new RegExp(OTHER.replace(/-/g, '\\\\?-')));
    });

    it('offers the quick fixes of a finding', async () => {
      const d = ours(article).find((x) => x.message.startsWith('Quotation reads differently'));
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', article, d.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      assert.ok(
        titles.some((t) => /^Open .* at “.+”$/.test(t)),
        titles.join(' | '),
      );
      assert.ok(
        titles.some((t) => /^Mark “.+” \/ “.+” as reviewed$/.test(t)),
        titles.join(' | '),
      );
      assert.ok(titles.includes('Disable quote-wording for this file'), titles.join(' | '));
    });

    it('opens the story overview with the timeline data', async () => {
      await vscode.commands.executeCommand('secondSource.openStoryOverview', article);
      const api = vscode.extensions.getExtension('second-source.second-source').exports;
      const overview = await until('the overview', () => api.overview());
      assert.equal(overview.story, 'tiktok-oracle');
      assert.equal(overview.sources.length, 2);
      assert.ok(
        overview.dates.some((x) => x.from === '2018-08-01' && x.to === '2018-08-31'),
        'August 2018 on the timeline',
      );
      assert.ok(overview.entities.some((e) => e.name === 'TikTok'));
    });

    it('marks a finding as reviewed from the palette command', async () => {
      const editor = await vscode.window.showTextDocument(doc);
      const before = ours(article).length;
      const d = ours(article).find((x) => x.message.startsWith('Here hypothetical'));
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      await vscode.commands.executeCommand('secondSource.markReviewed');
      await until('one finding fewer', () => ours(article).length === before - 1);
    });
  });
}
