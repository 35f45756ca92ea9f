import { UID } from '../../platform/constants';
import { checkHolidays, checkMakeUpDays, type Holiday, type MakeUpDay } from '../calendar/domain/factory-calendar';
import { checkTemplate, type MilestoneDefinition } from './domain/template';
import { checkTemplateSetup, closedByEvent, fromReminders, plannedByTemplate } from './domain/record-checks';
import { afterWrite, refuseChangedDerived, type Row } from '../../platform/invariants/after-write';
import { rejectIf, type Guard, type GuardMap } from '../../platform/invariants/guard';

/**
 * A T&A template an administrator edits: a valid milestone graph (keys,
 * anchors, events and their parameters), known departments, one default.
 */
export const taTemplateGuard: Guard = afterWrite({
  uid: UID.taTemplate,
  trimmed: ['name'],
  populate: { milestones: true },
  check: async (record: Row, { strapi }) => {
    const [stages, departments, defaults] = (await Promise.all([
      strapi.db.query(UID.workflowStage).findMany({ select: ['key'] }),
      strapi.db.query(UID.department).findMany({ select: ['key'] }),
      strapi.db.query(UID.taTemplate).count({ where: { isDefault: true, id: { $ne: record.id } } }),
    ])) as [Array<{ key: string }>, Array<{ key: string }>, number];
    const milestones = (record.milestones as MilestoneDefinition[] | null) ?? [];
    return [
      ...checkTemplate(
        milestones,
        stages.map((stage) => stage.key)
      ),
      ...checkTemplateSetup({
        milestoneDepartments: milestones.map((milestone) => milestone.department),
        knownDepartments: new Set(departments.map((department) => department.key)),
        isDefault: !!record.isDefault,
        otherDefaults: defaults,
      }),
    ];
  },
});

/** The factory calendar's holidays are real date ranges; make-up working days are real days off made working. */
export const productionSettingGuard: Guard = afterWrite({
  uid: UID.productionSetting,
  populate: { holidays: true, makeUpDays: true },
  check: async (record: Row) => {
    const holidays = (record.holidays as Holiday[] | null) ?? [];
    const broken = checkHolidays(holidays);
    if (broken.length > 0) return broken;
    const weeklyDaysOff = Array.isArray(record.weeklyDaysOff) ? (record.weeklyDaysOff as number[]) : [0];
    return checkMakeUpDays((record.makeUpDays as MakeUpDay[] | null) ?? [], weeklyDaysOff, holidays);
  },
});

/**
 * Milestones are planned from the template and closed by events; a user
 * records only the actual date of a milestone the template marks `manual`.
 * The admin form sends every field back: unchanged ones are dropped.
 */
export const orderMilestoneGuard: Guard = async (context) => {
  const { strapi, call, next } = context;
  if (call.action !== 'update') rejectIf([plannedByTemplate()]);
  const data = call.params.data ?? {};
  const row = (await strapi.db
    .query(UID.orderMilestone)
    .findOne({ where: { documentId: call.params.documentId }, select: ['completedBy', 'actualDate'] })) as {
    completedBy: string;
    actualDate: string | null;
  } | null;
  const typed = 'actualDate' in data && (data.actualDate ?? null) !== (row?.actualDate ?? null);
  await refuseChangedDerived(
    context,
    UID.orderMilestone,
    Object.keys(data).filter((field) => field !== 'actualDate'),
    ['it follows from the template and the order', '由模板和订单排定'],
    'planned-by-template'
  );
  if (!typed) delete data.actualDate;
  if (row && row.completedBy !== 'manual' && typed) {
    rejectIf([closedByEvent(row.completedBy)]);
  }
  call.params.data = typed ? { ...data, actualSource: data.actualDate ? 'manual' : null } : data;
  return next();
};

/** Notifications come from the reminder run; a reader only marks them read (the form's unchanged fields are dropped). */
export const notificationGuard: Guard = async (context) => {
  const { call, next } = context;
  if (call.action !== 'update') {
    rejectIf([fromReminders()]);
  }
  await refuseChangedDerived(
    context,
    UID.notification,
    Object.keys(call.params.data ?? {}).filter((field) => field !== 'readAt'),
    ['it is set by the reminder run', '由提醒任务写入'],
    'from-reminders'
  );
  return next();
};

/** Time and action: templates, the factory calendar's settings, milestones and their notifications. */
export const timeAndActionGuards: GuardMap = {
  [UID.taTemplate]: taTemplateGuard,
  [UID.productionSetting]: productionSettingGuard,
  [UID.orderMilestone]: orderMilestoneGuard,
  [UID.notification]: notificationGuard,
};
