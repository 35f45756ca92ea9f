import type { Core } from '@strapi/strapi';
import { PORTAL_ROLES } from '../domain/portal/roles';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The two portal roles, created once with exactly their permissions (an
 * administrator may change them afterwards; the portal gate still confines
 * whatever is granted). Self-registration is closed on the first start:
 * portal accounts are created by administrators and linked to a customer or
 * supplier.
 */
export async function ensurePortalRoles(strapi: Core.Strapi) {
  for (const role of Object.values(PORTAL_ROLES)) {
    if (await strapi.db.query(ROLE).findOne({ where: { type: role.type }, select: ['id'] })) continue;
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
