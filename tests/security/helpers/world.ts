import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { as, call, type Client } from './client';
import { connect } from './db';
import type { DatabaseConfig } from './production';

/** Who exists on the shared production server: the super admin, staff admins and API tokens. */
export interface AdminAccount {
  id: number;
  email: string;
  password: string;
  token: string;
}

export interface World {
  base: string;
  database: DatabaseConfig;
  superAdmin: AdminAccount;
  editor: AdminAccount;
  author: AdminAccount;
  fullAccessToken: string;
  readOnlyToken: string;
}

export const PASSWORD = 'Gendan-Security-2026';

async function must(answer: Promise<{ status: number; text: string; body: unknown }>, what: string) {
  const res = await answer;
  if (res.status >= 300) throw new Error(`${what} → ${res.status} ${res.text.slice(0, 300)}`);
  return res.body as { data: Record<string, unknown> };
}

/** An admin user with the given roles, invited by the super admin and registered as the invitee does. */
export async function createAdmin(
  base: string,
  superToken: string,
  firstname: string,
  roleIds: number[]
): Promise<AdminAccount> {
  const admin = as(base, superToken);
  const staffEmail = `${firstname.toLowerCase()}@gendan.test`;
  const created = await must(
    admin.post('/admin/users', { firstname, lastname: 'Staff', email: staffEmail, roles: roleIds }),
    `create ${firstname}`
  );
  const joined = await must(
    call(base, 'POST', '/admin/register', {
      registrationToken: created.data.registrationToken,
      userInfo: { firstname, lastname: 'Staff', password: PASSWORD },
    }),
    `register ${firstname}`
  );
  return { id: created.data.id as number, email: staffEmail, password: PASSWORD, token: joined.data.token as string };
}

/** The first administrator, as a new factory registers it, then staff and tokens through the admin API. */
export async function prepareWorld(base: string, database: DatabaseConfig): Promise<World> {
  const email = 'chen.admin@gendan.test';
  const registered = await must(
    call(base, 'POST', '/admin/register-admin', { firstname: 'Chen', lastname: 'Admin', email, password: PASSWORD }),
    'register-admin'
  );
  const superToken = registered.data.token as string;
  const admin = as(base, superToken);
  const superAdmin = { id: (registered.data.user as { id: number }).id, email, password: PASSWORD, token: superToken };

  const token = async (type: string) =>
    (
      await must(
        admin.post('/admin/api-tokens', { name: `security-${type}`, type, lifespan: null }),
        `api token ${type}`
      )
    ).data.accessKey as string;

  const roles = (await must(admin.get('/admin/roles'), 'roles')).data as unknown as Array<{ id: number; code: string }>;
  const roleId = (code: string) => roles.find((role) => role.code === code)!.id;
  const staff = (firstname: string, codes: string[]) => createAdmin(base, superToken, firstname, codes.map(roleId));

  return {
    base,
    database,
    superAdmin,
    // A merchandiser: Editor, and a member of planning (signs for planning, not for QC).
    editor: await staff('Wang', ['strapi-editor', 'gendan-dept-planning']),
    author: await staff('Zhao', ['strapi-author']),
    fullAccessToken: await token('full-access'),
    readOnlyToken: await token('read-only'),
  };
}

/** The shared server's world, written by the suite's global setup. */
export function world(): World {
  const file = process.env.GENDAN_SECURITY_WORLD;
  if (!file)
    throw new Error('run the security suite with `npm run test:security` (its global setup starts the server)');
  return JSON.parse(readFileSync(file, 'utf8')) as World;
}

/** Clients for each actor of the shared world. */
export function actors(
  w: World = world()
): Record<'superAdmin' | 'editor' | 'author' | 'api' | 'readOnly' | 'anonymous', Client> {
  return {
    superAdmin: as(w.base, w.superAdmin.token),
    editor: as(w.base, w.editor.token),
    author: as(w.base, w.author.token),
    api: as(w.base, w.fullAccessToken),
    readOnly: as(w.base, w.readOnlyToken),
    anonymous: as(w.base, null),
  };
}

/**
 * What a test file of the suite works with: the shared world, a client per
 * actor, and a connection to the server's database (opened on first use,
 * closed after the file).
 */
export function worldForFile(): { w: World; who: ReturnType<typeof actors>; db: Knex } {
  const w = world();
  const db = connect(w.database);
  afterAll(() => db.destroy());
  return { w, who: actors(w), db };
}
