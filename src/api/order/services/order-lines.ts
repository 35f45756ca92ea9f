import { trackingOnce } from '../../../modules/time-and-action/tracking';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetOrderLines, OrderLineInput } from '../../../modules/orders/contracts';
import {
  checkSizeBreakdown,
  diffBreakdown,
  normaliseBreakdown,
  sortBreakdown,
  totalsOf,
} from '../../../modules/orders/domain/size-breakdown';
import { lockKey, rejectIf } from '../../../platform/invariants/guard';
import { lineChanges } from '../../../modules/changes/domain/order-changes';
import { violation } from '../../../platform/domain/violation';
import { withChangeContext } from '../../../modules/changes/context';
import { supersedeDocuments } from '../../../modules/changes/documents';
import { recordRevision } from '../../../modules/changes/revisions';
import { isCommitted, lineRevisionActor } from '../../../modules/changes/guards';
import { loadOrder, type LoadedOrder } from '../../../modules/orders/guards/order-state';
import { refreshOrderTotal } from '../../../modules/orders/guards/order-line';
import { insertOrderLines } from '../../../modules/orders/bulk-lines';
import { currentActor } from '../../../modules/workflow/request-actor';

const summarise = (order: LoadedOrder): GetOrderLines.Response => {
  const scale = order.snapshot.style?.sizeScale ?? null;
  const lines = sortBreakdown(order.lines, scale).map(({ documentId, colour, size, quantity }) => ({
    documentId,
    colour,
    size,
    quantity,
  }));
  return {
    data: lines,
    meta: {
      order: {
        documentId: order.documentId,
        poNumber: order.poNumber,
        totalQuantity: order.totalQuantity,
        sizeScale: scale,
      },
      totals: totalsOf(lines, scale),
    },
  };
};

/** The size breakdown of one order: read it, or replace it whole in one transaction. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async read(documentId: string): Promise<GetOrderLines.Response> {
    const order = await loadOrder(strapi, { documentId });
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
    return summarise(order);
  },

  /**
   * Replaces the order's lines with `wanted`. Unchanged lines keep their
   * identity; every write goes through the document service, so the order-line
   * invariants and the order total hold exactly as for single-line edits.
   */
  async replace(documentId: string, wanted: OrderLineInput[], reason?: string | null) {
    // The lines are written one by one; the order's T&A follows the new quantity once, at the end.
    return strapi.db.transaction(({ trx }) =>
      trackingOnce(strapi, async () => {
        const order = await loadOrder(strapi, { documentId });
        if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
        await lockKey(strapi, trx, `order-lines:${order.id}`);

        const scale = order.snapshot.style?.sizeScale ?? null;
        rejectIf(checkSizeBreakdown(wanted, scale, ['data']));
        const normalised = normaliseBreakdown(wanted, scale);
        const change = diffBreakdown(order.lines, normalised);
        const cells = lineChanges(order.lines, normalised);
        const stage = (
          (await strapi.db.query(UID.order).findOne({ where: { id: order.id }, select: ['stage'] })) as {
            stage: string | null;
          }
        ).stage;
        const revised = cells.length > 0 && (await isCommitted(strapi, stage));
        if (revised && !reason?.trim()) {
          rejectIf([
            violation(
              ['reason'],
              'revision-reason',
              'the order is past received: a change of its size breakdown needs a reason',
              '订单已过接单阶段:修改尺码明细须填写修改原因(reason)'
            ),
          ]);
        }
        const documentIdOf = new Map(order.lines.map((line) => [line.id, line.documentId]));
        const lines = strapi.documents(UID.orderLine);

        await withChangeContext({ linesByEndpoint: true }, async () => {
          for (const id of change.remove) await lines.delete({ documentId: documentIdOf.get(id)! });
          for (const { id, ...data } of change.update) await lines.update({ documentId: documentIdOf.get(id)!, data });
        });
        // New lines at once: the breakdown was checked whole above, under the order's lock.
        const actor = currentActor(strapi);
        await insertOrderLines(
          strapi,
          trx,
          { id: order.id, poNumber: order.poNumber },
          change.create,
          actor.type === 'admin' && actor.id ? Number(actor.id) : null
        );
        await refreshOrderTotal(strapi, order.id);

        if (revised) {
          const after = normalised.reduce((sum, line) => sum + line.quantity, 0);
          const revision = await recordRevision(strapi, {
            orderId: order.id,
            orderDocumentId: order.documentId,
            changes: [{ field: 'lines', before: order.totalQuantity, after, lines: cells }],
            reason: reason!.trim(),
            actor: lineRevisionActor(strapi),
          });
          await supersedeDocuments(strapi, order.id, revision.number);
        }

        const reloaded = await loadOrder(strapi, { documentId });
        return {
          summary: summarise(reloaded!),
          changes: {
            created: change.create.length,
            updated: change.update.length,
            removed: change.remove.length,
            unchanged: change.unchanged,
          },
        };
      })
    );
  },
});
