import { violation, type Violation } from './violation';

/**
 * The fields Gendan computes, one list per content type. The same list makes
 * the field read-only in the Content Manager and makes the write guard refuse a
 * write that changes it (sending it back unchanged, as the admin form does, is
 * fine) — so the admin never offers what the server would refuse.
 */
export interface DerivedFields {
  readonly fields: readonly string[];
  /** Why the field cannot be typed: where its value comes from. */
  readonly why: string;
  readonly whyZh: string;
}

/** The order's workflow fields: only `POST /api/orders/:documentId/transitions` changes them. */
export const ORDER_WORKFLOW_FIELDS = ['stage', 'heldStage', 'stageDates'] as const;

export const DERIVED_FIELDS = {
  order: {
    fields: ['totalQuantity', ...ORDER_WORKFLOW_FIELDS],
    why: 'the total is the sum of the size breakdown; the stage moves through the workflow',
    whyZh: '总数为尺码明细之和;阶段由流程推进',
  },
  'material-receipt': {
    fields: [
      'result',
      'findings',
      'findingsZh',
      'fourPointLotAverage',
      'fourPointLotAveragePer100SqM',
      'passedQuantity',
    ],
    why: 'computed from the inspection measurements',
    whyZh: '由检验数据计算得出',
  },
  'supplement-request': {
    fields: ['status'],
    why: 'it follows from the approvals, the rejection and the issues',
    whyZh: '由审批、驳回和发料情况得出',
  },
  'production-report': {
    fields: ['corrections'],
    why: 'corrections are appended when counts change',
    whyZh: '数量更正时自动追加',
  },
  'production-exception': {
    fields: ['appliedAt'],
    why: 'set when the new date is applied to the order',
    whyZh: '新交期应用到订单时写入',
  },
  'subcontract-job': {
    fields: ['status'],
    why: 'it follows from the quantities sent and received',
    whyZh: '由发出和收回数量得出',
  },
  'packing-list': {
    fields: [
      'totalCartons',
      'totalPieces',
      'totalCbm',
      'totalNetKg',
      'totalGrossKg',
      'quantities',
      'comparison',
      'withinTolerance',
      'outsideTolerance',
    ],
    why: 'computed from the carton rows',
    whyZh: '由装箱明细计算得出',
  },
  'final-inspection': {
    fields: [
      'codeLetter',
      'sampleSize',
      'planVariant',
      'criticalSampleSize',
      'criticalAccept',
      'criticalReject',
      'majorSampleSize',
      'majorAccept',
      'majorReject',
      'minorSampleSize',
      'minorAccept',
      'minorReject',
      'result',
      'resubmitted',
    ],
    why: 'computed from the AQL tables and the defects found',
    whyZh: '由 AQL 表和发现的缺陷计算得出',
  },
  'completion-report': {
    fields: ['dueDate', 'withinTolerance', 'outsideTolerance'],
    why: 'computed from the shipment',
    whyZh: '由出货情况计算得出',
  },
  sample: {
    fields: ['status', 'statusDates'],
    why: 'it moves through POST /api/samples/:documentId/status',
    whyZh: '通过 POST /api/samples/:documentId/status 推进',
  },
  complaint: {
    fields: ['closedAt'],
    why: 'stamped when the complaint is closed',
    whyZh: '客诉结案时自动写入',
  },
} as const satisfies Record<string, DerivedFields>;

export type TypeWithDerivedFields = keyof typeof DERIVED_FIELDS;

/** A write changed a field Gendan derives: refused, saying where its value comes from. */
export const derivedFieldChanged = (field: string, why: string, whyZh: string, rule = 'derived-field'): Violation =>
  violation([field], rule, `${field} is derived: ${why}`, `${field} 为自动计算字段:${whyZh}`);
