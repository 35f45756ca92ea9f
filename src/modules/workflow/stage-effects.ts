import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import { UID } from '../../platform/constants';
import type { Actor } from './domain/actor';
import type { StageDefinition } from './domain/stages';
import { issueDocument, recallDocuments } from '../changes/documents';
import { timeAndAction } from '../time-and-action/tracking';

/**
 * What entering a stage does besides moving the order, in the same transaction:
 * the stage's document (notice or permit) is issued; issuing the notice plans
 * the order's T&A, and every stage entered closes the milestones waiting for it;
 * a cancellation recalls the documents and flags the order's open purchase lines
 * for purchasing.
 */
export async function applyStageEffects(
  strapi: Core.Strapi,
  order: { id: number; documentId: string; poNumber: string },
  stage: Pick<StageDefinition, 'key' | 'kind' | 'issuesDocument'>,
  actor: Actor,
  at: Date
) {
  if (stage.issuesDocument) await issueDocument(strapi, order, stage.issuesDocument, actor, at);
  if (stage.issuesDocument === 'production-notice') await timeAndAction(strapi).ensurePlanned(order.id);
  else await timeAndAction(strapi).sync(order.id);
  if (stage.kind === 'cancel') {
    await recallDocuments(strapi, order.id, actor, at);
    const open = (await strapi.db.query(UID.purchaseOrderLine).findMany({
      where: { order: { id: order.id }, purchaseOrder: { status: { $notIn: ['closed', 'cancelled', 'received'] } } },
      select: ['id'],
    })) as Array<{ id: number }>;
    if (open.length > 0) {
      await strapi.db.query(UID.purchaseOrderLine).updateMany({
        where: { id: { $in: open.map((line) => line.id) } },
        data: {
          flaggedForReview: true,
          flagReason: `Order ${order.poNumber} cancelled on ${format(at, 'yyyy-MM-dd')} by ${actor.name}: stop or reallocate with the supplier.`,
        },
      });
    }
  }
}
