import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../constants';
import type { ApplyDelay } from '../../../contracts/production';
import type { Actor } from '../../../domain/workflow/actor';
import { violation } from '../../../domain/violation';
import { rejectIf } from '../../../invariants/guard';
import { recordRevision } from '../../../production/revisions';
import { workflowError } from '../../../workflow/errors';

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
        ...(exception.order ? [] : [violation(['order'], 'order-required', 'the exception has no order')]),
        ...(exception.newExFactoryDate
          ? []
          : [violation(['newExFactoryDate'], 'new-date-required', 'set newExFactoryDate first')]),
        ...(exception.customerApprovedBy?.trim()
          ? []
          : [
              violation(
                ['customerApprovedBy'],
                'customer-approval',
                "a new ex-factory date needs the customer's approval (customerApprovedBy)"
              ),
            ]),
      ]);
      const order = exception.order!;
      const before = order.exFactoryDate;
      const after = exception.newExFactoryDate!;
      // Through the document service: the order's own invariants (dates) still hold.
      await strapi
        .documents(UID.order)
        .update({ documentId: order.documentId, data: { exFactoryDate: after } as never });
      const revision = await recordRevision(strapi, {
        orderId: order.id,
        orderDocumentId: order.documentId,
        changes: [{ field: 'exFactoryDate', before, after }],
        reason: input.reason?.trim() || `${exception.cause}: ${exception.description}`,
        approvedBy: exception.customerApprovedBy,
        source: `production-exception:${exception.documentId}`,
        actor,
      });
      await strapi.db
        .query(UID.productionException)
        .update({ where: { id: exception.id }, data: { appliedAt: new Date() } });
      return { exception: exception.documentId, order: order.documentId, revision, exFactoryDate: { before, after } };
    });
  },
});
