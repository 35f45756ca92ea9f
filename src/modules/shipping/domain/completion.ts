import { calendarDaysBetween, isoDay, parseDay } from '../../calendar/domain/calendar-date';
import { shiftDays } from '../../calendar/domain/factory-calendar';
import { violation, type Violation } from '../../../platform/domain/violation';

export interface CompletionInput {
  shippedAt: string | null;
  reportDate: string | null;
  planningSignedBy: string | null;
  tradeSignedBy: string | null;
  factoryManagerSignedBy: string | null;
  withinTolerance: boolean | null;
  outsideToleranceReason: string | null;
}

const filled = (value: string | null | undefined) => !!value?.trim();
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** A stored completion report as the rules read it — the one mapping the guard, the facts and the reconciliation share. */
export const completionOf = (row: Record<string, unknown>): CompletionInput => ({
  shippedAt: text(row.shippedAt),
  reportDate: text(row.reportDate),
  planningSignedBy: text(row.planningSignedBy),
  tradeSignedBy: text(row.tradeSignedBy),
  factoryManagerSignedBy: text(row.factoryManagerSignedBy),
  withinTolerance: typeof row.withinTolerance === 'boolean' ? row.withinTolerance : null,
  outsideToleranceReason: text(row.outsideToleranceReason),
});

/** The completion report (完单报告) is due `days` days after shipment (seed: 出货后3天). */
export function completionDue(shippedAt: string | null, days: number, today: Date, reportDate: string | null) {
  if (!shippedAt) return { dueDate: null, overdue: false, daysOverdue: 0 };
  const due = shiftDays(parseDay(shippedAt), days);
  const reference = reportDate ? parseDay(reportDate) : today;
  const daysOverdue = Math.max(0, calendarDaysBetween(reference, due));
  return { dueDate: isoDay(due), overdue: daysOverdue > 0 && !reportDate, daysOverdue };
}

/**
 * Sign-off order of the source: planning head and trade sign first, the
 * factory manager last; a shipment outside tolerance carries its reason
 * before anyone signs (else the report goes back to the factory).
 */
export function checkCompletion(report: CompletionInput): Violation[] {
  const found: Violation[] = [];
  const anySigned =
    filled(report.planningSignedBy) || filled(report.tradeSignedBy) || filled(report.factoryManagerSignedBy);
  if (report.withinTolerance === false && anySigned && !filled(report.outsideToleranceReason)) {
    found.push(
      violation(
        ['outsideToleranceReason'],
        'reason-required',
        'the shipment is outside tolerance: write the reason before signing',
        '出货数量超出短溢装范围:签字前请填写超出比例原因'
      )
    );
  }
  if (filled(report.factoryManagerSignedBy) && !(filled(report.planningSignedBy) && filled(report.tradeSignedBy))) {
    found.push(
      violation(
        ['factoryManagerSignedBy'],
        'sign-order',
        'the factory manager signs after the planning head and trade',
        '生产厂长须在计划部长和贸易签字后再签字'
      )
    );
  }
  if (anySigned && !report.shippedAt)
    found.push(
      violation(
        ['shippedAt'],
        'shipped-date-required',
        'a completion report needs the shipped date',
        '完单报告须填写出货日期'
      )
    );
  if (report.reportDate && report.shippedAt && report.reportDate < report.shippedAt) {
    found.push(
      violation(
        ['reportDate'],
        'report-after-shipment',
        'the report cannot be dated before the shipment',
        '完单报告日期不能早于出货日期'
      )
    );
  }
  return found;
}

export const isCompletionSigned = (report: CompletionInput) =>
  filled(report.planningSignedBy) &&
  filled(report.tradeSignedBy) &&
  filled(report.factoryManagerSignedBy) &&
  (report.withinTolerance !== false || filled(report.outsideToleranceReason));
