import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { fieldChanges, REVISED_FIELDS } from './domain/order-changes';
import { checkRevisionReason } from '../orders/domain/record-checks';
import { initialStage } from '../workflow/domain/transitions';
import { changeContext } from './context';
import { supersedeDocuments } from './documents';
import { recordRevision } from './revisions';
import { currentActor } from '../workflow/request-actor';
import { loadStages } from '../workflow/stage-store';
import { rejectIf, type GuardMap } from '../../platform/invariants/guard';
import { appendOnlyGuard } from '../security/guards';

export type RevisedSnapshot = Record<string, unknown> & { id: number; documentId: string; stage: string | null };

/** The order's revised fields as stored (the style as its documentId), to compare before and after a write. */
export async function revisedSnapshot(strapi: Core.Strapi, documentId: string): Promise<RevisedSnapshot | null> {
  const row = (await strapi.db.query(UID.order).findOne({
    where: { documentId },
    select: [
      'id',
      'documentId',
      'stage',
      'revisionReason',
      'revisionApprovedBy',
      ...REVISED_FIELDS.filter((f) => f !== 'style'),
    ],
    populate: { style: { select: ['documentId'] } },
  })) as (RevisedSnapshot & { style: { documentId: string } | null }) | null;
  return row ? { ...row, style: row.style?.documentId ?? null } : null;
}

/** Whether the order has left the first stage: from then on every change is a revision. */
export async function isCommitted(strapi: Core.Strapi, stage: string | null): Promise<boolean> {
  const first = initialStage(await loadStages(strapi));
  return !!stage && stage !== first?.key;
}

/**
 * After an order update: once the order left `received`, a change to its dates,
 * price, currency, market, ship mode, style or tolerance needs `revisionReason`
 * and is recorded as a revision (fields before → after) that supersedes the
 * issued documents. The reason fields are cleared for the next change.
 */
export async function reviseOrder(strapi: Core.Strapi, before: RevisedSnapshot, after: RevisedSnapshot) {
  const changes = fieldChanges(before, after);
  const reason = typeof after.revisionReason === 'string' ? after.revisionReason.trim() : '';
  if (changes.length > 0 && (await isCommitted(strapi, before.stage))) {
    rejectIf(checkRevisionReason({ committed: true, changedFields: changes.map((c) => c.field), reason }));
    const revision = await recordRevision(strapi, {
      orderId: after.id,
      orderDocumentId: after.documentId,
      changes,
      reason,
      approvedBy: (after.revisionApprovedBy as string | null) ?? null,
      source: changeContext().source ?? null,
      actor: currentActor(strapi),
    });
    await supersedeDocuments(strapi, after.id, revision.number);
  }
  if (after.revisionReason || after.revisionApprovedBy) {
    await strapi.db
      .query(UID.order)
      .update({ where: { id: after.id }, data: { revisionReason: null, revisionApprovedBy: null } });
  }
}

export const lineRevisionActor = currentActor;

/** Revisions and issued documents are written by the change services only. */
export const changesGuards: GuardMap = {
  [UID.orderRevision]: appendOnlyGuard,
  [UID.orderDocument]: appendOnlyGuard,
};
