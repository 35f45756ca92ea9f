import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { Actor } from '../workflow/domain/actor';
import { appendHistory, asAuditWriter } from '../workflow/audit';
import { linkedTo } from '../../platform/db/links';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For the size breakdown: the colour × size cells that moved. */
  lines?: Array<{ colour: string; size: string; before: number; after: number }>;
}

export interface RevisionInput {
  orderId: number;
  orderDocumentId: string;
  changes: FieldChange[];
  reason: string;
  approvedBy?: string | null;
  source?: string | null;
  actor: Actor;
  at?: Date;
}

/**
 * Writes an order revision (number, fields before → after, reason, approver,
 * who and when) and its history row — the only way a committed order changes.
 */
export async function recordRevision(
  strapi: Core.Strapi,
  input: RevisionInput
): Promise<{ documentId: string; number: number }> {
  const at = input.at ?? new Date();
  const last = (await strapi.db.query(UID.orderRevision).findOne({
    where: { ...linkedTo(strapi, UID.orderRevision, 'order', input.orderId) },
    select: ['id', 'number'],
    orderBy: { number: 'desc' },
  })) as { number: number } | null;
  const number = (last?.number ?? 0) + 1;
  const revision = (await asAuditWriter(() =>
    strapi.documents(UID.orderRevision).create({
      data: {
        order: input.orderDocumentId,
        number,
        changes: input.changes,
        reason: input.reason,
        approvedBy: input.approvedBy ?? null,
        source: input.source ?? null,
        actorType: input.actor.type,
        actorId: input.actor.id,
        actorName: input.actor.name,
        at,
      } as never,
    })
  )) as { documentId: string };
  await appendHistory(strapi, {
    orderId: input.orderDocumentId,
    kind: 'revision',
    revision: revision.documentId,
    comment: `revision ${number}: ${input.changes.map((c) => `${c.field} ${String(c.before)} → ${String(c.after)}`).join(', ')} — ${input.reason}`,
    actor: input.actor,
    at,
  });
  return { documentId: revision.documentId, number };
}
