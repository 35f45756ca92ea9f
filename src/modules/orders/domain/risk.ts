import { calendarDaysBetween, parseDay } from '../../calendar/domain/calendar-date';
import type { Projection as FinishProjection, RiskCause } from '../../production/domain/projection';
import type { Projection as MilestoneProjection } from '../../time-and-action/domain/project';

/**
 * Why an order will not make its ex-factory date: its line stopped, runs too
 * slowly or cannot start in time (production), or its T&A calendar slipped
 * (a milestone late enough to push the ex-factory milestone).
 */
export type OrderRiskCause = RiskCause | 'milestone-slip';

/** The milestone furthest behind its plan, named when the calendar is the cause. */
export interface SlippingMilestone {
  key: string;
  name: string;
  nameZh: string;
  plannedDate: string;
  projectedDate: string;
}

/**
 * Whether an order is at risk — one answer for the dashboard, the widget,
 * the workflow panel, the T&A calendar and overview, the reminders and the
 * portal: the later of the production projection and the T&A projection.
 */
export interface OrderRisk {
  atRisk: boolean;
  /** When the goods could leave, by whichever projection is later; null with neither. */
  projectedReady: string | null;
  /** Calendar days after the ex-factory date (0 when on time). */
  daysLate: number;
  cause: OrderRiskCause | null;
  milestone: SlippingMilestone | null;
}

/** The latest open production exception of an order at risk: what is being done, and by whom. */
export interface OpenException {
  cause: string;
  action: string | null;
  owner: { key: string; name: string; nameZh: string } | null;
}

/** The answer for an order nobody watches for its date (shipped, closed, cancelled) or with nothing to project. */
export const NOT_AT_RISK: OrderRisk = {
  atRisk: false,
  projectedReady: null,
  daysLate: 0,
  cause: null,
  milestone: null,
};

type NamedMilestones = MilestoneProjection['milestones'][number] & { name?: string; nameZh?: string };

export interface RiskInput {
  exFactoryDate: string;
  /** The run-rate projection of sewing (null when the order has nothing to project). */
  production: Pick<FinishProjection, 'atRisk' | 'projectedReady' | 'cause' | 'daysLate'> | null;
  /** The T&A projection (null when the order has no calendar yet). */
  timeline: (Omit<MilestoneProjection, 'milestones'> & { milestones: readonly NamedMilestones[] }) | null;
}

const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a >= b ? a : b);

/** The open milestone most behind its plan (critical first): what the merchandiser chases. */
function slipping(milestones: readonly NamedMilestones[]): SlippingMilestone | null {
  const behind = milestones
    .filter((m) => !m.actualDate && m.slackDays < 0)
    .sort((a, b) => Number(b.critical) - Number(a.critical) || a.slackDays - b.slackDays || a.key.localeCompare(b.key));
  const worst = behind[0];
  return worst
    ? {
        key: worst.key,
        name: worst.name ?? worst.key,
        nameZh: worst.nameZh ?? worst.name ?? worst.key,
        plannedDate: worst.plannedDate,
        projectedDate: worst.projectedDate,
      }
    : null;
}

export function orderRisk(input: RiskInput): OrderRisk {
  const production = input.production?.atRisk ? input.production : null;
  const timeline = input.timeline?.late ? input.timeline : null;
  const productionDate = production?.projectedReady ?? null;
  const timelineDate = timeline?.projectedExFactory ?? null;
  if (!production && !timeline) {
    const projectedReady = later(input.production?.projectedReady ?? null, input.timeline?.projectedExFactory ?? null);
    return { atRisk: false, projectedReady, daysLate: 0, cause: null, milestone: null };
  }
  // The later projection names the cause; on a tie, production's cause is the more specific.
  const byCalendar = !production || (!!timelineDate && (!productionDate || timelineDate > productionDate));
  const milestone = timeline ? slipping(timeline.milestones) : null;
  if (byCalendar) {
    const due = timeline!.plannedExFactory ?? input.exFactoryDate;
    return {
      atRisk: true,
      projectedReady: timelineDate,
      daysLate: timelineDate ? Math.max(0, calendarDaysBetween(parseDay(timelineDate), parseDay(due))) : 0,
      cause: 'milestone-slip',
      milestone,
    };
  }
  return {
    atRisk: true,
    projectedReady: productionDate,
    daysLate: production.daysLate,
    cause: production.cause ?? 'too-slow',
    milestone,
  };
}
