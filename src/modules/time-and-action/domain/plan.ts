import { format, parseISO } from 'date-fns';
import { shiftDate, type WorkCalendar } from '../../calendar/domain/factory-calendar';
import { latestPurchaseDate } from './feasibility';
import type { MilestoneDefinition } from './template';

export interface PlanningOrder {
  orderDate: string;
  exFactoryDate: string;
  quantity: number;
  requiresWashing: boolean;
  requiresPrintOrEmbroidery: boolean;
}

export interface PlannedMilestone {
  definition: MilestoneDefinition;
  plannedDate: string;
}

/** Sewing days for a quantity (DOMAIN.md): ⌈quantity ÷ line output⌉ + 1 input day + 1 buffer day. */
export const sewingDays = (quantity: number, lineOutputPerDay: number) =>
  Math.ceil(Math.max(0, quantity) / Math.max(1, lineOutputPerDay)) + 2;

export const applies = (
  definition: MilestoneDefinition,
  order: Pick<PlanningOrder, 'requiresWashing' | 'requiresPrintOrEmbroidery'>
) =>
  definition.appliesWhen === 'washing'
    ? order.requiresWashing
    : definition.appliesWhen === 'print-embroidery'
      ? order.requiresPrintOrEmbroidery
      : true;

/** The offset a milestone is planned at from its anchor, in its day kind. */
export const effectiveOffset = (definition: MilestoneDefinition, quantity: number, lineOutputPerDay: number) =>
  definition.offsetRule === 'sewing-days'
    ? definition.offsetDays - (sewingDays(quantity, lineOutputPerDay) - 1)
    : definition.offsetDays;

/**
 * The planned date of every milestone that applies to the order: anchored on
 * the ex-factory date, the order date or another milestone (which is planned
 * even when it does not apply itself, so a chain never breaks), moved by its
 * offset in working or calendar days of the factory calendar.
 */
export function planMilestones(
  definitions: readonly MilestoneDefinition[],
  order: PlanningOrder,
  calendar: WorkCalendar,
  lineOutputPerDay: number,
  /** The longest supplier lead time (calendar days) per kind of material the order buys. */
  leadTimes: Partial<Record<string, number>> = {}
): PlannedMilestone[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const planned = new Map<string, Date>();
  const dateOf = (definition: MilestoneDefinition, path: string[] = []): Date => {
    const known = planned.get(definition.key);
    if (known) return known;
    if (path.includes(definition.key))
      throw new Error(`milestone anchors form a cycle: ${[...path, definition.key].join(' → ')}`);
    const anchor =
      definition.anchor === 'ex-factory'
        ? parseISO(order.exFactoryDate)
        : definition.anchor === 'order-date'
          ? parseISO(order.orderDate)
          : dateOf(byKey.get(definition.anchorMilestone ?? '')!, [...path, definition.key]);
    const date = shiftDate(
      anchor,
      effectiveOffset(definition, order.quantity, lineOutputPerDay),
      definition.dayKind,
      calendar
    );
    planned.set(definition.key, date);
    return date;
  };
  const plannedOf = (definition: MilestoneDefinition) => format(dateOf(definition), 'yyyy-MM-dd');
  // A purchase is planned no later than its receipt less the supplier's lead time.
  const receiptOf = (kind: string | null) =>
    definitions.find((d) => d.completedBy === 'materials-received' && (d.completedByParam ?? null) === kind);
  return definitions
    .filter((definition) => applies(definition, order))
    .map((definition) => {
      const plannedDate = plannedOf(definition);
      if (definition.completedBy !== 'materials-ordered') return { definition, plannedDate };
      const kind = definition.completedByParam ?? null;
      const receipt = receiptOf(kind);
      return {
        definition,
        plannedDate: latestPurchaseDate(
          plannedDate,
          receipt ? plannedOf(receipt) : null,
          kind ? leadTimes[kind] : null
        ),
      };
    });
}
