import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { canonicalSize, isPositiveInteger, lineKey } from '../domain/orders/size-breakdown';
import { violation, type Violation } from '../domain/violation';
import { lockKey, rejectIf, type Guard } from './guard';
import { loadOrder } from './order-state';
import { trimStrings } from './unique';
import { changeContext } from '../changes/context';
import { isCommitted } from './order-changes';
import { linkedTo } from '../db/links';

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

  // Once the order left received, its breakdown changes only with a revision, through the lines endpoint.
  if (!changeContext().linesByEndpoint) {
    for (const orderId of new Set([before?.order?.id, after?.order?.id].filter((id): id is number => !!id))) {
      const order = (await strapi.db.query(UID.order).findOne({ where: { id: orderId }, select: ['stage'] })) as {
        stage: string | null;
      };
      if (await isCommitted(strapi, order.stage)) {
        rejectIf([
          violation(
            ['order'],
            'lines-by-revision',
            'the order is past received: change its lines with PUT /api/orders/:documentId/lines and a reason'
          ),
        ]);
      }
    }
  }

  const touched = new Set<number>();
  if (before?.order) touched.add(before.order.id);
  if (after?.order) touched.add(after.order.id);

  const violations: Violation[] = [];
  let size = after?.size;
  if (after && !after.order) {
    violations.push(violation(['order'], 'order-required', 'order is required'));
  }
  if (after?.order) {
    await lockKey(strapi, trx, `order-lines:${after.order.id}`);
    const order = await loadOrder(strapi, { id: after.order.id });
    const scale = order?.snapshot.style?.sizeScale ?? null;
    size = canonicalSize(after.size, scale) ?? undefined;
    if (size === undefined) {
      violations.push(
        violation(
          ['size'],
          'size-in-scale',
          `size "${after.size}" is not in the style's size scale (${(scale ?? []).join(', ')})`
        )
      );
    }
    if (!isPositiveInteger(after.quantity)) {
      violations.push(
        violation(['quantity'], 'quantity-positive-integer', 'quantity must be a whole number greater than 0')
      );
    }
    const key = lineKey({ colour: after.colour, size: size ?? after.size });
    if (order?.lines.some((line) => line.id !== after.id && lineKey(line) === key)) {
      violations.push(
        violation(
          ['size'],
          'colour-size-unique',
          `the order already has a line for colour "${after.colour}" and size "${after.size}"`
        )
      );
    }
  }
  rejectIf(violations);

  if (after && size !== undefined && size !== after.size) {
    await strapi.db.query(UID.orderLine).update({ where: { id: after.id }, data: { size } });
  }
  for (const orderId of touched) await refreshOrderTotal(strapi, orderId);
  return result && size !== undefined ? { ...result, size } : result;
};
