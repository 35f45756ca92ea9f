import { cartonsIn, type CartonRow } from '../../shipping/domain/packing';
import { figure } from './document-model';
import { sscc } from './gs1';
import type { OrderHeader, PrintedVersion } from './order-header';

/** How cartons are numbered for scanning: GS1 SSCCs from the company prefix, or the PO and carton number. */
export type CartonNumbering =
  { kind: 'sscc'; extension: number; companyPrefix: string; firstSerial: number } | { kind: 'code128' };

export interface ShippingMarkFacts extends PrintedVersion {
  order: OrderHeader;
  listKind: 'simulated' | 'final';
  sizes: readonly string[];
  cartons: readonly CartonRow[];
  numbering: CartonNumbering;
}

/** One carton's label (箱唛): what a warehouse reads and scans. */
export interface ShippingMark {
  carton: number;
  of: number;
  poNumber: string;
  styleNo: string;
  colour: string;
  /** "S 6 · M 12 · L 6", sizes in the style's order. */
  sizes: string;
  pieces: number;
  netKg: string;
  grossKg: string;
  measurement: string;
  destination: string;
  customer: string;
  barcode: { symbology: 'gs1-128'; text: string; key: string } | { symbology: 'code128'; text: string; key: string };
}

export interface ShippingMarks extends PrintedVersion {
  fileName: string;
  marks: ShippingMark[];
}

/** How many serials the labels of these cartons take (one per carton). */
export const cartonCount = (cartons: readonly CartonRow[]) => cartons.reduce((sum, row) => sum + cartonsIn(row), 0);

/**
 * A label per carton of the packing list, "n of N" over the whole list; with
 * a GS1 company prefix each carton gets the next SSCC (AI 00) of the block
 * reserved for this print, otherwise a Code 128 of PO and carton number.
 */
export function shippingMarks(facts: ShippingMarkFacts): ShippingMarks {
  const of = cartonCount(facts.cartons);
  const marks: ShippingMark[] = [];
  let index = 0;
  for (const row of facts.cartons) {
    const packed = [
      ...facts.sizes.filter((size) => row.sizes[size]),
      ...Object.keys(row.sizes).filter((size) => !facts.sizes.includes(size) && row.sizes[size]),
    ];
    const pieces = packed.reduce((sum, size) => sum + row.sizes[size], 0);
    for (let carton = row.fromCarton; carton <= row.toCarton; carton += 1) {
      const numbering = facts.numbering;
      const key =
        numbering.kind === 'sscc'
          ? sscc(numbering.extension, numbering.companyPrefix, numbering.firstSerial + index)
          : `${facts.order.poNumber}-${String(carton).padStart(4, '0')}`;
      marks.push({
        carton,
        of,
        poNumber: facts.order.poNumber,
        styleNo: facts.order.styleNo ?? '',
        colour: row.colour,
        sizes: packed.map((size) => `${size} ${figure(row.sizes[size])}`).join(' · '),
        pieces,
        netKg: figure(row.netKg, 2),
        grossKg: figure(row.grossKg, 2),
        measurement: `${figure(row.lengthCm)}×${figure(row.widthCm)}×${figure(row.heightCm)} cm`,
        destination: facts.order.destination ?? '',
        customer: facts.order.customer ?? '',
        barcode:
          numbering.kind === 'sscc'
            ? { symbology: 'gs1-128', text: `(00)${key}`, key }
            : { symbology: 'code128', text: key, key },
      });
      index += 1;
    }
  }
  return {
    version: facts.version,
    issuedOn: facts.issuedOn,
    fileName: `${facts.order.poNumber}_shipping-marks-${facts.listKind}_v${facts.version}`,
    marks,
  };
}
