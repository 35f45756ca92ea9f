import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';

const EXPLORER = 'plugin::content-manager.explorer.';

/**
 * Notifications belong to their recipients (read in the inbox, scoped to the
 * user and their departments); sign-offs and history belong to their order
 * (read in its workflow panel). Strapi's Editor and Author roles would list
 * every department's in the Content Manager: they lose those types there.
 * Append-only types are read-only for staff (the guards refuse writes anyway);
 * the audit entries are for Editors (merchandisers), not Authors.
 */
const HIDDEN: Record<string, readonly string[]> = {
  'strapi-editor': [UID.notification, UID.signoff, UID.orderHistory],
  'strapi-author': [UID.notification, UID.signoff, UID.orderHistory, UID.auditEntry],
};
const READ_ONLY = [UID.orderRevision, UID.orderDocument, UID.auditEntry, UID.ruleWaiver, UID.dataImport];

interface PermissionRow {
  id: number;
  action: string;
  subject: string | null;
}

/**
 * Applied once per install (a super administrator may deliberately grant
 * them back): Editor and Author keep the Content Manager for what they work
 * on, not for other people's notifications or the factory's audit. Editors
 * read the audit entries (portal writes, authority changes).
 */
export async function restrictStaffRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'gendan', key: 'staff-roles-restricted' });
  if (await store.get({})) return;
  const roles = (await strapi.db.query('admin::role').findMany({
    where: { code: { $in: Object.keys(HIDDEN) } },
    select: ['id', 'code'],
  })) as Array<{ id: number; code: string }>;
  for (const role of roles) {
    const hidden = HIDDEN[role.code];
    const held = (await strapi.db.query('admin::permission').findMany({
      where: { role: { id: role.id }, subject: { $in: [...hidden, ...READ_ONLY] } },
      select: ['id', 'action', 'subject'],
    })) as PermissionRow[];
    const remove = held.filter(
      (permission) =>
        permission.action.startsWith(EXPLORER) &&
        (hidden.includes(permission.subject ?? '') || permission.action !== `${EXPLORER}read`)
    );
    if (remove.length > 0) {
      await strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: remove.map((p) => p.id) } } });
    }
    const readsAudit = held.some((p) => p.subject === UID.auditEntry && p.action === `${EXPLORER}read`);
    if (!hidden.includes(UID.auditEntry) && !readsAudit) {
      await strapi
        .service('admin::permission')
        .createMany([
          { action: `${EXPLORER}read`, subject: UID.auditEntry, properties: {}, conditions: [], role: role.id },
        ]);
    }
  }
  await store.set({ value: true });
}
