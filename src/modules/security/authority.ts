import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { portalKindOfRole } from '../portal/domain/roles';
import {
  authorityViolations,
  changedPowerFields,
  holdsAuthority,
  powerRuleOf,
  type AuthorityAction,
  type PowerRule,
} from './domain/authority';
import type { Violation } from '../../platform/domain/violation';
import type { DocumentCall } from '../../platform/invariants/guard';
import { currentActor, currentTokenType } from '../workflow/request-actor';
import { writeAudit } from './audit';

type Row = Record<string, unknown> & { id: number; documentId: string };
interface AttributeLike {
  type: string;
  target?: string;
}

const ACTIONS = new Set<string>(['create', 'update', 'delete']);

/**
 * A 403 that keeps its message: Strapi's authorise step turns a plain
 * ForbiddenError raised by a handler into a bare "Forbidden", a PolicyError it
 * passes on — so the user reads why, and the client reads the field and rule.
 */
export function forbidIf(violations: Violation[], policy: string): void {
  if (violations.length === 0) return;
  throw new errors.PolicyError(violations.map((v) => v.message).join('; '), {
    policy,
    errors: violations.map((v) => ({
      path: v.path.map(String),
      message: v.message,
      messageZh: v.messageZh,
      name: 'PolicyError',
      rule: v.rule,
    })),
  });
}

const stripIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(stripIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'id' && key !== '__temp_key__')
            .map(([key, inner]) => [key, stripIds(inner)])
        )
      : value;

/**
 * The power fields of a record as stored: scalars as they are, relations as
 * sorted document ids, components without their row ids, and a user's role
 * as the portal kind it grants (moving between non-portal roles is Strapi's
 * own RBAC, not a portal's reach).
 */
async function snapshot(strapi: Core.Strapi, rule: PowerRule, documentId: string | undefined) {
  if (!documentId) return null;
  const attributes = (strapi.getModel(rule.uid as never) as unknown as { attributes: Record<string, AttributeLike> })
    .attributes;
  const populate: Record<string, unknown> = {};
  const select = ['id', 'documentId'];
  for (const field of rule.fields) {
    const attribute = attributes[field];
    if (!attribute) continue;
    if (attribute.type === 'relation') {
      populate[field] = { select: attribute.target === 'plugin::users-permissions.role' ? ['type'] : ['documentId'] };
    } else if (attribute.type === 'component') populate[field] = true;
    else select.push(field);
  }
  const row = (await strapi.db
    .query(rule.uid as never)
    .findOne({ where: { documentId }, select, populate })) as Row | null;
  if (!row) return null;
  const values: Record<string, unknown> = {};
  for (const field of rule.fields) {
    const attribute = attributes[field];
    if (!attribute) continue;
    const value = row[field];
    if (attribute.type !== 'relation') values[field] = stripIds(value ?? null);
    else if (attribute.target === 'plugin::users-permissions.role')
      values[field] = portalKindOfRole((value as { type?: string } | null)?.type);
    else if (Array.isArray(value)) values[field] = value.map((item) => (item as Row).documentId).sort();
    else values[field] = (value as Row | null)?.documentId ?? null;
  }
  return { row, values };
}

const labelOf = (row: Row | undefined) =>
  row ? String(row.key ?? row.username ?? row.email ?? row.name ?? row.documentId) : null;

/**
 * Authority is not editable by the people it constrains (issue: an Editor
 * re-pointed QC's sign-off role at her own department). Whatever the path —
 * Content Manager, content API, plugin code — a write that changes a power
 * field is compared before and after, refused with a 403 naming the field
 * unless a super administrator (or a full-access token) makes it, and audited.
 * Gendan's own writes outside any request (bootstrap, demo data) pass.
 */
export function registerAuthorityGuard(strapi: Core.Strapi) {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const rule = powerRuleOf(call.uid);
    if (!rule || !ACTIONS.has(call.action) || !strapi.requestContext.get()) return next();
    const action = call.action as AuthorityAction;
    const actor = currentActor(strapi);
    // An anonymous request (users-permissions' public auth routes) never holds authority.
    const allowed = actor.type !== 'system' && holdsAuthority(actor, currentTokenType(strapi));

    return strapi.db.transaction(async () => {
      if (rule.wholeRecord && action !== 'update')
        forbidIf(authorityViolations(rule, action, {}, allowed), 'authority');
      const before = action === 'create' ? null : await snapshot(strapi, rule, call.params.documentId);
      const result = (await next()) as { documentId?: string } | null;
      const after = action === 'delete' ? null : await snapshot(strapi, rule, result?.documentId);
      const changes = changedPowerFields(rule, before?.values ?? null, after?.values ?? null);
      forbidIf(authorityViolations(rule, action, changes, allowed), 'authority');
      if (Object.keys(changes).length > 0) {
        const row = after?.row ?? before?.row;
        await writeAudit(strapi, {
          reason: 'authority',
          action,
          actor,
          subjectType: rule.uid,
          subjectId: row?.documentId ?? null,
          subjectLabel: labelOf(row),
          changes,
        });
      }
      return result;
    });
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
