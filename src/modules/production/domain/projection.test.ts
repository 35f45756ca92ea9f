import { plannedSewingRate, projectFinish, type DailyOutput } from './projection';

const calendar = { weeklyDaysOff: [0] }; // Sundays off
const today = new Date(2026, 10, 27); // Friday 27 November 2026
/** One report a day from `from` to `to` November 2026, Sundays skipped unless `sundays`. */
const days = (from: number, to: number, qty: number, sundays = false): DailyOutput[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((d) => sundays || new Date(2026, 10, d).getDay() !== 0)
    .map((d) => ({ date: `2026-11-${String(d).padStart(2, '0')}`, goodQty: qty }));
const base = { ordered: 3000, exFactoryDate: '2026-12-10', today, calendar, runRateDays: 7, bufferDays: 2 };

describe('projectFinish (worked by hand)', () => {
  it('200 a day over the last 7 working days, 1000 to go: today is a day left → finish Wed 2 Dec, ready Fri 4 Dec', () => {
    // reports 16–26 Nov (Sun 22 off): 10 × 200 = 2000 done. Today Fri 27 has no report yet,
    // so it is the first of 5 days: 27, 28, 30 Nov, 1, 2 Dec. Ready + 2 working days: 3, 4 Dec.
    const projection = projectFinish({ ...base, reports: days(16, 26, 200) });
    expect(projection).toEqual({
      done: 2000,
      remaining: 1000,
      lineStart: '2026-11-16',
      runRate: 200,
      rateSource: 'actual',
      idleDays: 0,
      projectedFinish: '2026-12-02',
      projectedReady: '2026-12-04',
      atRisk: false,
      cause: null,
      daysLate: 0,
    });
  });

  it('today reported: the days left start tomorrow', () => {
    // 16–27 Nov: 11 × 200 = 2200 done, 800 left = 4 days: Sat 28, Mon 30, Tue 1, Wed 2 Dec
    expect(projectFinish({ ...base, reports: days(16, 27, 200) })).toMatchObject({
      remaining: 800,
      projectedFinish: '2026-12-02',
    });
  });

  it('Sunday 2026-11-29, 200 left at 200 a day → finish Monday 2026-11-30 (issue example)', () => {
    // reports 21–28 Nov (Sun 22 off): 7 × 200 = 1400 of 1600; the window ends Sat 28.
    const projection = projectFinish({
      ...base,
      ordered: 1600,
      today: new Date(2026, 10, 29),
      reports: days(21, 28, 200),
    });
    expect(projection).toMatchObject({ remaining: 200, runRate: 200, projectedFinish: '2026-11-30' });
  });

  it('is at risk, with the days late and the cause, when the ex-factory date comes first', () => {
    const projection = projectFinish({ ...base, exFactoryDate: '2026-12-03', reports: days(16, 26, 200) });
    expect(projection).toMatchObject({ atRisk: true, daysLate: 1, cause: 'too-slow' });
  });

  it('counts the run rate from the line start when production began inside the window', () => {
    const reports = [
      { date: '2026-11-24', goodQty: 100 },
      { date: '2026-11-25', goodQty: 150 },
      { date: '2026-11-26', goodQty: 200 },
    ];
    // 450 over 3 working days = 150/day; 2550 left → 17 working days from today Fri 27 Nov:
    // 27, 28, 30, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16 Dec → finish Wed 16, ready Fri 18 Dec: 8 days late
    const projection = projectFinish({ ...base, reports });
    expect(projection).toMatchObject({
      runRate: 150,
      remaining: 2550,
      projectedFinish: '2026-12-16',
      projectedReady: '2026-12-18',
      daysLate: 8,
      atRisk: true,
    });
  });

  it('a day without output lowers the run rate, and the unrounded rate is used', () => {
    // window 19–26 Nov (7 working days), no output on 24: 1200 / 7 = 171.43 a day (171.4 shown).
    // 1800 done, 1200 left: exactly 7 days at 1200/7 (not 8, as a rounded or float rate would give):
    // 27, 28, 30, 1, 2, 3, 4 Dec.
    const reports = days(16, 26, 200).filter((r) => r.date !== '2026-11-24');
    const projection = projectFinish({ ...base, reports });
    expect(projection).toMatchObject({ runRate: 171.4, remaining: 1200, projectedFinish: '2026-12-04' });
  });

  it('output on a day off (overtime) counts the day as worked', () => {
    // 16–26 Nov including Sunday 22: the 7 worked days ending 26 are 20–26: 1400 / 7 = 200
    // (counting Sunday's output but not the day would give 1600 / 7 = 228.6).
    expect(projectFinish({ ...base, reports: days(16, 26, 200, true) }).runRate).toBe(200);
  });

  it('a stalled line is seen: no output for 3 working days puts the order at risk as stalled', () => {
    // last output Mon 23 Nov; Tue 24, Wed 25, Thu 26 without output; today Fri 27 not reported yet.
    const projection = projectFinish({ ...base, exFactoryDate: '2027-03-01', reports: days(16, 23, 200) });
    expect(projection).toMatchObject({ idleDays: 3, atRisk: true, cause: 'stalled', daysLate: 0 });
    // the window still ends yesterday: 19, 20, 21, 23 → 800 over 7 working days
    expect(projection.runRate).toBe(114.3);
    // two idle days are not yet a stall; the parameter decides
    expect(projectFinish({ ...base, exFactoryDate: '2027-03-01', reports: days(16, 24, 200) })).toMatchObject({
      idleDays: 2,
      atRisk: false,
    });
    expect(
      projectFinish({ ...base, exFactoryDate: '2027-03-01', stalledAfterDays: 2, reports: days(16, 24, 200) })
    ).toMatchObject({ atRisk: true, cause: 'stalled' });
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

  it('before the first report, the planned rate from the planned start', () => {
    // the T&A sewing window Tue 1 – Fri 11 Dec is 10 working days: 300 a day;
    // 3000 at 300 a day from Tue 1 Dec: 1, 2, 3, 4, 5, 7, 8, 9, 10, 11 → finish Fri 11 Dec,
    // ready Mon 14 Dec (Sat 12, Mon 14): 4 days after the 10 Dec ex-factory date
    const plannedRate = plannedSewingRate(3000, { start: '2026-12-01', end: '2026-12-11' }, calendar);
    expect(plannedRate).toEqual({ pieces: 3000, days: 10 });
    const projection = projectFinish({ ...base, reports: [], plannedRate, plannedStart: '2026-12-01' });
    expect(projection).toMatchObject({
      runRate: null,
      rateSource: 'planned',
      projectedFinish: '2026-12-11',
      projectedReady: '2026-12-14',
      atRisk: true,
      cause: 'not-started',
      daysLate: 4,
    });
  });

  it('no report and no plan: no projection, but at risk once even the buffer no longer fits', () => {
    expect(projectFinish({ ...base, reports: [] })).toMatchObject({
      runRate: null,
      projectedFinish: null,
      atRisk: false,
    });
    // Fri 27 + 2 working days = Mon 30 Nov, 2 days after 28 Nov
    expect(projectFinish({ ...base, exFactoryDate: '2026-11-28', reports: [] })).toMatchObject({
      atRisk: true,
      daysLate: 2,
      cause: 'not-started',
    });
  });
});
