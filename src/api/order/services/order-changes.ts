import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { Actor } from '../../../modules/workflow/domain/actor';
import { issueDocument } from '../../../modules/changes/documents';
import { workflowError } from '../../../modules/workflow/errors';
import { linkedTo } from '../../../platform/db/links';

/** An order's revisions and the re-issue of its documents after a change. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const orderOf = async (documentId: string) => {
    const order = (await strapi.db
      .query(UID.order)
      .findOne({ where: { documentId }, select: ['id', 'documentId', 'poNumber', 'stage'] })) as {
      id: number;
      documentId: string;
      poNumber: string;
      stage: string | null;
    } | null;
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
    return order;
  };

  return {
    async revisions(documentId: string) {
      const order = await orderOf(documentId);
      const rows = await strapi.db.query(UID.orderRevision).findMany({
        where: { ...linkedTo(strapi, UID.orderRevision, 'order', order.id) },
        select: ['documentId', 'number', 'changes', 'reason', 'approvedBy', 'source', 'actorType', 'actorName', 'at'],
        orderBy: { number: 'asc' },
      });
      return { data: rows, meta: { order: { documentId: order.documentId, poNumber: order.poNumber } } };
    },

    /** Re-issues the production notice or permit (a new current version) after a change superseded it. */
    async reissue(documentId: string, kind: 'production-notice' | 'production-permit', actor: Actor) {
      return strapi.db.transaction(async () => {
        const order = await orderOf(documentId);
        const latest = (await strapi.db.query(UID.orderDocument).findOne({
          where: { ...linkedTo(strapi, UID.orderDocument, 'order', order.id), kind },
          select: ['status', 'version'],
          orderBy: { version: 'desc' },
        })) as { status: string; version: number } | null;
        if (!latest) {
          throw workflowError([
            {
              rule: 'never-issued',
              message: `the ${kind} was never issued for this order`,
              messageZh: '该单据尚未下发过',
            },
          ]);
        }
        if (latest.status === 'recalled') {
          throw workflowError([
            {
              rule: 'recalled',
              message: 'the order is cancelled: its documents are recalled',
              messageZh: '订单已取消,单据已收回',
            },
          ]);
        }
        return issueDocument(strapi, order, kind, actor);
      });
    },
  };
};
