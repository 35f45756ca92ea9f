import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { PORTAL_ROLES, type PortalKind } from './domain/roles';

/** Demo portal accounts: a buyer, a fabric supplier and a wash subcontractor. */
export const DEMO_PORTAL_USERS: Array<{ username: string; email: string; kind: PortalKind; code: string }> = [
  { username: 'blueridge', email: 'portal@blueridge.example', kind: 'customer', code: 'BLUERIDGE' },
  { username: 'huayang', email: 'portal@huayang.example', kind: 'supplier', code: 'HUAYANG' },
  { username: 'jintan-wash', email: 'portal@jintan-wash.example', kind: 'supplier', code: 'JINTAN-WASH' },
];

/**
 * Creates the demo portal accounts that do not exist yet, with the password of
 * DEMO_PORTAL_PASSWORD (written to `.env` on a new clone) or a random one.
 * The credentials are printed in development only.
 */
export async function ensureDemoPortalUsers(strapi: Core.Strapi): Promise<number> {
  const password = process.env.DEMO_PORTAL_PASSWORD || randomBytes(9).toString('base64url');
  const created: string[] = [];
  for (const user of DEMO_PORTAL_USERS) {
    const exists = await strapi.db.query('plugin::users-permissions.user').count({ where: { email: user.email } });
    if (exists > 0) continue;
    const role = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: PORTAL_ROLES[user.kind].type }, select: ['id'] })) as { id: number } | null;
    const tenantUid = user.kind === 'customer' ? UID.customer : UID.supplier;
    const tenant = (await strapi.db.query(tenantUid).findOne({ where: { code: user.code }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!role || !tenant) continue;
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: user.username,
        email: user.email,
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        [user.kind]: tenant.id,
      });
    created.push(`${user.email} (${user.kind} ${user.code})`);
  }
  if (created.length > 0 && strapi.config.get('environment') === 'development') {
    strapi.log.info(`Gendan demo portal users — password "${password}": ${created.join(', ')}`);
  }
  return created.length;
}
