/**
 * The colours VS Code's default themes give the TextMate scopes our semantic tokens map to
 * (package.json `semanticTokenScopes`) and the grammar's numbers, as VS Code resolves a token's
 * scope when the theme has no semantic rule for it: the theme's most specific selector that is a
 * prefix of the scope, a later rule winning a tie. Writes test/unit/theme-colours.json, which
 * test/unit/colours.test.ts measures (WCAG contrast, distance between kinds) offline; when the
 * themes are installed the test also checks the file against them.
 *
 *   npx tsx scripts/theme-colours.ts [THEMES_FOLDER]
 *
 * THEMES_FOLDER defaults to the code-server of `npm run test:vscode`
 * (~/.cache/second-source-tools/code-server-*\/…/extensions/theme-defaults/themes).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'jsonc-parser';

/** The themes the issue names: Light+, Dark+ and High Contrast. */
export const THEMES = { 'Dark+': 'dark_plus.json', 'Light+': 'light_plus.json', 'High Contrast': 'hc_black.json' };

export interface Style {
  foreground: string;
  fontStyle: string;
}

export interface MeasuredTheme {
  background: string;
  /** Body text: the editor's foreground. */
  foreground: string;
  scopes: Record<string, Style>;
}

interface Rule {
  scope?: string | string[];
  settings: { foreground?: string; fontStyle?: string };
}

interface Theme {
  colors: Record<string, string>;
  rules: Rule[];
}

/** A theme file with the files it includes (theirs first, so its own rules come later and win). */
export function loadTheme(path: string): Theme {
  const json = parse(readFileSync(path, 'utf8'), [], { allowTrailingComma: true }) as {
    include?: string;
    colors?: Record<string, string>;
    tokenColors?: Rule[] | string;
    settings?: Rule[];
  };
  const base: Theme = json.include ? loadTheme(resolve(dirname(path), json.include)) : { colors: {}, rules: [] };
  const own = typeof json.tokenColors === 'string' ? loadTheme(resolve(dirname(path), json.tokenColors)).rules : (json.tokenColors ?? json.settings ?? []);
  return { colors: { ...base.colors, ...json.colors }, rules: [...base.rules, ...own] };
}

/** The style of a lone scope (no parent scopes, as a semantic token's is). */
export function resolveScope(theme: Theme, scope: string): Style {
  const best = { foreground: { score: -1, value: '' }, fontStyle: { score: -1, value: '' } };
  for (const rule of theme.rules) {
    // A rule without a scope is the theme's default colour, which VS Code does not use for a token's scope.
    if (rule.scope === undefined) continue;
    for (const selector of (Array.isArray(rule.scope) ? rule.scope : rule.scope.split(',')).map((s) => s.trim())) {
      // A selector with parents (`meta.tag string`) never matches a scope that has none.
      if (selector.includes(' ') || !(scope === selector || scope.startsWith(`${selector}.`))) continue;
      const score = selector.split('.').length;
      for (const key of ['foreground', 'fontStyle'] as const) {
        const value = rule.settings[key];
        if (value !== undefined && score >= best[key].score) best[key] = { score, value };
      }
    }
  }
  return { foreground: best.foreground.value.toUpperCase(), fontStyle: best.fontStyle.value };
}

/** Every scope the extension's token types and grammar colour articles with. */
export function extensionScopes(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const scopes = new Set<string>();
  for (const group of manifest.contributes.semanticTokenScopes)
    for (const list of Object.values(group.scopes) as string[][]) for (const s of list) scopes.add(s);
  const grammar = JSON.parse(readFileSync(join(root, 'syntaxes/article.tmLanguage.json'), 'utf8'));
  scopes.add(grammar.repository.numbers.name);
  return [...scopes].sort();
}

export function measureThemes(folder: string, scopes: readonly string[]): Record<string, MeasuredTheme> {
  const out: Record<string, MeasuredTheme> = {};
  for (const [name, file] of Object.entries(THEMES)) {
    const theme = loadTheme(join(folder, file));
    out[name] = {
      background: theme.colors['editor.background'].toUpperCase(),
      foreground: theme.colors['editor.foreground'].toUpperCase(),
      scopes: Object.fromEntries(scopes.map((s) => [s, resolveScope(theme, s)])),
    };
  }
  return out;
}

/** The default themes of the code-server `npm run test:vscode` installs, if it is there. */
export function installedThemesFolder(): string | null {
  const tools = process.env.SECOND_SOURCE_TOOLS || join(homedir(), '.cache', 'second-source-tools');
  if (!existsSync(tools)) return null;
  for (const dir of readdirSync(tools).filter((d) => d.startsWith('code-server-'))) {
    const folder = join(tools, dir, 'node_modules/code-server/lib/vscode/extensions/theme-defaults/themes');
    if (existsSync(join(folder, THEMES['Dark+']))) return folder;
  }
  return null;
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const folder = process.argv[2] ?? installedThemesFolder();
  if (!folder) {
    console.error('No themes folder: run npm run test:vscode once (it installs code-server) or name the folder.');
    process.exit(2);
  }
  const version = JSON.parse(readFileSync(resolve(folder, '../../../package.json'), 'utf8')).version as string;
  const measured = {
    source: `VS Code ${version}, extensions/theme-defaults/themes (scripts/theme-colours.ts)`,
    themes: measureThemes(folder, extensionScopes(root)),
  };
  writeFileSync(join(root, 'test/unit/theme-colours.json'), `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`test/unit/theme-colours.json: ${Object.keys(measured.themes).length} themes from ${folder}`);
}
