import { lineAmount, sumMoney } from '../../money/domain/money';
import { figure, type DocumentModel } from './document-model';
import { money, unitPrice } from './money-format';
import { headerFields, type OrderHeader, type PrintedVersion } from './order-header';

export interface CommercialInvoiceFacts extends PrintedVersion {
  order: OrderHeader & { fobPrice: number; currency: string };
  seller: { name: string | null; address: string | null };
  /** The final packing list, per colour × size, as packed. */
  packed: ReadonlyArray<{ colour: string; size: string; quantity: number }>;
  cartons: number;
  grossKg: number;
  netKg: number;
  cbm: number;
  /** Pieces shipped beyond the tolerance's ceiling: shipped, not charged. */
  excess: number;
}

/**
 * The commercial invoice (商业发票) from the final packing list at the FOB
 * price: a line per colour × size packed, amounts exact in decimal and
 * rounded half-up to the currency's minor unit; pieces over the tolerance
 * ceiling are shipped free of charge, shown as a deduction.
 */
export function commercialInvoiceDocument(facts: CommercialInvoiceFacts): DocumentModel {
  const { currency, fobPrice } = facts.order;
  const pieces = facts.packed.reduce((sum, line) => sum + line.quantity, 0);
  const amounts = facts.packed.map((line) => lineAmount(line.quantity, fobPrice, currency));
  const gross = sumMoney(amounts, currency);
  const deduction = lineAmount(facts.excess, fobPrice, currency);
  const total = sumMoney([gross, -deduction], currency);
  return {
    title: { en: 'Commercial invoice', zh: '商业发票' },
    fileName: `${facts.order.poNumber}_commercial-invoice_v${facts.version}`,
    issuedOn: facts.issuedOn,
    fields: [
      { label: { en: 'Invoice no.', zh: '发票号' }, value: `INV-${facts.order.poNumber}-${facts.version}` },
      { label: { en: 'Date', zh: '日期' }, value: facts.issuedOn },
      {
        label: { en: 'Seller', zh: '卖方' },
        value: [facts.seller.name, facts.seller.address].filter(Boolean).join(', '),
      },
      ...headerFields(facts.order),
      { label: { en: 'Terms', zh: '贸易条款' }, value: `FOB · ${currency}` },
      {
        label: { en: 'Packages', zh: '包装' },
        value: `${figure(facts.cartons)} ctns · N.W. ${figure(facts.netKg, 2)} kg · G.W. ${figure(facts.grossKg, 2)} kg · ${figure(facts.cbm, 3)} m³`,
      },
    ],
    tables: [
      {
        columns: [
          { label: { en: 'Colour', zh: '颜色' } },
          { label: { en: 'Size', zh: '尺码' } },
          { label: { en: 'Qty pcs', zh: '数量' }, align: 'right' },
          { label: { en: `Unit price ${currency}`, zh: '单价' }, align: 'right' },
          { label: { en: `Amount ${currency}`, zh: '金额' }, align: 'right' },
        ],
        rows: [
          ...facts.packed.map((line, i) => [
            line.colour,
            line.size,
            figure(line.quantity),
            unitPrice(fobPrice, currency),
            money(amounts[i], currency),
          ]),
          ...(facts.excess > 0
            ? [
                [
                  { en: 'Over the tolerance, free of charge', zh: '超出溢装部分不计价' },
                  '',
                  figure(-facts.excess),
                  unitPrice(fobPrice, currency),
                  money(-deduction, currency),
                ],
              ]
            : []),
        ],
        totalsLabel: { en: 'Total', zh: '合计' },
        totals: ['', '', figure(pieces), '', money(total, currency)],
      },
    ],
    notes: [
      {
        en: `Total payable: ${currency} ${money(total, currency)}`,
        zh: `应付总额：${currency} ${money(total, currency)}`,
      },
    ],
  };
}
