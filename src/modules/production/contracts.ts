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
