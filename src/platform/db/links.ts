import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { schemaOf } from './schema';

/**
 * A filter for `strapi.db.query(uid)` / the Document Service keeping the
 * records of `uid` whose `attribute` relation points at `target` (one id,
 * several, or the ids a subquery selects — to follow a path of relations):
 * `id IN (SELECT … FROM <link table> WHERE <target column> = ?)`.
 *
 * Strapi's own relation filter (`{ order: { id } }`) LEFT JOINs the link and
 * target tables, which SQLite can only run by scanning every record of `uid`
 * — a million order lines, two million daily reports at 100,000 orders, a
 * quarter of a second per lookup. The link table's index finds the few.
 */
export function linkedTo(
  strapi: Core.Strapi,
  uid: string,
  attribute: string,
  target: number | readonly number[] | Knex.QueryBuilder
): { id: { $in: Knex.QueryBuilder } } {
  const link = schemaOf(strapi).link(uid, attribute);
  const owners = strapi.db.connection(link.table).select(link.from);
  if (typeof target === 'number') return { id: { $in: owners.where(link.to, target) } };
  return { id: { $in: owners.whereIn(link.to, Array.isArray(target) ? [...target] : (target as Knex.QueryBuilder)) } };
}
