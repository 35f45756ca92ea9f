/**
 * Contracts of the Time & Action endpoints, shared by the server and the
 * admin plugin: `GET /api/orders/:documentId/time-and-action`,
 * `POST /api/orders/:documentId/time-and-action/plan`, `GET /api/time-and-action/overview`.
 */
import type { OrderRisk } from '../orders/domain/risk';
import type { PlanWarning } from './domain/feasibility';
import type { MilestoneStatus } from './domain/project';
import type { CompletionEvent } from './domain/template';

export interface MilestoneView {
  documentId: string;
  key: string;
  name: string;
  nameZh: string;
  department: string | null;
  critical: boolean;
  customerVisible: boolean;
  completedBy: CompletionEvent;
  completedByParam: string | null;
  plannedDate: string;
  projectedDate: string;
  actualDate: string | null;
  actualSource: 'event' | 'manual' | null;
  status: MilestoneStatus;
  slackDays: number;
}

export type StatusCounts = Record<MilestoneStatus, number>;

export interface OrderTimeline {
  order: {
    documentId: string;
    poNumber: string;
    exFactoryDate: string;
    stage: string | null;
    customer: { code: string; name: string } | null;
    merchandiser: { id: number; name: string } | null;
  };
  template: string | null;
  plannedExFactory: string | null;
  projectedExFactory: string | null;
  /** The calendar's own slip: the ex-factory milestone projected after its plan. */
  late: boolean;
  /** Whether the order is at risk — the one answer, production run rate and T&A slip combined, as every screen gives it. */
  risk: OrderRisk;
  counts: StatusCounts;
  /** What makes the plan infeasible (flagged, never refused): past open milestones, purchases the lead time puts before the order, milestones before their prerequisite. */
  warnings: PlanWarning[];
  milestones: MilestoneView[];
}

export declare namespace GetTimeAndAction {
  interface Response {
    data: OrderTimeline;
  }
}

export declare namespace PlanTimeAndAction {
  interface Response {
    data: OrderTimeline;
    meta: { created: number; updated: number; removed: number };
  }
}

export declare namespace GetTimeAndActionOverview {
  interface Query {
    from?: string;
    to?: string;
    merchandiser?: number;
    customer?: string;
    page?: number;
    pageSize?: number;
  }
  interface Response {
    data: OrderTimeline[];
    meta: {
      from: string;
      to: string;
      counts: StatusCounts;
      pagination: { page: number; pageSize: number; pageCount: number; total: number };
    };
  }
}
