import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { schemaOf } from '../../platform/db/schema';
import type { ReceiptLineOption } from './contracts';
import { loadMaterialSettings, type MaterialSettings } from './settings';

const LIMIT = 20;

type LineRow = {
  id: number;
  documentId: string;
  title: string | null;
  quantity: number | string;
  dueDate: string | null;
  purchaseOrder: {
    documentId: string;
    poNumber: string;
    status: string;
    supplier: { name: string; contacts?: Array<{ phone?: string | null }> } | null;
  } | null;
  order: { documentId: string; poNumber: string; customer: { id: number } | null } | null;
  material: {
    documentId: string;
    code: string;
    name: string;
    kind: 'fabric' | 'trim' | 'packaging';
    construction: 'woven' | 'knit' | null;
    widthCm: number | string | null;
    unit: string;
  } | null;
};

const CLOSED = ['received', 'closed', 'cancelled'];

/**
 * The purchase order lines a receipt can be recorded against — of open
 * purchase orders, matching the supplier's name, the PO number, the material
 * code or the order's PO — each with what has been received and the limits the
 * inspection judges it by (the customer's, else the factory's).
 */
export async function receiptLines(strapi: Core.Strapi, q: string | undefined): Promise<ReceiptLineOption[]> {
  const term = q?.trim();
  const rows = (await strapi.db.query(UID.purchaseOrderLine as never).findMany({
    where: {
      purchaseOrder: { status: { $notIn: CLOSED } },
      ...(term
        ? {
            $or: [
              { title: { $containsi: term } },
              { purchaseOrder: { supplier: { name: { $containsi: term } } } },
              { material: { name: { $containsi: term } } },
            ],
          }
        : {}),
    },
    select: ['id', 'documentId', 'title', 'quantity', 'dueDate'],
    populate: {
      purchaseOrder: {
        select: ['documentId', 'poNumber', 'status'],
        populate: { supplier: { select: ['name'], populate: { contacts: true } } },
      },
      order: { select: ['documentId', 'poNumber'], populate: { customer: { select: ['id'] } } },
      material: { select: ['documentId', 'code', 'name', 'kind', 'construction', 'widthCm', 'unit'] },
    },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    limit: LIMIT,
  })) as LineRow[];
  if (rows.length === 0) return [];

  const schema = schemaOf(strapi);
  const link = schema.link(UID.materialReceipt, 'purchaseOrderLine');
  const received = (await strapi.db
    .connection(schema.table(UID.materialReceipt))
    .join(link.table, link.from, schema.col(UID.materialReceipt, 'id'))
    .whereIn(
      link.to,
      rows.map((row) => row.id)
    )
    .groupBy(link.to)
    .select({ line: link.to })
    .sum({ quantity: schema.col(UID.materialReceipt, 'quantity') })) as Array<{
    line: number;
    quantity: number | string | null;
  }>;
  const receivedOn = new Map(received.map((row) => [Number(row.line), Number(row.quantity ?? 0)]));

  const settings = new Map<number | null, MaterialSettings>();
  const settingsFor = async (customerId: number | null) => {
    if (!settings.has(customerId)) settings.set(customerId, await loadMaterialSettings(strapi, customerId));
    return settings.get(customerId)!;
  };

  const options: ReceiptLineOption[] = [];
  for (const row of rows) {
    const { quality, overReceiptTolerancePct } = await settingsFor(row.order?.customer?.id ?? null);
    const supplier = row.purchaseOrder?.supplier ?? null;
    options.push({
      documentId: row.documentId,
      title: row.title ?? '',
      purchaseOrder: row.purchaseOrder && {
        documentId: row.purchaseOrder.documentId,
        poNumber: row.purchaseOrder.poNumber,
        supplier: supplier && {
          name: supplier.name,
          phone: supplier.contacts?.find((contact) => contact.phone)?.phone ?? null,
        },
      },
      order: row.order && { documentId: row.order.documentId, poNumber: row.order.poNumber },
      material: row.material && {
        ...row.material,
        widthCm: row.material.widthCm === null ? null : Number(row.material.widthCm),
      },
      quantity: Number(row.quantity),
      received: receivedOn.get(row.id) ?? 0,
      dueDate: row.dueDate,
      limits: quality,
      overReceiptTolerancePct,
    });
  }
  return options;
}
