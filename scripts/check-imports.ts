/**
 * The import graph of server/src and client/src as the layers require, for CI (exits with 1 on any
 * breach):
 * - no circle of imports;
 * - the engine imports nothing from the host (lsp, cli, session, host, the file helpers);
 * - code outside the engine imports it only through its entry (`engine/index.ts`);
 * - the client imports nothing of the server but the protocol they share (server/src/lsp/clientProtocol.ts).
 *
 *   npx tsx scripts/check-imports.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const server = join(root, 'server/src');
const client = join(root, 'client/src');
const engine = join(server, 'engine');
const clientProtocol = join(server, 'lsp/clientProtocol.ts');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The file a relative import names, or undefined for a package or a data file. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

const imports = new Map<string, string[]>();
for (const file of [...sourceFiles(server), ...sourceFiles(client)]) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const targets: string[] = [];
  const visit = (node: ts.Node): void => {
    // Type-only imports count too: a type from a higher layer ties the lower one to it all the same.
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveImport(file, node.moduleSpecifier.text);
      if (target) targets.push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  imports.set(file, targets);
}

const within = (file: string, dir: string) => !relative(dir, file).startsWith('..');
const show = (file: string) => relative(root, file);
const breaches: string[] = [];
for (const [file, targets] of imports) {
  for (const target of targets) {
    if (within(file, engine) && !within(target, engine)) breaches.push(`${show(file)} imports ${show(target)}: the engine imports nothing of its host`);
    if (!within(file, engine) && within(target, engine) && target !== join(engine, 'index.ts'))
      breaches.push(`${show(file)} imports ${show(target)}: outside the engine, import its entry (server/src/engine/index.ts)`);
    if (within(file, client) && within(target, server) && target !== clientProtocol)
      breaches.push(`${show(file)} imports ${show(target)}: the client imports nothing of the server but server/src/lsp/clientProtocol.ts`);
  }
}

// Circles: Tarjan's strongly connected components over the graph.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
function connect(file: string): void {
  index.set(file, counter);
  low.set(file, counter++);
  stack.push(file);
  onStack.add(file);
  for (const target of imports.get(file) ?? []) {
    if (!index.has(target)) {
      connect(target);
      low.set(file, Math.min(low.get(file)!, low.get(target)!));
    } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
  }
  if (low.get(file) !== index.get(file)) return;
  const component: string[] = [];
  let member: string;
  do {
    member = stack.pop()!;
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1) breaches.push(`a circle of imports: ${component.map(show).sort().join(', ')}`);
}
for (const file of imports.keys()) if (!index.has(file)) connect(file);

for (const breach of breaches) console.error(breach);
console.log(
  `${imports.size} files, ${[...imports.values()].reduce((n, t) => n + t.length, 0)} imports: ${breaches.length ? `${breaches.length} breaches` : 'no circle, layers respected'}`,
);
process.exitCode = breaches.length ? 1 : 0;
