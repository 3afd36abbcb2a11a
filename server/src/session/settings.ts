import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { type CheckOptions, DEFAULT_MAX_FILE_SIZE, type RuleCode, RULES, type Severity } from '../engine';
import { readRegularFile } from '../files';
import { extensionsFor } from './languages';

/** What the editor colours, each of which `secondSource.highlight.<kind>: false` switches off. */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'date', 'quote'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The `secondSource.*` settings as an editor sends them or a settings file holds them (any shape), and as they are used. */
export interface Settings {
  checkLanguages: string[];
  maxFileSize: number;
  reviewedFile: string;
  severities: Partial<Record<RuleCode, Severity | 'off'>>;
  highlight: Record<HighlightKind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  checkLanguages: ['article'],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  reviewedFile: '.second-source/reviewed.json',
  severities: {},
  highlight: { person: true, organization: true, place: true, date: true, quote: true },
};

/**
 * The largest file the server reads, whatever `secondSource.maxFileSize` says: the analysis worker's
 * heap is bounded (192 MB), a 2 MB article of dense news takes most of it, and a 5.4 MB one ran it
 * out of memory on every request.
 */
export const MAX_FILE_SIZE_CAP = DEFAULT_MAX_FILE_SIZE;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings from the `secondSource` section (nested: `{ severity: { 'quote-wording': 'error' } }`); anything malformed is the default. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severities: Settings['severities'] = {};
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  for (const rule of RULES) {
    const v = sev[rule.code];
    if (typeof v === 'string' && SEVERITIES.has(v)) severities[rule.code] = v as Severity | 'off';
  }
  const hl = (r.highlight && typeof r.highlight === 'object' ? r.highlight : {}) as Record<string, unknown>;
  const highlight = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, hl[k] !== false])) as Settings['highlight'];
  return {
    checkLanguages: Array.isArray(r.checkLanguages) ? r.checkLanguages.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.checkLanguages,
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? Math.min(r.maxFileSize, MAX_FILE_SIZE_CAP) : DEFAULT_SETTINGS.maxFileSize,
    reviewedFile: typeof r.reviewedFile === 'string' && r.reviewedFile.trim() ? r.reviewedFile : DEFAULT_SETTINGS.reviewedFile,
    severities,
    highlight,
  };
}

/** The options of a story check that settings decide. */
export function checkOptions(s: Settings): CheckOptions {
  return { severities: s.severities };
}

/** File extensions of the languages the settings check. */
export function settingsExtensions(s: Settings): string[] {
  return extensionsFor(s.checkLanguages);
}

/** A settings file is at most this long: far more than any settings.json. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * The `secondSource` section of a VS Code settings file (JSONC: comments and trailing commas),
 * nested as an editor sends it: `"secondSource.severity.quote-wording": "off"` becomes
 * `{ severity: { 'quote-wording': 'off' } }`. A folder's own settings file is read only when it is
 * no link (`followLinks: false`): a committed link must not make the CLI read a file elsewhere.
 * Throws why the file cannot be read or parsed.
 */
export function readSettingsFile(path: string, options: { followLinks?: boolean } = {}): Record<string, unknown> {
  const read = readRegularFile(path, MAX_SETTINGS_BYTES, options);
  if (!read.ok) throw new Error(`${path} is ${read.reason}`);
  const errors: ParseError[] = [];
  const json: unknown = parse(read.bytes.toString('utf8'), errors, { allowTrailingComma: true });
  if (errors.length) throw new Error(`${path} does not parse: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`);
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${path} does not hold an object of settings`);
  return secondSourceSection(json as Record<string, unknown>);
}

/** `secondSource.*` keys of flat settings, nested under their first part (`severity`) as a configuration section is. */
export function secondSourceSection(flat: Record<string, unknown>): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const match = /^secondSource\.([^.]+)(?:\.(.+))?$/.exec(key);
    if (!match) continue;
    const [, head, rest] = match;
    if (rest === undefined) section[head] = value;
    else {
      const group = section[head] && typeof section[head] === 'object' ? (section[head] as Record<string, unknown>) : (section[head] = {});
      (group as Record<string, unknown>)[rest] = value;
    }
  }
  return section;
}

/** `over`'s settings on top of `base`'s (a `--settings` file over a folder's own), groups merged key by key. */
export function mergeSections(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const both = [out[key], value].every((v) => v && typeof v === 'object' && !Array.isArray(v));
    out[key] = both ? { ...(out[key] as object), ...(value as object) } : value;
  }
  return out;
}
