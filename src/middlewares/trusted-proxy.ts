import type { Core } from '@strapi/strapi';
import { FORWARDED_HEADERS, isTrustedPeer, proxyList } from '../modules/security/domain/transport';

interface Config {
  /** Addresses and CIDR ranges of the proxies whose X-Forwarded-* headers are believed (PROXY_TRUSTED_IPS). */
  trusted?: string[];
}

/**
 * First of all middlewares: when Gendan runs behind a proxy (IS_PROXIED),
 * forwarded headers from any other peer are dropped before koa reads the
 * client address or protocol from them — a client on the LAN that reaches
 * the port directly cannot forge its address or claim HTTPS.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const trusted = proxyList(config.trusted ?? ['127.0.0.1', '::1']);
  const proxied = () => strapi.server.app.proxy;
  return async (ctx, next) => {
    if (proxied() && !isTrustedPeer(ctx.req.socket.remoteAddress, trusted)) {
      for (const header of FORWARDED_HEADERS) delete ctx.req.headers[header];
    }
    await next();
  };
};
