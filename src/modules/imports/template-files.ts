import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { loadStageSets } from '../workflow/stage-store';
import type { MasterKind } from './domain/master-import';
import { loadCustomer } from './purchase-orders';
import { dailyOutputTemplate, MASTER_TEMPLATE, masterTemplate, packingListTemplate } from './table-templates';
import { poTemplate } from './template';

/**
 * The template of each kind of sheet, with what the factory has filled into
 * its drop-downs: a buyer's styles and sizes, the lines and the orders on
 * them, an order's colours and sizes, the customers and suppliers by code.
 */

type TemplateFile = { fileName: string; bytes: Buffer };

/** `?kind=` (PO sheets by default), `customer`, `style` (PO sheets), `order` (packing lists). */
export async function templateFile(strapi: Core.Strapi, query: Record<string, unknown>): Promise<TemplateFile> {
  if (query.kind === 'production-reports') return dailyTemplate(strapi);
  if (query.kind === 'packing-lists') return packingTemplate(strapi, query.order, query.customer);
  if (typeof query.kind === 'string' && query.kind in MASTER_TEMPLATE)
    return masterDataTemplate(strapi, query.kind as MasterKind);
  return poTemplateFile(strapi, query);
}

/** A PO sheet for the customer: its styles to choose from, the sizes of `style` (else of its newest style), its colours. */
async function poTemplateFile(strapi: Core.Strapi, query: Record<string, unknown>): Promise<TemplateFile> {
  const customer = await loadCustomer(strapi, query.customer);
  const styles = (await strapi.db.query(UID.style).findMany({
    where: { customer: { id: customer.id } },
    select: ['documentId', 'styleNo'],
    populate: { sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } } },
    orderBy: { id: 'desc' },
    limit: 500,
  })) as Array<{
    documentId: string;
    styleNo: string;
    sizeScale: { sizes: Array<{ code: string }> | null } | null;
  }>;
  const chosen = styles.find((s) => s.documentId === query.style) ?? styles.find((s) => s.sizeScale?.sizes?.length);
  const lines = (await strapi.db.query(UID.orderLine).findMany({
    where: { order: { customer: { id: customer.id } } },
    select: ['colour'],
    orderBy: { id: 'desc' },
    limit: 2000,
  })) as Array<{ colour: string }>;
  const code = (await strapi.db.query(UID.customer).findOne({ where: { id: customer.id }, select: ['code'] })) as {
    code: string | null;
  };
  return {
    fileName: `gendan_po-template_${(code.code ?? 'customer').replace(/[^A-Za-z0-9_-]/g, '_')}.xlsx`,
    bytes: await poTemplate({
      customer: customer.name,
      styles: styles.map((s) => s.styleNo),
      sizes: chosen?.sizeScale?.sizes?.map((size) => size.code) ?? ['S', 'M', 'L'],
      colours: [...new Set(lines.map((line) => line.colour))].sort((a, b) => a.localeCompare(b)).slice(0, 200),
    }),
  };
}

/** The daily output template: the factory's lines and the orders on the lines to choose from. */
async function dailyTemplate(strapi: Core.Strapi) {
  const [lines, sets] = await Promise.all([
    strapi.db.query(UID.productionLine).findMany({ select: ['name'], orderBy: { name: 'asc' }, limit: 500 }),
    loadStageSets(strapi),
  ]);
  const orders = await strapi.db.query(UID.order).findMany({
    where: { stage: { $in: sets.onTheLines } },
    select: ['poNumber'],
    orderBy: { poNumber: 'asc' },
    limit: 2000,
  });
  return {
    fileName: 'gendan_daily-output-template.xlsx',
    bytes: await dailyOutputTemplate({
      lines: (lines as Array<{ name: string }>).map((line) => line.name),
      orders: (orders as Array<{ poNumber: string }>).map((order) => order.poNumber),
      today: new Date().toISOString().slice(0, 10),
    }),
  };
}

/** A master data template: the customers (for styles) or suppliers (for materials) to choose from. */
async function masterDataTemplate(strapi: Core.Strapi, kind: MasterKind) {
  const names = async (uid: string) =>
    (
      (await strapi.db
        .query(uid as never)
        .findMany({ select: ['code'], orderBy: { code: 'asc' }, limit: 2000 })) as Array<{
        code: string;
      }>
    ).map((row) => row.code);
  return {
    fileName: `gendan_${kind}-template.xlsx`,
    bytes: await masterTemplate(kind, {
      ...(kind === 'styles' ? { Customer: await names(UID.customer) } : {}),
      ...(kind === 'materials' ? { Supplier: await names(UID.supplier) } : {}),
    }),
  };
}

/** The packing list template: an order's PO, colours and sizes, or the sizes of the customer's newest style. */
async function packingTemplate(strapi: Core.Strapi, orderId: unknown, customerId: unknown) {
  const order =
    typeof orderId === 'string' && orderId
      ? ((await strapi.db.query(UID.order).findOne({
          where: { documentId: orderId },
          select: ['id', 'poNumber'],
          populate: {
            style: {
              select: ['id'],
              populate: { sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } } },
            },
          },
        })) as {
          id: number;
          poNumber: string;
          style: { sizeScale: { sizes: Array<{ code: string }> | null } | null } | null;
        } | null)
      : null;
  const lines = order
    ? ((await strapi.db.query(UID.orderLine).findMany({
        where: linkedTo(strapi, UID.orderLine, 'order', order.id),
        select: ['colour', 'size'],
      })) as Array<{ colour: string; size: string }>)
    : [];
  let sizes = order?.style?.sizeScale?.sizes?.map((size) => size.code) ?? [];
  if (order && lines.length) sizes = sizes.filter((size) => lines.some((line) => line.size === size));
  if (!sizes.length && typeof customerId === 'string' && customerId) {
    const style = (await strapi.db.query(UID.style).findOne({
      where: { customer: { documentId: customerId } },
      orderBy: { id: 'desc' },
      populate: { sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } } },
    })) as { sizeScale: { sizes: Array<{ code: string }> | null } | null } | null;
    sizes = style?.sizeScale?.sizes?.map((size) => size.code) ?? [];
  }
  return {
    fileName: `gendan_packing-list-template${order ? `_${order.poNumber.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}.xlsx`,
    bytes: await packingListTemplate({
      poNumber: order?.poNumber ?? null,
      sizes: sizes.length ? sizes : ['S', 'M', 'L'],
      colours: [...new Set(lines.map((line) => line.colour))],
    }),
  };
}
