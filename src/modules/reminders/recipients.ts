import type { Core } from '@strapi/strapi';
import type { DigestLanguage } from './domain/digest';
import { UID } from '../../platform/constants';

export interface MailRecipient {
  id: number;
  email: string;
  name: string | null;
  language: DigestLanguage;
}

interface AdminUserRow {
  id: number;
  email: string | null;
  firstname: string | null;
  lastname: string | null;
  isActive: boolean | null;
  blocked: boolean | null;
  preferedLanguage: string | null;
}

const USER_FIELDS = ['id', 'email', 'firstname', 'lastname', 'isActive', 'blocked', 'preferedLanguage'];

const toRecipient = (row: AdminUserRow): MailRecipient | null =>
  row.email && row.isActive !== false && !row.blocked
    ? {
        id: row.id,
        email: row.email,
        name: [row.firstname, row.lastname].filter(Boolean).join(' ') || null,
        // The admin panel's own language setting decides the digest's language.
        language: row.preferedLanguage?.startsWith('zh') ? 'zh-Hans' : 'en',
      }
    : null;

/** Active admin users by id. */
export async function usersById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, MailRecipient>> {
  if (ids.length === 0) return new Map();
  const rows = (await strapi.db
    .query('admin::user')
    .findMany({ where: { id: { $in: ids } }, select: USER_FIELDS })) as AdminUserRow[];
  return new Map(rows.flatMap((row) => (toRecipient(row) ? [[row.id, toRecipient(row)!] as const] : [])));
}

/** The active admin users of each department: those holding the department's admin role. */
export async function departmentMembers(strapi: Core.Strapi, keys: string[]): Promise<Map<string, MailRecipient[]>> {
  const members = new Map<string, MailRecipient[]>();
  if (keys.length === 0) return members;
  const departments = (await strapi.db
    .query(UID.department)
    .findMany({ where: { key: { $in: keys } }, select: ['key', 'adminRoleCode'] })) as Array<{
    key: string;
    adminRoleCode: string | null;
  }>;
  for (const department of departments) {
    if (!department.adminRoleCode) continue;
    const rows = (await strapi.db.query('admin::user').findMany({
      where: { roles: { code: department.adminRoleCode } },
      select: USER_FIELDS,
    })) as AdminUserRow[];
    members.set(
      department.key,
      rows.flatMap((row) => (toRecipient(row) ? [toRecipient(row)!] : []))
    );
  }
  return members;
}

/** Who an admin user reads for: the departments whose role they hold, and whether they are a super admin. */
export async function audienceOf(
  strapi: Core.Strapi,
  userId: number
): Promise<{ superAdmin: boolean; departments: string[] }> {
  const user = (await strapi.db.query('admin::user').findOne({
    where: { id: userId },
    select: ['id'],
    populate: { roles: { select: ['code'] } },
  })) as { roles?: Array<{ code: string }> } | null;
  const codes = (user?.roles ?? []).map((role) => role.code);
  const departments =
    codes.length === 0
      ? []
      : ((await strapi.db
          .query(UID.department)
          .findMany({ where: { adminRoleCode: { $in: codes } }, select: ['key'] })) as Array<{ key: string }>);
  return {
    superAdmin: codes.includes('strapi-super-admin'),
    departments: departments.map((department) => department.key),
  };
}
