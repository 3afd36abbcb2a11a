import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../engine';

/**
 * `docs/rules.md`, one section per rule of the registry (written by `npm run docs`), and the link a
 * diagnostic's code carries to its section (`codeDescription.href`). The link names the heading's
 * line (`#L12`): the editor opens a file link at that line, where a heading anchor would open it
 * at the top.
 */

export function rulesDocument(): string {
  const lines = ['# Diagnostic codes', '', '<!-- Generated from the rule registry by npm run docs: edit the rules, not this file. -->', ''];
  for (const r of RULES) {
    lines.push(
      `## ${r.code}`,
      '',
      `**${r.title}**. Default severity: ${r.defaultSeverity}; setting \`secondSource.severity.${r.code}\` (\`off\` turns it off).`,
      '',
    );
    lines.push(r.description, '');
  }
  return lines.join('\n');
}

/** Where the document is: beside the bundle (dist/ in the extension) or at the top of the repository (the sources). */
const DOCUMENT = [join(__dirname, '../docs/rules.md'), join(__dirname, '../../../docs/rules.md')].find((p) => existsSync(p));
const HEADING_LINES = new Map(
  rulesDocument()
    .split('\n')
    .flatMap((line, i) => (line.startsWith('## ') ? [[line.slice(3), i + 1] as const] : [])),
);

/** The link to a rule's section, undefined for a code that is not a rule's (front matter, not checked) or without the document. */
export function ruleDocumentation(code: string): string | undefined {
  const line = HEADING_LINES.get(code);
  return DOCUMENT && line ? `${pathToFileURL(DOCUMENT).href}#L${line}` : undefined;
}
