import { checkDepartmentRemoval, checkStageKeyChange, stageByTransition } from './record-checks';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);

describe('changing the workflow', () => {
  const change = { action: 'rename' as const, previousKey: 'washing', ordersIn: 0, ordersPassed: 0 };

  it('renames or removes a stage no order stands in; renames only a key no history records', () => {
    expect(checkStageKeyChange(change)).toEqual([]);
    expect(rules(checkStageKeyChange({ ...change, ordersIn: 2 }))).toEqual(['stage-in-use']);
    expect(rules(checkStageKeyChange({ ...change, ordersPassed: 5 }))).toEqual(['stage-key-recorded']);
    expect(checkStageKeyChange({ ...change, action: 'delete', ordersPassed: 5 })).toEqual([]);
    expect(checkStageKeyChange({ ...change, action: 'delete', ordersIn: 1 })[0].message).toBe(
      '1 order(s) are in stage "washing": move them first, then delete the stage'
    );
  });

  it('keeps a department that stages require; moves stages by transition only', () => {
    expect(checkDepartmentRemoval([])).toEqual([]);
    expect(rules(checkDepartmentRemoval(['permit', 'shipment']))).toEqual(['department-in-use']);
    expect(stageByTransition('heldStage')).toMatchObject({ path: ['heldStage'], rule: 'stage-by-transition' });
  });
});
