import { violation, type Violation } from '../../../platform/domain/violation';
import type { DayKind } from '../../calendar/domain/factory-calendar';

/** What closes a milestone: an event Gendan already records, so nobody types the date twice. */
export const COMPLETION_EVENTS = [
  'stage-entered',
  'sample-approved',
  'materials-ordered',
  'materials-received',
  'fabric-passed',
  'output-started',
  'output-complete',
  'subcontract-returned',
  'final-inspection-passed',
  'booking-made',
  'completion-signed',
  'manual',
] as const;
export type CompletionEvent = (typeof COMPLETION_EVENTS)[number];

/** Events that need a parameter, and the values it may take. */
export const EVENT_PARAMS: Partial<Record<CompletionEvent, readonly string[] | 'stage'>> = {
  'stage-entered': 'stage',
  'sample-approved': ['lab-dip', 'strike-off', 'proto', 'fit', 'salesman', 'size-set', 'pp', 'top', 'shipment'],
  'materials-ordered': ['fabric', 'trim', 'packaging'],
  'materials-received': ['fabric', 'trim', 'packaging'],
  'output-started': ['cutting', 'sewing', 'finishing', 'washing', 'packing'],
  'output-complete': ['cutting', 'sewing', 'finishing', 'washing', 'packing'],
  'subcontract-returned': ['wash', 'print-embroidery'],
};

export type Anchor = 'ex-factory' | 'order-date' | 'milestone';
/** When a milestone applies: always, or only to orders that are washed / printed or embroidered. */
export type AppliesWhen = 'always' | 'washing' | 'print-embroidery';
/** How the offset is counted: as written, or the sewing days the order's quantity needs (⌈qty ÷ output⌉ + 2). */
export type OffsetRule = 'fixed' | 'sewing-days';

export interface MilestoneDefinition {
  key: string;
  name: string;
  nameZh: string;
  department: string | null;
  anchor: Anchor;
  anchorMilestone?: string | null;
  offsetDays: number;
  dayKind: DayKind;
  offsetRule?: OffsetRule;
  completedBy: CompletionEvent;
  completedByParam?: string | null;
  appliesWhen?: AppliesWhen;
  critical: boolean;
  customerVisible: boolean;
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A template an administrator edited: unique kebab-case keys, anchors on
 * milestones of the same template without cycles, known events with their
 * parameter, whole-day offsets.
 */
export function checkTemplate(milestones: readonly MilestoneDefinition[], stageKeys: readonly string[]): Violation[] {
  const found: Violation[] = [];
  const keys = new Map<string, number>();
  milestones.forEach((milestone, index) => {
    const path = (field: string) => ['milestones', index, field];
    if (!KEY.test(milestone.key ?? ''))
      found.push(
        violation(
          path('key'),
          'milestone-key',
          `"${milestone.key}" must be kebab-case`,
          `"${milestone.key}"须为 kebab-case(小写字母、数字和连字符)`
        )
      );
    if (keys.has(milestone.key))
      found.push(
        violation(
          path('key'),
          'milestone-key-unique',
          `milestone ${milestone.key} appears twice`,
          `节点 ${milestone.key} 重复出现`
        )
      );
    keys.set(milestone.key, index);
    if (!Number.isInteger(milestone.offsetDays))
      found.push(
        violation(path('offsetDays'), 'offset-days', 'offsetDays must be a whole number', 'offsetDays 必须为整数')
      );
    if (!COMPLETION_EVENTS.includes(milestone.completedBy)) {
      found.push(
        violation(
          path('completedBy'),
          'completion-event',
          `unknown event ${String(milestone.completedBy)}`,
          `未知事件 ${String(milestone.completedBy)}`
        )
      );
      return;
    }
    const params = EVENT_PARAMS[milestone.completedBy];
    const param = milestone.completedByParam ?? '';
    const allowed = params === 'stage' ? stageKeys : params;
    if (allowed && !allowed.includes(param)) {
      found.push(
        violation(
          path('completedByParam'),
          'completion-param',
          `${milestone.completedBy} needs one of: ${allowed.join(', ')}`,
          `${milestone.completedBy} 须为以下之一:${allowed.join('、')}`
        )
      );
    }
  });
  milestones.forEach((milestone, index) => {
    if (milestone.anchor !== 'milestone') return;
    const target = milestone.anchorMilestone ?? '';
    if (!keys.has(target) || target === milestone.key) {
      found.push(
        violation(
          ['milestones', index, 'anchorMilestone'],
          'anchor-milestone',
          `${milestone.key} is anchored on an unknown milestone "${target}"`,
          `${milestone.key} 的基准节点"${target}"不存在`
        )
      );
    }
  });
  if (found.length > 0) return found;
  const byKey = new Map(milestones.map((milestone) => [milestone.key, milestone]));
  for (const [index, milestone] of milestones.entries()) {
    const seen = new Set<string>();
    for (
      let current: MilestoneDefinition | undefined = milestone;
      current?.anchor === 'milestone';
      current = byKey.get(current.anchorMilestone!)
    ) {
      if (seen.has(current.key)) {
        found.push(
          violation(
            ['milestones', index, 'anchorMilestone'],
            'anchor-cycle',
            `anchors of ${milestone.key} go round in a circle`,
            `${milestone.key} 的基准节点形成循环`
          )
        );
        break;
      }
      seen.add(current.key);
    }
  }
  return found;
}
