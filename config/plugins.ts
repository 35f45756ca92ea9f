import type { Core } from '@strapi/strapi';
import { MAIL_DISABLED_PROVIDER } from '../src/modules/security/mail';

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

/**
 * Reminder digests and portal password resets go out through Strapi's email
 * plugin when SMTP is configured. Without SMTP_HOST the plugin gets Gendan's
 * disabled provider (providers/email-disabled): nothing tries to deliver
 * (Strapi's default `sendmail` would contact recipients' servers directly),
 * reminders are stored and logged, password reset says it is unavailable.
 */
const email = (env: Core.Config.Shared.ConfigParams['env']) =>
  env('SMTP_HOST')
    ? {
        config: {
          provider: 'nodemailer',
          providerOptions: {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', false),
            ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
            ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
          },
          settings: {
            defaultFrom: env('EMAIL_FROM', 'Gendan <gendan@localhost>'),
            defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'gendan@localhost')),
          },
        },
      }
    : { config: { provider: MAIL_DISABLED_PROVIDER } };

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  email: email(env),
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
