import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PALETTE } from '../../client/src/html';
import { extensionScopes, installedThemesFolder, type MeasuredTheme, measureThemes, type Style } from '../../scripts/theme-colours';

/**
 * Issue 20, item 8: every kind the editor colours is apart from body text and from the others in
 * Light+, Dark+ and High Contrast, and readable. The themes' colours for our scopes are measured by
 * scripts/theme-colours.ts into theme-colours.json (checked against the installed themes here
 * when `npm run test:vscode` has installed them).
 */
const root = resolve(__dirname, '../..');
const measured = JSON.parse(readFileSync(join(__dirname, 'theme-colours.json'), 'utf8')) as { source: string; themes: Record<string, MeasuredTheme> };
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scopesOf = manifest.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
const grammar = JSON.parse(readFileSync(join(root, 'syntaxes/article.tmLanguage.json'), 'utf8'));

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio. */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** CIE76 colour difference in L*a*b* (D65): above ~10 two colours read as different at a glance, 20 clearly. */
const deltaE = (a: string, b: string) => {
  const lab = (hex: string) => {
    const [r, g, bl] = channels(hex).map(linear);
    const xyz = [(r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + bl * 0.0722, (r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883];
    const [x, y, z] = xyz.map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** The style of a token type (or type.modifier), as VS Code merges it: each property from the most specific rule that sets it. */
function tokenStyle(theme: MeasuredTheme, selector: string): Style {
  const own = theme.scopes[scopesOf[selector][0]];
  const base = selector.includes('.') ? tokenStyle(theme, selector.split('.')[0]) : { foreground: theme.foreground, fontStyle: '' };
  return { foreground: own.foreground || base.foreground, fontStyle: own.fontStyle || base.fontStyle };
}

const KINDS = ['person', 'organization', 'place', 'date', 'quote'] as const;

describe('token colours in the default themes', () => {
  it('are measured from the themes VS Code ships (theme-colours.json is current)', function () {
    assert.deepEqual(Object.keys(measured.themes), ['Dark+', 'Light+', 'High Contrast']);
    const folder = installedThemesFolder();
    if (!folder) this.skip();
    assert.deepEqual(measureThemes(folder!, extensionScopes(root)), measured.themes, 'run npx tsx scripts/theme-colours.ts');
  });

  for (const [name, theme] of Object.entries(measured.themes)) {
    describe(name, () => {
      const colours: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k, tokenStyle(theme, k).foreground]));
      colours.number = theme.scopes[grammar.repository.numbers.name].foreground;

      it('makes each kind readable (WCAG contrast at least 4.5:1) and clearly apart from body text', () => {
        for (const [kind, colour] of Object.entries(colours)) {
          assert.ok(contrast(colour, theme.background) >= 4.5, `${kind} ${colour} on ${theme.background}: ${contrast(colour, theme.background).toFixed(2)}`);
          assert.ok(
            deltaE(colour, theme.foreground) >= 20,
            `${kind} ${colour} against body text ${theme.foreground}: ΔE ${deltaE(colour, theme.foreground).toFixed(1)}`,
          );
        }
      });

      it('gives people, organizations, places, dates, numbers and quotations colours of their own', () => {
        const kinds = Object.keys(colours);
        for (const [i, a] of kinds.entries()) {
          for (const b of kinds.slice(i + 1)) {
            assert.ok(deltaE(colours[a], colours[b]) >= 20, `${a} ${colours[a]} and ${b} ${colours[b]}: ΔE ${deltaE(colours[a], colours[b]).toFixed(1)}`);
          }
        }
      });

      it('sets a speaker in bold in its own colour, and a contradicted quotation in italics', () => {
        for (const kind of ['person', 'organization']) {
          assert.deepEqual(tokenStyle(theme, `${kind}.speaker`), { foreground: colours[kind], fontStyle: 'bold' });
        }
        assert.ok(deltaE(colours.person, colours.quote) >= 20, 'a speaker stands apart from the quotation');
        assert.deepEqual(tokenStyle(theme, 'quote.contradicted'), { foreground: colours.quote, fontStyle: 'italic' });
      });
    });
  }

  it('draws the overview’s first five sources in chart colours of at least 3:1 against the page', () => {
    // VS Code's colour registry defaults (src/vs/platform/theme/common/colors/chartsColors.ts: blue,
    // yellow and red are the editor's info, warning and error foregrounds; orange the minimap's find match).
    const charts: Record<string, { background: string; colours: Record<string, string> }> = {
      'Dark+': {
        background: '#1E1E1E',
        colours: { blue: '#3794FF', yellow: '#CCA700', purple: '#B180D7', green: '#89D185', red: '#F14C4C', orange: '#D18616' },
      },
      'Light+': {
        background: '#FFFFFF',
        colours: { blue: '#1A85FF', yellow: '#BF8803', purple: '#652D90', green: '#388A34', red: '#E51400', orange: '#D18616' },
      },
      'High Contrast': {
        background: '#000000',
        colours: { blue: '#3794FF', yellow: '#FFD370', purple: '#B180D7', green: '#89D185', red: '#F48771', orange: '#AB5A00' },
      },
    };
    for (const [name, { background, colours }] of Object.entries(charts)) {
      for (const variable of PALETTE.slice(0, 5)) {
        const colour = colours[variable.replace('--vscode-charts-', '')];
        assert.ok(contrast(colour, background) >= 3, `${name} ${variable} ${colour}: ${contrast(colour, background).toFixed(2)}`);
      }
    }
  });
});
