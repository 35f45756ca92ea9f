import type { OrderRiskCause, SlippingMilestone } from '../../../../modules/orders/domain/risk';
import type { ReminderType } from '../../../../modules/reminders/domain/due';

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
  /** Orders shipped since `since` (the last `days` days), and how many of them by their ex-factory date. */
  onTime: { shipped: number; onTime: number; rate: number | null; days: number; since: string };
  pipeline: Array<{ stage: string; name: string; nameZh: string; orders: number; pieces: number }>;
  piecesInProduction: number;
  ordersInProduction: number;
  openExceptions: number;
  activeOrders: number;
}

/** A dashboard figure whose records can be listed: each KPI card and each stage of the pipeline. */
export type FigureKey = 'on-time' | 'on-the-lines' | 'active' | 'exceptions' | 'stage';

export interface FigureRequest {
  figure: FigureKey;
  /** The stage, for the `stage` figure. */
  stage?: string;
  page: number;
  pageSize: number;
}

/** An order counted by a figure. */
export interface FigureOrderRow {
  documentId: string;
  poNumber: string;
  customer: string | null;
  styleNo: string | null;
  stage: string | null;
  exFactoryDate: string | null;
  totalQuantity: number;
  /** On-time figure only: the day of the last shipment, and whether it was on or before ex-factory. */
  shippedOn: string | null;
  onTime: boolean | null;
}

/** An open production exception counted by the exceptions figure. */
export interface FigureExceptionRow {
  documentId: string;
  cause: string;
  description: string;
  impactDays: number | null;
  order: { documentId: string; poNumber: string } | null;
}

export declare namespace GetFigure {
  interface Response {
    data:
      | { figure: FigureKey; stage: string | null; kind: 'orders'; rows: FigureOrderRow[] }
      | { figure: FigureKey; stage: string | null; kind: 'exceptions'; rows: FigureExceptionRow[] };
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
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
  /**
   * Why it is at risk — the later of the two projections names it: the line
   * stopped, runs too slowly or cannot start in time, or the T&A calendar slipped.
   */
  risk: OrderRiskCause;
  /** When the calendar is the cause: the milestone furthest behind its plan. */
  milestone: SlippingMilestone | null;
  /** Working days since the last sewing output. */
  idleDays: number;
  /** The cause of the latest open production exception, if one was recorded. */
  cause: string | null;
  action: string | null;
  owner: { key: string; name: string; nameZh: string } | null;
}

/**
 * One item of "what is due": the same items, from the same engine, as the
 * daily reminder run (one due item may be several notifications, one per recipient).
 */
export interface DueItem {
  /** `type:record:date` — the key of the item's notifications, without the recipient. */
  id: string;
  /** The reminder type: milestone-overdue, purchase-due, inspection-due, warehouse-cutoff… */
  kind: ReminderType;
  /** overdue = past its date (or late); soon = within the coming days. */
  urgency: 'overdue' | 'soon';
  date: string;
  days: number;
  order: { documentId: string; poNumber: string } | null;
  label: string;
  labelZh: string;
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
    /** At-risk orders the merchandiser filter leaves out (0 without the filter). */
    meta: { otherMerchandisers: number };
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
      /** The workflow's stages, so pages name a stage in the reader's language, never by its key. */
      stages: Array<{ key: string; name: string; nameZh: string }>;
    };
  }
}
