import type { ImportFinding } from './domain/findings';
import type { PoMapping } from './domain/po-mapping';
import type { PoImportPlan, PlannedOrder } from './domain/po-plan';
import type { ReportImportPlan } from './domain/report-import';
import type { PlannedPackingList, PackingImportPlan } from './domain/packing-import';
import type { TableMapping } from './domain/table';
import type { MasterImportPlan, PlannedRecord } from './domain/master-import';
import type { Operation } from '../production/domain/progress';
import type { CommittedPackingList } from './packing-lists';

/** One PO as the commit wrote it: the order, created or changed, and the revisions the change made. */
export interface CommittedOrder {
  poNumber: string;
  documentId: string;
  action: 'created' | 'changed' | 'unchanged';
  revisions: number[];
  pieces: number;
}

export type ImportKind =
  'purchase-orders' | 'production-reports' | 'packing-lists' | 'customers' | 'suppliers' | 'materials' | 'styles';
export type ImportStatus = 'refused' | 'checked' | 'committed';

/** One PO of the dry run as the preview shows it. */
export type PreviewOrder = Pick<
  PlannedOrder,
  | 'action'
  | 'sheet'
  | 'at'
  | 'poNumber'
  | 'documentId'
  | 'pieces'
  | 'revision'
  | 'fieldChanges'
  | 'lineChanges'
  | 'ratio'
  | 'cells'
> & { styleNo: string; exFactoryDate: string; lines: number };

/** One report row of a daily output sheet as the preview shows it (corrections first, then new reports). */
export interface PreviewReport {
  action: 'create' | 'correct' | 'unchanged';
  sheet: string;
  row: number;
  line: string;
  poNumber: string;
  order: string;
  date: string;
  operation: Operation;
  goodQty: number;
  defectQty: number;
  workers: number | null;
  /** The filed figures a correction changes. */
  before: { goodQty: number; defectQty: number; workers: number | null } | null;
}

/** One master data record as the preview shows it (new and changed first). */
export type PreviewRecord = Pick<PlannedRecord, 'action' | 'sheet' | 'row' | 'key' | 'documentId' | 'changes'>;

/** One PO's final packing list as the preview shows it. */
export interface PreviewPackingList extends Pick<
  PlannedPackingList,
  'action' | 'replaces' | 'at' | 'totals' | 'comparison'
> {
  poNumber: string;
  order: string;
}

/**
 * The dry run's summary: what every kind has (where the mapping came from,
 * the sheets, the same file committed before) and the kind's own part — a PO
 * sheet's orders and counts at the top level, a daily sheet's `reports`, a
 * packing list's `packing`.
 */
export interface ImportSummary extends Partial<PoImportPlan['summary']> {
  orders?: PreviewOrder[];
  reports?: ReportImportPlan['summary'] & { preview: PreviewReport[] };
  packing?: PackingImportPlan['summary'] & { lists: PreviewPackingList[] };
  /** Master data: records to create, update (with the fields that change) or leave. */
  records?: MasterImportPlan['summary'] & { preview: PreviewRecord[] };
  /** Where the mapping came from: sent with the file, the customer's saved one, or proposed by Gendan. */
  mappingSource: 'sent' | 'saved' | 'proposed';
  /** For a proposed mapping: the fields found (with their cells) and those the person must point to. */
  proposal: { found: Record<string, string>; missing: string[] } | null;
  /** The same file, already committed (for this customer). */
  duplicateOf: { documentId: string; committedAt: string } | null;
  sheets: Array<{ name: string; rows: number }>;
}

/** What a commit wrote, by kind. */
export interface ImportResult {
  orders?: CommittedOrder[];
  reports?: { created: number; corrected: number; unchanged: number };
  packingLists?: CommittedPackingList[];
  records?: { created: number; updated: number; unchanged: number };
  /** The same file was committed before: nothing more was written. */
  alreadyImported?: boolean;
}

/** `GET /api/imports/:documentId`, and the answer of `POST /api/imports` and of the commit. */
export interface ImportView {
  documentId: string;
  title: string;
  kind: ImportKind;
  status: ImportStatus;
  customer: { documentId: string; name: string } | null;
  fileName: string;
  fileSize: number;
  fileHash: string;
  rows: number;
  mapping: PoMapping | TableMapping;
  summary: ImportSummary;
  findings: ImportFinding[];
  result: ImportResult | null;
  reason: string | null;
  actorName: string | null;
  createdAt: string;
  committedAt: string | null;
  committedBy: string | null;
  /** A commit running in the background (202): lines written of the plan's. */
  progress: { done: number; total: number; percent: number } | null;
  /** Why the last background commit failed (nothing was written). */
  error: { status: number; message: string; rule: string | null; errors: unknown[]; at: string } | null;
}

export declare namespace PostImport {
  /**
   * multipart/form-data: `file` (.xlsx or .csv), `kind`, `customer` (documentId: required for PO sheets,
   * optional for the others, where it narrows the POs named to one customer's), optional `mapping` (JSON).
   */
  interface Response {
    data: ImportView;
  }
}

export declare namespace CommitImport {
  interface Request {
    /** Why stored orders past received change (an order revision): "buyer revised PO sheet". */
    reason?: string;
  }
  interface Response {
    data: ImportView;
  }
}
