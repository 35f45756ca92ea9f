import type { Core } from '@strapi/strapi';
import { languageOf } from '../modules/security/domain/append-only';
import { inChinese, type LocalisableError } from '../modules/security/domain/error-language';

/**
 * Inside `strapi::errors`' answer: a refusal read by someone whose language is
 * Chinese (admin profile, else the browser) carries the rules' Chinese messages.
 */
export default (): Core.MiddlewareHandler => async (ctx, next) => {
  await next();
  const body = ctx.body as { error?: LocalisableError } | undefined;
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body) || !body.error || typeof body.error !== 'object')
    return;
  const user = ctx.state?.user as { preferedLanguage?: string | null } | undefined;
  if (languageOf(user?.preferedLanguage, ctx.get('accept-language')) !== 'zh-Hans') return;
  ctx.body = { ...body, error: inChinese(body.error) };
};
