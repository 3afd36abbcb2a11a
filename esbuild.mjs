// Bundles the client (vscode external), the language server and the CLI into dist/.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// world-countries ships 1.2 MB of JSON (translations, flags, borders…) of which the gazetteer reads
// a tenth; every start of the server, the CLI and each worker would read and parse all of it.
const worldCountriesSlim = {
  name: 'world-countries-slim',
  setup(b) {
    b.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, async (args) => {
      const countries = JSON.parse(await readFile(args.path, 'utf8'));
      const slim = countries.map((c) => ({
        name: { common: c.name.common, official: c.name.official },
        altSpellings: c.altSpellings,
        capital: c.capital,
        region: c.region,
        subregion: c.subregion,
        demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
      }));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild rewrites these regular expression literals as `new RegExp(...)` calls for node20,
  // which node 20 does not need, and a call in a loop builds its expression again every time.
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Keeps compromise's plugin registry single: one copy in every bundle.
  mainFields: ['module', 'main'],
  plugins: [worldCountriesSlim],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The story overview's timeline script, run in the webview.
  { entryPoints: ['client/src/webview/timeline.ts'], outfile: 'dist/timeline.js', platform: 'browser', format: 'iife', target: 'chrome120' },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) await (await context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
