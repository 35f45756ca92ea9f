/**
 * Contracts of the order workflow endpoints, shared by the server and the
 * admin plugin: `GET /api/orders/:documentId/workflow`,
 * `POST /api/orders/:documentId/transitions`, `POST /api/orders/:documentId/signoffs`,
 * `POST /api/orders/:documentId/waivers`.
 */
import type { OpenException, OrderRisk } from '../orders/domain/risk';

export type MoveType = 'forward' | 'back' | 'hold' | 'resume' | 'cancel';
export type Decision = 'approved' | 'rejected';

export interface StageSummary {
  key: string;
  name: string;
  nameZh: string;
}

export interface Failure {
  rule: string;
  message: string;
  messageZh: string;
}

export interface TransitionOption {
  to: string;
  name: string;
  nameZh: string;
  type: MoveType;
  commentRequired: boolean;
  allowed: boolean;
  failures: Failure[];
  /** Departments whose approval the target stage needs, and where each stands. */
  signoffs: Array<{ department: string; decision: Decision | null }>;
}

export interface SignoffView {
  documentId: string;
  stage: string;
  department: string;
  decision: Decision;
  comment: string | null;
  actorType: string;
  actorName: string | null;
  at: string;
}

/** A recorded exception to a rule that judges a past fact. */
export interface WaiverView {
  documentId: string;
  rule: string;
  department: string;
  reason: string;
  /** What the rule found when it was waived. */
  waived: string | null;
  actorType: string;
  actorName: string | null;
  at: string;
}

export interface HistoryView {
  documentId: string;
  kind: 'created' | 'transition' | 'signoff' | 'revision' | 'waiver';
  fromStage: string | null;
  toStage: string | null;
  stage: string | null;
  department: string | null;
  decision: Decision | null;
  comment: string | null;
  actorType: string;
  actorName: string | null;
  at: string;
}

export declare namespace GetWorkflow {
  interface Response {
    data: {
      order: { documentId: string; poNumber: string };
      stage: (StageSummary & { enteredAt: string | null }) | null;
      heldStage: StageSummary | null;
      stageDates: Record<string, string>;
      stages: Array<StageSummary & { kind: string; optional: boolean; applies: boolean; terminal: boolean }>;
      transitions: TransitionOption[];
      /** Failing rules of the forward moves that a department may waive. */
      waivable: Array<{ to: string; rule: string; department: string }>;
      waivers: WaiverView[];
      /** Whether the order is at risk: the one answer (production run rate and T&A slip combined). */
      risk: OrderRisk;
      /** The latest open production exception: what is being done, and by whom. */
      exception: OpenException | null;
      signoffs: SignoffView[];
      history: HistoryView[];
      /** The departments the caller may sign for and waive rules of. */
      signable: string[];
    };
  }
}

export declare namespace Transition {
  interface Request {
    data: { to: string; comment?: string; expectedStage?: string };
  }
  interface Response {
    data: Record<string, unknown> & { documentId: string; stage: string };
    meta: { transition: { from: string; to: string; type: MoveType; at: string } };
  }
}

export declare namespace Waive {
  interface Request {
    data: { rule: string; reason: string };
  }
  interface Response {
    data: WaiverView;
  }
}

export declare namespace Signoff {
  interface Request {
    data: { stage: string; department: string; decision: Decision; comment?: string };
  }
  interface Response {
    data: SignoffView;
  }
}
