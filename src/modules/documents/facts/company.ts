import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';

/** The factory as its documents name it (shipping settings): seller on invoices, delivery address on purchase orders. */
export async function loadCompany(strapi: Core.Strapi): Promise<{ name: string | null; address: string | null }> {
  const row = (await strapi.db
    .query(UID.shippingSetting as never)
    .findOne({ select: ['companyName', 'companyAddress'] })) as {
    companyName: string | null;
    companyAddress: string | null;
  } | null;
  return { name: row?.companyName ?? null, address: row?.companyAddress ?? null };
}
