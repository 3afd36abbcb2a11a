import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGE_EXTENSIONS } from '../../server/src/session/languages';
import { MAX_FILE_SIZE_CAP, readSettings } from '../../server/src/session/settings';

const manifest = JSON.parse(readFileSync(join(resolve(__dirname, '../..'), 'package.json'), 'utf8'));

/** Issue 21, items 1 and 8: what a repository's .vscode/settings.json may set in an untrusted workspace. */
describe('settings an untrusted workspace cannot set', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  const properties: Record<string, { type: string; enum?: unknown[] }> = manifest.contributes.configuration.properties;

  it('are declared: limited support, with restricted settings', () => {
    assert.equal(untrusted.supported, 'limited');
    assert.equal(typeof untrusted.description, 'string');
  });

  it('include every free-text setting (a file name) and the file size limit', () => {
    const freeText = Object.keys(properties).filter((k) => properties[k].type === 'string' && !properties[k].enum);
    assert.deepEqual(freeText, ['secondSource.reviewedFile']);
    assert.deepEqual([...untrusted.restrictedConfigurations].sort(), ['secondSource.maxFileSize', 'secondSource.reviewedFile']);
  });

  it('cannot raise the size limit past what the analysis worker holds, whatever the setting says', () => {
    assert.equal(readSettings({ maxFileSize: 5_400_000 }).maxFileSize, MAX_FILE_SIZE_CAP);
    assert.equal(readSettings({ maxFileSize: 1000 }).maxFileSize, 1000);
    assert.equal(properties['secondSource.maxFileSize'] && (properties['secondSource.maxFileSize'] as { maximum?: number }).maximum, MAX_FILE_SIZE_CAP);
  });
});

describe('the article language', () => {
  it('has the extensions the server and the CLI search for', () => {
    const article = manifest.contributes.languages.find((l: { id: string }) => l.id === 'article');
    assert.deepEqual(article.extensions, LANGUAGE_EXTENSIONS.article);
  });
});

describe('the getting-started walkthrough', () => {
  const root = resolve(__dirname, '../..');
  const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');

  it('has a markdown page for each step, shipped in the .vsix', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 3);
    for (const step of walkthrough.steps as Array<{ id: string; media: { markdown: string } }>) {
      assert.match(readFileSync(join(root, step.media.markdown), 'utf8'), /^# /, step.id);
      assert.ok(shipped.includes(`!${step.media.markdown.replace(/[^/]+\.md$/, '*.md')}`), `${step.media.markdown} is in the .vsix`);
    }
    assert.ok(shipped.includes('!docs/rules.md'), 'the rules documentation diagnostics link to is in the .vsix');
  });
});
