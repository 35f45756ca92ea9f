import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import { cartonRowFromStored, type CartonRow } from '../../shipping/domain/packing';
import type { Bilingual } from '../domain/document-model';
import type { OrderFacts } from './order';

/** The cartons of the order's simulated or final packing list; 409 naming the list while it has none. */
export async function loadCartons(
  strapi: Core.Strapi,
  order: OrderFacts,
  kind: 'simulated' | 'final'
): Promise<CartonRow[]> {
  const list = (await strapi.db.query(UID.packingList as never).findOne({
    where: { ...linkedTo(strapi, UID.packingList, 'order', order.id), kind },
    select: ['id'],
    populate: { cartons: true },
  })) as { cartons: Array<Record<string, unknown>> | null } | null;
  if (!list || !list.cartons?.length) {
    const missing = kind === 'final' ? 'the final packing list' : 'the simulated packing list';
    const po = order.header.poNumber;
    throw missingFacts(
      {
        en: `${missing} of ${po} has no cartons yet`,
        zh: `${po} 的${kind === 'final' ? '装箱单' : '模拟装箱单'}还没有箱子`,
      },
      [missing]
    );
  }
  return list.cartons.map(cartonRowFromStored);
}

/** 409: the document cannot be made yet, and what it still needs (in English and Chinese). */
export const missingFacts = (message: Bilingual, missing: string[]) =>
  createError(409, message.en, {
    name: 'ConflictError',
    details: {
      rule: 'document-facts-missing',
      missing,
      errors: [{ path: [], rule: 'document-facts-missing', message: message.en, messageZh: message.zh }],
    },
  });
