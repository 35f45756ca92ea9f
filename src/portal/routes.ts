import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import type { PortalKind } from '../domain/portal/roles';
import { timeAndActionView, workflowView } from '../domain/portal/views';
import { portalGateway } from './gateway';
import { PORTAL_RESOURCES } from './resources';
import { currentPortalScope, scopeFilters, withoutPortalScope } from './scope';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = () => Promise<unknown>;

/** A core route a portal user is served through the gateway (checked query, tenant filter, portal view). */
interface CoreRoute {
  portal: PortalKind;
  serve: 'find' | 'findOne' | 'create' | 'update';
  resource: string;
}

/**
 * A custom route on one document (`/orders/:documentId/...`): the document
 * must be the user's own, then the handler runs and its answer is shown as
 * is, through the buyer's workflow view, or as the resource's portal view.
 */
interface DocumentRoute {
  portal: PortalKind;
  document: string;
  respond: 'as-is' | 'workflow' | 'time-and-action' | 'resource';
}

type PortalRoute = CoreRoute | DocumentRoute;

const core = (portal: PortalKind, resource: string, ...serves: CoreRoute['serve'][]) =>
  Object.fromEntries(serves.map((serve) => [`${resource}.${serve}`, { portal, serve, resource }]));

/**
 * Every content-API route a portal user may reach, by action id. Anything not
 * listed answers 403 to portal users even if a role grants it by mistake.
 */
export const PORTAL_ROUTES: Record<string, PortalRoute> = {
  ...core('customer', UID.order, 'find', 'findOne'),
  ...core('customer', UID.sample, 'find', 'findOne'),
  ...core('customer', UID.complaint, 'find', 'findOne', 'create'),
  ...core('supplier', UID.purchaseOrder, 'find', 'findOne'),
  ...core('supplier', UID.purchaseOrderLine, 'find', 'findOne', 'update'),
  ...core('supplier', UID.subcontractJob, 'find', 'findOne', 'update'),
  'api::order.order-lines.find': { portal: 'customer', document: UID.order, respond: 'as-is' },
  'api::order.order-workflow.find': { portal: 'customer', document: UID.order, respond: 'workflow' },
  'api::order.order-time-and-action.find': { portal: 'customer', document: UID.order, respond: 'time-and-action' },
  'api::order.order-shipping.tolerance': { portal: 'customer', document: UID.order, respond: 'as-is' },
  'api::order.order-shipping.reconciliation': { portal: 'customer', document: UID.order, respond: 'as-is' },
  'api::sample.sample-flow.feedback': { portal: 'customer', document: UID.sample, respond: 'resource' },
};

// A PolicyError, because Strapi's authorize step masks a plain ForbiddenError thrown after it as "Forbidden".
const forbidden = () =>
  new errors.PolicyError('This route is not available to portal users', { policy: 'portal-gate' });
const notFound = () => new errors.NotFoundError('Not Found');

function portalGate(strapi: Core.Strapi, route: PortalRoute | undefined, maxPageSize: number) {
  return async (ctx: Context, next: Next) => {
    const scope = await currentPortalScope(strapi);
    if (!scope) return next();
    if (!route || route.portal !== scope.kind) throw forbidden();

    if ('serve' in route) {
      const gateway = portalGateway(strapi, PORTAL_RESOURCES[route.resource], maxPageSize);
      return gateway[route.serve](ctx);
    }

    const filters = scopeFilters(strapi, route.document, scope);
    const documentId = String(ctx.params.documentId ?? '');
    const own = filters
      ? await strapi.db.query(route.document as never).count({ where: { documentId, ...filters } })
      : 0;
    if (own === 0) throw notFound();
    // The document is the user's own: the handler's bookkeeping runs as Gendan.
    await withoutPortalScope(next);
    const body = ctx.body as { meta?: unknown } | undefined;
    if (route.respond === 'workflow') ctx.body = workflowView(body);
    if (route.respond === 'time-and-action') ctx.body = timeAndActionView(body);
    if (route.respond === 'resource') {
      await portalGateway(strapi, PORTAL_RESOURCES[route.document], maxPageSize).show(ctx, documentId);
      ctx.body = { ...(ctx.body as object), meta: body?.meta ?? {} };
    }
  };
}

interface RouteInput {
  handler?: unknown;
  config?: { middlewares?: unknown[] } & Record<string, unknown>;
}
interface RouterInput {
  routes?: RouteInput[];
}

/** The action id Strapi derives for a route (`api::order.order-workflow.find`). */
const actionOf = (apiName: string, handler: unknown) => {
  const name = String(handler);
  return name.startsWith('api::') ? name : `api::${apiName}.${name}`;
};

/**
 * Puts the portal gate in front of every content-API route of the app, in
 * register() before the routes are mounted — so no route, present or future,
 * can forget it.
 */
export function gatePortalRoutes(strapi: Core.Strapi) {
  const maxPageSize = Number(strapi.config.get('api.rest.maxLimit', 100));
  const apis = strapi.apis as unknown as Record<
    string,
    { routes: Record<string, RouterInput | ((...args: unknown[]) => unknown)> }
  >;
  for (const [apiName, api] of Object.entries(apis)) {
    for (const [name, router] of Object.entries(api.routes)) {
      if (typeof router === 'function') throw new Error(`portal gate: router ${apiName}.${name} must be an object`);
      for (const route of router.routes ?? []) {
        const gate = portalGate(strapi, PORTAL_ROUTES[actionOf(apiName, route.handler)], maxPageSize);
        route.config = { ...route.config, middlewares: [gate, ...(route.config?.middlewares ?? [])] };
      }
    }
  }
}
