import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PORTAL_ROLES, portalKindOfRole } from '../portal/domain/roles';
import { mailConfigured } from './mail';
import { refreshTokenSession, revokeFamily, revokeOnReuse } from './portal-sessions';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Handler = (ctx: Context) => Promise<unknown>;
type ControllerFactory = (args: { strapi: Core.Strapi }) => Record<string, Handler>;
type ServiceFactory = (args: { strapi: Core.Strapi }) => Record<string, (...args: never[]) => Promise<unknown>>;

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';

const refreshTokenOf = (strapi: Core.Strapi, ctx: Context): unknown => {
  const name =
    (strapi.config.get('plugin::users-permissions.sessions') as { cookie?: { name?: string } } | undefined)?.cookie
      ?.name ?? 'strapi_up_refresh';
  return ctx.cookies.get(name) ?? (ctx.request.body as { refreshToken?: unknown } | undefined)?.refreshToken;
};

const mailUnavailable = (what: string) =>
  new errors.ApplicationError(
    `${what} by e-mail is not available: this Gendan server sends no e-mail. Ask your Gendan administrator to set a new password for you.`,
    { reason: 'mail-not-configured' }
  );

/** Only the body's own validation may tell a caller anything; everything after it answers alike. */
const isInputError = (error: unknown) => error instanceof errors.ValidationError;

/**
 * users-permissions' account routes, hardened for portals:
 * - refresh: a rotated refresh token used again revokes the whole login;
 * - logout: ends the whole login (every rotation of it), so no access token of it lives on;
 * - forgot password and e-mail confirmation: without SMTP a clear 400, the
 *   same for every address; with SMTP the same answer for known and unknown
 *   addresses, and no reset token is left behind when the mail fails.
 */
export const hardenedAuthController =
  (original: ControllerFactory): ControllerFactory =>
  ({ strapi }) => {
    const controller = original({ strapi });
    return {
      ...controller,

      async refresh(ctx) {
        if (await revokeOnReuse(strapi, refreshTokenOf(strapi, ctx))) {
          // Answered here: an UnauthorizedError thrown would lose its message in Strapi's authorise step.
          return ctx.unauthorized('This refresh token was already used: the login is revoked, log in again');
        }
        return controller.refresh.call(controller, ctx);
      },

      async logout(ctx) {
        const sessionId =
          (ctx.state as { session?: { id?: string } }).session?.id ??
          refreshTokenSession(strapi, refreshTokenOf(strapi, ctx));
        // Before users-permissions deletes the current session: the chain to the rest of the login runs through it.
        if (sessionId && (ctx.state as { user?: unknown }).user) await revokeFamily(strapi, sessionId);
        return controller.logout.call(controller, ctx);
      },

      async forgotPassword(ctx) {
        if (!mailConfigured(strapi)) throw mailUnavailable('Password reset');
        const email = String((ctx.request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();
        try {
          return await controller.forgotPassword.call(controller, ctx);
        } catch (error) {
          if (isInputError(error)) throw error;
          // The mail failed for a known address: no usable token stays behind, and the answer is the unknown one's.
          await strapi.db.query(USER).updateMany({ where: { email }, data: { resetPasswordToken: null } });
          strapi.log.error(
            `[portal] password reset mail failed: ${error instanceof Error ? error.message : String(error)}`
          );
          ctx.status = 200;
          ctx.body = { ok: true };
        }
      },

      async sendEmailConfirmation(ctx) {
        if (!mailConfigured(strapi)) throw mailUnavailable('E-mail confirmation');
        const email = (ctx.request.body as { email?: unknown } | undefined)?.email;
        try {
          await controller.sendEmailConfirmation.call(controller, ctx);
        } catch (error) {
          if (isInputError(error)) throw error;
          // "Already confirmed", "User blocked" or a failed mail: said to nobody, so no address is revealed.
          strapi.log.warn(
            `[portal] e-mail confirmation not sent: ${error instanceof Error ? error.message : String(error)}`
          );
        }
        ctx.status = 200;
        ctx.body = { email, sent: true };
      },
    };
  };

interface RolePermissionsInput {
  type?: unknown;
  permissions?: Record<string, { controllers?: Record<string, Record<string, { enabled?: boolean }>> }>;
}

const enabledActions = (input: RolePermissionsInput) =>
  Object.entries(input.permissions ?? {}).flatMap(([typeName, type]) =>
    Object.entries(type.controllers ?? {}).flatMap(([controllerName, controller]) =>
      Object.entries(controller)
        .filter(([, action]) => action?.enabled)
        .map(([actionName]) => `${typeName}.${controllerName}.${actionName}`)
    )
  );

/**
 * Portal roles are immune to over-granting: their permissions may only be a
 * subset of what Gendan defines for them (the portal gate would refuse the
 * rest anyway — this says so when the administrator saves). A role's type is
 * derived from its name, never taken from the request: nobody creates a
 * second "customer-portal" role by sending the type.
 */
export const hardenedRoleService =
  (original: ServiceFactory): ServiceFactory =>
  ({ strapi }) => {
    const service = original({ strapi }) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    return {
      ...service,

      async createRole(params: RolePermissionsInput & Record<string, unknown>) {
        const { type: _ignored, ...rest } = params ?? {};
        return service.createRole.call(service, rest);
      },

      async updateRole(roleId: unknown, data: RolePermissionsInput) {
        const role = (await strapi.db.query(ROLE).findOne({ where: { id: roleId }, select: ['type'] })) as {
          type: string;
        } | null;
        const kind = portalKindOfRole(role?.type);
        if (kind && data?.permissions) {
          const allowed = new Set<string>(PORTAL_ROLES[kind].actions);
          const extra = enabledActions(data).filter((action) => !allowed.has(action));
          if (extra.length > 0) {
            throw new errors.ValidationError(
              `The ${PORTAL_ROLES[kind].name} role may only hold Gendan's portal permissions; refused: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ` and ${extra.length - 10} more` : ''}`,
              { refused: extra.slice(0, 50) }
            );
          }
        }
        return service.updateRole.call(service, roleId, data);
      },
    } as ReturnType<ServiceFactory>;
  };
