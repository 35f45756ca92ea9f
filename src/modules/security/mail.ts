import type { Core } from '@strapi/strapi';

/** The e-mail provider Gendan configures when SMTP_HOST is unset (providers/email-disabled). */
export const MAIL_DISABLED_PROVIDER = '@gendan/provider-email-disabled';

/** Whether e-mail can be sent: an SMTP server is configured (not Gendan's disabled provider, not sendmail). */
export function mailConfigured(strapi: Core.Strapi): boolean {
  const provider = strapi.config.get('plugin::email.provider') as string | undefined;
  return !!provider && provider !== 'sendmail' && provider !== MAIL_DISABLED_PROVIDER;
}
