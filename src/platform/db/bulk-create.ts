import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

interface LinkTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

export interface LinkedRow {
  /** The record's own columns, as the query engine takes them. */
  data: Record<string, unknown>;
  /** Relation attribute → the target's id (manyToOne links). */
  links: Record<string, number>;
}

/** Rows a statement: SQLite binds at most 32,766 values (999 before 3.32) — a dozen columns × 60 rows stays under either. */
const BATCH = 60;

/**
 * Creates many records with their manyToOne links at once, for the bulk paths
 * (a size breakdown, an imported sheet) whose rules were checked for the whole
 * batch beforehand: rows through Strapi's query engine (document ids,
 * timestamps, value handling), link rows with their positions in batches.
 * Listeners hear `entry.create` per record after the commit, as from the
 * document service. Returns the ids in the order of `rows`.
 */
export async function createManyLinked(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  rows: readonly LinkedRow[]
): Promise<number[]> {
  if (rows.length === 0) return [];
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const { ids: created } = (await strapi.db
      .query(uid as never)
      .createMany({ data: rows.slice(start, start + BATCH).map((row) => row.data) })) as { ids: number[] };
    ids.push(...created);
  }

  const meta = strapi.db.metadata.get(uid as never) as unknown as {
    attributes: Record<string, { joinTable?: LinkTable }>;
  };
  for (const attribute of Object.keys(rows[0].links)) {
    const link = meta.attributes[attribute]?.joinTable;
    if (!link) throw new Error(`${uid}.${attribute} is not a relation with a link table`);
    // The target keeps its records in order: new ones go after those it has.
    const positions = new Map<number, number>();
    if (link.inverseOrderColumnName) {
      const targets = [...new Set(rows.map((row) => row.links[attribute]))];
      for (let start = 0; start < targets.length; start += 500) {
        const found = (await trx(link.name)
          .whereIn(link.inverseJoinColumn.name, targets.slice(start, start + 500))
          .groupBy(link.inverseJoinColumn.name)
          .select({ target: link.inverseJoinColumn.name })
          .max({ max: link.inverseOrderColumnName })) as Array<{ target: number; max: number | string | null }>;
        for (const row of found) positions.set(Number(row.target), Number(row.max ?? 0));
      }
    }
    const linkRows = rows.map((row, index) => {
      const target = row.links[attribute];
      const position = (positions.get(target) ?? 0) + 1;
      positions.set(target, position);
      return {
        [link.joinColumn.name]: ids[index],
        [link.inverseJoinColumn.name]: target,
        ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}),
        ...(link.inverseOrderColumnName ? { [link.inverseOrderColumnName]: position } : {}),
      };
    });
    for (let start = 0; start < linkRows.length; start += 200)
      await trx(link.name).insert(linkRows.slice(start, start + 200));
  }

  const model = uid.split('.').pop()!;
  await strapi.db.transaction(({ onCommit }) => {
    onCommit(async () => {
      for (let start = 0; start < ids.length; start += 500) {
        const created = await strapi.db
          .query(uid as never)
          .findMany({ where: { id: { $in: ids.slice(start, start + 500) } } });
        for (const entry of created) await strapi.eventHub.emit('entry.create', { model, uid, entry });
      }
    });
  });
  return ids;
}
