import { lineAmount, sumMoney } from '../../money/domain/money';
import { day, figure, type DocumentModel } from './document-model';
import { money, unitPrice } from './money-format';

export interface PurchaseOrderFacts {
  poNumber: string;
  status: string;
  orderedAt: string | null;
  supplier: { code: string; name: string; contact: string | null };
  buyer: { name: string | null; address: string | null };
  /** The currency the factory buys in (purchase prices are the factory's, not the buyer's FOB). */
  currency: string;
  lines: ReadonlyArray<{
    material: { code: string; name: string; unit: string };
    order: string | null;
    quantity: number;
    unitPrice: number | null;
    dueDate: string | null;
  }>;
  terms: string | null;
}

/**
 * The purchase order to a supplier (采购单): the supplier, a line per
 * material (the customer order it is for, quantity, unit price,
 * due date), the amount, the delivery address and terms.
 */
export function purchaseOrderDocument(facts: PurchaseOrderFacts): DocumentModel {
  const amounts = facts.lines.map((line) => lineAmount(line.quantity, line.unitPrice ?? 0, facts.currency));
  return {
    title: { en: 'Purchase order', zh: '采购单' },
    fileName: `${facts.poNumber}_purchase-order`,
    issuedOn: (facts.orderedAt ?? '1970-01-01').slice(0, 10),
    fields: [
      { label: { en: 'PO number', zh: '采购单号' }, value: facts.poNumber },
      { label: { en: 'Date', zh: '日期' }, value: day(facts.orderedAt) },
      { label: { en: 'Supplier', zh: '供应商' }, value: `${facts.supplier.name} (${facts.supplier.code})` },
      { label: { en: 'Contact', zh: '联系人' }, value: facts.supplier.contact ?? '' },
      {
        label: { en: 'Deliver to', zh: '送货地址' },
        value: [facts.buyer.name, facts.buyer.address].filter(Boolean).join(', '),
      },
      { label: { en: 'Status', zh: '状态' }, value: facts.status },
    ],
    tables: [
      {
        columns: [
          { label: { en: 'Code', zh: '物料编号' } },
          { label: { en: 'Material', zh: '物料' } },
          { label: { en: 'For order', zh: '订单' } },
          { label: { en: 'Qty', zh: '数量' }, align: 'right' },
          { label: { en: 'Unit', zh: '单位' } },
          { label: { en: `Unit price ${facts.currency}`, zh: '单价' }, align: 'right' },
          { label: { en: `Amount ${facts.currency}`, zh: '金额' }, align: 'right' },
          { label: { en: 'Due', zh: '交期' } },
        ],
        rows: facts.lines.map((line, i) => [
          line.material.code,
          line.material.name,
          line.order ?? '',
          figure(line.quantity, 2),
          line.material.unit,
          line.unitPrice === null ? '—' : unitPrice(line.unitPrice, facts.currency),
          money(amounts[i], facts.currency),
          day(line.dueDate),
        ]),
        totalsLabel: { en: 'Total', zh: '合计' },
        totals: ['', '', '', '', '', '', money(sumMoney(amounts, facts.currency), facts.currency), ''],
      },
    ],
    notes: [
      facts.terms
        ? { en: facts.terms, zh: '' }
        : {
            en: 'Deliver by the due date; goods are inspected on receipt and may be returned if they fail.',
            zh: '请按交期送货；来料检验不合格可退货。',
          },
    ],
  };
}
