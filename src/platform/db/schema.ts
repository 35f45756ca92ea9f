import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isoDay } from '../../modules/calendar/domain/calendar-date';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface Attribute {
  columnName?: string;
  joinTable?: JoinTable;
}

/**
 * Table, column and link-table names from Strapi's metadata, so the SQL below
 * follows the content types (and the Content-Type Builder) rather than guessing.
 */
export function schemaOf(strapi: Core.Strapi) {
  const meta = (uid: string) =>
    strapi.db.metadata.get(uid as never) as unknown as { tableName: string; attributes: Record<string, Attribute> };
  return {
    knex: strapi.db.connection as Knex,
    sqlite: strapi.db.dialect.client === 'sqlite',
    table: (uid: string) => meta(uid).tableName,
    col: (uid: string, attribute: string) =>
      `${meta(uid).tableName}.${meta(uid).attributes[attribute]?.columnName ?? attribute}`,
    /** The link table of a relation: `from` holds the owner's id, `to` the target's. */
    link: (uid: string, attribute: string) => {
      const joinTable = meta(uid).attributes[attribute]?.joinTable;
      if (!joinTable) throw new Error(`${uid}.${attribute} is not a relation with a link table`);
      return {
        table: joinTable.name,
        from: `${joinTable.name}.${joinTable.joinColumn.name}`,
        to: `${joinTable.name}.${joinTable.inverseJoinColumn.name}`,
      };
    },
  };
}

export type Schema = ReturnType<typeof schemaOf>;

/**
 * A column SQLite must not use an index for (unary plus), so that it drives a
 * join from the other side; PostgreSQL plans these joins by statistics and
 * gets the plain column (it has no unary plus on text).
 */
export const withoutSqliteIndex = (s: Schema, column: string) =>
  s.sqlite ? (s.knex.raw('+??', [column]) as unknown as string) : column;

/** Rows of a raw/knex result as numbers (PostgreSQL returns sums and counts as strings). */
export const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** A date or datetime column as yyyy-mm-dd, whatever the driver returned (SQLite: epoch ms or text; PostgreSQL: Date). */
export function dayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date =
    value instanceof Date
      ? value
      : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return isoDay(date);
}

/**
 * Runs raw knex in the current transaction when there is one (SQLite has one
 * connection: a query beside the transaction would wait for it forever), else
 * on the pool.
 */
export function inCurrentTransaction<T>(strapi: Core.Strapi, work: (knex: Knex) => Promise<T>): Promise<T> {
  return strapi.db.inTransaction()
    ? (strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as Promise<T>)
    : work(strapi.db.connection as Knex);
}
