import type { Core } from '@strapi/strapi';
import { cronTasks } from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Behind a load balancer: trust its X-Forwarded-* headers (client address for rate limits, HTTPS).
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_HOPS', 1) },
  // The daily reminder run; off in tests (they run it on demand) unless CRON_ENABLED says otherwise.
  cron: {
    enabled: env.bool('CRON_ENABLED', env('NODE_ENV') !== 'test'),
    tasks: cronTasks(env),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
