import { factoryCalendar } from '../../calendar/domain/factory-calendar';
import { latestPurchaseDate, planWarnings, type PlannedStep } from './feasibility';
import { planMilestones } from './plan';
import type { MilestoneDefinition } from './template';

const definition = (over: Partial<MilestoneDefinition> & Pick<MilestoneDefinition, 'key' | 'completedBy'>) =>
  ({
    name: over.key,
    nameZh: over.key,
    department: null,
    anchor: 'order-date',
    offsetDays: 0,
    dayKind: 'calendar',
    critical: false,
    customerVisible: false,
    ...over,
  }) as MilestoneDefinition;

// Fabric ordered 7 calendar days after the order, in house 20 calendar days before ex-factory.
const template = [
  definition({ key: 'fabric-ordered', completedBy: 'materials-ordered', completedByParam: 'fabric', offsetDays: 7 }),
  definition({
    key: 'fabric-in-house',
    completedBy: 'materials-received',
    completedByParam: 'fabric',
    anchor: 'ex-factory',
    offsetDays: -20,
  }),
];
const order = {
  orderDate: '2026-12-01',
  exFactoryDate: '2027-01-30',
  quantity: 1000,
  requiresWashing: false,
  requiresPrintOrEmbroidery: false,
};
const calendar = factoryCalendar([0], []);
const dates = (leadTimes: Record<string, number>) =>
  planMilestones(template, order, calendar, 600, leadTimes).map((m) => [m.definition.key, m.plannedDate]);

describe("purchases planned with the supplier's lead time", () => {
  it('in house 2027-01-10; a 30-day lead time leaves the template date (2026-12-08, before 2026-12-11)', () => {
    expect(dates({ fabric: 30 })).toEqual([
      ['fabric-ordered', '2026-12-08'],
      ['fabric-in-house', '2027-01-10'],
    ]);
  });
  it('a 45-day lead time pulls the purchase to 2026-11-26 (2027-01-10 − 45 days), before the order date', () => {
    expect(dates({ fabric: 45 })).toEqual([
      ['fabric-ordered', '2026-11-26'],
      ['fabric-in-house', '2027-01-10'],
    ]);
    expect(latestPurchaseDate('2026-12-08', '2027-01-10', 0)).toBe('2026-12-08');
    expect(latestPurchaseDate('2026-12-08', null, 45)).toBe('2026-12-08');
  });
});

describe('planWarnings: an infeasible plan is flagged, not refused', () => {
  const step = (
    over: Partial<PlannedStep> & Pick<PlannedStep, 'key' | 'completedBy' | 'plannedDate'>
  ): PlannedStep => ({
    name: over.key,
    completedByParam: null,
    actualDate: null,
    ...over,
  });
  const today = new Date(2026, 11, 5); // Saturday 5 December 2026
  it('a purchase the lead time puts before the order date, an open milestone already past', () => {
    const warnings = planWarnings(
      [
        step({
          key: 'fabric-ordered',
          completedBy: 'materials-ordered',
          completedByParam: 'fabric',
          plannedDate: '2026-11-26',
        }),
        step({ key: 'lab-dip', completedBy: 'sample-approved', plannedDate: '2026-12-04' }),
        step({ key: 'fit', completedBy: 'sample-approved', plannedDate: '2026-12-03', actualDate: '2026-12-02' }),
        step({ key: 'pp', completedBy: 'sample-approved', plannedDate: '2026-12-05' }),
      ],
      { today, orderDate: '2026-12-01' }
    );
    expect(warnings.map((w) => [w.milestone, w.rule])).toEqual([
      ['fabric-ordered', 'before-order-date'],
      ['lab-dip', 'before-today'],
    ]);
  });
  it('a milestone planned before the one it depends on', () => {
    const warnings = planWarnings(
      [
        step({
          key: 'trims-ordered',
          completedBy: 'materials-ordered',
          completedByParam: 'trim',
          plannedDate: '2026-12-20',
        }),
        step({
          key: 'trims-in',
          completedBy: 'materials-received',
          completedByParam: 'trim',
          plannedDate: '2026-12-18',
        }),
        step({
          key: 'fabric-in',
          completedBy: 'materials-received',
          completedByParam: 'fabric',
          plannedDate: '2026-12-22',
        }),
        step({ key: 'fabric-ok', completedBy: 'fabric-passed', plannedDate: '2026-12-21' }),
        step({
          key: 'sew-start',
          completedBy: 'output-started',
          completedByParam: 'sewing',
          plannedDate: '2026-12-28',
        }),
        step({ key: 'sew-end', completedBy: 'output-complete', completedByParam: 'sewing', plannedDate: '2027-01-08' }),
      ],
      { today, orderDate: '2026-12-01' }
    );
    expect(warnings.map((w) => [w.milestone, w.rule, w.dependsOn])).toEqual([
      ['trims-in', 'before-dependency', 'trims-ordered'],
      ['fabric-ok', 'before-dependency', 'fabric-in'],
    ]);
  });
});
