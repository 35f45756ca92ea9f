import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.ControllerHandler>[0];

/**
 * A document as the caller may read it: private fields and relations the
 * caller's role cannot read removed, as Strapi's core controllers answer.
 */
export async function sanitizedDocument<T>(
  strapi: Core.Strapi,
  uid: string,
  document: unknown,
  ctx: Context
): Promise<T> {
  return (await strapi.contentAPI.sanitize.output(document as never, strapi.getModel(uid as never), {
    auth: ctx.state.auth,
  })) as T;
}
