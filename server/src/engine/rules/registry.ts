import type { RuleCode } from '../types';
import { claimPolarity } from './claim-polarity';
import { dateMismatch } from './date-mismatch';
import { nameVariant } from './name-variant';
import { numberMismatch } from './number-mismatch';
import { quoteSpeaker } from './quote-speaker';
import { quoteWording } from './quote-wording';
import { roleMismatch } from './role-mismatch';
import type { Rule } from './types';

/**
 * Every contradiction rule, in the order they are tried on an aligned pair: specific findings
 * first, so a general one (quote-wording) can stand back when they explain the difference. The
 * settings, the README table and the report schema's code list all come from this list.
 */
export const RULES: readonly Rule[] = [quoteSpeaker, claimPolarity, numberMismatch, dateMismatch, quoteWording, roleMismatch, nameVariant];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
