import { DEFAULT_TA_MILESTONES } from './default-template';
import { checkTemplate, type MilestoneDefinition } from './template';

const STAGES = ['received', 'notice-issued', 'permit-granted', 'shipped'];
const base: MilestoneDefinition = {
  key: 'a',
  name: 'A',
  nameZh: '甲',
  department: null,
  anchor: 'ex-factory',
  offsetDays: 0,
  dayKind: 'working',
  completedBy: 'booking-made',
  critical: false,
  customerVisible: false,
};
const rules = (milestones: MilestoneDefinition[]) =>
  checkTemplate(milestones, STAGES).map((v) => `${v.path.join('.')}:${v.rule}`);

describe('T&A templates', () => {
  it('the default template is valid', () => {
    expect(checkTemplate(DEFAULT_TA_MILESTONES, STAGES)).toEqual([]);
  });

  it('refuses duplicate and malformed keys, unknown events and parameters', () => {
    expect(
      rules([
        base,
        { ...base, offsetDays: 1.5 },
        { ...base, key: 'Bad Key', completedBy: 'sample-approved', completedByParam: 'selfie' },
        { ...base, key: 'c', completedBy: 'stage-entered', completedByParam: 'nowhere' },
      ])
    ).toEqual([
      'milestones.1.key:milestone-key-unique',
      'milestones.1.offsetDays:offset-days',
      'milestones.2.key:milestone-key',
      'milestones.2.completedByParam:completion-param',
      'milestones.3.completedByParam:completion-param',
    ]);
  });

  it('refuses anchors on unknown milestones and anchor cycles', () => {
    expect(rules([{ ...base, anchor: 'milestone', anchorMilestone: 'ghost' }])).toEqual([
      'milestones.0.anchorMilestone:anchor-milestone',
    ]);
    expect(
      rules([
        { ...base, key: 'a', anchor: 'milestone', anchorMilestone: 'b' },
        { ...base, key: 'b', anchor: 'milestone', anchorMilestone: 'a' },
      ])
    ).toEqual(['milestones.0.anchorMilestone:anchor-cycle', 'milestones.1.anchorMilestone:anchor-cycle']);
  });
});
