import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { uniqueClash } from '../../modules/reference/domain/master-data';
import type { Violation } from '../domain/violation';
import { lockKey } from './guard';

interface UniqueSpec {
  uid: string;
  field: string;
  value: unknown;
  /** The row being written, which may of course share the value with itself. */
  selfId: number;
  /** Unique only among the records of one parent (e.g. PO number per customer). */
  within?: { relation: string; id: number; label: string };
}

/**
 * Checks, after the write and under a lock on the value's scope, that no other
 * record holds the same value. Case and surrounding spaces do not make a new value.
 */
export async function checkUnique(strapi: Core.Strapi, trx: Knex.Transaction, spec: UniqueSpec): Promise<Violation[]> {
  if (typeof spec.value !== 'string' || spec.value === '') return [];
  await lockKey(strapi, trx, `unique:${spec.uid}:${spec.field}:${spec.within?.id ?? '*'}`);
  const where: Record<string, unknown> = {
    [spec.field]: { $eqi: spec.value.trim() },
    id: { $ne: spec.selfId },
  };
  if (spec.within) where[spec.within.relation] = { id: spec.within.id };
  const clashes = await strapi.db.query(spec.uid as never).count({ where });
  if (clashes === 0) return [];
  return [uniqueClash(spec.field, spec.value, spec.within?.label)];
}

/** Trims the string fields a user types, so " PO-1 " and "PO-1" are one value. */
export function trimStrings(data: Record<string, unknown> | undefined, fields: readonly string[]): void {
  if (!data) return;
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string') data[field] = value.trim();
  }
}
