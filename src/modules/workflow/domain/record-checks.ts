import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * What an administrator's change to the workflow must not break: orders that
 * stand in a stage, the history that records a stage's key, the stages that
 * require a department's sign-off.
 */

export interface StageKeyChange {
  action: 'delete' | 'rename';
  previousKey: string;
  /** Orders standing in the stage now. */
  ordersIn: number;
  /** Orders whose history records the key (counted for a rename of an empty stage only). */
  ordersPassed: number;
}

/** A stage's key is removed or renamed only when no order stands in it, and renamed only when none passed through it. */
export function checkStageKeyChange(change: StageKeyChange): Violation[] {
  if (change.ordersIn > 0) {
    return [
      violation(
        ['key'],
        'stage-in-use',
        `${change.ordersIn} order(s) are in stage "${change.previousKey}": move them first, then ${change.action} the stage`,
        `有 ${change.ordersIn} 个订单处于阶段"${change.previousKey}":请先移走订单,再${change.action === 'delete' ? '删除' : '改键'}该阶段`
      ),
    ];
  }
  if (change.action === 'rename' && change.ordersPassed > 0) {
    return [
      violation(
        ['key'],
        'stage-key-recorded',
        `${change.ordersPassed} order(s) passed through stage "${change.previousKey}" and their history records its key: change name and nameZh instead`,
        `有 ${change.ordersPassed} 个订单经过阶段"${change.previousKey}",其历史记录了该键:请改名称(name、nameZh)而不是键`
      ),
    ];
  }
  return [];
}

/** A department is not removed while stages require its sign-off. */
export const checkDepartmentRemoval = (requiredBy: readonly string[]): Violation[] =>
  requiredBy.length > 0
    ? [
        violation(
          ['key'],
          'department-in-use',
          `stages ${requiredBy.join(', ')} require this department's sign-off`,
          `阶段 ${requiredBy.join('、')} 需要该部门签核`
        ),
      ]
    : [];

/** The order's workflow fields move only through the transitions endpoint. */
export const stageByTransition = (field: string): Violation =>
  violation(
    [field],
    'stage-by-transition',
    `${field} is changed only by the workflow: use POST /api/orders/:documentId/transitions`,
    `${field} 只能由流程改变:请使用 POST /api/orders/:documentId/transitions`
  );
