import { createRuleRegistry } from './domain/rules';

/** The one rule registry of the running app; capabilities register their rules in it. */
export const ruleRegistry = createRuleRegistry();
