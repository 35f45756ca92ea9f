import type { Core } from '@strapi/strapi';
import { isWrite, type DocumentCall, type GuardMap } from './guard';

/**
 * Registers the modules' guards as one document-service middleware, so they hold for
 * REST, the admin content manager and any code calling `strapi.documents()`.
 * Each guarded write runs in one transaction: a broken rule rolls it back whole.
 */
export function registerInvariants(strapi: Core.Strapi, guards: GuardMap): void {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const guard = guards[call.uid];
    if (!guard || !isWrite(call.action)) return next();
    return strapi.db.transaction(({ trx }) => guard({ strapi, call, trx, next }));
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
