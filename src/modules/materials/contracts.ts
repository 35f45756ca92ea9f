/** Contracts of the material follow-up endpoints, shared by the server and the admin plugin. */
import type { MaterialLedgerEntry } from './domain/ledger';
import type { ExpeditingFlag } from './domain/expediting';
import type { QualityLimits } from './domain/inspection';

export declare namespace GetOrderMaterials {
  interface Response {
    data: MaterialLedgerEntry[];
    meta: {
      order: { documentId: string; poNumber: string; totalQuantity: number; stage: string | null };
      summary: { materials: number; short: number; inHouse: boolean; issued: boolean };
    };
  }
}

export interface ExpeditingItem {
  flags: ExpeditingFlag[];
  daysLate: number;
  purchaseOrder: { documentId: string; poNumber: string; status: string };
  line: {
    documentId: string;
    quantity: number;
    received: number;
    outstanding: number;
    dueDate: string;
    supplierShipDate: string | null;
  };
  material: { code: string; name: string; unit: string } | null;
  order: { documentId: string; poNumber: string } | null;
  supplier: {
    code: string;
    name: string;
    contact: { name: string; role: string | null; email: string | null; phone: string | null } | null;
  } | null;
  lastNote: { date: string; contact: string | null; note: string; promisedDate: string | null } | null;
}

export declare namespace GetExpediting {
  interface Response {
    data: ExpeditingItem[];
    meta: { days: number; today: string; counts: Record<ExpeditingFlag, number> };
  }
}

/** A purchase order line goods can be received against, with what the receipt inspection judges it by. */
export interface ReceiptLineOption {
  documentId: string;
  /** "SKJ-2612-01 · FAB-TWILL · RWM-26-0931" */
  title: string;
  purchaseOrder: {
    documentId: string;
    poNumber: string;
    supplier: { name: string; phone: string | null } | null;
  } | null;
  order: { documentId: string; poNumber: string } | null;
  material: {
    documentId: string;
    code: string;
    name: string;
    kind: 'fabric' | 'trim' | 'packaging';
    construction: 'woven' | 'knit' | null;
    widthCm: number | null;
    unit: string;
  } | null;
  quantity: number;
  /** Received on the line so far, every receipt counted. */
  received: number;
  dueDate: string | null;
  /** The order's customer's limits, else the factory's quality settings, else the source's defaults. */
  limits: QualityLimits;
  overReceiptTolerancePct: number;
}

/** GET /merchandiser/receipts/lines?q= — open lines matching the supplier, PO number or material code. */
export declare namespace GetReceiptLines {
  interface Request {
    q?: string;
  }
  interface Response {
    data: ReceiptLineOption[];
  }
}
