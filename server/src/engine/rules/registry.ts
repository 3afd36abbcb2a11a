import { claimPolarity } from './claim-polarity/rule';
import { dateMismatch } from './date-mismatch/rule';
import { numberMismatch } from './number-mismatch/rule';
import { quoteSpeaker } from './quote-speaker/rule';
import { quoteWording } from './quote-wording/rule';
import { roleMismatch } from './role-mismatch/rule';
import type { Rule } from './types';

/**
 * Every contradiction rule. The settings, the README table, the report schema's code list and the
 * `RuleCode` type all come from this list.
 */
export const RULES = [quoteSpeaker, claimPolarity, numberMismatch, dateMismatch, quoteWording, roleMismatch] as const satisfies readonly Rule[];

export const RULE_CODES = RULES.map((r) => r.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
