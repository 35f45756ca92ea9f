import { parseISO } from 'date-fns';
import { factoryCalendar } from '../../calendar/domain/factory-calendar';
import { projectMilestones, type TrackedMilestone } from './project';

const calendar = factoryCalendar([0], []);
const m = (
  key: string,
  plannedDate: string,
  anchorKey: string | null,
  offsetDays: number,
  extra: Partial<TrackedMilestone> = {}
): TrackedMilestone => ({
  key,
  anchor: anchorKey ? 'milestone' : 'ex-factory',
  anchorKey,
  offsetDays,
  dayKind: 'working',
  plannedDate,
  actualDate: null,
  critical: true,
  ...extra,
});
// A small chain: fabric (−10 from cutting) → cutting (−3 from sewing) → sewing (−5 from ex-factory) → ex-factory; report +3 after.
const chain = (overrides: Record<string, Partial<TrackedMilestone>> = {}) =>
  [
    m('fabric', '2026-11-12', 'cutting', -10),
    m('cutting', '2026-11-24', 'sewing', -3),
    m('sewing', '2026-11-27', 'ex-factory', -5),
    m('ex-factory', '2026-12-03', null, 0, { dayKind: 'calendar' }),
    m('report', '2026-12-06', 'ex-factory', 3, { dayKind: 'calendar', critical: false }),
  ].map((milestone) => ({ ...milestone, ...overrides[milestone.key] }));
const project = (milestones: TrackedMilestone[], today: string) =>
  projectMilestones(milestones, { today: parseISO(today), calendar, dueWithinDays: 3 });
const byKey = (projection: ReturnType<typeof project>) =>
  Object.fromEntries(projection.milestones.map((x) => [x.key, x]));

describe('projecting milestones', () => {
  it('on plan: projected = planned, statuses by date', () => {
    const projection = project(chain({ fabric: { actualDate: '2026-11-10' } }), '2026-11-22');
    const found = byKey(projection);
    expect(found.fabric).toMatchObject({ status: 'done', projectedDate: '2026-11-10', slackDays: 2 });
    expect(found.cutting).toMatchObject({ status: 'due', projectedDate: '2026-11-24', slackDays: 0 });
    expect(found['ex-factory']).toMatchObject({ status: 'upcoming', projectedDate: '2026-12-03' });
    expect(projection).toMatchObject({ projectedExFactory: '2026-12-03', plannedExFactory: '2026-12-03', late: false });
  });

  it('a late milestone pushes what depends on it and the ex-factory date, keeping the planned gaps', () => {
    // Fabric planned 12 Nov is still not in on Tue 17 Nov: it cannot arrive before today.
    const projection = project(chain(), '2026-11-17');
    const found = byKey(projection);
    expect(found.fabric).toMatchObject({ status: 'overdue', projectedDate: '2026-11-17', slackDays: -5 });
    // Cutting 10 working days after the fabric: Sat 28 Nov; sewing 3 after: Wed 2 Dec; ex-factory 5 after: Tue 8 Dec.
    expect(found.cutting).toMatchObject({ status: 'at-risk', projectedDate: '2026-11-28' });
    expect(found.sewing).toMatchObject({ status: 'at-risk', projectedDate: '2026-12-02' });
    expect(found['ex-factory']).toMatchObject({ status: 'at-risk', projectedDate: '2026-12-08', slackDays: -5 });
    expect(found.report.projectedDate).toBe('2026-12-11');
    expect(projection).toMatchObject({ projectedExFactory: '2026-12-08', late: true });
  });

  it('an early milestone does not pull the plan forward; a done late one carries its actual date', () => {
    expect(byKey(project(chain({ fabric: { actualDate: '2026-11-01' } }), '2026-11-02')).cutting.projectedDate).toBe(
      '2026-11-24'
    );
    const late = byKey(
      project(chain({ fabric: { actualDate: '2026-11-14' }, cutting: { actualDate: '2026-11-27' } }), '2026-11-30')
    );
    expect(late.sewing).toMatchObject({ status: 'overdue', projectedDate: '2026-12-01' });
    expect(late['ex-factory'].projectedDate).toBe('2026-12-07');
  });
});
