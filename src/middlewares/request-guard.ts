import type { Core } from '@strapi/strapi';
import { checkPagination, depthOf, findNul } from '../domain/security/request-input';
import { rejectIf } from '../invariants/guard';

interface Config {
  /** Deepest nesting of objects and arrays a body or query may have. */
  maxDepth?: number;
}

const reject = (path: Array<string | number>, rule: string, message: string) => rejectIf([{ path, rule, message }]);

/**
 * After the body and query are parsed, on every route (content API, admin,
 * plugins): a NUL character anywhere (path, query, body — PostgreSQL cannot
 * store it), nesting beyond the limit or a page number out of range is a 400
 * naming the parameter, before any controller or query runs.
 */
export default (config: Config): Core.MiddlewareHandler => {
  const maxDepth = config.maxDepth ?? 20;
  return async (ctx, next) => {
    if (/%00/.test(ctx.path) || ctx.path.includes('\u0000')) {
      reject(['path'], 'nul-character', 'the URL path may not contain a NUL character (%00)');
    }
    const query = ctx.query as Record<string, unknown>;
    const body = (ctx.request as { body?: unknown }).body;
    for (const [source, value] of [
      ['query', query],
      ['body', body],
    ] as const) {
      const at = findNul(value);
      if (at) {
        const path = [source, ...at];
        reject(path, 'nul-character', `${path.join('.')} may not contain a NUL character (\\u0000)`);
      }
      if (depthOf(value) > maxDepth) {
        reject([source], 'max-depth', `the ${source} nests objects and arrays more than ${maxDepth} levels deep`);
      }
    }
    rejectIf(checkPagination(query));
    await next();
  };
};
