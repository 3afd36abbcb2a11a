/**
 * Lists the functions of server/src longer than the limit (120 lines, from the line of their
 * declaration to that of their closing brace) and exits with 1 when there is any: for CI.
 *
 *   npx tsx scripts/long-functions.ts [--limit N] [DIR...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : 120;
const dirs = args.length ? args.map((d) => resolve(d)) : [join(root, 'server/src')];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The name a reader would look for: the function's own, else the variable, property or method it is assigned to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name)
    return parent.name.getText(source);
  return '(anonymous)';
}

const long: string[] = [];
for (const dir of dirs) {
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > limit) long.push(`${relative(root, file)}:${first + 1}: ${nameOf(node, source)} is ${lines} lines (limit ${limit})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
for (const line of long) console.log(line);
process.exit(long.length ? 1 : 0);
