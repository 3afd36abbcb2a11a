/** Text for HTML and SVG markup: the five characters that could open markup or end an attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Attributes of an element that opens a location when clicked or when Enter is pressed on it (the page's script). */
export const openAttr = (loc: unknown) => `data-open="${escapeHtml(JSON.stringify(loc))}" tabindex="0" role="link"`;

/**
 * Source colours: the workbench's chart palette, so every theme (high contrast too) has them. Blue
 * and yellow first (told apart by every kind of colour vision); orange last, under 3:1 on Light+'s
 * white (every mark also has an outline in the text colour).
 */
export const PALETTE = [
  '--vscode-charts-blue',
  '--vscode-charts-yellow',
  '--vscode-charts-purple',
  '--vscode-charts-green',
  '--vscode-charts-red',
  '--vscode-charts-orange',
];

/** Inline `style` attributes are blocked by the CSP, so colours are classes: `.c0` fills, `.bg0` backgrounds. */
export const colourClass = (i: number) => `c${i % PALETTE.length}`;
