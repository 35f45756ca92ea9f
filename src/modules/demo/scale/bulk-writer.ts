import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}
interface Attribute {
  type: string;
  columnName?: string;
  joinTable?: JoinTable;
}
interface Meta {
  tableName: string;
  attributes: Record<string, Attribute>;
}

export type BulkRow = Record<string, unknown>;

/** A document id in Strapi's shape (24 lowercase alphanumerics), cheap to make by the million. */
const documentId = () => {
  const bytes = randomBytes(24);
  // Like cuid2, a letter first: Strapi reads a relation value that starts with a digit as an id.
  let id = 'abcdefghijklmnopqrstuvwxyz'[bytes[0] % 26];
  for (const byte of bytes.subarray(1)) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36];
  return id;
};

/**
 * Writes generated records straight into Strapi's tables and link tables in
 * large batches, with ids allocated here (so relations need no round trip),
 * column and link names read from Strapi's metadata. For loading test data
 * only: it skips the document service, and with it every rule.
 */
export function bulkWriter(strapi: Core.Strapi) {
  const knex = strapi.db.connection as Knex;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as Meta;
  const nextId = new Map<string, number>();
  const buffers = new Map<string, BulkRow[]>();
  const positions = new Map<string, number>();
  const touched = new Set<string>();
  let written = 0;

  const value = (attribute: Attribute | undefined, raw: unknown) => {
    if (raw === undefined || raw === null) return null;
    if (attribute?.type === 'json') return JSON.stringify(raw);
    if (raw instanceof Date) return sqlite ? raw.getTime() : raw;
    if (typeof raw === 'boolean') return sqlite ? (raw ? 1 : 0) : raw;
    return raw;
  };

  async function flush(table: string) {
    const rows = buffers.get(table);
    if (!rows || rows.length === 0) return;
    buffers.set(table, []);
    // knex turns a SQLite multi-row insert into a compound SELECT: at most 500 terms.
    const size = Math.max(1, Math.min(500, Math.floor(30000 / Object.keys(rows[0]).length)));
    for (let start = 0; start < rows.length; start += size) {
      await knex(table).insert(rows.slice(start, start + size));
    }
    written += rows.length;
  }

  async function push(table: string, row: BulkRow) {
    const rows = buffers.get(table) ?? [];
    rows.push(row);
    buffers.set(table, rows);
    touched.add(table);
    // Records before links: the link tables' foreign keys need their rows.
    if (rows.length >= 2000) await flushAll();
  }

  async function flushAll() {
    const tables = [...buffers.keys()];
    const links = tables.filter((table) => table.endsWith('_lnk'));
    for (const table of tables.filter((name) => !links.includes(name))) await flush(table);
    for (const table of links) await flush(table);
  }

  return {
    /** Rows written so far (records and links). */
    get written() {
      return written;
    },

    async reserve(uid: string, count: number): Promise<number> {
      if (!nextId.has(uid)) {
        const row = (await knex(meta(uid).tableName).max({ max: 'id' }).first()) as { max: number | string | null };
        nextId.set(uid, Number(row?.max ?? 0) + 1);
      }
      const first = nextId.get(uid)!;
      nextId.set(uid, first + count);
      return first;
    },

    /** Buffers one record (attributes by name; relations as target ids) and its link rows; returns its id. */
    async add(uid: string, data: BulkRow, id?: number): Promise<number> {
      const model = meta(uid);
      const rowId = id ?? (await this.reserve(uid, 1));
      const now = new Date();
      const row: BulkRow = {
        id: rowId,
        document_id: documentId(),
        created_at: value(undefined, now),
        updated_at: value(undefined, now),
        published_at: value(undefined, now),
      };
      const links: Array<[string, BulkRow]> = [];
      for (const [name, raw] of Object.entries(data)) {
        const attribute = model.attributes[name];
        if (!attribute) throw new Error(`${uid} has no attribute ${name}`);
        if (attribute.joinTable) {
          if (raw === null || raw === undefined) continue;
          const join = attribute.joinTable;
          const targets = Array.isArray(raw) ? raw : [raw];
          for (const [index, target] of targets.entries()) {
            const link: BulkRow = { [join.joinColumn.name]: rowId, [join.inverseJoinColumn.name]: target };
            if (join.orderColumnName) link[join.orderColumnName] = index + 1;
            if (join.inverseOrderColumnName) {
              const key = `${join.name}:${String(target)}`;
              const position = (positions.get(key) ?? 0) + 1;
              positions.set(key, position);
              link[join.inverseOrderColumnName] = position;
            }
            links.push([join.name, link]);
          }
          continue;
        }
        row[attribute.columnName ?? name] = value(attribute, raw);
      }
      await push(model.tableName, row);
      for (const [table, link] of links) await push(table, link);
      return rowId;
    },

    /** Writes every buffered row, links after the records they point to. */
    flushAll,

    /** PostgreSQL sequences follow the ids written here. */
    async finish() {
      await flushAll();
      if (sqlite) return;
      for (const table of touched) {
        await knex.raw(
          `select setval(pg_get_serial_sequence(?, 'id'), greatest((select coalesce(max(id), 0) from ??), 1))`,
          [table, table]
        );
      }
    },
  };
}

export type BulkWriter = ReturnType<typeof bulkWriter>;
