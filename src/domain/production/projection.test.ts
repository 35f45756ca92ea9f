import { projectFinish, type DailyOutput } from './projection';
import { addWorkingDays, workingDaysBetween, workingWindowStart } from './working-days';

const calendar = { weeklyDaysOff: [0] }; // Sundays off
const today = new Date(2026, 10, 27); // Friday 27 November 2026
const days = (from: number, to: number, qty: number): DailyOutput[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((d) => new Date(2026, 10, d).getDay() !== 0)
    .map((d) => ({ date: `2026-11-${String(d).padStart(2, '0')}`, goodQty: qty }));
const base = { ordered: 3000, exFactoryDate: '2026-12-10', today, calendar, runRateDays: 7, bufferDays: 2 };

describe('working days', () => {
  it('skip the weekly day off', () => {
    expect(addWorkingDays(today, 5, calendar)).toEqual(new Date(2026, 11, 3)); // Sat 28, Mon 30, Tue 1, Wed 2, Thu 3
    expect(addWorkingDays(new Date(2026, 10, 29), 0, calendar)).toEqual(new Date(2026, 10, 30)); // Sunday → Monday
    expect(workingDaysBetween(new Date(2026, 10, 16), new Date(2026, 10, 26), calendar)).toBe(10);
    expect(workingWindowStart(new Date(2026, 10, 26), 7, calendar)).toEqual(new Date(2026, 10, 19));
    expect(addWorkingDays(today, 2, { weeklyDaysOff: [0, 6] })).toEqual(new Date(2026, 11, 1));
  });
});

describe('projectFinish (hand-computed)', () => {
  it('200 a day over the last 7 working days, 1000 to go: finish Thu 3 Dec, ready Sat 5 Dec', () => {
    const projection = projectFinish({ ...base, reports: days(16, 26, 200) });
    expect(projection).toEqual({
      done: 2000,
      remaining: 1000,
      lineStart: '2026-11-16',
      runRate: 200,
      projectedFinish: '2026-12-03',
      projectedReady: '2026-12-05',
      atRisk: false,
      daysLate: 0,
    });
  });

  it('is at risk, with the days late, when the ex-factory date comes first', () => {
    const projection = projectFinish({ ...base, exFactoryDate: '2026-12-04', reports: days(16, 26, 200) });
    expect(projection).toMatchObject({ atRisk: true, daysLate: 1 });
  });

  it('counts the run rate from the line start when production began inside the window', () => {
    const reports = [
      { date: '2026-11-24', goodQty: 100 },
      { date: '2026-11-25', goodQty: 150 },
      { date: '2026-11-26', goodQty: 200 },
    ];
    const projection = projectFinish({ ...base, reports });
    // 450 over 3 working days = 150/day; 2550 left → 17 working days from Fri 27 Nov
    expect(projection).toMatchObject({ runRate: 150, remaining: 2550, projectedFinish: '2026-12-17', atRisk: true });
    expect(projection.daysLate).toBe(9); // ready Sat 19 Dec vs 10 Dec
  });

  it('a day without output lowers the run rate (working days, not report days)', () => {
    const reports = days(16, 26, 200).filter((r) => r.date !== '2026-11-24');
    expect(projectFinish({ ...base, reports }).runRate).toBe(171.4); // 1200 / 7
  });

  it('finished: the last sewing day is the finish', () => {
    const projection = projectFinish({ ...base, ordered: 2000, reports: days(16, 26, 200) });
    expect(projection).toMatchObject({
      remaining: 0,
      projectedFinish: '2026-11-26',
      projectedReady: '2026-11-28',
      atRisk: false,
    });
  });

  it('not started: no projection, but at risk once even the buffer no longer fits', () => {
    expect(projectFinish({ ...base, reports: [] })).toMatchObject({
      runRate: null,
      projectedFinish: null,
      atRisk: false,
    });
    expect(projectFinish({ ...base, exFactoryDate: '2026-11-28', reports: [] })).toMatchObject({
      atRisk: true,
      daysLate: 2,
    });
  });
});
