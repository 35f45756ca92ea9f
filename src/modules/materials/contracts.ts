/** Contracts of the material follow-up endpoints, shared by the server and the admin plugin. */
import type { MaterialLedgerEntry } from './domain/ledger';
import type { ExpeditingFlag } from './domain/expediting';

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
