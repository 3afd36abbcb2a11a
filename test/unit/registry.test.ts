import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
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

describe('adding a rule touches three files (CONTRIBUTING.md)', () => {
  const engineRules = join(root, 'server/src/engine/rules');
  const folders = readdirSync(engineRules, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it('every rule folder holds its rule and its table of cases, and the registry runs each', () => {
    assert.deepEqual([...folders].sort(), [...RULES.map((r) => r.code)].sort(), 'one folder per code, named after it');
    for (const code of folders) {
      assert.ok(existsSync(join(engineRules, code, 'rule.ts')), `${code}/rule.ts`);
      assert.ok(existsSync(join(engineRules, code, 'cases.ts')), `${code}/cases.ts`);
    }
  });

  it('no code outside a rule’s folder names a rule code (what differs between rules is declared by the rule)', () => {
    const codes = new Set<string>(RULES.map((r) => r.code));
    const named: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!(dir === engineRules && codes.has(entry.name))) walk(path);
          continue;
        }
        if (!/\.ts$/.test(entry.name)) continue;
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && codes.has(node.text))
            named.push(`${relative(root, path)}: '${node.text}'`);
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    };
    for (const dir of ['server/src', 'client/src']) walk(join(root, dir));
    assert.deepEqual(named, []);
  });
});
