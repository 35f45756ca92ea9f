import { orderRisk, type RiskInput } from './risk';

const onTime = { atRisk: false, projectedReady: '2026-12-10', cause: null, daysLate: 0 } as const;
const milestone = (key: string, plannedDate: string, projectedDate: string, slackDays: number, critical = true) => ({
  key,
  name: key,
  nameZh: key,
  anchor: 'ex-factory' as const,
  anchorKey: null,
  offsetDays: 0,
  dayKind: 'working' as const,
  plannedDate,
  projectedDate,
  actualDate: null,
  critical,
  status: slackDays < 0 ? ('at-risk' as const) : ('upcoming' as const),
  slackDays,
});
const calendar = (projectedExFactory: string, late: boolean): RiskInput['timeline'] => ({
  plannedExFactory: '2026-12-15',
  projectedExFactory,
  late,
  milestones: [
    milestone('lab-dip', '2026-11-20', '2026-11-27', -7, false),
    milestone('pp-sample', '2026-11-25', '2026-12-04', -9),
    milestone('ex-factory', '2026-12-15', projectedExFactory, late ? -5 : 0),
  ],
});

describe('orderRisk: one answer from the run rate and the T&A calendar', () => {
  it('neither projection late: not at risk', () => {
    expect(
      orderRisk({ exFactoryDate: '2026-12-15', production: onTime, timeline: calendar('2026-12-15', false) })
    ).toMatchObject({ atRisk: false, cause: null, daysLate: 0 });
  });

  it('the calendar slipped five days, the line is on time: the T&A names its worst critical milestone', () => {
    // Ex-factory planned 15 Dec, projected 20 Dec: 5 days. PP sample is 9 days behind and critical;
    // the lab dip is 7 behind but not critical.
    expect(
      orderRisk({ exFactoryDate: '2026-12-15', production: onTime, timeline: calendar('2026-12-20', true) })
    ).toEqual({
      atRisk: true,
      projectedReady: '2026-12-20',
      daysLate: 5,
      cause: 'milestone-slip',
      milestone: {
        key: 'pp-sample',
        name: 'pp-sample',
        nameZh: 'pp-sample',
        plannedDate: '2026-11-25',
        projectedDate: '2026-12-04',
      },
    });
  });

  it('both late: the later projection names the cause and the date', () => {
    const slow = { atRisk: true, projectedReady: '2026-12-24', cause: 'too-slow' as const, daysLate: 9 };
    expect(
      orderRisk({ exFactoryDate: '2026-12-15', production: slow, timeline: calendar('2026-12-20', true) })
    ).toMatchObject({ atRisk: true, projectedReady: '2026-12-24', daysLate: 9, cause: 'too-slow' });
    const slightlySlow = { ...slow, projectedReady: '2026-12-17', daysLate: 2 };
    expect(
      orderRisk({ exFactoryDate: '2026-12-15', production: slightlySlow, timeline: calendar('2026-12-20', true) })
    ).toMatchObject({ projectedReady: '2026-12-20', daysLate: 5, cause: 'milestone-slip' });
  });

  it('a stalled line without a projected date stays at risk as stalled', () => {
    const stalled = { atRisk: true, projectedReady: null, cause: 'stalled' as const, daysLate: 0 };
    expect(orderRisk({ exFactoryDate: '2026-12-15', production: stalled, timeline: null })).toEqual({
      atRisk: true,
      projectedReady: null,
      daysLate: 0,
      cause: 'stalled',
      milestone: null,
    });
  });
});
