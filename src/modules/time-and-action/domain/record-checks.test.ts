import { checkTemplateSetup, closedByEvent, fromReminders, plannedByTemplate } from './record-checks';

describe('T&A templates and milestones', () => {
  const setup = {
    milestoneDepartments: ['merchandising', null, 'qc'],
    knownDepartments: new Set(['merchandising', 'qc']),
    isDefault: true,
    otherDefaults: 0,
  };

  it('name known departments; one template is the default', () => {
    expect(checkTemplateSetup(setup)).toEqual([]);
    expect(
      checkTemplateSetup({ ...setup, milestoneDepartments: ['merchandising', 'laundry'], otherDefaults: 1 }).map(
        (v) => [v.path.join('.'), v.rule]
      )
    ).toEqual([
      ['milestones.1.department', 'department'],
      ['isDefault', 'single-default'],
    ]);
    expect(checkTemplateSetup({ ...setup, isDefault: false, otherDefaults: 1 })).toEqual([]);
  });

  it('milestones are planned, closed by their event, and notifications come from the reminder run', () => {
    expect(plannedByTemplate().rule).toBe('planned-by-template');
    expect(closedByEvent('fabric-received').message).toBe(
      'this milestone closes itself when fabric-received happens; it is not typed'
    );
    expect(fromReminders().rule).toBe('from-reminders');
  });
});
