import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bodyLimitFor, type BodyLimit } from '../modules/security/domain/request-input';

interface Config {
  /** Body size limits by path prefix (the longest match wins); uploads keep the upload plugin's own limit. */
  limits?: BodyLimit[];
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Before the body is read: a body larger than its route accepts is a 413, and nothing of it is parsed. */
export default (config: Config): Core.MiddlewareHandler => {
  const limits = config.limits ?? [];
  return async (ctx, next) => {
    const limit = bodyLimitFor(ctx.path, limits);
    const length = Number(ctx.request.get('content-length') || 0);
    if (limit !== null && length > limit && !ctx.request.is('multipart/*')) {
      throw new errors.PayloadTooLargeError(
        `the request body is ${kb(length)}; ${ctx.path} accepts at most ${kb(limit)}`,
        {
          limit,
        }
      );
    }
    await next();
  };
};
