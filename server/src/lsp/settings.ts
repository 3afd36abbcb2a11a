import { type CheckOptions, DEFAULT_MAX_FILE_SIZE, type RuleCode, RULES, type Severity } from '../engine';

/** The `secondSource.*` settings as the client sends them (any shape), and as the server uses them. */
export interface Settings {
  checkLanguages: string[];
  maxFileSize: number;
  reviewedFile: string;
  severities: Partial<Record<RuleCode, Severity | 'off'>>;
}

export const DEFAULT_SETTINGS: Settings = {
  checkLanguages: ['article'],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  reviewedFile: '.second-source/reviewed.json',
  severities: {},
};

/**
 * The largest file the server reads, whatever `secondSource.maxFileSize` says: the analysis worker's
 * heap is bounded (192 MB), a 2 MB article of dense news takes most of it, and a 5.4 MB one ran it
 * out of memory on every request.
 */
export const MAX_FILE_SIZE_CAP = DEFAULT_MAX_FILE_SIZE;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severities: Settings['severities'] = {};
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  for (const rule of RULES) {
    const v = sev[rule.code];
    if (typeof v === 'string' && SEVERITIES.has(v)) severities[rule.code] = v as Severity | 'off';
  }
  return {
    checkLanguages: Array.isArray(r.checkLanguages) ? r.checkLanguages.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.checkLanguages,
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? Math.min(r.maxFileSize, MAX_FILE_SIZE_CAP) : DEFAULT_SETTINGS.maxFileSize,
    reviewedFile: typeof r.reviewedFile === 'string' && r.reviewedFile.trim() ? r.reviewedFile : DEFAULT_SETTINGS.reviewedFile,
    severities,
  };
}

/** File extensions that belong to the languages checked. */
export function extensionsFor(languages: string[]): string[] {
  const ext: string[] = ['.article', '.news'];
  if (languages.includes('plaintext')) ext.push('.txt');
  if (languages.includes('markdown')) ext.push('.md');
  return ext;
}

export function checkOptions(s: Settings): CheckOptions {
  return { severities: s.severities };
}
