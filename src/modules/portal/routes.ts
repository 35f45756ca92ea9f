import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import type { PortalKind } from './domain/roles';
import { timeAndActionView, workflowView } from './domain/views';
import { portalGateway } from './gateway';
import { PORTAL_RESOURCES } from './resources';
import { CUSTOMER_DOCUMENT_FILES } from '../documents/catalogue';
import { sessionAlive } from '../security/portal-sessions';
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
  /** Files a portal may download on this route (`:file`); any other is a 404, and lists show only these. */
  files?: readonly string[];
}

/** A users-permissions account route (profile, password, logout): the user's own account, nothing else. */
interface AccountRoute {
  portal: 'any';
  account: true;
}

type PortalRoute = CoreRoute | DocumentRoute | AccountRoute;

const ACCOUNT_ROUTE: AccountRoute = { portal: 'any', account: true };

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
  'api::order.order-documents.list': {
    portal: 'customer',
    document: UID.order,
    respond: 'as-is',
    files: CUSTOMER_DOCUMENT_FILES,
  },
  'api::order.order-documents.download': {
    portal: 'customer',
    document: UID.order,
    respond: 'as-is',
    files: CUSTOMER_DOCUMENT_FILES,
  },
  'api::purchase-order.purchase-order-document.download': {
    portal: 'supplier',
    document: UID.purchaseOrder,
    respond: 'as-is',
  },
  'api::sample.sample-flow.feedback': { portal: 'customer', document: UID.sample, respond: 'resource' },
  // Plugins' content-API routes are gated too: a portal reaches its own account, nothing else (no user list, no files).
  'plugin::users-permissions.user.me': ACCOUNT_ROUTE,
  'plugin::users-permissions.auth.changePassword': ACCOUNT_ROUTE,
  'plugin::users-permissions.auth.logout': ACCOUNT_ROUTE,
};

// A PolicyError, because Strapi's authorize step masks a plain ForbiddenError thrown after it as "Forbidden".
const forbidden = () =>
  new errors.PolicyError('This route is not available to portal users', { policy: 'portal-gate' });
const notFound = () => new errors.NotFoundError('Not Found');

function portalGate(strapi: Core.Strapi, route: PortalRoute | undefined, maxPageSize: number) {
  return async (ctx: Context, next: Next) => {
    if (await sessionEnded(strapi, ctx)) {
      return ctx.unauthorized('This login has ended (logged out or revoked): log in again');
    }
    const scope = await currentPortalScope(strapi);
    if (!scope) return next();
    if (!route || (route.portal !== 'any' && route.portal !== scope.kind)) throw forbidden();
    if ('account' in route) return next();

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
    if (route.files) {
      if (ctx.params.file !== undefined && !route.files.includes(String(ctx.params.file))) throw notFound();
      ctx.state.portalFiles = route.files;
    }
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
  type?: string;
  routes?: RouteInput[];
}

/** The action id Strapi derives for a route (`api::order.order-workflow.find`, `plugin::upload.content-api.find`). */
const actionOf = (namespace: string, handler: unknown) => {
  const name = String(handler);
  return name.startsWith('api::') || name.startsWith('plugin::') ? name : `${namespace}.${name}`;
};

/**
 * An access token lives only as long as its login: after logout (or a
 * refresh-token reuse that revoked the login) it is refused, not honoured
 * until it expires.
 */
async function sessionEnded(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  const state = ctx.state as { auth?: { strategy?: { name?: string } }; session?: { id?: string } };
  if (state.auth?.strategy?.name !== 'users-permissions' || !state.session?.id) return false;
  return !(await sessionAlive(strapi, state.session.id));
}

type RouterLike = RouterInput | ((...args: unknown[]) => unknown);

/** The routes of a router as they will be mounted: a plain router's, or a content-API factory's shared list. */
const routesOf = (router: RouterLike): RouteInput[] | undefined =>
  typeof router === 'function' ? (router as { routes?: RouteInput[] }).routes : router.routes;

function gate(strapi: Core.Strapi, namespace: string, routes: RouteInput[], maxPageSize: number) {
  for (const route of routes) {
    const guard = portalGate(strapi, PORTAL_ROUTES[actionOf(namespace, route.handler)], maxPageSize);
    route.config = { ...route.config, middlewares: [guard, ...(route.config?.middlewares ?? [])] };
  }
}

/**
 * Puts the portal gate in front of every content-API route — the app's and
 * every plugin's (users-permissions, upload, …) — in register() before the
 * routes are mounted, so no route, present or future, can forget it.
 */
export function gatePortalRoutes(strapi: Core.Strapi) {
  const maxPageSize = Number(strapi.config.get('api.rest.maxLimit', 100));
  const apis = strapi.apis as unknown as Record<string, { routes: Record<string, RouterLike> }>;
  for (const [apiName, api] of Object.entries(apis)) {
    for (const [name, router] of Object.entries(api.routes)) {
      const routes = routesOf(router);
      if (!routes) throw new Error(`portal gate: router ${apiName}.${name} must be an object`);
      gate(strapi, `api::${apiName}`, routes, maxPageSize);
    }
  }
  const plugins = strapi.plugins as unknown as Record<string, { routes?: Record<string, RouterLike> | RouteInput[] }>;
  for (const [pluginName, plugin] of Object.entries(plugins)) {
    // An array of routes, or a router without a type, is an admin router (Strapi's default for plugins).
    if (!plugin.routes || Array.isArray(plugin.routes)) continue;
    for (const [name, router] of Object.entries(plugin.routes)) {
      const type = typeof router === 'function' ? (name === 'content-api' ? 'content-api' : undefined) : router.type;
      if (type !== 'content-api') continue;
      const routes = routesOf(router);
      if (!routes) throw new Error(`portal gate: content-API router ${pluginName}.${name} cannot be gated`);
      gate(strapi, `plugin::${pluginName}`, routes, maxPageSize);
    }
  }
}
