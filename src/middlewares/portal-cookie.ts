import type { Core } from '@strapi/strapi';
import { cookieSecureMode, refreshCookieSecure } from '../modules/security/domain/transport';

interface Config {
  /** PORTAL_COOKIE_SECURE: auto (follow the request), true or false. */
  secure?: string;
}

type CookieOptions = Record<string, unknown> & { secure?: boolean };

/**
 * users-permissions marks its refresh cookie Secure whenever NODE_ENV is
 * production, and koa refuses to send a Secure cookie over plain HTTP — every
 * portal login on a factory LAN without TLS answered 500. Here the flag
 * follows the request (HTTPS directly or through a trusted proxy) unless
 * configured otherwise.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const mode = cookieSecureMode(config.secure);
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/auth/`;
  const cookieName = () =>
    (strapi.config.get('plugin::users-permissions.sessions') as { cookie?: { name?: string } } | undefined)?.cookie
      ?.name ?? 'strapi_up_refresh';
  return async (ctx, next) => {
    if (!ctx.path.startsWith(prefix)) return next();
    const cookies = ctx.cookies as unknown as {
      secure: boolean;
      set(name: string, value?: string | null, options?: CookieOptions): unknown;
    };
    const set = cookies.set.bind(cookies);
    cookies.set = (name, value, options) => {
      if (name !== cookieName() || !options) return set(name, value, options);
      const secure = refreshCookieSecure(mode, ctx.request.secure);
      // Forced Secure over HTTP (mode true): send the flag anyway; the browser keeps it for HTTPS only.
      if (secure && !ctx.request.secure) cookies.secure = true;
      return set(name, value, { ...options, secure });
    };
    await next();
  };
};
