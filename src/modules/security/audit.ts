import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { FieldChanges } from './domain/authority';
import type { Actor } from '../workflow/domain/actor';
import { asAuditWriter } from '../workflow/audit';

export interface AuditRecord {
  /** Why the write is audited: it moved authority, or a portal user made it. */
  reason: 'authority' | 'portal';
  action: 'create' | 'update' | 'delete';
  actor: Actor;
  subjectType: string;
  subjectId: string | null;
  subjectLabel?: string | null;
  /** The order the record belongs to, so the merchandiser finds the entry from the order. */
  orderId?: number | null;
  changes: FieldChanges;
}

/** Appends one audit entry (who, when, before → after) in the caller's transaction. */
export function writeAudit(strapi: Core.Strapi, record: AuditRecord) {
  const { actor, orderId, subjectLabel, ...fields } = record;
  return asAuditWriter(() =>
    strapi.documents(UID.auditEntry).create({
      data: {
        ...fields,
        subjectLabel: subjectLabel?.slice(0, 255) ?? null,
        order: orderId ?? null,
        at: new Date(),
        actorType: actor.type,
        actorId: actor.id,
        actorName: actor.name.slice(0, 200),
      } as never,
    })
  );
}
