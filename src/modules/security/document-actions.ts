import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import type { DocumentCall } from '../../platform/invariants/guard';

/** Document-service actions that only read. */
export const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
/** Writes every guard knows; clone is judged below; anything else Strapi adds is refused until Gendan knows it. */
export const WRITE_ACTIONS = new Set(['create', 'update', 'delete']);

/**
 * Records a user may sensibly duplicate in the Content Manager ("a new style
 * like this one"). Everything else — an order and what hangs off it, audit
 * records, settings, the workflow — is refused: a copy would duplicate
 * history, stage or derived state, or forge an append-only record.
 */
export const CLONABLE = new Set<string>([
  UID.customer,
  UID.supplier,
  UID.sizeScale,
  UID.style,
  UID.material,
  UID.productionLine,
  UID.toleranceRule,
  UID.taTemplate,
]);

const isGendanType = (uid: string) => uid.startsWith('api::');

interface AdminRequest {
  state?: { userAbility?: unknown };
}
interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
}

/** Strapi's clone does not check that the user may read the source: Gendan does. */
async function assertSourceReadable(strapi: Core.Strapi, call: DocumentCall) {
  const ctx = strapi.requestContext.get() as AdminRequest | undefined;
  const userAbility = ctx?.state?.userAbility;
  if (!userAbility) return;
  const source = await strapi.db.query(call.uid as never).findOne({
    where: { documentId: call.params.documentId },
    populate: { createdBy: { select: ['id'] } },
  });
  const checker = (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(args: { userAbility: unknown; model: string }): PermissionChecker;
    }
  ).create({ userAbility, model: call.uid });
  // Not found and not readable answer alike, so a clone cannot probe for records.
  if (!source || checker.cannot.read(source)) throw new errors.NotFoundError('Not Found');
}

const refuse = (message: string, action: string) =>
  new errors.PolicyError(message, { policy: 'document-actions', action });

/**
 * Deny by default: a write action on a Gendan type reaches the invariants
 * only if Gendan knows it (create, update, delete — and clone where a copy
 * makes sense, after the source's read permission is checked). A write action
 * a later Strapi adds is refused until it is reviewed here.
 */
export function registerDocumentActionPolicy(strapi: Core.Strapi) {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    if (!isGendanType(call.uid) || READ_ACTIONS.has(call.action) || WRITE_ACTIONS.has(call.action)) return next();
    const name =
      (strapi.getModel(call.uid as never) as unknown as { info?: { displayName?: string } } | undefined)?.info
        ?.displayName ?? call.uid;
    if (call.action === 'clone') {
      if (!CLONABLE.has(call.uid)) {
        throw refuse(
          `${name} records cannot be duplicated: create a new one instead (a copy would repeat its history, stage or derived values)`,
          'clone'
        );
      }
      await assertSourceReadable(strapi, call);
      return next();
    }
    throw refuse(`"${call.action}" is not an action Gendan allows on ${name}`, call.action);
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
