/** Contracts of the production endpoints, shared by the server and the admin plugin. */
import type { OutputByOperation, Operation } from './domain/progress';
import type { RiskCause } from './domain/projection';
import type { OrderRisk } from '../orders/domain/risk';

export declare namespace GetOrderProgress {
  interface Response {
    data: {
      order: { documentId: string; poNumber: string; stage: string | null };
      ordered: number;
      byOperation: OutputByOperation;
      /** Defective ÷ (good + defective) pieces over all reports, in %. */
      defectRate: number | null;
      lineStart: string | null;
      runRate: number | null;
      remaining: number;
      projectedFinish: string | null;
      projectedReady: string | null;
      exFactoryDate: string;
      atRisk: boolean;
      /** Why it is at risk: no output for `stalledAfterDays` working days, too slow, or a plan that cannot make it. */
      risk: RiskCause | null;
      /** Working days since the last sewing output. */
      idleDays: number;
      /** Where the rate used came from: the reports, the T&A sewing window, or none. */
      rateSource: 'actual' | 'planned' | null;
      daysLate: number;
      /**
       * The one at-risk answer every screen gives: this projection and the T&A
       * calendar's slip combined (the fields above are production's alone).
       */
      orderRisk: OrderRisk;
      openExceptions: Array<{
        documentId: string;
        cause: string;
        description: string;
        impactDays: number | null;
        action: string | null;
        newExFactoryDate: string | null;
        customerApprovedBy: string | null;
        appliedAt: string | null;
        ownerDepartment: { key: string; name: string; nameZh: string } | null;
      }>;
      subcontract: Array<{
        documentId: string;
        process: string;
        supplier: { code: string; name: string } | null;
        qtySent: number;
        qtyReceived: number;
        out: number;
        defects: number;
        sentAt: string | null;
        dueDate: string | null;
        status: string;
      }>;
    };
    meta: { runRateDays: number; bufferDays: number; stalledAfterDays: number; weeklyDaysOff: number[] };
  }
}

export interface DailyReportRow {
  line: { documentId: string; name: string; factory: string | null; dailyCapacity: number } | null;
  operation: Operation;
  goodQty: number;
  defectQty: number;
  defectRate: number | null;
  workers: number;
  orders: Array<{ documentId: string; poNumber: string; goodQty: number; defectQty: number }>;
}

export declare namespace GetDailyReport {
  interface Response {
    data: DailyReportRow[];
    meta: { date: string; totals: { goodQty: number; defectQty: number; defectRate: number | null } };
  }
}

export declare namespace ApplyDelay {
  interface Request {
    data?: { reason?: string };
  }
  interface Response {
    data: {
      exception: string;
      order: string;
      revision: { documentId: string; number: number };
      exFactoryDate: { before: string; after: string };
    };
  }
}

export declare namespace GetLineLoad {
  interface Response {
    data: Array<{
      line: { documentId: string; name: string; factory: string | null };
      plannedPerDay: number;
      dailyCapacity: number;
      loadPct: number | null;
      orders: Array<{
        documentId: string;
        poNumber: string;
        remaining: number;
        share: number;
        workingDaysLeft: number;
      }>;
    }>;
    meta: { since: string; today: string };
  }
}

/** One filed cell of the daily output sheet. */
export interface DailyOutputCell {
  documentId: string;
  goodQty: number;
  defectQty: number;
  workers: number | null;
  /** Corrections made to the figures so far. */
  corrections: number;
}

/** One row of the daily output sheet (生产日报): a line working an order on the day. */
export interface DailyOutputRow {
  line: { documentId: string; name: string; dailyCapacity: number };
  order: { documentId: string; poNumber: string; totalQuantity: number; exFactoryDate: string | null };
  /** The day's filed figures by operation; an operation without a report is absent. */
  cells: Partial<Record<Operation, DailyOutputCell>>;
  /** The order's good pieces before the day, all lines, by operation. */
  before: OutputByOperation;
  /** This line's sewn pieces per worked day on this order over the run-rate window before the day; null without output. */
  runRate: number | null;
  /** Pieces a day the order still needs sewn (all its lines) to keep its ex-factory date; null when all are sewn. */
  neededPerDay: number | null;
}

export declare namespace GetDailyOutput {
  interface Response {
    data: {
      rows: DailyOutputRow[];
      /** What a new row can name: every line, and the orders on the lines. */
      lines: Array<{ documentId: string; name: string; dailyCapacity: number }>;
      orders: Array<{ documentId: string; poNumber: string }>;
    };
    meta: { date: string; today: string; operations: Operation[]; runRateDays: number };
  }
}

export declare namespace SaveDailyOutput {
  interface Request {
    data: {
      date: string;
      entries: Array<{
        line: string;
        order: string;
        operation: Operation;
        goodQty: number;
        defectQty?: number;
        workers?: number | null;
        correctionReason?: string | null;
      }>;
    };
  }
  type Response = GetDailyOutput.Response & { meta: GetDailyOutput.Response['meta'] & { written: number } };
}
