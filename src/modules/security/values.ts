import type { Core } from '@strapi/strapi';
import { checkFilterValues, checkWriteValues, type Attributes } from './domain/attribute-values';
import { violation, type Violation } from '../../platform/domain/violation';
import { rejectIf, type DocumentCall } from '../../platform/invariants/guard';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRITES = new Set(['create', 'update', 'clone']);

/**
 * A record's keys are Gendan's: a create naming its own `id` or
 * `documentId` is refused — the Content Manager passed `id: "abc"` straight
 * to the INSERT. An update or a clone may send them back (forms do); they are
 * dropped.
 */
function keyViolations(call: DocumentCall): Violation[] {
  const data = call.params.data!;
  if (!call.uid.startsWith('api::')) return [];
  if (call.action !== 'create') {
    delete data.id;
    delete data.documentId;
    return [];
  }
  return (['id', 'documentId'] as const)
    .filter((key) => data[key] !== undefined && data[key] !== null)
    .map((key) =>
      violation([key], 'assigned-key', `${key} is assigned by Gendan, not sent`, `${key} 由 Gendan 分配,不能提交`)
    );
}

/**
 * Values the database cannot hold, and filters it cannot compare, are a 400
 * naming the field on every path (content API, Content Manager, Gendan's own
 * code) and on both databases — before Strapi's validation or the driver sees
 * them. Runs for every content type, Strapi's own included.
 */
export function registerValueChecks(strapi: Core.Strapi) {
  const lookup = (uid: string) =>
    (strapi.getModel(uid as never) as unknown as { attributes?: Attributes } | undefined)?.attributes;

  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const attributes = lookup(call.uid);
    if (attributes) {
      if (READS.has(call.action) && call.params.filters) {
        rejectIf(checkFilterValues(attributes, call.params.filters, lookup));
      } else if (WRITES.has(call.action) && call.params.data) {
        rejectIf([...keyViolations(call), ...checkWriteValues(attributes, call.params.data, lookup)]);
      }
    }
    return next();
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
