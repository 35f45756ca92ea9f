import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { ApplyDelay } from '../../../modules/production/contracts';
import type { Actor } from '../../../modules/workflow/domain/actor';
import { violation } from '../../../platform/domain/violation';
import { rejectIf } from '../../../platform/invariants/guard';
import { withChangeContext } from '../../../modules/changes/context';
import { recordRevision } from '../../../modules/changes/revisions';
import { workflowError } from '../../../modules/workflow/errors';
import { linkedTo } from '../../../platform/db/links';

interface ExceptionRow {
  id: number;
  documentId: string;
  cause: string;
  description: string;
  newExFactoryDate: string | null;
  customerApprovedBy: string | null;
  appliedAt: string | null;
  order: { id: number; documentId: string; exFactoryDate: string } | null;
}

/**
 * A customer-approved delay (seed: with the customer's consent the delivery date
 * may move) changes the order's ex-factory date through a revision — reason,
 * approver, before → after — once, in one transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(documentId: string, input: { reason?: string }, actor: Actor): Promise<ApplyDelay.Response['data']> {
    return strapi.db.transaction(async () => {
      const exception = (await strapi.db.query(UID.productionException).findOne({
        where: { documentId },
        populate: { order: { select: ['id', 'documentId', 'exFactoryDate'] } },
      })) as ExceptionRow | null;
      if (!exception) throw new errors.NotFoundError(`production exception ${documentId} not found`);
      if (exception.appliedAt) {
        throw workflowError([
          {
            rule: 'delay-applied',
            message: `the new date was applied on ${exception.appliedAt}`,
            messageZh: '新交期已应用',
          },
        ]);
      }
      rejectIf([
        ...(exception.order
          ? []
          : [violation(['order'], 'order-required', 'the exception has no order', '该生产异常未关联订单')]),
        ...(exception.newExFactoryDate
          ? []
          : [
              violation(
                ['newExFactoryDate'],
                'new-date-required',
                'set newExFactoryDate first',
                '请先填写客户同意的新交期(newExFactoryDate)'
              ),
            ]),
        ...(exception.customerApprovedBy?.trim()
          ? []
          : [
              violation(
                ['customerApprovedBy'],
                'customer-approval',
                "a new ex-factory date needs the customer's approval (customerApprovedBy)",
                '新交期须经客户确认(customerApprovedBy)'
              ),
            ]),
      ]);
      const order = exception.order!;
      const before = order.exFactoryDate;
      const after = exception.newExFactoryDate!;
      const reason = input.reason?.trim() || `${exception.cause}: ${exception.description}`;
      const source = `production-exception:${exception.documentId}`;
      // Through the document service: the order's invariants hold, and past received the order guard
      // records the revision itself (with this reason, approver and source).
      await withChangeContext({ source }, () =>
        strapi.documents(UID.order).update({
          documentId: order.documentId,
          data: {
            exFactoryDate: after,
            revisionReason: reason,
            revisionApprovedBy: exception.customerApprovedBy,
          } as never,
        })
      );
      const written = (await strapi.db.query(UID.orderRevision).findOne({
        where: { ...linkedTo(strapi, UID.orderRevision, 'order', order.id), source },
        select: ['documentId', 'number'],
      })) as { documentId: string; number: number } | null;
      // An order still at received needs no revision for its changes; a customer-approved delay is recorded anyway.
      const revision =
        written ??
        (await recordRevision(strapi, {
          orderId: order.id,
          orderDocumentId: order.documentId,
          changes: [{ field: 'exFactoryDate', before, after }],
          reason,
          approvedBy: exception.customerApprovedBy,
          source,
          actor,
        }));
      await strapi.db
        .query(UID.productionException)
        .update({ where: { id: exception.id }, data: { appliedAt: new Date() } });
      return { exception: exception.documentId, order: order.documentId, revision, exFactoryDate: { before, after } };
    });
  },
});
