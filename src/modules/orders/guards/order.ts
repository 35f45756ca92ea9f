import { UID } from '../../../platform/constants';
import { checkOrderHeader } from '../domain/order-header';
import { checkOverridePair } from '../../shipping/domain/tolerance';
import { rejectIf, type Guard } from '../../../platform/invariants/guard';
import { loadOrder } from './order-state';
import { guardWorkflowFields, recordCreation } from '../../workflow/guards/order-stage';
import { checkUnique, trimStrings } from '../../../platform/invariants/unique';
import { withChangeContext } from '../../changes/context';
import { isCommitted, reviseOrder, revisedSnapshot } from '../../changes/guards';
import { checkOrderDeletion } from '../domain/record-checks';

/**
 * Order invariants on every write path: header rules, PO number unique per
 * customer, market and channel defaulted from the customer, and `totalQuantity`
 * recomputed from the lines — whatever the caller sent for it. The workflow
 * fields (stage, held stage, stage dates) belong to the transitions endpoint;
 * once past `received`, changes are revisions and deletion is refused.
 */
export const orderGuard: Guard = async ({ strapi, call, trx, next }) => {
  if (call.action === 'delete') {
    const current = call.params.documentId ? await revisedSnapshot(strapi, call.params.documentId) : null;
    rejectIf(checkOrderDeletion(!!current && (await isCommitted(strapi, current.stage))));
    await withChangeContext({ linesByEndpoint: true }, () => deleteLinesOf(strapi, call.params.documentId));
    return next();
  }

  await guardWorkflowFields(strapi, call);
  const before =
    call.action === 'update' && call.params.documentId ? await revisedSnapshot(strapi, call.params.documentId) : null;
  const data = call.params.data;
  if (data) {
    delete data.totalQuantity;
    trimStrings(data, ['poNumber', 'season']);
    for (const field of ['market', 'currency'] as const) {
      if (typeof data[field] === 'string') data[field] = (data[field] as string).trim().toUpperCase() || null;
    }
  }

  const result = (await next()) as { documentId: string } | null;
  if (!result) return result;

  const order = await loadOrder(strapi, { documentId: result.documentId });
  if (!order) return result;
  const { derived, violations } = checkOrderHeader(order.snapshot);
  const override = (await strapi.db
    .query(UID.order)
    .findOne({ where: { id: order.id }, select: ['toleranceUnderPct', 'toleranceOverPct'] })) as {
    toleranceUnderPct: unknown;
    toleranceOverPct: unknown;
  } | null;
  if (override)
    violations.push(...checkOverridePair({ underPct: override.toleranceUnderPct, overPct: override.toleranceOverPct }));
  const customer = order.snapshot.customer;
  if (customer) {
    violations.push(
      ...(await checkUnique(strapi, trx, {
        uid: UID.order,
        field: 'poNumber',
        value: order.poNumber,
        selfId: order.id,
        within: { relation: 'customer', id: customer.id, label: 'customer' },
      }))
    );
  }
  rejectIf(violations);
  if (call.action === 'create') await recordCreation(strapi, result);
  if (before) await reviseOrder(strapi, before, (await revisedSnapshot(strapi, result.documentId))!);

  if (
    derived.market !== order.snapshot.market ||
    derived.channel !== order.snapshot.channel ||
    derived.totalQuantity !== order.totalQuantity
  ) {
    await strapi.db.query(UID.order).update({ where: { id: order.id }, data: derived });
  }
  return { ...result, ...derived };
};

async function deleteLinesOf(strapi: Parameters<Guard>[0]['strapi'], documentId: string | undefined) {
  if (!documentId) return;
  const lines = (await strapi.db.query(UID.orderLine).findMany({
    where: { order: { documentId } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  for (const line of lines) {
    await strapi.documents(UID.orderLine).delete({ documentId: line.documentId });
  }
}
