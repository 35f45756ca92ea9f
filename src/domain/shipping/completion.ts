import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { violation, type Violation } from '../violation';

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

/** The completion report (完单报告) is due `days` days after shipment (seed: 出货后3天). */
export function completionDue(shippedAt: string | null, days: number, today: Date, reportDate: string | null) {
  if (!shippedAt) return { dueDate: null, overdue: false, daysOverdue: 0 };
  const due = addDays(parseISO(shippedAt), days);
  const reference = reportDate ? parseISO(reportDate) : today;
  const daysOverdue = Math.max(0, differenceInCalendarDays(reference, due));
  return { dueDate: format(due, 'yyyy-MM-dd'), overdue: daysOverdue > 0 && !reportDate, daysOverdue };
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
        'the shipment is outside tolerance: write the reason before signing'
      )
    );
  }
  if (filled(report.factoryManagerSignedBy) && !(filled(report.planningSignedBy) && filled(report.tradeSignedBy))) {
    found.push(
      violation(['factoryManagerSignedBy'], 'sign-order', 'the factory manager signs after the planning head and trade')
    );
  }
  if (anySigned && !report.shippedAt)
    found.push(violation(['shippedAt'], 'shipped-date-required', 'a completion report needs the shipped date'));
  if (report.reportDate && report.shippedAt && report.reportDate < report.shippedAt) {
    found.push(violation(['reportDate'], 'report-after-shipment', 'the report cannot be dated before the shipment'));
  }
  return found;
}

export const isCompletionSigned = (report: CompletionInput) =>
  filled(report.planningSignedBy) &&
  filled(report.tradeSignedBy) &&
  filled(report.factoryManagerSignedBy) &&
  (report.withinTolerance !== false || filled(report.outsideToleranceReason));
