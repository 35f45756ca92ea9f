import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { Actor } from './domain/actor';

/** Marks the workflow service's own writes to the append-only records; everyone else is refused. */
const trustedWriter = new AsyncLocalStorage<true>();

export const isTrustedAuditWrite = () => trustedWriter.getStore() === true;

export const asAuditWriter = <T>(work: () => Promise<T>) => trustedWriter.run(true, work);

export interface HistoryEntry {
  orderId: string;
  kind: 'created' | 'transition' | 'signoff' | 'revision' | 'waiver';
  revision?: string | null;
  fromStage?: string | null;
  toStage?: string | null;
  stage?: string | null;
  department?: string | null;
  decision?: 'approved' | 'rejected' | null;
  comment?: string | null;
  actor: Actor;
  at: Date;
}

/** Appends one row to the order's history (who, when, before → after), in the caller's transaction. */
export function appendHistory(strapi: Core.Strapi, entry: HistoryEntry) {
  const { orderId, actor, ...fields } = entry;
  return asAuditWriter(() =>
    strapi.documents(UID.orderHistory).create({
      data: { ...fields, order: orderId, actorType: actor.type, actorId: actor.id, actorName: actor.name } as never,
    })
  );
}
