import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import { UID } from '../constants';
import type { Actor } from '../domain/workflow/actor';
import { issueDocument, recallDocuments } from '../changes/documents';
import { timeAndAction } from '../time-and-action/tracking';

const ISSUES: Record<string, 'production-notice' | 'production-permit'> = {
  'notice-issued': 'production-notice',
  'permit-granted': 'production-permit',
};

/**
 * What entering a stage does besides moving the order, in the same transaction:
 * the notice and the permit are issued as documents; issuing the notice plans
 * the order's T&A, and every stage entered closes the milestones waiting for it;
 * a cancellation recalls the documents and flags the order's open purchase lines
 * for purchasing.
 */
export async function applyStageEffects(
  strapi: Core.Strapi,
  order: { id: number; documentId: string; poNumber: string },
  stage: { key: string; kind: string },
  actor: Actor,
  at: Date
) {
  const issues = ISSUES[stage.key];
  if (issues) await issueDocument(strapi, order, issues, actor, at);
  if (stage.key === 'notice-issued') await timeAndAction(strapi).ensurePlanned(order.id);
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
