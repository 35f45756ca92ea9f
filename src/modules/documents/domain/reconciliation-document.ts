import { figure, signedBy, type Bilingual, type DocumentModel } from './document-model';
import { money } from './money-format';
import { headerFields, type OrderHeader } from './order-header';

export interface ReconciliationFacts {
  order: OrderHeader;
  issuedOn: string;
  currency: string;
  fobPrice: number;
  ordered: number;
  shipped: number | null;
  shortOver: number | null;
  shortOverPct: number | null;
  within: boolean | null;
  tolerance: { underPct: number; overPct: number; allowedMin: number; allowedMax: number; scope: string };
  orderedAmount: number;
  payableQuantity: number | null;
  excessQuantity: number | null;
  invoiceAmount: number | null;
  excessValue: number | null;
  shortShipmentValue: number | null;
  /** Ordered against packed, per colour × size, with the packed value. */
  lines: ReadonlyArray<{
    colour: string;
    size: string;
    quantity: number;
    packed: number;
    difference: number;
    value: number;
  }>;
  completion: { shippedAt: string | null; reportDate: string | null; signedBy: string[] } | null;
}

const signed = (value: number) => (value > 0 ? `+${figure(value)}` : figure(value));
const verdict = (within: boolean | null): Bilingual =>
  within === null
    ? { en: 'not shipped', zh: '未出货' }
    : within
      ? { en: 'within tolerance', zh: '在短溢装范围内' }
      : { en: 'OUTSIDE tolerance', zh: '超出短溢装范围' };

/**
 * The completion report and reconciliation statement (完单报告 / 对账单):
 * ordered against shipped per colour × size, the tolerance and whether the
 * shipment is within it, and the money — ordered, payable, over-shipped and
 * short-shipped value at the FOB price, in the currency's minor unit.
 */
export function reconciliationDocument(facts: ReconciliationFacts): DocumentModel {
  const { currency } = facts;
  const amount = (value: number | null) => (value === null ? '—' : money(value, currency));
  return {
    title: { en: 'Completion report and reconciliation', zh: '完单报告 / 对账单' },
    fileName: `${facts.order.poNumber}_reconciliation_${facts.issuedOn}`,
    issuedOn: facts.issuedOn,
    fields: [
      ...headerFields(facts.order),
      { label: { en: 'FOB price', zh: 'FOB单价' }, value: `${currency} ${facts.fobPrice}` },
      {
        label: { en: 'Tolerance', zh: '短溢装' },
        value: `−${facts.tolerance.underPct}% / +${facts.tolerance.overPct}% (${figure(facts.tolerance.allowedMin)}–${figure(facts.tolerance.allowedMax)} pcs, ${facts.tolerance.scope})`,
      },
      { label: { en: 'Result', zh: '结论' }, value: verdict(facts.within) },
      { label: { en: 'Shipped on', zh: '出货日期' }, value: facts.completion?.shippedAt ?? '' },
    ],
    tables: [
      {
        title: { en: 'Ordered and shipped', zh: '订单数与出货数' },
        columns: [
          { label: { en: 'Colour', zh: '颜色' } },
          { label: { en: 'Size', zh: '尺码' } },
          { label: { en: 'Ordered', zh: '订单数' }, align: 'right' },
          { label: { en: 'Shipped', zh: '出货数' }, align: 'right' },
          { label: { en: 'Short/over', zh: '短溢' }, align: 'right' },
          { label: { en: `Value ${currency}`, zh: '金额' }, align: 'right' },
        ],
        rows: facts.lines.map((line) => [
          line.colour,
          line.size,
          figure(line.quantity),
          figure(line.packed),
          signed(line.difference),
          money(line.value, currency),
        ]),
        totalsLabel: { en: 'Total', zh: '合计' },
        totals: [
          '',
          '',
          figure(facts.ordered),
          facts.shipped === null ? '—' : figure(facts.shipped),
          facts.shortOver === null ? '—' : `${signed(facts.shortOver)} (${facts.shortOverPct ?? 0}%)`,
          money(
            facts.lines.reduce((sum, line) => sum + line.value, 0),
            currency
          ),
        ],
      },
      {
        title: { en: 'Reconciliation', zh: '对账' },
        columns: [
          { label: { en: 'Item', zh: '项目' } },
          { label: { en: 'Pieces', zh: '件数' }, align: 'right' },
          { label: { en: `Amount ${currency}`, zh: '金额' }, align: 'right' },
        ],
        rows: [
          [{ en: 'Ordered', zh: '订单' }, figure(facts.ordered), amount(facts.orderedAmount)],
          [
            { en: 'Payable (up to the ceiling)', zh: '应付(溢装上限内)' },
            facts.payableQuantity === null ? '—' : figure(facts.payableQuantity),
            amount(facts.invoiceAmount),
          ],
          [
            { en: 'Over the ceiling, not payable', zh: '超溢装不计价' },
            facts.excessQuantity === null ? '—' : figure(facts.excessQuantity),
            amount(facts.excessValue),
          ],
          [
            { en: 'Short shipped', zh: '短装' },
            facts.shortOver === null ? '—' : figure(Math.max(0, -facts.shortOver)),
            amount(facts.shortShipmentValue),
          ],
        ],
      },
      {
        title: { en: 'Completion report sign-off', zh: '完单报告签字' },
        columns: [{ label: { en: 'Signed by', zh: '签字' } }, { label: { en: 'Report date', zh: '报告日期' } }],
        rows: [
          [
            facts.completion?.signedBy.length ? facts.completion.signedBy.join(' · ') : signedBy(null),
            facts.completion?.reportDate ?? '',
          ],
        ],
      },
    ],
  };
}
