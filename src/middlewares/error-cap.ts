import type { Core } from '@strapi/strapi';
import { capErrorBody } from '../modules/security/domain/request-input';

/**
 * Wraps `strapi::errors`: whatever raised the error — Strapi's validators,
 * a plugin, Gendan — the answer lists a few errors and a short message,
 * never an echo of a hostile request.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  await next();
  const body = ctx.body as { error?: Record<string, unknown> } | undefined;
  if (body && typeof body === 'object' && !Buffer.isBuffer(body) && body.error && typeof body.error === 'object') {
    ctx.body = { ...body, error: capErrorBody(body.error) };
  }
};
