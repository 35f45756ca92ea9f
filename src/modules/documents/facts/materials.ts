import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import type { MaterialSlipFacts } from '../domain/material-slips-document';
import type { PurchaseOrderFacts } from '../domain/purchase-order-document';
import { loadCompany } from './company';
import { missingFacts } from './packing-list';
import type { OrderFacts } from './order';

type Material = { code: string; name: string; unit: string } | null;

/** The order's issue and supplement slips, oldest first; 409 before the first issue. */
export async function loadSlipFacts(strapi: Core.Strapi, order: OrderFacts): Promise<MaterialSlipFacts> {
  const rows = (await strapi.db.query(UID.materialIssue as never).findMany({
    where: { ...linkedTo(strapi, UID.materialIssue, 'order', order.id) },
    select: ['issuedAt', 'preIssue', 'preIssueApprovedBy', 'notes'],
    populate: {
      lines: { populate: { material: { select: ['code', 'name', 'unit'] } } },
      supplementRequest: { select: ['reason', 'supervisorApprovedBy', 'tradeConfirmedBy'] },
    },
    orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
  })) as Array<{
    issuedAt: string | null;
    preIssue: boolean | null;
    preIssueApprovedBy: string | null;
    notes: string | null;
    lines: Array<{ quantity: number; material: Material }> | null;
    supplementRequest: {
      reason: string | null;
      supervisorApprovedBy: string | null;
      tradeConfirmedBy: string | null;
    } | null;
  }>;
  if (rows.length === 0)
    throw missingFacts(
      { en: `no material was issued to ${order.header.poNumber} yet`, zh: `${order.header.poNumber} 还没有发料` },
      ['a material issue']
    );
  return {
    order: order.header,
    slips: rows.map((row) => ({
      issuedAt: row.issuedAt,
      supplement: row.supplementRequest,
      preIssue: row.preIssue ? { approvedBy: row.preIssueApprovedBy } : null,
      lines: (row.lines ?? []).map((line) => ({
        code: line.material?.code ?? '',
        name: line.material?.name ?? '',
        unit: line.material?.unit ?? '',
        quantity: Number(line.quantity),
      })),
      notes: row.notes,
    })),
  };
}

/** A purchase order with its supplier and lines; 404 when there is none. */
export async function loadPurchaseOrderFacts(strapi: Core.Strapi, documentId: string): Promise<PurchaseOrderFacts> {
  const po = (await strapi.db.query(UID.purchaseOrder as never).findOne({
    where: { documentId },
    select: ['id', 'poNumber', 'status', 'orderedAt', 'notes'],
    populate: { supplier: { select: ['code', 'name'], populate: { contacts: true } } },
  })) as {
    id: number;
    poNumber: string;
    status: string;
    orderedAt: string | null;
    notes: string | null;
    supplier: {
      code: string;
      name: string;
      contacts: Array<{ name: string; phone: string | null; email: string | null }> | null;
    } | null;
  } | null;
  if (!po) throw new errors.NotFoundError('purchase order not found');
  const [lines, company, settings] = await Promise.all([
    strapi.db.query(UID.purchaseOrderLine as never).findMany({
      where: { ...linkedTo(strapi, UID.purchaseOrderLine, 'purchaseOrder', po.id) },
      select: ['quantity', 'unitPrice', 'dueDate'],
      populate: { material: { select: ['code', 'name', 'unit'] }, order: { select: ['poNumber'] } },
      orderBy: { id: 'asc' },
    }) as Promise<
      Array<{
        quantity: number;
        unitPrice: number | null;
        dueDate: string | null;
        material: Material;
        order: { poNumber: string } | null;
      }>
    >,
    loadCompany(strapi),
    strapi.db.query(UID.shippingSetting as never).findOne({ select: ['purchaseCurrency'] }) as Promise<{
      purchaseCurrency: string | null;
    } | null>,
  ]);
  const contact = po.supplier?.contacts?.[0];
  return {
    poNumber: po.poNumber,
    status: po.status,
    orderedAt: po.orderedAt,
    supplier: {
      code: po.supplier?.code ?? '',
      name: po.supplier?.name ?? '',
      contact: contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(' · ') : null,
    },
    buyer: company,
    currency: settings?.purchaseCurrency ?? 'CNY',
    lines: lines.map((line) => ({
      material: line.material ?? { code: '', name: '', unit: '' },
      order: line.order?.poNumber ?? null,
      quantity: Number(line.quantity),
      unitPrice: line.unitPrice === null ? null : Number(line.unitPrice),
      dueDate: line.dueDate,
    })),
    terms: po.notes,
  };
}
