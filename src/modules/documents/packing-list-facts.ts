import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createError from 'http-errors';
import countries from 'i18n-iso-countries';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { isoDay } from '../calendar/domain/calendar-date';
import { loadOrder } from '../orders/guards/order-state';
import { cartonRowFromStored } from '../shipping/domain/packing';
import type { Bilingual } from './domain/document-model';
import type { PackingListFacts } from './domain/packing-list-document';

/** What the order's simulated or final packing list prints, and whether that version still stands. */
export async function loadPackingListFacts(
  strapi: Core.Strapi,
  documentId: string,
  kind: 'simulated' | 'final'
): Promise<{ facts: PackingListFacts; watermark: Bilingual | undefined }> {
  const order = await loadOrder(strapi, { documentId });
  if (!order) throw new errors.NotFoundError('order not found');
  const [header, list, issued] = await Promise.all([
    strapi.db.query(UID.order as never).findOne({
      where: { id: order.id },
      select: ['market', 'shipMode'],
      populate: { customer: { select: ['name'] }, style: { select: ['styleNo'] } },
    }) as Promise<{
      market: string | null;
      shipMode: string | null;
      customer: { name: string } | null;
      style: { styleNo: string } | null;
    } | null>,
    strapi.db.query(UID.packingList as never).findOne({
      where: { ...linkedTo(strapi, UID.packingList, 'order', order.id), kind },
      select: ['id'],
      populate: { cartons: true },
    }) as Promise<{ cartons: Array<Record<string, unknown>> | null } | null>,
    strapi.db.query(UID.orderDocument as never).findMany({
      where: { ...linkedTo(strapi, UID.orderDocument, 'order', order.id), kind: `${kind}-packing-list` },
      select: ['version', 'status', 'issuedAt'],
      orderBy: { version: 'desc' },
      limit: 1,
    }) as Promise<Array<{ version: number; status: string; issuedAt: string | null }>>,
  ]);
  if (!list || !list.cartons?.length) {
    const missing = kind === 'final' ? 'the final packing list' : 'the simulated packing list';
    throw createError(409, `${missing} of ${order.poNumber} has no cartons yet`, {
      name: 'ConflictError',
      details: { rule: 'document-facts-missing', missing: [missing] },
    });
  }
  const version = issued[0];
  const cartons = list.cartons.map(cartonRowFromStored);
  const market = header?.market ? (countries.getName(header.market, 'en') ?? header.market) : null;
  return {
    facts: {
      order: {
        poNumber: order.poNumber,
        styleNo: header?.style?.styleNo ?? null,
        customer: header?.customer?.name ?? null,
        destination: [market, header?.shipMode].filter(Boolean).join(' · ') || null,
      },
      kind,
      version: version?.version ?? 1,
      issuedOn: version?.issuedAt ? isoDay(new Date(version.issuedAt)) : isoDay(new Date()),
      sizes: order.snapshot.style?.sizeScale ?? [],
      cartons,
    },
    watermark:
      version?.status === 'superseded'
        ? { en: 'SUPERSEDED', zh: '已作废' }
        : version?.status === 'recalled'
          ? { en: 'RECALLED', zh: '已收回' }
          : undefined,
  };
}
