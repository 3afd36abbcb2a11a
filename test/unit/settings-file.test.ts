import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionsFor, LANGUAGE_EXTENSIONS } from '../../server/src/session/languages';
import { mergeSections, readSettings, readSettingsFile, secondSourceSection } from '../../server/src/session/settings';

/** The settings the CLI reads as the editor does (issue 23 item 2). */
describe('settings files', () => {
  const sections: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['a top-level key', { 'secondSource.reviewedFile': 'marks.json' }, { reviewedFile: 'marks.json' }],
    [
      'a severity per code, nested as the editor sends it',
      { 'secondSource.severity.quote-wording': 'off', 'secondSource.severity.name-variant': 'error' },
      { severity: { 'quote-wording': 'off', 'name-variant': 'error' } },
    ],
    ['other extensions’ keys left out', { 'editor.wordWrap': 'on', secondSourceX: 1, 'cSpell.words': ['x'] }, {}],
  ];
  for (const [what, flat, nested] of sections) it(`reads ${what}`, () => assert.deepEqual(secondSourceSection(flat), nested));

  it('reads JSONC: comments and trailing commas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-source-settings-'));
    try {
      const file = join(dir, 'settings.json');
      writeFileSync(
        file,
        '{\n  // the team turns this off\n  "secondSource.severity.claim-polarity": "off", /* and this up */\n  "secondSource.severity.date-mismatch": "error",\n}\n',
      );
      assert.deepEqual(readSettings(readSettingsFile(file)).severities, { 'claim-polarity': 'off', 'date-mismatch': 'error' });
      writeFileSync(file, '{ "secondSource.severity.claim-polarity": "off" ');
      assert.throws(() => readSettingsFile(file), /does not parse/);
      // A folder's own file is not read through a committed link.
      symlinkSync(file, join(dir, 'linked.json'));
      assert.throws(() => readSettingsFile(join(dir, 'linked.json'), { followLinks: false }), /symbolic link/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts a --settings file over a folder’s own, key by key', () => {
    const merged = mergeSections({ severity: { 'quote-wording': 'off', 'name-variant': 'hint' }, maxFileSize: 10 }, { severity: { 'quote-wording': 'error' } });
    assert.deepEqual(merged, { severity: { 'quote-wording': 'error', 'name-variant': 'hint' }, maxFileSize: 10 });
  });

  it('lists each language’s extensions once, article always', () => {
    assert.deepEqual(extensionsFor([]), [...LANGUAGE_EXTENSIONS.article]);
    assert.deepEqual(extensionsFor(['markdown', 'plaintext']), ['.article', '.news', '.txt', '.md']);
  });
});
