import type { Core } from '@strapi/strapi';
import type { Actor } from './domain/actor';

interface AuthState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number | string; name?: string; type?: string } };
  user?: {
    id?: number | string;
    username?: string;
    email?: string;
    firstname?: string;
    lastname?: string;
    roles?: Array<{ code: string }>;
  };
}

/** Strapi's names for content-API token authentication. */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);
/** Admin sessions, and admin tokens acting for their owner. */
const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

/** Who is calling, from Strapi's auth state: an API token, a portal user or an admin user. */
export function actorOf(state: AuthState): Actor {
  const strategy = state.auth?.strategy?.name ?? '';
  if (TOKEN_STRATEGIES.has(strategy)) {
    const token = state.auth?.credentials ?? {};
    return { type: 'api-token', id: token.id === undefined ? null : String(token.id), name: token.name ?? 'API token' };
  }
  const user = state.user;
  if (ADMIN_STRATEGIES.has(strategy) && user) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `admin ${user.id}`;
    return { type: 'admin', id: String(user.id), name, roleCodes: (user.roles ?? []).map((role) => role.code) };
  }
  if (user) {
    return { type: 'user', id: String(user.id), name: user.username ?? user.email ?? `user ${user.id}` };
  }
  return { type: 'system', id: null, name: 'system' };
}

const requestState = (strapi: Core.Strapi): AuthState =>
  (strapi.requestContext.get() as { state?: AuthState } | undefined)?.state ?? {};

/** The actor of the request being served (system outside a request: bootstrap, cron, scripts). */
export const currentActor = (strapi: Core.Strapi): Actor => actorOf(requestState(strapi));

/** The API token type of the request being served (`full-access`, `read-only`, `custom`), if a token calls. */
export const currentTokenType = (strapi: Core.Strapi): string | null => {
  const state = requestState(strapi);
  return TOKEN_STRATEGIES.has(state.auth?.strategy?.name ?? '') ? (state.auth?.credentials?.type ?? null) : null;
};
