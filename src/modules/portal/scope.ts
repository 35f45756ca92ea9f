import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { linkedTo } from '../../platform/db/links';
import { portalKindOfRole, type PortalKind } from './domain/roles';
import { UID } from '../../platform/constants';

/** A portal user's tenant: the one customer or supplier every read and write is confined to. */
export interface PortalScope {
  kind: PortalKind;
  userId: number;
  /** The customer's or supplier's id; null when the account is not linked yet (it then sees nothing). */
  tenantId: number | null;
}

export interface AuthState {
  auth?: { strategy?: { name?: string } };
  user?: { id?: number };
}

interface RequestLike {
  state?: AuthState;
}

/** Set while Gendan's own bookkeeping runs for a request that was already authorised. */
const system = new AsyncLocalStorage<true>();
/** One lookup per request: the scope is resolved once, after authentication. */
const resolved = new WeakMap<object, Promise<PortalScope | null>>();

/** Reads the portal role and tenant of a users-permissions user (API tokens and admins have no portal scope). */
export async function portalScopeOf(strapi: Core.Strapi, state: AuthState): Promise<PortalScope | null> {
  if (state.auth?.strategy?.name !== 'users-permissions' || !state.user?.id) return null;
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id: state.user.id },
    select: ['id'],
    populate: { role: { select: ['type'] }, customer: { select: ['id'] }, supplier: { select: ['id'] } },
  })) as {
    id: number;
    role: { type: string } | null;
    customer: { id: number } | null;
    supplier: { id: number } | null;
  } | null;
  const kind = portalKindOfRole(user?.role?.type);
  if (!user || !kind) return null;
  return { kind, userId: user.id, tenantId: (kind === 'customer' ? user.customer : user.supplier)?.id ?? null };
}

/**
 * The portal scope of the request being served, read from Strapi's request
 * context — so the document-service guard knows it on every path, whether or
 * not a route remembered to ask. Null for admins, API tokens, anonymous calls,
 * non-portal roles and Gendan's own bookkeeping.
 */
export function currentPortalScope(strapi: Core.Strapi): Promise<PortalScope | null> {
  if (system.getStore()) return Promise.resolve(null);
  const ctx = strapi.requestContext.get() as RequestLike | undefined;
  // Before authentication has run nothing is known yet — and nothing is cached.
  if (!ctx?.state?.auth) return Promise.resolve(null);
  let scope = resolved.get(ctx);
  if (!scope) {
    scope = portalScopeOf(strapi, ctx.state);
    resolved.set(ctx, scope);
  }
  return scope;
}

/** For the services' own bookkeeping after a portal request was authorised (next sample round, history rows…). */
export const withoutPortalScope = <T>(work: () => Promise<T>) => system.run(true, work);

/** The relation path from each portal content type to its tenant (customer or supplier). */
const TENANT_PATH: Record<PortalKind, Record<string, readonly string[]>> = {
  customer: {
    [UID.order]: ['customer'],
    [UID.sample]: ['customer'],
    [UID.complaint]: ['customer'],
    [UID.orderLine]: ['order', 'customer'],
  },
  supplier: {
    [UID.purchaseOrder]: ['supplier'],
    [UID.subcontractJob]: ['supplier'],
    [UID.purchaseOrderLine]: ['purchaseOrder', 'supplier'],
  },
};

/**
 * Filters that confine a content type to the scope's tenant; null when the
 * type is outside the portal. The tenant's records are named by a subquery on
 * the relation's link tables (`id IN (SELECT order_id FROM orders_customer_lnk
 * WHERE customer_id = ?)`) rather than a relation filter: the query engine
 * would join the customer table with a LEFT JOIN and count over every order
 * of the factory, where the link table's index finds the tenant's few.
 */
export function scopeFilters(strapi: Core.Strapi, uid: string, scope: PortalScope): Record<string, unknown> | null {
  if (uid === 'plugin::users-permissions.user') return { id: scope.userId };
  const path = TENANT_PATH[scope.kind][uid];
  if (!path) return null;
  const targetOf = (from: string, attribute: string) =>
    (strapi.db.metadata.get(from as never) as unknown as { attributes: Record<string, { target: string }> }).attributes[
      attribute
    ].target;
  const owned = (from: string, [attribute, ...rest]: readonly string[]): ReturnType<typeof linkedTo> =>
    linkedTo(
      strapi,
      from,
      attribute,
      rest.length === 0 ? (scope.tenantId ?? -1) : owned(targetOf(from, attribute), rest).id.$in
    );
  return owned(uid, path);
}
