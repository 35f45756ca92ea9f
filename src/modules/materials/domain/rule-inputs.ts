import type { InspectionResult, MaterialKind } from './inspection';
import type { MaterialLedgerEntry } from './ledger';

/** A receipt as the workflow rules read it. */
export interface ReceiptFact {
  material: string;
  code: string;
  kind: MaterialKind;
  receivedAt: string;
  inspectedAt: string | null;
  result: InspectionResult | null;
  cuttingApproved: boolean;
  passed: number;
}

/** What the material rules of an order read; loaded only when a rule needs it. */
export interface MaterialFacts {
  ledger: MaterialLedgerEntry[];
  receipts: ReceiptFact[];
  approvedPreIssue: boolean;
  /** The order entered the stage that issues the production permit (生产许可证). */
  permitGranted: boolean;
  /** The order has BOM lines (物料定额表): without them nothing is required, and nothing proven. */
  hasConsumptionSheet: boolean;
}
