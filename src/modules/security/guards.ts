import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import type { Guard, GuardMap } from '../../platform/invariants/guard';
import { isTrustedAuditWrite } from '../workflow/audit';
import { appendOnlyMessage } from './domain/append-only';
import { requestLanguage } from './language';

/**
 * History, sign-offs, revisions, issued documents and audit entries are
 * append-only: only Gendan's own services write them, nobody edits them, and
 * whoever tries is told — in their language — where the real action is.
 */
export const appendOnlyGuard: Guard = async ({ strapi, call, next }) => {
  if (call.action === 'create' && isTrustedAuditWrite()) return next();
  throw new errors.PolicyError(appendOnlyMessage(call.uid, requestLanguage(strapi)), { policy: 'append-only' });
};

export const securityGuards: GuardMap = { [UID.auditEntry]: appendOnlyGuard };
