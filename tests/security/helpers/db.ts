import knex, { type Knex } from 'knex';
import type { DatabaseConfig } from './production';

/** A direct connection to a production server's database: the suite asserts what is stored, not only the answer. */
export function connect(config: DatabaseConfig): Knex {
  if (config.client === 'sqlite') {
    return knex({ client: 'better-sqlite3', connection: { filename: config.filename! }, useNullAsDefault: true });
  }
  return knex({
    client: 'pg',
    connection: {
      host: config.host,
      port: config.port,
      user: config.user,
      password: config.password,
      database: config.database,
    },
    searchPath: [config.schema!],
    pool: { min: 0, max: 2 },
  });
}

/**
 * A cheap fingerprint of every table: row count and the latest update, so a
 * refused write that stored (or touched) anything anywhere shows.
 */
export async function fingerprint(db: Knex): Promise<string> {
  const tables =
    db.client.config.client === 'pg'
      ? ((await db('information_schema.tables')
          .where({ table_schema: (db.client.config.searchPath as string[])[0], table_type: 'BASE TABLE' })
          .pluck('table_name')) as string[])
      : ((await db('sqlite_master')
          .where({ type: 'table' })
          .whereNot('name', 'like', 'sqlite_%')
          .pluck('name')) as string[]);
  const skip = new Set([
    'strapi_sessions',
    'strapi_core_store_settings',
    'strapi_database_schema',
    'strapi_migrations',
    'strapi_migrations_internal',
  ]);
  const parts: string[] = [];
  for (const table of tables.filter((name) => !skip.has(name)).sort()) {
    const columns = Object.keys(await db(table).columnInfo());
    const row = (await db(table)
      .count({ rows: '*' })
      .modify((query) => {
        if (columns.includes('updated_at')) query.max({ updated: 'updated_at' });
        if (columns.includes('id')) query.max({ last: 'id' });
      })
      .first()) as Record<string, unknown>;
    parts.push(`${table}:${JSON.stringify(row)}`);
  }
  return parts.join('\n');
}

/** Rows of a table matching a filter, as a number on both drivers (PostgreSQL counts as text). */
export async function count(db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const row = (await db(table).where(where).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
