import { claimPolarity } from './claim-polarity/rule';
import { dateMismatch } from './date-mismatch/rule';
import { nameVariant } from './name-variant/rule';
import { numberMismatch } from './number-mismatch/rule';
import { quoteSpeaker } from './quote-speaker/rule';
import { quoteWording } from './quote-wording/rule';
import { roleMismatch } from './role-mismatch/rule';
import type { Rule } from './types';

/**
 * Every contradiction rule, each on its own (none reads another's findings). The settings, the
 * README table, the report schema's code list (npm run docs) and the `RuleCode` type all come
 * from this list.
 */
export const RULES = [quoteWording, quoteSpeaker, claimPolarity, numberMismatch, dateMismatch, roleMismatch, nameVariant] as const satisfies readonly Rule[];

/** The codes of the registry's rules: a new rule's code is a code once it is listed above. */
export type RuleCode = (typeof RULES)[number]['code'];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
