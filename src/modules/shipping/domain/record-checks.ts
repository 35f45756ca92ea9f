import { isCountryCode } from '../../reference/domain/codes';
import { violation, type Violation } from '../../../platform/domain/violation';
import { isAql } from '../../quality/domain/aql';

/**
 * What a write of a shipping record must satisfy, decided from the record and
 * the facts the glue loaded — in English and Chinese, naming the field and rule.
 */

/** Records an order has one of (per kind, where a kind is given): a booking, a completion report, a final packing list. */
export function checkOnePerOrder(facts: { hasOrder: boolean; others: number; label: string; labelZh: string }) {
  if (!facts.hasOrder) return [violation(['order'], 'order-required', 'order is required', '必须指定订单')];
  return facts.others > 0
    ? [violation(['order'], 'unique', `the order already has ${facts.label}`, `该订单已有${facts.labelZh}`)]
    : [];
}

/** A tolerance rule's markets are ISO 3166-1 alpha-2 codes; an empty list means any market. */
export const checkToleranceMarkets = (markets: unknown): Violation[] =>
  Array.isArray(markets) && markets.every((market) => isCountryCode(market))
    ? []
    : [
        violation(
          ['markets'],
          'markets-iso-3166',
          'markets must be a list of ISO 3166-1 alpha-2 codes, e.g. ["US", "JP"] ([] = any market)',
          '市场须为 ISO 3166-1 二位国家代码列表,如 ["US", "JP"]([] 表示所有市场)'
        ),
      ];

export interface BookingFacts {
  bookedAt: string | null;
  cutoffDate: string | null;
  lateEntryRequested: boolean;
  lateEntryReason: string | null;
  lateEntryApprovedBy: string | null;
}

/** A booking (托书): the warehouse cut-off comes after the booking; a late entry (晚进仓) is asked for with a reason, then approved. */
export function checkBooking(facts: BookingFacts): Violation[] {
  return [
    ...(facts.cutoffDate && facts.bookedAt && facts.cutoffDate < facts.bookedAt
      ? [
          violation(
            ['cutoffDate'],
            'cutoff-after-booking',
            'the warehouse cut-off cannot be before the booking date',
            '截仓日期不能早于订舱日期'
          ),
        ]
      : []),
    ...(facts.lateEntryRequested && !String(facts.lateEntryReason ?? '').trim()
      ? [
          violation(
            ['lateEntryReason'],
            'late-entry-reason',
            'a late-entry request (晚进仓) must say why',
            '申请晚进仓须说明原因'
          ),
        ]
      : []),
    ...(facts.lateEntryApprovedBy && !facts.lateEntryRequested
      ? [
          violation(
            ['lateEntryApprovedBy'],
            'late-entry-not-requested',
            'approve a late entry only once it is requested',
            '未申请晚进仓,不能批准'
          ),
        ]
      : []),
  ];
}

const AQL_LIST = 'one of the ISO 2859-1 columns 0.010 … 1000 (e.g. 0.65, 1.0, 1.5, 2.5, 4.0, 6.5)';
const AQL_LIST_ZH = 'ISO 2859-1 的 AQL 值之一 0.010 … 1000(如 0.65、1.0、1.5、2.5、4.0、6.5)';

/** An AQL a QC manager typed (or the customer's): a column of ISO 2859-1 Table II; critical may be 0 (accept none). */
export function checkAql(
  field: 'aqlCritical' | 'aqlMajor' | 'aqlMinor',
  raw: unknown,
  zeroAllowed: boolean
): Violation[] {
  const value = Number(raw);
  if (isAql(value) || (zeroAllowed && value === 0)) return [];
  return [
    violation(
      [field],
      'aql-unknown',
      `${field} ${String(raw)} is not ${zeroAllowed ? '0 or ' : ''}${AQL_LIST}`,
      `${field} ${String(raw)} 不是${zeroAllowed ? ' 0 或' : ''}${AQL_LIST_ZH}`
    ),
  ];
}

export interface FinalInspectionFacts {
  lotSize: number;
  /** The inspection this one re-inspects: its order is the same, and it failed. */
  reinspectionOf: { sameOrder: boolean; result: string | null } | null;
  /** The severity the customer's lots call for, and the one QC inspects at. */
  dueSeverity: string;
  severity: string;
  severityOverrideReason: string | null;
}

/** A final inspection (尾期检验) of a lot of at least 2 pieces, re-inspecting only a failed lot, at the due severity unless QC says why. */
export function checkFinalInspection(facts: FinalInspectionFacts): Violation[] {
  const found: Violation[] = [];
  if (facts.lotSize < 2) {
    found.push(
      violation(
        ['lotSize'],
        'lot-size',
        'a lot has at least 2 pieces (from the final packing list or the order)',
        '批量至少 2 件(取自最终装箱单或订单)'
      )
    );
  }
  const previous = facts.reinspectionOf;
  if (previous && (!previous.sameOrder || previous.result !== 'fail')) {
    found.push(
      violation(
        ['reinspectionOf'],
        'reinspection-of-failed',
        're-inspect only a failed inspection of the same order',
        '只能复检同一订单中不合格的检验'
      )
    );
  }
  if (facts.severity !== facts.dueSeverity && !String(facts.severityOverrideReason ?? '').trim()) {
    found.push(
      violation(
        ['severityOverrideReason'],
        'severity-override-reason',
        `the customer's lots call for ${facts.dueSeverity} inspection: say why QC inspects this lot ${facts.severity} (severityOverrideReason)`,
        `按该客户的批次记录应采用${SEVERITY_ZH[facts.dueSeverity] ?? facts.dueSeverity}检验:请说明本批采用${SEVERITY_ZH[facts.severity] ?? facts.severity}检验的原因(severityOverrideReason)`
      )
    );
  }
  return found;
}

/** ISO 2859-1's inspection severities as a QC manager says them. */
const SEVERITY_ZH: Readonly<Record<string, string>> = { normal: '正常', tightened: '加严', reduced: '放宽' };
