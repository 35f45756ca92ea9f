import type { Core } from '@strapi/strapi';
import { PORTAL_ROLES } from './domain/roles';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * A portal role holds Gendan's portal permissions or fewer: anything else
 * (granted before the role service refused it, or written to the database
 * directly) is removed at start, and said in the log.
 */
async function dropForeignPermissions(strapi: Core.Strapi, roleId: number, allowed: readonly string[]) {
  const foreign = (await strapi.db.query(PERMISSION).findMany({
    where: { role: { id: roleId }, action: { $notIn: [...allowed] } },
    select: ['id', 'action'],
  })) as Array<{ id: number; action: string }>;
  if (foreign.length === 0) return;
  await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: foreign.map((p) => p.id) } } });
  strapi.log.warn(
    `[portal] removed ${foreign.length} permission(s) a portal role may not hold: ${foreign.map((p) => p.action).join(', ')}`
  );
}

/**
 * The two portal roles, created once with exactly their permissions (an
 * administrator may remove some afterwards, never add others: the role
 * service refuses them, and the portal gate confines whatever is granted). Self-registration is closed on the first start:
 * portal accounts are created by administrators and linked to a customer or
 * supplier.
 */
export async function ensurePortalRoles(strapi: Core.Strapi) {
  for (const role of Object.values(PORTAL_ROLES)) {
    const existing = (await strapi.db.query(ROLE).findOne({ where: { type: role.type }, select: ['id'] })) as {
      id: number;
    } | null;
    if (existing) {
      await dropForeignPermissions(strapi, existing.id, role.actions);
      continue;
    }
    const created = (await strapi.db
      .query(ROLE)
      .create({ data: { name: role.name, description: role.description, type: role.type } })) as { id: number };
    for (const action of role.actions) {
      await strapi.db.query(PERMISSION).create({ data: { action, role: created.id } });
    }
  }

  const gendan = strapi.store({ type: 'plugin', name: 'gendan' });
  if (await gendan.get({ key: 'portal-registration-closed' })) return;
  const usersPermissions = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await usersPermissions.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await usersPermissions.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  await gendan.set({ key: 'portal-registration-closed', value: true });
}
