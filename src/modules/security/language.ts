import type { Core } from '@strapi/strapi';
import { languageOf, type Language } from './domain/append-only';

interface RequestLike {
  state?: { user?: { preferedLanguage?: string | null } };
  get?(header: string): string;
}

/** The language of the person behind the request being served (admin profile, then browser). */
export function requestLanguage(strapi: Core.Strapi): Language {
  const ctx = strapi.requestContext.get() as RequestLike | undefined;
  return languageOf(ctx?.state?.user?.preferedLanguage, ctx?.get?.('accept-language'));
}
