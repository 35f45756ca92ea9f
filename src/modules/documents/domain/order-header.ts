import type { Bilingual } from './document-model';

/** What every order document prints at its head. */
export interface OrderHeader {
  poNumber: string;
  customer: string | null;
  styleNo: string | null;
  /** Country name · ship mode. */
  destination: string | null;
}

export const headerFields = (order: OrderHeader): Array<{ label: Bilingual; value: string }> => [
  { label: { en: 'PO number', zh: '客户订单号' }, value: order.poNumber },
  { label: { en: 'Style', zh: '款号' }, value: order.styleNo ?? '' },
  { label: { en: 'Customer', zh: '客户' }, value: order.customer ?? '' },
  { label: { en: 'Destination', zh: '目的地' }, value: order.destination ?? '' },
];

/** The issued version a print is: printed in the header and in the file name. */
export interface PrintedVersion {
  version: number;
  issuedOn: string;
}

export const versionField = (printed: PrintedVersion) => ({
  label: { en: 'Version', zh: '版本' },
  value: `v${printed.version} · ${printed.issuedOn}`,
});

/** A sign-off as printed in the boxes of a notice or permit. */
export interface SignoffFact {
  stage: string;
  department: Bilingual;
  decision: 'approved' | 'rejected';
  by: string | null;
  at: string | null;
  comment: string | null;
}

export const DECISION: Record<SignoffFact['decision'], Bilingual> = {
  approved: { en: 'approved', zh: '同意' },
  rejected: { en: 'rejected', zh: '驳回' },
};
