import type { Core } from '@strapi/strapi';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: { env: { int(name: string, fallback: number): number } }): Core.Config.Plugin => ({
  // The merchandiser cockpit (dashboards, order panel, size grid, widgets).
  merchandiser: {
    enabled: true,
    resolve: './src/plugins/merchandiser',
  },
  // Portal logins (docs/portal-api.md): short-lived access tokens, the refresh
  // token in an httpOnly cookie, rate-limited login, no self-registration fields.
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
        accessTokenLifespan: env.int('PORTAL_ACCESS_TOKEN_SECONDS', 30 * 60),
        idleRefreshTokenLifespan: env.int('PORTAL_REFRESH_IDLE_SECONDS', 14 * 24 * 3600),
        maxRefreshTokenLifespan: env.int('PORTAL_REFRESH_MAX_SECONDS', 30 * 24 * 3600),
      },
      ratelimit: {
        interval: env.int('LOGIN_RATE_INTERVAL_MS', 60_000),
        max: env.int('LOGIN_RATE_MAX', 10),
      },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
