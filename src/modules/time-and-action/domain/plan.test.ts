import { DEFAULT_LINE_OUTPUT, DEFAULT_TA_MILESTONES } from './default-template';
import { factoryCalendar } from '../../calendar/domain/factory-calendar';
import { planMilestones, sewingDays } from './plan';

const calendar = factoryCalendar([0], []);
const order = {
  orderDate: '2026-09-01',
  exFactoryDate: '2026-12-15', // a Tuesday
  quantity: 6000,
  requiresWashing: false,
  requiresPrintOrEmbroidery: false,
};
const planned = (overrides = {}) =>
  Object.fromEntries(
    planMilestones(DEFAULT_TA_MILESTONES, { ...order, ...overrides }, calendar, DEFAULT_LINE_OUTPUT).map((m) => [
      m.definition.key,
      m.plannedDate,
    ])
  );

describe('planning an order back from its ex-factory date', () => {
  it('sizes the sewing window by quantity: ⌈qty ÷ output⌉ + 2', () => {
    expect(sewingDays(6000, 600)).toBe(12);
    expect(sewingDays(6001, 600)).toBe(13);
  });

  it('plans the production chain in working days and samples from the order date in calendar days', () => {
    const dates = planned();
    expect(dates['ex-factory']).toBe('2026-12-15');
    expect(dates['final-inspection']).toBe('2026-12-14'); // Mon
    expect(dates['finishing-end']).toBe('2026-12-12'); // Sat (Sunday 13th off)
    expect(dates['sewing-end']).toBe('2026-12-10');
    // 12 sewing days ending Thu 10 Dec, Sundays off: start Fri 27 Nov.
    expect(dates['sewing-start']).toBe('2026-11-27');
    expect(dates['cutting-start']).toBe('2026-11-24');
    expect(dates['pp-meeting']).toBe('2026-11-20');
    expect(dates['fabric-in-house']).toBe('2026-11-12');
    expect(dates['fabric-inspected']).toBe('2026-11-16');
    expect(dates['lab-dip-approved']).toBe('2026-09-15');
    expect(dates['completion-report']).toBe('2026-12-18');
    expect(dates['washing-done']).toBeUndefined();
    expect(dates['print-embroidery-done']).toBeUndefined();
  });

  it('adds washing and print milestones only where they apply', () => {
    const dates = planned({ requiresWashing: true, requiresPrintOrEmbroidery: true });
    expect(dates['washing-done']).toBe('2026-12-11');
    expect(dates['print-embroidery-done']).toBe('2026-11-26');
  });

  it('plans around a holiday', () => {
    const withHoliday = factoryCalendar([0], [{ name: 'Shutdown', from: '2026-11-23', to: '2026-11-25' }]);
    const dates = Object.fromEntries(
      planMilestones(DEFAULT_TA_MILESTONES, order, withHoliday, DEFAULT_LINE_OUTPUT).map((m) => [
        m.definition.key,
        m.plannedDate,
      ])
    );
    // Sewing start Fri 27 Nov − 3 working days: Thu 26, then past the shutdown (23–25) and Sunday 22 to Sat 21, Fri 20.
    expect(dates['cutting-start']).toBe('2026-11-20');
  });
});
