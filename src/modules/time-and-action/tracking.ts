import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { isWrite, type DocumentCall } from '../../platform/invariants/guard';
import { getService } from '../../platform/http/services';

/** Writes that can close or reopen a milestone (an event happened, or was corrected). */
const CLOSES = new Set<string>([
  UID.materialReceipt,
  UID.purchaseOrder,
  UID.purchaseOrderLine,
  UID.bomLine,
  UID.productionReport,
  UID.subcontractJob,
  UID.finalInspection,
  UID.booking,
  UID.completionReport,
]);
/** Writes that move the plan itself: the order's dates, options or quantity. */
const REPLANS = new Set<string>([UID.order, UID.orderLine]);

/** Orders whose calendar a batch of writes (a whole size breakdown) will re-plan once, at its end. */
const batch = new AsyncLocalStorage<{ replan: Set<number>; sync: Set<number> }>();

/** Runs many writes, then brings each touched order's calendar up to date once. */
export async function trackingOnce<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  if (batch.getStore()) return work();
  const pending = { replan: new Set<number>(), sync: new Set<number>() };
  const result = await batch.run(pending, work);
  for (const orderId of pending.replan) await timeAndAction(strapi).replanIfPlanned(orderId);
  for (const orderId of pending.sync) if (!pending.replan.has(orderId)) await timeAndAction(strapi).sync(orderId);
  return result;
}

export const timeAndAction = (strapi: Core.Strapi) => getService(strapi, 'api::order-milestone.time-and-action');

/** The orders a record belongs to. */
async function ordersOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<number[]> {
  if (uid === UID.order) {
    const order = (await strapi.db.query(UID.order).findOne({ where: { documentId }, select: ['id'] })) as {
      id: number;
    } | null;
    return order ? [order.id] : [];
  }
  if (uid === UID.purchaseOrder) {
    const lines = (await strapi.db.query(UID.purchaseOrderLine).findMany({
      where: { purchaseOrder: { documentId } },
      select: ['id'],
      populate: { order: { select: ['id'] } },
    })) as Array<{ order: { id: number } | null }>;
    return lines.flatMap((line) => (line.order ? [line.order.id] : []));
  }
  const row = (await strapi.db.query(uid as never).findOne({
    where: { documentId },
    select: ['id'],
    populate: { order: { select: ['id'] } },
  })) as { order: { id: number } | null } | null;
  return row?.order ? [row.order.id] : [];
}

/**
 * Keeps every order's T&A in step with what happens: after a write that can
 * close a milestone, the order's milestones are re-read from the facts; after
 * a change of the order's dates, options or lines, its calendar is re-planned
 * (actual dates kept). Registered before the invariants, so it sees the record
 * with its derived fields, in the same transaction.
 */
export function registerMilestoneTracking(strapi: Core.Strapi) {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const replans = REPLANS.has(call.uid);
    if (call.uid === UID.order && call.action === 'delete' && call.params.documentId) {
      // An order's calendar goes with it.
      const rows = (await strapi.db.query(UID.orderMilestone).findMany({
        where: { order: { documentId: call.params.documentId } },
        select: ['id'],
      })) as Array<{ id: number }>;
      return strapi.db.transaction(async () => {
        const result = await next();
        if (rows.length > 0) {
          await strapi.db.query(UID.orderMilestone).deleteMany({ where: { id: { $in: rows.map((row) => row.id) } } });
        }
        return result;
      });
    }
    if (
      !isWrite(call.action) ||
      (!replans && !CLOSES.has(call.uid)) ||
      (call.uid === UID.order && call.action !== 'update')
    ) {
      return next();
    }
    // One transaction with the write (and its invariants, which nest in it): the calendar never lags behind.
    return strapi.db.transaction(async () => {
      const before = call.params.documentId ? await ordersOf(strapi, call.uid, call.params.documentId) : [];
      const result = (await next()) as { documentId?: string } | null;
      const after =
        result?.documentId && call.action !== 'delete' ? await ordersOf(strapi, call.uid, result.documentId) : [];
      const pending = batch.getStore();
      for (const orderId of new Set([...before, ...after])) {
        if (pending) pending[replans ? 'replan' : 'sync'].add(orderId);
        else if (replans) await timeAndAction(strapi).replanIfPlanned(orderId);
        else await timeAndAction(strapi).sync(orderId);
      }
      return result;
    });
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
