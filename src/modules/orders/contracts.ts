/**
 * Contracts of `GET|PUT /api/orders/:documentId/lines` — the size breakdown
 * (尺码明细) of one order, shared by the server and the admin plugin.
 */
export interface OrderLineInput {
  colour: string;
  size: string;
  quantity: number;
}

export interface OrderLineOutput extends OrderLineInput {
  documentId: string;
}

export interface SizeBreakdownTotals {
  quantity: number;
  byColour: Array<{ colour: string; quantity: number }>;
  bySize: Array<{ size: string; quantity: number }>;
}

export interface OrderLinesSummary {
  documentId: string;
  poNumber: string;
  totalQuantity: number;
  sizeScale: string[] | null;
}

export declare namespace GetOrderLines {
  export interface Response {
    data: OrderLineOutput[];
    meta: { order: OrderLinesSummary; totals: SizeBreakdownTotals };
  }
}

export declare namespace ReplaceOrderLines {
  export interface Request {
    data: OrderLineInput[];
    /** Required once the order is past received: the change is recorded as a revision. */
    reason?: string;
  }
  export interface Response {
    data: Record<string, unknown> & { documentId: string; totalQuantity: number; lines: OrderLineOutput[] };
    meta: {
      totals: SizeBreakdownTotals;
      changes: { created: number; updated: number; removed: number; unchanged: number };
    };
  }
}
