/**
 * Contracts of the merchandiser cockpit's admin routes (/merchandiser/...),
 * shared by the plugin's server and its admin pages.
 */
export interface DashboardFilters {
  /** Admin user id, or "me" for the caller. */
  merchandiser?: string;
  /** Customer documentId. */
  customer?: string;
  /** Garment factory (supplier) documentId: orders with reports on its lines. */
  factory?: string;
  /** Ex-factory date range, yyyy-mm-dd. */
  from?: string;
  to?: string;
}

export interface Kpis {
  onTime: { shipped: number; onTime: number; rate: number | null; days: number };
  pipeline: Array<{ stage: string; name: string; nameZh: string; orders: number; pieces: number }>;
  piecesInProduction: number;
  ordersInProduction: number;
  openExceptions: number;
  activeOrders: number;
}

export interface AtRiskOrder {
  documentId: string;
  poNumber: string;
  customer: string | null;
  stage: string | null;
  ordered: number;
  sewn: number;
  runRate: number | null;
  projectedReady: string | null;
  exFactoryDate: string;
  daysLate: number;
  cause: string | null;
  action: string | null;
  owner: { key: string; name: string; nameZh: string } | null;
}

export interface DueItem {
  kind:
    'fabric-inspection' | 'po-line' | 'completion-report' | 'sample-feedback' | 'sample-receipt' | 'warehouse-cutoff';
  /** overdue = past its date; soon = within the coming days. */
  urgency: 'overdue' | 'soon';
  date: string | null;
  days: number;
  order: { documentId: string; poNumber: string } | null;
  label: string;
  /** The record to open in the content manager. */
  target: { uid: string; documentId: string };
}

export interface OutputPoint {
  date: string;
  cutting: number;
  sewing: number;
  finishing: number;
  washing: number;
  packing: number;
  defects: number;
}

export interface LineLoadRow {
  line: { documentId: string; name: string; factory: string | null };
  dailyCapacity: number;
  plannedPerDay: number;
  loadPct: number | null;
}

export declare namespace GetKpis {
  interface Response {
    data: Kpis;
  }
}
export declare namespace GetAtRisk {
  interface Response {
    data: AtRiskOrder[];
  }
}
export declare namespace GetDue {
  interface Response {
    data: DueItem[];
    meta: { today: string; counts: Record<DueItem['kind'], number> };
  }
}
export declare namespace GetOutputTrend {
  interface Response {
    data: OutputPoint[];
  }
}
export declare namespace GetLineLoad {
  interface Response {
    data: LineLoadRow[];
  }
}
export declare namespace GetFilterOptions {
  interface Response {
    data: {
      merchandisers: Array<{ id: number; name: string }>;
      customers: Array<{ documentId: string; code: string; name: string }>;
      factories: Array<{ documentId: string; code: string; name: string }>;
      me: { id: number; isMerchandiser: boolean };
    };
  }
}
