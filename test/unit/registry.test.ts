import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { manifestWithRules, readmeWithRules, schemaWithRules } from '../../scripts/generate-docs';
import { RULES } from '../../server/src/engine/rules/registry';

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
  });
});
