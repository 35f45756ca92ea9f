import type { Core } from '@strapi/strapi';
import { corsOrigins } from '../src/modules/security/domain/transport';

const KB = 1024;

/**
 * Strapi's middlewares with Gendan's edge around them (docs/security.md):
 * forwarded headers believed only from trusted proxies, errors kept small and
 * in the reader's language,
 * CORS for the listed origins only, body size per route, no NUL / runaway
 * nesting / out-of-range pages, the portal cookie following the request.
 * `strapi::poweredBy` is left out: no X-Powered-By header.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  { name: 'global::trusted-proxy', config: { trusted: env.array('PROXY_TRUSTED_IPS', ['127.0.0.1', '::1']) } },
  'strapi::logger',
  'global::error-cap',
  'global::error-language',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(env.array('CORS_ORIGINS', []), env('PUBLIC_URL', 'http://localhost:1337')),
      credentials: true,
      maxAge: env.int('CORS_MAX_AGE_SECONDS', 600),
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'X-Strapi-Refresh-Cookie'],
    },
  },
  {
    name: 'global::body-limit',
    config: {
      limits: [
        { prefix: '/api', bytes: env.int('BODY_LIMIT_API_KB', 512) * KB },
        { prefix: '/api/auth', bytes: 16 * KB },
        { prefix: '/admin', bytes: env.int('BODY_LIMIT_ADMIN_KB', 2048) * KB },
        { prefix: '/content-manager', bytes: env.int('BODY_LIMIT_ADMIN_KB', 2048) * KB },
        { prefix: '/merchandiser', bytes: env.int('BODY_LIMIT_ADMIN_KB', 2048) * KB },
      ],
    },
  },
  'strapi::query',
  { name: 'strapi::body', config: { jsonLimit: `${env.int('BODY_LIMIT_ADMIN_KB', 2048)}kb` } },
  { name: 'global::request-guard', config: { maxDepth: 20 } },
  { name: 'global::portal-cookie', config: { secure: env('PORTAL_COOKIE_SECURE', 'auto') } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
