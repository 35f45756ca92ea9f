import createError from 'http-errors';
import type { RuleFailure } from './domain/rules/registry';

/**
 * A move the workflow refuses now (a failing rule, an illegal or stale move, a
 * lost race): HTTP 409 in Strapi's error shape, `error.name = "WorkflowError"`,
 * `error.details.failures` naming every failing rule. Strapi maps only its own
 * ApplicationErrors to statuses, so this is an http-errors HttpError.
 */
export const workflowError = (failures: RuleFailure[]) =>
  createError(409, failures.map((failure) => failure.message).join('; '), {
    name: 'WorkflowError',
    details: { failures },
  });
