import { calendarDaysBetween, isoDay, midnight, parseDay } from '../../calendar/domain/calendar-date';
import { shiftDate, type DayKind, type WorkCalendar } from '../../calendar/domain/factory-calendar';
import type { Anchor } from './template';

export type MilestoneStatus = 'done' | 'overdue' | 'at-risk' | 'due' | 'upcoming';

/** A milestone of an order as stored: its plan, how it hangs on its anchor, and its actual date once closed. */
export interface TrackedMilestone {
  key: string;
  anchor: Anchor;
  anchorKey: string | null;
  /** The offset from the anchor it was planned with (the sewing window already applied). */
  offsetDays: number;
  dayKind: DayKind;
  plannedDate: string;
  actualDate: string | null;
  critical: boolean;
}

export interface ProjectedMilestone extends TrackedMilestone {
  projectedDate: string;
  status: MilestoneStatus;
  /** Calendar days the milestone is ahead of its plan (negative: behind); done ones count their actual date. */
  slackDays: number;
}

export interface Projection {
  milestones: ProjectedMilestone[];
  /** Where the ex-factory milestone lands if every slip so far carries through. */
  projectedExFactory: string | null;
  plannedExFactory: string | null;
  late: boolean;
}

interface Edge {
  from: string;
  to: string;
  gap: number;
  dayKind: DayKind;
}

/**
 * Projects an order's milestones: a milestone not yet done cannot happen
 * before today, and a late one pushes what depends on it by the same gap it
 * was planned with (an anchor with a negative offset precedes the anchor, a
 * positive one follows it). Done milestones stay where they happened.
 */
export function projectMilestones(
  milestones: readonly TrackedMilestone[],
  options: { today: Date; calendar: WorkCalendar; dueWithinDays: number }
): Projection {
  const today = midnight(options.today);
  const byKey = new Map(milestones.map((milestone) => [milestone.key, milestone]));
  const edges: Edge[] = milestones.flatMap((milestone) =>
    milestone.anchor === 'milestone' && milestone.anchorKey && byKey.has(milestone.anchorKey)
      ? [
          milestone.offsetDays >= 0
            ? { from: milestone.anchorKey, to: milestone.key, gap: milestone.offsetDays, dayKind: milestone.dayKind }
            : { from: milestone.key, to: milestone.anchorKey, gap: -milestone.offsetDays, dayKind: milestone.dayKind },
        ]
      : []
  );

  const projected = new Map<string, Date>();
  const incoming = new Map(
    milestones.map((milestone) => [milestone.key, edges.filter((edge) => edge.to === milestone.key)])
  );
  const ready = milestones.filter((milestone) => incoming.get(milestone.key)!.length === 0).map((m) => m.key);
  const pending = new Map(milestones.map((milestone) => [milestone.key, incoming.get(milestone.key)!.length]));
  const order: string[] = [];
  while (ready.length > 0) {
    const key = ready.shift()!;
    order.push(key);
    for (const edge of edges.filter((candidate) => candidate.from === key)) {
      pending.set(edge.to, pending.get(edge.to)! - 1);
      if (pending.get(edge.to) === 0) ready.push(edge.to);
    }
  }
  // A cycle (an invalid template) leaves some keys unordered: they are projected on their own.
  for (const milestone of milestones) if (!order.includes(milestone.key)) order.push(milestone.key);

  for (const key of order) {
    const milestone = byKey.get(key)!;
    if (milestone.actualDate) {
      projected.set(key, parseDay(milestone.actualDate));
      continue;
    }
    const pushes = incoming
      .get(key)!
      .filter((edge) => projected.has(edge.from))
      .map((edge) => shiftDate(projected.get(edge.from)!, edge.gap, edge.dayKind, options.calendar));
    projected.set(
      key,
      [parseDay(milestone.plannedDate), ...pushes].reduce((latest, day) => (day > latest ? day : latest), today)
    );
  }

  const result = milestones.map((milestone): ProjectedMilestone => {
    const planned = parseDay(milestone.plannedDate);
    const projectedDate = projected.get(milestone.key)!;
    const status: MilestoneStatus = milestone.actualDate
      ? 'done'
      : planned < today
        ? 'overdue'
        : projectedDate > planned
          ? 'at-risk'
          : calendarDaysBetween(planned, today) <= options.dueWithinDays
            ? 'due'
            : 'upcoming';
    return {
      ...milestone,
      projectedDate: isoDay(projectedDate),
      status,
      slackDays: calendarDaysBetween(planned, projectedDate),
    };
  });
  const exFactory = result.find((milestone) => milestone.anchor === 'ex-factory') ?? null;
  return {
    milestones: result,
    projectedExFactory: exFactory?.projectedDate ?? null,
    plannedExFactory: exFactory?.plannedDate ?? null,
    late: !!exFactory && !exFactory.actualDate && exFactory.projectedDate > exFactory.plannedDate,
  };
}
