import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { format } from 'date-fns';
import { UID } from '../../platform/constants';
import { WRITABLE } from './domain/views';
import { violation } from '../../platform/domain/violation';
import { rejectIf, type DocumentCall } from '../../platform/invariants/guard';
import { PORTAL_RESOURCES } from './resources';
import { assertCreateAllowed, auditPortalWrite, loadPortalRecord, portalUpdateViolations } from './writes';
import { currentPortalScope, scopeFilters, withoutPortalScope, type PortalScope } from './scope';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const notFound = () => new errors.NotFoundError('Not Found');

/** A complaint from a portal is about one of the customer's own orders, and belongs to that customer. */
async function ownComplaint(strapi: Core.Strapi, scope: PortalScope, data: Record<string, unknown>) {
  const order = typeof data.order === 'string' ? data.order : null;
  const own = order
    ? await strapi.db.query(UID.order).count({ where: { documentId: order, customer: { id: scope.tenantId ?? -1 } } })
    : 0;
  rejectIf(
    own === 0
      ? [
          violation(
            ['order'],
            'portal-order',
            'order must be the documentId of one of your orders',
            'order 必须是您的某个订单的 documentId'
          ),
        ]
      : []
  );
  const customer = (await strapi.db
    .query(UID.customer)
    .findOne({ where: { id: scope.tenantId }, select: ['documentId'] })) as { documentId: string };
  return { receivedAt: format(new Date(), 'yyyy-MM-dd'), ...data, customer: customer.documentId, status: 'open' };
}

/**
 * Defence in depth: whatever route serves a portal user, the document service
 * itself confines every read to the user's tenant (another tenant's record is
 * simply not found, and `populate` is held to the portal's fixed shape) and
 * refuses every write but the few a portal may make — on its own open
 * records, to the allowed fields only, within the bounds of a real delivery,
 * creates limited per hour. An authorised write then runs as Gendan itself,
 * so its bookkeeping (derived statuses, history) is not confined, and leaves
 * an audit row (who, when, before → after) in the same transaction.
 */
export function registerPortalGuard(strapi: Core.Strapi) {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const scope = await currentPortalScope(strapi);
    if (!scope) return next();
    const filters = scopeFilters(strapi, call.uid, scope);

    if (READS.has(call.action)) {
      if (!filters) throw notFound();
      const asked = call.params.filters as Record<string, unknown> | undefined;
      call.params.filters = asked ? { $and: [asked, filters] } : filters;
      if (call.params.populate !== undefined) call.params.populate = PORTAL_RESOURCES[call.uid]?.populate ?? {};
      return next();
    }

    const writable = (WRITABLE as Record<string, readonly string[]>)[call.uid];
    const action = call.uid === UID.complaint ? 'create' : 'update';
    if (!filters || !writable || call.action !== action)
      throw new errors.ForbiddenError('portal users cannot change this');
    const data = call.params.data ?? {};
    rejectIf(
      Object.keys(data)
        .filter((field) => !writable.includes(field))
        .map((field) =>
          violation([field], 'portal-field', `${field} cannot be set from a portal`, `${field} 不能在门户中设置`)
        )
    );

    const documentId = call.params.documentId ?? '';
    if (action === 'update') {
      const inScope = await strapi.db.query(call.uid as never).count({ where: { documentId, ...filters } });
      if (inScope === 0) throw notFound();
    }
    return withoutPortalScope(() =>
      strapi.db.transaction(async () => {
        let before: Awaited<ReturnType<typeof loadPortalRecord>> = null;
        if (action === 'update') {
          before = await loadPortalRecord(strapi, call.uid, documentId);
          if (!before) throw notFound();
          rejectIf(await portalUpdateViolations(strapi, call.uid, before, data));
        } else {
          await assertCreateAllowed(strapi, scope);
          call.params.data = await ownComplaint(strapi, scope, data);
        }
        const result = (await next()) as { documentId?: string } | null;
        const written = action === 'update' ? documentId : result?.documentId;
        if (written) await auditPortalWrite(strapi, scope, call.uid, action, before, written);
        return result;
      })
    );
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
