import { claimPolarity } from './claim-polarity/rule';
import { dateMismatch } from './date-mismatch/rule';
import { nameVariant } from './name-variant/rule';
import { numberMismatch } from './number-mismatch/rule';
import { quoteSpeaker } from './quote-speaker/rule';
import { quoteWording } from './quote-wording/rule';
import { roleMismatch } from './role-mismatch/rule';
import type { Rule } from './types';

/**
 * Every contradiction rule, each on its own (none reads another's findings). `npm run docs` writes
 * three things from this list: the severity settings in package.json, the README's table of codes
 * and the code list of docs/report.schema.json; the rest of that schema is the shared spec's copy,
 * not generated. The `RuleCode` type follows from the list too.
 */
export const RULES = [quoteWording, quoteSpeaker, claimPolarity, numberMismatch, dateMismatch, roleMismatch, nameVariant] as const satisfies readonly Rule[];

/** The codes of the registry's rules: a new rule's code is a code once it is listed above. */
export type RuleCode = (typeof RULES)[number]['code'];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
