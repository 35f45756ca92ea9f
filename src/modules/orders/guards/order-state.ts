import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import type { Channel, OrderSnapshot } from '../domain/order-header';
import type { StoredBreakdownLine } from '../domain/size-breakdown';
import { linkedTo } from '../../../platform/db/links';

interface OrderRow {
  id: number;
  documentId: string;
  poNumber: string;
  market: string | null;
  channel: Channel | null;
  currency: string | null;
  orderDate: string | null;
  exFactoryDate: string | null;
  materialIssueDate: string | null;
  totalQuantity: number | null;
  customer: { id: number; market: string | null; channel: Channel | null } | null;
  style: {
    id: number;
    customer: { id: number } | null;
    sizeScale: { id: number; sizes: Array<{ code: string }> | null } | null;
  } | null;
}

export interface LoadedOrder {
  id: number;
  documentId: string;
  poNumber: string;
  totalQuantity: number;
  snapshot: OrderSnapshot;
  lines: Array<StoredBreakdownLine & { documentId: string }>;
}

/** The order as the rules see it: header, customer, style's size scale and lines, read in the current transaction. */
export async function loadOrder(
  strapi: Core.Strapi,
  where: { id: number } | { documentId: string }
): Promise<LoadedOrder | null> {
  const row = (await strapi.db.query(UID.order).findOne({
    where,
    select: [
      'id',
      'documentId',
      'poNumber',
      'market',
      'channel',
      'currency',
      'orderDate',
      'exFactoryDate',
      'materialIssueDate',
      'totalQuantity',
    ],
    populate: {
      customer: { select: ['id', 'market', 'channel'] },
      style: {
        select: ['id'],
        populate: {
          customer: { select: ['id'] },
          sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } },
        },
      },
    },
  })) as OrderRow | null;
  if (!row) return null;

  const lines = (await strapi.db.query(UID.orderLine).findMany({
    where: { ...linkedTo(strapi, UID.orderLine, 'order', row.id) },
    select: ['id', 'documentId', 'colour', 'size', 'quantity'],
    orderBy: { id: 'asc' },
  })) as Array<StoredBreakdownLine & { documentId: string }>;

  const sizes = row.style?.sizeScale?.sizes?.map((size) => size.code) ?? null;
  return {
    id: row.id,
    documentId: row.documentId,
    poNumber: row.poNumber,
    totalQuantity: row.totalQuantity ?? 0,
    lines,
    snapshot: {
      market: row.market,
      channel: row.channel,
      currency: row.currency,
      orderDate: row.orderDate,
      exFactoryDate: row.exFactoryDate,
      materialIssueDate: row.materialIssueDate,
      customer: row.customer,
      style: row.style
        ? { customerId: row.style.customer?.id ?? null, sizeScale: sizes && sizes.length > 0 ? sizes : null }
        : null,
      lines,
    },
  };
}
