import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * What a write of an order or its lines must satisfy once the order is
 * committed (past its first stage): its history stays, its breakdown and terms
 * change as revisions that say why.
 */

/** An order past received is cancelled, not deleted: its history stays. */
export const checkOrderDeletion = (committed: boolean): Violation[] =>
  committed
    ? [
        violation(
          ['stage'],
          'delete-committed-order',
          'an order past received is not deleted: cancel it (its history stays)',
          '已接单之后的订单不能删除:请取消订单(历史保留)'
        ),
      ]
    : [];

/** Past received, the size breakdown changes only through the lines endpoint, with a reason (a revision). */
export const checkLinesWritable = (committed: boolean): Violation[] =>
  committed
    ? [
        violation(
          ['order'],
          'lines-by-revision',
          'the order is past received: change its lines with PUT /api/orders/:documentId/lines and a reason',
          '订单已过接单阶段:请通过 PUT /api/orders/:documentId/lines 并填写原因修改尺码明细'
        ),
      ]
    : [];

/** A line of the size breakdown belongs to an order. */
export const checkLineHasOrder = (hasOrder: boolean): Violation[] =>
  hasOrder ? [] : [violation(['order'], 'order-required', 'order is required', '必须指定订单')];

/** Past its first stage, a change of the order's terms is a revision and says why. */
export const checkRevisionReason = (facts: {
  committed: boolean;
  changedFields: readonly string[];
  reason: string;
}): Violation[] =>
  facts.committed && facts.changedFields.length > 0 && !facts.reason
    ? [
        violation(
          ['revisionReason'],
          'revision-reason',
          `the order is past its first stage: changing ${facts.changedFields.join(', ')} needs a revisionReason`,
          `订单已过第一阶段:修改 ${facts.changedFields.join('、')} 须填写改单原因(revisionReason)`
        ),
      ]
    : [];
