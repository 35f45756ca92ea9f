/** Contracts of the sampling, change and customer endpoints, shared by the server and the admin plugin. */
import type { FollowUpReason, SampleStatus } from '../sampling/domain/sample-flow';
import type { FeedbackDecision } from '../sampling/domain/feedback';

export declare namespace MoveSample {
  interface Request {
    data: { to: SampleStatus; date?: string; expectedStatus?: SampleStatus };
  }
  interface Response {
    data: Record<string, unknown> & { documentId: string; status: SampleStatus };
    meta: { from: SampleStatus; to: SampleStatus; nextRound: { documentId: string; round: number } | null };
  }
}

/** `POST /api/samples/:documentId/feedback` — the customer's answer (from the portal, or recorded for it). */
export declare namespace SampleFeedback {
  interface Request {
    data: { decision: FeedbackDecision; comments?: string | null; expectedStatus?: SampleStatus };
  }
  interface Response {
    data: Record<string, unknown> & { documentId: string; status: SampleStatus };
    meta: { from: SampleStatus; to: SampleStatus; nextRound: { documentId: string; round: number } | null };
  }
}

export interface FollowUp {
  reason: FollowUpReason;
  days: number;
  sample: {
    documentId: string;
    type: string;
    round: number;
    status: SampleStatus;
    dueAt: string | null;
    sentAt: string | null;
    receivedAt: string | null;
    courier: string | null;
    trackingNumber: string | null;
  };
  customer: { documentId: string; code: string; name: string } | null;
  style: { documentId: string; styleNo: string } | null;
}

export declare namespace GetSampleFollowUps {
  interface Response {
    data: FollowUp[];
    meta: { days: number; today: string; counts: Record<FollowUpReason, number> };
  }
}

export declare namespace GetCustomerSummary {
  interface Response {
    data: {
      customer: { documentId: string; code: string; name: string; market: string };
      period: { from: string; to: string };
      orders: number;
      pieces: number;
      shippedOrders: number;
      shippedPieces: number;
      shippedValue: Record<string, number>;
      onTime: { shipped: number; onTime: number; rate: number | null };
      openComplaints: number;
      samples: { approved: number; rejected: number; commented: number };
    };
  }
}
