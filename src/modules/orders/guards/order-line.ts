import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import { checkOrderLine } from '../domain/size-breakdown';
import { checkLineHasOrder, checkLinesWritable } from '../domain/record-checks';
import type { Violation } from '../../../platform/domain/violation';
import { lockKey, rejectIf, type Guard } from '../../../platform/invariants/guard';
import { loadOrder } from './order-state';
import { trimStrings } from '../../../platform/invariants/unique';
import { changeContext } from '../../changes/context';
import { isCommitted } from '../../changes/guards';
import { linkedTo } from '../../../platform/db/links';

interface LineRow {
  id: number;
  documentId: string;
  colour: string;
  size: string;
  quantity: number;
  order: { id: number } | null;
}

const loadLine = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.query(UID.orderLine).findOne({
    where: { documentId },
    select: ['id', 'documentId', 'colour', 'size', 'quantity'],
    populate: { order: { select: ['id'] } },
  }) as Promise<LineRow | null>;

/** Keeps the order's read-only total equal to the sum of its lines. */
export async function refreshOrderTotal(strapi: Core.Strapi, orderId: number): Promise<number> {
  const lines = (await strapi.db.query(UID.orderLine).findMany({
    where: { ...linkedTo(strapi, UID.orderLine, 'order', orderId) },
    // The id keeps equal quantities apart should a join ever make Strapi select DISTINCT.
    select: ['id', 'quantity'],
  })) as Array<{ quantity: number }>;
  const totalQuantity = lines.reduce((sum, line) => sum + line.quantity, 0);
  await strapi.db.query(UID.order).update({ where: { id: orderId }, data: { totalQuantity } });
  return totalQuantity;
}

/**
 * Order-line invariants on every write path: the line belongs to an order, its
 * size is in the style's size scale (stored in the scale's spelling), its
 * quantity is a positive whole number, its colour × size is unique in the
 * order — and the order totals of the old and new order follow.
 */
export const orderLineGuard: Guard = async ({ strapi, call, trx, next }) => {
  const documentId = call.params.documentId;
  const before = call.action !== 'create' && documentId ? await loadLine(strapi, documentId) : null;
  trimStrings(call.params.data, ['colour', 'size']);

  const result = (await next()) as { documentId: string; size?: string } | null;
  const after = call.action !== 'delete' && result ? await loadLine(strapi, result.documentId) : null;

  // The lines endpoint checked the whole breakdown (scale, spelling, one line per colour × size) under the
  // order's lock before writing, and sets the total once at the end: a line of it is not re-checked against
  // its siblings one by one (480 lines would read the order's lines 480 times).
  const byEndpoint = changeContext().linesByEndpoint === true;

  // Once the order left received, its breakdown changes only with a revision, through the lines endpoint.
  if (!byEndpoint) {
    for (const orderId of new Set([before?.order?.id, after?.order?.id].filter((id): id is number => !!id))) {
      const order = (await strapi.db.query(UID.order).findOne({ where: { id: orderId }, select: ['stage'] })) as {
        stage: string | null;
      };
      rejectIf(checkLinesWritable(await isCommitted(strapi, order.stage)));
    }
  }

  const touched = new Set<number>();
  if (before?.order) touched.add(before.order.id);
  if (after?.order) touched.add(after.order.id);

  const violations: Violation[] = [];
  let size = after?.size;
  if (after) violations.push(...checkLineHasOrder(!!after.order));
  if (after?.order && !byEndpoint) {
    await lockKey(strapi, trx, `order-lines:${after.order.id}`);
    const order = await loadOrder(strapi, { id: after.order.id });
    const checked = checkOrderLine(after, order?.snapshot.style?.sizeScale ?? null, order?.lines ?? []);
    size = checked.size ?? undefined;
    violations.push(...checked.violations);
  }
  rejectIf(violations);

  if (after && size !== undefined && size !== after.size) {
    await strapi.db.query(UID.orderLine).update({ where: { id: after.id }, data: { size } });
  }
  if (!byEndpoint) for (const orderId of touched) await refreshOrderTotal(strapi, orderId);
  return result && size !== undefined ? { ...result, size } : result;
};
