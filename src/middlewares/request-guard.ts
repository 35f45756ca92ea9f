import type { Core } from '@strapi/strapi';
import { checkPagination, checkRequestShape } from '../modules/security/domain/request-input';
import { rejectIf } from '../platform/invariants/guard';

interface Config {
  /** Deepest nesting of objects and arrays a body or query may have. */
  maxDepth?: number;
}

/**
 * After the body and query are parsed, on every route (content API, admin,
 * plugins): a NUL character anywhere (path, query, body — PostgreSQL cannot
 * store it), nesting beyond the limit or a page number out of range is a 400
 * naming the parameter, before any controller or query runs.
 */
export default (config: Config): Core.MiddlewareHandler => {
  const maxDepth = config.maxDepth ?? 20;
  return async (ctx, next) => {
    const query = ctx.query as Record<string, unknown>;
    const body = (ctx.request as { body?: unknown }).body;
    // The first problem found stops the request (a NUL in the path before one in the body).
    rejectIf(checkRequestShape({ path: ctx.path, query, body, maxDepth }).slice(0, 1));
    rejectIf(checkPagination(query));
    await next();
  };
};
