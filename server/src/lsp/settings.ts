import { RULES } from '../engine/rules/registry';
import type { CheckOptions } from '../engine/check';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/input';
import type { RuleCode, Severity } from '../engine/types';

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
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
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
