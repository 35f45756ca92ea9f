/** Who did something, as recorded in the audit trail. */
export interface Actor {
  type: 'admin' | 'api-token' | 'user' | 'system';
  id: string | null;
  name: string;
  /** Admin users only: the codes of the admin roles they hold. */
  roleCodes?: string[];
}

export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/**
 * Who may sign for a department: an admin holding the department's role (a
 * super admin: any), an API token an administrator issued for the purpose, the
 * system itself (demo data). Portal users never sign for the factory.
 */
export function canSignFor(actor: Actor, department: { adminRoleCode?: string | null }): boolean {
  switch (actor.type) {
    case 'system':
    case 'api-token':
      return true;
    case 'admin': {
      const roles = actor.roleCodes ?? [];
      return (
        roles.includes(SUPER_ADMIN_ROLE) || (!!department.adminRoleCode && roles.includes(department.adminRoleCode))
      );
    }
    default:
      return false;
  }
}
