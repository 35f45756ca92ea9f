import { cartonsIn, packingTotals, piecesPerCarton, type CartonRow } from '../../shipping/domain/packing';
import type { DocumentModel } from './document-model';

export interface PackingListFacts {
  order: { poNumber: string; styleNo: string | null; customer: string | null; destination: string | null };
  kind: 'simulated' | 'final';
  /** The issued order-document version this print is, and its day. */
  version: number;
  issuedOn: string;
  /** The sizes in the style's order (columns of the carton table). */
  sizes: readonly string[];
  cartons: readonly CartonRow[];
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The packing list (箱单) as forwarders and buyers read it: a row per carton
 * range with its colour and pieces per size, pieces per carton and in the
 * range, N.W./G.W. per carton, the measurement and CBM; totals of cartons,
 * pieces, weights and CBM.
 */
export function packingListDocument(facts: PackingListFacts): DocumentModel {
  const totals = packingTotals(facts.cartons);
  // The sizes packed, in the style's order (sizes the list does not hold print no empty column).
  const packed = new Set(facts.cartons.flatMap((row) => Object.keys(row.sizes)));
  const sizes = [
    ...facts.sizes.filter((size) => packed.has(size)),
    ...[...packed].filter((size) => !facts.sizes.includes(size)),
  ];
  const kind =
    facts.kind === 'final' ? { en: 'Packing list', zh: '装箱单' } : { en: 'Simulated packing list', zh: '模拟装箱单' };
  return {
    title: kind,
    fileName: `${facts.order.poNumber}_packing-list-${facts.kind}_v${facts.version}`,
    issuedOn: facts.issuedOn,
    orientation: 'landscape',
    fields: [
      { label: { en: 'PO number', zh: '客户订单号' }, value: facts.order.poNumber },
      { label: { en: 'Style', zh: '款号' }, value: facts.order.styleNo ?? '' },
      { label: { en: 'Customer', zh: '客户' }, value: facts.order.customer ?? '' },
      { label: { en: 'Destination', zh: '目的地' }, value: facts.order.destination ?? '' },
      { label: { en: 'Version', zh: '版本' }, value: `v${facts.version} · ${facts.issuedOn}` },
    ],
    tables: [
      {
        columns: [
          { label: { en: 'Cartons', zh: '箱号' } },
          { label: { en: 'Qty', zh: '箱数' }, align: 'right' },
          { label: { en: 'Colour', zh: '颜色' } },
          ...sizes.map((size) => ({ label: { en: size, zh: '' }, align: 'right' as const })),
          { label: { en: 'Pcs/ctn', zh: '每箱件数' }, align: 'right' },
          { label: { en: 'Pcs', zh: '件数' }, align: 'right' },
          { label: { en: 'N.W. kg', zh: '净重' }, align: 'right' },
          { label: { en: 'G.W. kg', zh: '毛重' }, align: 'right' },
          { label: { en: 'Meas. cm', zh: '尺寸' }, align: 'right' },
          { label: { en: 'CBM', zh: '体积' }, align: 'right' },
        ],
        rows: facts.cartons.map((row) => {
          const cartons = cartonsIn(row);
          const cbm = (cartons * row.lengthCm * row.widthCm * row.heightCm) / 1e6;
          return [
            row.fromCarton === row.toCarton ? String(row.fromCarton) : `${row.fromCarton}–${row.toCarton}`,
            number(cartons),
            row.colour,
            ...sizes.map((size) => (row.sizes[size] ? number(row.sizes[size]) : '')),
            number(piecesPerCarton(row)),
            number(cartons * piecesPerCarton(row)),
            number(row.netKg, 2),
            number(row.grossKg, 2),
            `${number(row.lengthCm)}×${number(row.widthCm)}×${number(row.heightCm)}`,
            number(cbm, 3),
          ];
        }),
        totalsLabel: { en: 'Total', zh: '合计' },
        totals: [
          '',
          number(totals.cartons),
          '',
          ...sizes.map((size) =>
            number(Object.values(totals.quantities).reduce((sum, bySize) => sum + (bySize[size] ?? 0), 0))
          ),
          '',
          number(totals.pieces),
          number(totals.netKg, 2),
          number(totals.grossKg, 2),
          '',
          number(totals.cbm, 3),
        ],
      },
    ],
  };
}
