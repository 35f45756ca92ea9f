import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../constants';

/** Department roles start able to use the cockpit, act on orders and sign for their department. */
const DEPARTMENT_DEFAULTS = [ACTIONS.dashboard, ACTIONS.transition, ACTIONS.signoff];

/**
 * Grants the defaults to each department role once (remembered in the plugin
 * store), so an administrator who later takes a permission away keeps it away.
 * Called by the app's bootstrap once the department roles exist — after the
 * admin's own bootstrap.
 */
const grantDepartmentDefaults = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'merchandiser', key: 'department-defaults' });
  const granted = new Set(((await store.get({})) as string[] | null) ?? []);
  const roles = (await strapi.db.query('admin::role').findMany({
    where: { code: { $startsWith: 'gendan-dept-' } },
    select: ['id', 'code'],
  })) as Array<{ id: number; code: string }>;
  for (const role of roles.filter((r) => !granted.has(r.code))) {
    const held = (await strapi.db.query('admin::permission').findMany({
      where: { role: { id: role.id }, action: { $in: DEPARTMENT_DEFAULTS } },
      select: ['id', 'action'],
    })) as Array<{ action: string }>;
    const missing = DEPARTMENT_DEFAULTS.filter((action) => !held.some((permission) => permission.action === action));
    if (missing.length > 0) {
      await strapi
        .service('admin::permission')
        .createMany(
          missing.map((action) => ({ action, subject: null, properties: {}, conditions: [], role: role.id }))
        );
    }
    granted.add(role.code);
  }
  await store.set({ value: [...granted] });
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  grantDepartmentDefaults: () => grantDepartmentDefaults(strapi),
});
