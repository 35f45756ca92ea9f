import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';

const CHUNK = 500;

/** A long list in parts a query can bind (SQLite's variable limit, PostgreSQL's plan size). */
export const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

export interface OrderByPo {
  id: number;
  documentId: string;
  poNumber: string;
  orderDate: string | null;
  totalQuantity: number;
}

/** The orders a sheet names by PO number (as typed, any case), of one customer when the import is for one. */
export async function ordersByPo(
  strapi: Core.Strapi,
  poNumbers: readonly string[],
  customerId: number | null
): Promise<OrderByPo[]> {
  const wanted = [...new Set(poNumbers.map((po) => po.trim()).filter(Boolean))];
  const rows: OrderByPo[] = [];
  const find = async (where: Record<string, unknown>) =>
    (await strapi.db.query(UID.order).findMany({
      where: { ...where, ...(customerId ? { customer: { id: customerId } } : {}) },
      select: ['id', 'documentId', 'poNumber', 'orderDate', 'totalQuantity'],
    })) as OrderByPo[];
  // As typed first (the PO number's index), then the few typed in another case.
  for (const part of chunks(wanted)) rows.push(...(await find({ poNumber: { $in: part } })));
  const found = new Set(rows.map((row) => row.poNumber.toLocaleLowerCase()));
  const rest = wanted.filter((po) => !found.has(po.toLocaleLowerCase()));
  // A case-insensitive match scans the orders: worth it for a few POs typed otherwise, not for a sheet of unknown ones.
  if (rest.length > 0 && rest.length <= 50)
    rows.push(...(await find({ $or: rest.map((po) => ({ poNumber: { $eqi: po } })) })));
  return rows;
}
