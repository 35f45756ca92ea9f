import { noticeLeadTime, requiredFields, signoffsComplete, sizeBreakdownComplete } from './core-rules';
import { RuleRegistry } from './registry';

export * from './registry';

/** The registry of every rule Gendan knows. Capabilities add theirs here. */
export const createRuleRegistry = (): RuleRegistry =>
  new RuleRegistry()
    .register(sizeBreakdownComplete)
    .register(requiredFields)
    .register(noticeLeadTime)
    .register(signoffsComplete);

export const SIGNOFFS_RULE = signoffsComplete.key;
