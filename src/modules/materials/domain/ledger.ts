import type { MaterialKind } from './inspection';
import { purchaseSuggestion, type BuyingTerms } from './requirement';

export type MaterialStatus = 'not-ordered' | 'ordered' | 'partly-received' | 'in-house' | 'issued' | 'not-required';

export interface MaterialLedgerEntry {
  material: string;
  code: string;
  name: string;
  kind: MaterialKind;
  unit: string;
  required: number;
  ordered: number;
  received: number;
  passed: number;
  returned: number;
  issued: number;
  shortfall: number;
  /** What to buy still: the requirement not on an open PO, in whole packs and at least the minimum order. */
  toOrder: number;
  status: MaterialStatus;
  nextDueDate: string | null;
}

export type LedgerInput = Omit<MaterialLedgerEntry, 'shortfall' | 'status' | 'toOrder'> & {
  buying?: Omit<BuyingTerms, 'unit'>;
};

const EPSILON = 1e-6;

/** Where a material of an order stands, from its numbers. */
export function statusOf(entry: LedgerInput): MaterialStatus {
  if (entry.required <= EPSILON) return 'not-required';
  if (entry.passed + EPSILON >= entry.required) return entry.issued + EPSILON >= entry.required ? 'issued' : 'in-house';
  if (entry.received > EPSILON) return 'partly-received';
  return entry.ordered > EPSILON ? 'ordered' : 'not-ordered';
}

export function completeLedger(inputs: readonly LedgerInput[]): MaterialLedgerEntry[] {
  return inputs
    .map(({ buying, ...entry }) => ({
      ...entry,
      shortfall: Math.max(0, Math.round((entry.required - entry.passed) * 1000) / 1000),
      toOrder: purchaseSuggestion(entry.required, entry.ordered, { ...buying, unit: entry.unit }),
      status: statusOf(entry),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code));
}

/** "FAB-001 Navy twill: short 120.5 m (required 1234.5, passed 1114)" — what a 409 says. */
export const describeShortfall = (entry: MaterialLedgerEntry, covered: 'passed' | 'issued') =>
  `${entry.code} ${entry.name}: short ${Math.round((entry.required - entry[covered]) * 1000) / 1000} ${entry.unit} (required ${entry.required}, ${covered} ${entry[covered]})`;
