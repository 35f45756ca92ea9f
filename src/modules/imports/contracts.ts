import type { ImportFinding } from './domain/findings';
import type { PoMapping } from './domain/po-mapping';
import type { PoImportPlan, PlannedOrder } from './domain/po-plan';

/** One PO as the commit wrote it: the order, created or changed, and the revisions the change made. */
export interface CommittedOrder {
  poNumber: string;
  documentId: string;
  action: 'created' | 'changed' | 'unchanged';
  revisions: number[];
  pieces: number;
}

export type ImportKind = 'purchase-orders';
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

export interface ImportSummary extends Omit<PoImportPlan['summary'], never> {
  orders: PreviewOrder[];
  /** Where the mapping came from: sent with the file, the customer's saved one, or proposed by Gendan. */
  mappingSource: 'sent' | 'saved' | 'proposed';
  /** For a proposed mapping: the header fields found (with their cells) and those the person must point to. */
  proposal: { found: Record<string, string>; missing: string[] } | null;
  /** The same file, already committed for this customer. */
  duplicateOf: { documentId: string; committedAt: string } | null;
  sheets: Array<{ name: string; rows: number }>;
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
  mapping: PoMapping;
  summary: ImportSummary;
  findings: ImportFinding[];
  result: { orders: CommittedOrder[]; alreadyImported?: boolean } | null;
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
  /** multipart/form-data: `file` (.xlsx or .csv), `kind`, `customer` (documentId), optional `mapping` (JSON). */
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
