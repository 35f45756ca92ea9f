import { differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';
import type { CompletionEvent } from './template';

/** What a warning needs to know of a planned milestone. */
export interface PlannedStep {
  key: string;
  name: string;
  completedBy: CompletionEvent;
  completedByParam: string | null;
  plannedDate: string;
  actualDate?: string | null;
}

export interface PlanWarning {
  milestone: string;
  rule: 'before-today' | 'before-dependency' | 'before-order-date';
  /** The milestone it should follow (`before-dependency`). */
  dependsOn?: string;
  message: string;
}

/**
 * Which events must come before which, whatever the template calls its
 * milestones: a kind of material is ordered before it is received, fabric is
 * received before it passes inspection, an operation starts before it ends.
 */
const DEPENDENCIES: ReadonlyArray<{
  event: CompletionEvent;
  after: CompletionEvent;
  /** The prerequisite's parameter: the same as the milestone's, or a fixed one. */
  param: 'same' | string;
}> = [
  { event: 'materials-received', after: 'materials-ordered', param: 'same' },
  { event: 'fabric-passed', after: 'materials-received', param: 'fabric' },
  { event: 'output-complete', after: 'output-started', param: 'same' },
];

/**
 * An infeasible plan is not refused (the order is real and the date is the
 * buyer's), it is flagged: a milestone still open but planned before today,
 * a purchase planned before the order existed, a milestone planned before the
 * one it depends on.
 */
export function planWarnings(
  steps: readonly PlannedStep[],
  context: {
    today: Date;
    orderDate: string;
    /** Flag open milestones already past (when planning; a running calendar shows them as overdue). */
    pastOpen?: boolean;
  }
): PlanWarning[] {
  const today = format(context.today, 'yyyy-MM-dd');
  const warnings: PlanWarning[] = [];
  for (const step of steps) {
    const open = !step.actualDate;
    if (open && step.plannedDate < context.orderDate && step.completedBy === 'materials-ordered') {
      warnings.push({
        milestone: step.key,
        rule: 'before-order-date',
        message: `${step.name} should have been done by ${step.plannedDate}, before the order date ${context.orderDate}: the lead time does not fit`,
      });
    } else if (open && context.pastOpen !== false && step.plannedDate < today) {
      warnings.push({
        milestone: step.key,
        rule: 'before-today',
        message: `${step.name} is planned for ${step.plannedDate}, already past and not done`,
      });
    }
    for (const dependency of DEPENDENCIES.filter((d) => d.event === step.completedBy)) {
      const param = dependency.param === 'same' ? step.completedByParam : dependency.param;
      const before = steps.find((s) => s.completedBy === dependency.after && (s.completedByParam ?? null) === param);
      if (before && step.plannedDate < before.plannedDate) {
        warnings.push({
          milestone: step.key,
          rule: 'before-dependency',
          dependsOn: before.key,
          message: `${step.name} (${step.plannedDate}) is planned before ${before.name} (${before.plannedDate})`,
        });
      }
    }
  }
  return warnings;
}

/**
 * The latest day to place a purchase so that it arrives by its receipt
 * milestone: the receipt's planned date less the supplier's lead time in
 * calendar days. The purchase is planned on that day when the template's own
 * date is later (a long lead time pulls the order earlier, never later).
 */
export function latestPurchaseDate(
  purchasePlanned: string,
  receiptPlanned: string | null,
  leadTimeDays: number | null | undefined
): string {
  if (!receiptPlanned || !leadTimeDays || leadTimeDays <= 0) return purchasePlanned;
  const latest = subDays(parseISO(receiptPlanned), leadTimeDays);
  return differenceInCalendarDays(latest, parseISO(purchasePlanned)) < 0
    ? format(latest, 'yyyy-MM-dd')
    : purchasePlanned;
}
