import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestWithRules, readmeWithRules, schemaWithRules } from '../../scripts/generate-docs';
import { RULES } from '../../server/src/engine/rules/registry';
import { ruleDocumentation, rulesDocument } from '../../server/src/session/ruleDocs';

const root = resolve(__dirname, '../..');

describe('rule registry', () => {
  it('holds the seven diagnostic codes of the report schema, once each', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs/report.schema.json'), 'utf8'));
    const codes = schema.properties.documents.items.properties.diagnostics.items.properties.code.enum;
    assert.deepEqual([...RULES.map((r) => r.code)].sort(), [...codes].sort());
  });

  it('drives the settings in package.json and the table in the README (npm run docs)', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.equal(manifestWithRules(JSON.parse(manifest)), manifest, 'package.json is current');
    assert.equal(readmeWithRules(readme), readme, 'README.md is current');
    const schema = readFileSync(join(root, 'docs/report.schema.json'), 'utf8');
    assert.deepEqual(JSON.parse(schemaWithRules(JSON.parse(schema))), JSON.parse(schema), 'docs/report.schema.json lists the registry’s codes');
    assert.equal(readFileSync(join(root, 'docs/rules.md'), 'utf8'), rulesDocument(), 'docs/rules.md is current');
  });

  it('links each diagnostic code to its section of docs/rules.md', () => {
    const lines = readFileSync(join(root, 'docs/rules.md'), 'utf8').split('\n');
    for (const { code } of RULES) {
      const href = ruleDocumentation(code)!;
      assert.ok(href.startsWith(pathToFileURL(join(root, 'docs/rules.md')).href), href);
      assert.equal(lines[Number(/#L(\d+)$/.exec(href)![1]) - 1], `## ${code}`);
    }
    assert.equal(ruleDocumentation('front-matter'), undefined);
  });
});
