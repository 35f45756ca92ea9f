import { violation, type Violation } from '../../../platform/domain/violation';

/** A T&A template's milestones name departments that exist, and one template at most is the default. */
export function checkTemplateSetup(facts: {
  milestoneDepartments: ReadonlyArray<string | null | undefined>;
  knownDepartments: ReadonlySet<string>;
  isDefault: boolean;
  otherDefaults: number;
}): Violation[] {
  return [
    ...facts.milestoneDepartments.flatMap((department, index) =>
      department && !facts.knownDepartments.has(department)
        ? [
            violation(
              ['milestones', index, 'department'],
              'department',
              `unknown department ${department}`,
              `未知部门 ${department}`
            ),
          ]
        : []
    ),
    ...(facts.isDefault && facts.otherDefaults > 0
      ? [
          violation(
            ['isDefault'],
            'single-default',
            'another template is already the default: unset it first',
            '已有另一个默认模板:请先取消它'
          ),
        ]
      : []),
  ];
}

/** Milestones are planned from the order's T&A template, never created or deleted by hand. */
export const plannedByTemplate = (): Violation =>
  violation(
    ['order'],
    'planned-by-template',
    'milestones are planned from the order’s T&A template: POST /api/orders/:documentId/time-and-action/plan',
    '节点由订单的 T&A 模板排定:请使用 POST /api/orders/:documentId/time-and-action/plan'
  );

/** A milestone that closes on an event (a receipt, a sign-off) gets its actual date from that event. */
export const closedByEvent = (event: string): Violation =>
  violation(
    ['actualDate'],
    'closed-by-event',
    `this milestone closes itself when ${event} happens; it is not typed`,
    `该节点在 ${event} 发生时自动完成,不能手工填写`
  );

/** Notifications come from the reminder run; a reader only marks them read. */
export const fromReminders = (): Violation =>
  violation(['key'], 'from-reminders', 'notifications are created by the reminder run', '通知由提醒任务生成');
