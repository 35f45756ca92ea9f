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

const UNWATCHED =
  /^(strapi_(sessions|core_store_settings|database_schema|migrations|migrations_internal)|admin_users|gendan_row_changes)$/;

/**
 * A row-change counter on every table: triggers count each inserted, updated
 * or deleted row per table in `gendan_row_changes`, inside the writing
 * transaction — so a rolled-back write counts nothing and a committed one
 * always shows, whatever columns it touched. Reading it is one small query,
 * where a fingerprint of every table costs a count per table (the fuzzer
 * brackets thousands of writes).
 */
export async function watchRowChanges(db: Knex): Promise<{ read(): Promise<string>; stop(): Promise<void> }> {
  const pg = db.client.config.client === 'pg';
  const schema = pg ? (db.client.config.searchPath as string[])[0] : null;
  const tables = (
    pg
      ? ((await db('information_schema.tables')
          .where({ table_schema: schema, table_type: 'BASE TABLE' })
          .pluck('table_name')) as string[])
      : ((await db('sqlite_master')
          .where({ type: 'table' })
          .whereNot('name', 'like', 'sqlite_%')
          .pluck('name')) as string[])
  ).filter((name) => !UNWATCHED.test(name));
  await db.schema.dropTableIfExists('gendan_row_changes');
  await db.schema.createTable('gendan_row_changes', (table) => {
    table.string('t').primary();
    table.bigInteger('n').notNullable();
  });
  // By position: table names run to 60 characters, trigger names stop at 63.
  const triggerName = (table: string, event: string) => `gendan_rc_${event}_${tables.indexOf(table)}`;
  if (pg) {
    const counter = `"${schema}".gendan_row_changes`;
    await db.raw(`create or replace function "${schema}".gendan_count_row() returns trigger language plpgsql as $$
      begin
        insert into ${counter} (t, n) values (TG_TABLE_NAME, 1) on conflict (t) do update set n = ${counter}.n + 1;
        return null;
      end $$`);
    for (const table of tables)
      await db.raw(
        `create trigger "${triggerName(table, 'all')}" after insert or update or delete on "${schema}"."${table}" for each row execute function "${schema}".gendan_count_row()`
      );
  } else {
    for (const table of tables)
      for (const event of ['insert', 'update', 'delete'])
        await db.raw(
          `create trigger "${triggerName(table, event)}" after ${event} on "${table}" begin insert into gendan_row_changes (t, n) values ('${table}', 1) on conflict (t) do update set n = n + 1; end`
        );
  }
  return {
    async read() {
      const rows = (await db('gendan_row_changes').select('t', 'n').orderBy('t')) as Array<{ t: string; n: unknown }>;
      return JSON.stringify(rows.map((row) => ({ t: row.t, n: String(row.n) })));
    },
    async stop() {
      for (const table of tables) {
        if (pg) await db.raw(`drop trigger if exists "${triggerName(table, 'all')}" on "${schema}"."${table}"`);
        else
          for (const event of ['insert', 'update', 'delete'])
            await db.raw(`drop trigger if exists "${triggerName(table, event)}"`);
      }
      if (pg) await db.raw(`drop function if exists "${schema}".gendan_count_row()`);
      await db.schema.dropTableIfExists('gendan_row_changes');
    },
  };
}
