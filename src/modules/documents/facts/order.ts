import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import countries from 'i18n-iso-countries';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import type { DocumentLanguage } from '../domain/document-model';
import type { OrderHeader } from '../domain/order-header';
import type { GridLine } from '../domain/size-grid';

/** An order as its documents read it: the header, the grid, the customer's layout. */
export interface OrderFacts {
  id: number;
  documentId: string;
  header: OrderHeader;
  row: {
    season: string | null;
    orderType: string | null;
    fobPrice: number;
    currency: string;
    orderDate: string | null;
    exFactoryDate: string | null;
    materialIssueDate: string | null;
    totalQuantity: number;
    requiresWashing: boolean;
    requiresPrintOrEmbroidery: boolean;
    notes: string | null;
    styleDescription: string | null;
    merchandiser: string | null;
  };
  /** The customer's document layout: bilingual unless the buyer reads English only. */
  language: DocumentLanguage;
  sizes: string[];
  lines: GridLine[];
}

interface Row {
  id: number;
  documentId: string;
  poNumber: string;
  market: string | null;
  shipMode: string | null;
  season: string | null;
  orderType: string | null;
  fobPrice: number | string | null;
  currency: string | null;
  orderDate: string | null;
  exFactoryDate: string | null;
  materialIssueDate: string | null;
  totalQuantity: number | null;
  requiresWashing: boolean | null;
  requiresPrintOrEmbroidery: boolean | null;
  notes: string | null;
  customer: { name: string; documentLanguage: string | null } | null;
  style: {
    styleNo: string;
    description: string | null;
    sizeScale: { sizes: Array<{ code: string }> | null } | null;
  } | null;
  merchandiser: { firstname: string | null; lastname: string | null } | null;
}

/** Loads the order a document prints; 404 when there is none. */
export async function loadOrderFacts(strapi: Core.Strapi, documentId: string): Promise<OrderFacts> {
  const row = (await strapi.db.query(UID.order as never).findOne({
    where: { documentId },
    select: [
      'id',
      'documentId',
      'poNumber',
      'market',
      'shipMode',
      'season',
      'orderType',
      'fobPrice',
      'currency',
      'orderDate',
      'exFactoryDate',
      'materialIssueDate',
      'totalQuantity',
      'requiresWashing',
      'requiresPrintOrEmbroidery',
      'notes',
    ],
    populate: {
      customer: { select: ['name', 'documentLanguage'] },
      style: {
        select: ['styleNo', 'description'],
        populate: { sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } } },
      },
      merchandiser: { select: ['firstname', 'lastname'] },
    },
  })) as Row | null;
  if (!row) throw new errors.NotFoundError('order not found');
  const lines = (await strapi.db.query(UID.orderLine as never).findMany({
    where: { ...linkedTo(strapi, UID.orderLine, 'order', row.id) },
    select: ['colour', 'size', 'quantity'],
    orderBy: { id: 'asc' },
  })) as GridLine[];
  const market = row.market ? (countries.getName(row.market, 'en') ?? row.market) : null;
  return {
    id: row.id,
    documentId: row.documentId,
    header: {
      poNumber: row.poNumber,
      customer: row.customer?.name ?? null,
      styleNo: row.style?.styleNo ?? null,
      destination: [market, row.shipMode].filter(Boolean).join(' · ') || null,
    },
    row: {
      season: row.season,
      orderType: row.orderType,
      fobPrice: Number(row.fobPrice ?? 0),
      currency: row.currency ?? 'USD',
      orderDate: row.orderDate,
      exFactoryDate: row.exFactoryDate,
      materialIssueDate: row.materialIssueDate,
      totalQuantity: row.totalQuantity ?? 0,
      requiresWashing: Boolean(row.requiresWashing),
      requiresPrintOrEmbroidery: Boolean(row.requiresPrintOrEmbroidery),
      notes: row.notes,
      styleDescription: row.style?.description ?? null,
      merchandiser: [row.merchandiser?.firstname, row.merchandiser?.lastname].filter(Boolean).join(' ') || null,
    },
    language: row.customer?.documentLanguage === 'en' ? 'en' : 'bilingual',
    sizes: row.style?.sizeScale?.sizes?.map((size) => size.code) ?? [],
    lines: lines.map((line) => ({ colour: line.colour, size: line.size, quantity: Number(line.quantity) })),
  };
}
