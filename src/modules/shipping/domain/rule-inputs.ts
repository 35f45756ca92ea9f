import type { CompletionInput } from './completion';

/** What the shipping rules of an order read; loaded only when a rule needs it. */
export interface ShippingFacts {
  simulatedList: boolean;
  finalList: { pieces: number; within: boolean | null; deviationApprovedBy: string | null } | null;
  tolerance: { allowedMin: number; allowedMax: number; underPct: number; overPct: number };
  trims: Array<{ item: string; requiredQty: number; receivedQty: number; checked: boolean }>;
  booking: { documents: Record<string, boolean>; cutoffDate: string | null } | null;
  /** Newest first. */
  inspections: Array<{ result: 'pass' | 'fail' | null; inspectedAt: string | null }>;
  completion: CompletionInput | null;
}
