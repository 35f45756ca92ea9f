import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addDays, format } from 'date-fns';
import { UID } from '../../../platform/constants';
import type {
  GetTimeAndActionOverview,
  MilestoneView,
  OrderTimeline,
  PlanTimeAndAction,
  StatusCounts,
} from '../../../modules/time-and-action/contracts';
import { completionDate } from '../../../modules/time-and-action/domain/events';
import { planWarnings } from '../../../modules/time-and-action/domain/feasibility';
import { effectiveOffset, planMilestones } from '../../../modules/time-and-action/domain/plan';
import {
  projectMilestones,
  type MilestoneStatus,
  type TrackedMilestone,
} from '../../../modules/time-and-action/domain/project';
import type { CompletionEvent } from '../../../modules/time-and-action/domain/template';
import { loadProductionSettings } from '../../../modules/production/settings';
import { loadMilestoneFacts } from '../../../modules/time-and-action/facts';
import { loadReminderSettings } from '../../../modules/reminders/settings';
import { templateForOrder } from '../../../modules/time-and-action/templates';
import { linkedTo } from '../../../platform/db/links';
import { NOT_AT_RISK } from '../../../modules/orders/domain/risk';
import { loadOrderRisks, theseOrders } from '../../../modules/orders/risk';
import { loadStageSets } from '../../../modules/workflow/stage-store';
interface MilestoneRow extends TrackedMilestone {
  id: number;
  documentId: string;
  name: string;
  nameZh: string;
  department: string | null;
  position: number;
  completedBy: CompletionEvent;
  completedByParam: string | null;
  customerVisible: boolean;
  actualSource: 'event' | 'manual' | null;
  template: string | null;
}

interface OrderRow {
  id: number;
  documentId: string;
  poNumber: string;
  orderDate: string;
  exFactoryDate: string;
  totalQuantity: number | null;
  channel: string | null;
  stage: string | null;
  requiresWashing: boolean | null;
  requiresPrintOrEmbroidery: boolean | null;
  customer: { id: number; code: string; name: string } | null;
  merchandiser: { id: number; firstname: string | null; lastname: string | null } | null;
}

const ORDER_FIELDS = [
  'id',
  'documentId',
  'poNumber',
  'orderDate',
  'exFactoryDate',
  'totalQuantity',
  'channel',
  'stage',
  'requiresWashing',
  'requiresPrintOrEmbroidery',
];
const ORDER_POPULATE = {
  customer: { select: ['id', 'code', 'name'] },
  merchandiser: { select: ['id', 'firstname', 'lastname'] },
};
const STATUSES: MilestoneStatus[] = ['done', 'overdue', 'at-risk', 'due', 'upcoming'];
const emptyCounts = (): StatusCounts => ({ done: 0, overdue: 0, 'at-risk': 0, due: 0, upcoming: 0 });
const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const name = (user: OrderRow['merchandiser']) =>
  user ? { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') } : null;

/**
 * The Time & Action calendar of orders: planned from the order's template,
 * closed by the events Gendan records, projected to show slips before they
 * land. Milestone rows are written only here (derived data); the one thing a
 * user sets by hand is the actual date of a `manual` milestone.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const milestones = () => strapi.db.query(UID.orderMilestone);

  const loadOrder = async (where: Record<string, unknown>) =>
    (await strapi.db
      .query(UID.order)
      .findOne({ where, select: ORDER_FIELDS, populate: ORDER_POPULATE })) as OrderRow | null;

  const rowsOf = async (orderIds: number[]) =>
    (await milestones().findMany({
      where: linkedTo(strapi, UID.orderMilestone, 'order', orderIds),
      populate: { order: { select: ['id'] } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    })) as Array<MilestoneRow & { order: { id: number } | null }>;

  /**
   * The longest lead time (calendar days) per kind of material on the order's
   * consumption sheet: the material's own, else its default supplier's.
   */
  async function purchaseLeadTimes(orderId: number): Promise<Record<string, number>> {
    const lines = (await strapi.db.query(UID.bomLine).findMany({
      where: linkedTo(strapi, UID.bomLine, 'order', orderId),
      select: ['id'],
      populate: {
        material: { select: ['kind', 'leadTimeDays'], populate: { defaultSupplier: { select: ['leadTimeDays'] } } },
      },
    })) as Array<{
      material: {
        kind: string;
        leadTimeDays: number | null;
        defaultSupplier: { leadTimeDays: number | null } | null;
      } | null;
    }>;
    const longest: Record<string, number> = {};
    for (const { material } of lines) {
      const days = material?.leadTimeDays ?? material?.defaultSupplier?.leadTimeDays ?? null;
      if (material && days !== null) longest[material.kind] = Math.max(longest[material.kind] ?? 0, Number(days));
    }
    return longest;
  }

  /** Plans (or re-plans) an order's milestones: actual dates are kept, milestones that stopped applying go unless done. */
  async function plan(orderId: number): Promise<PlanTimeAndAction.Response['meta']> {
    const order = await loadOrder({ id: orderId });
    if (!order) throw new errors.NotFoundError(`order ${orderId} not found`);
    const [template, settings] = await Promise.all([
      templateForOrder(strapi, { customerId: order.customer?.id ?? null, channel: order.channel }),
      loadProductionSettings(strapi),
    ]);
    const quantity = Number(order.totalQuantity ?? 0);
    const leadTimes = await purchaseLeadTimes(orderId);
    const planned = planMilestones(
      template.milestones,
      {
        orderDate: order.orderDate,
        exFactoryDate: order.exFactoryDate,
        quantity,
        requiresWashing: !!order.requiresWashing,
        requiresPrintOrEmbroidery: !!order.requiresPrintOrEmbroidery,
      },
      settings.calendar,
      template.lineOutputPerDay,
      leadTimes
    );
    const existing = new Map((await rowsOf([orderId])).map((row) => [row.key, row]));
    const counts = { created: 0, updated: 0, removed: 0 };
    for (const [position, { definition, plannedDate }] of planned.entries()) {
      const data = {
        name: definition.name,
        nameZh: definition.nameZh,
        department: definition.department,
        position,
        anchor: definition.anchor,
        anchorKey: definition.anchor === 'milestone' ? definition.anchorMilestone : null,
        offsetDays: effectiveOffset(definition, quantity, template.lineOutputPerDay),
        dayKind: definition.dayKind,
        completedBy: definition.completedBy,
        completedByParam: definition.completedByParam ?? null,
        critical: definition.critical,
        customerVisible: definition.customerVisible,
        plannedDate,
        template: template.name,
      };
      const row = existing.get(definition.key);
      existing.delete(definition.key);
      if (!row) {
        await milestones().create({ data: { ...data, key: definition.key, order: orderId } });
        counts.created += 1;
      } else if (
        Object.entries(data).some(([field, value]) => (row as unknown as Record<string, unknown>)[field] !== value)
      ) {
        await milestones().update({ where: { id: row.id }, data });
        counts.updated += 1;
      }
    }
    const gone = [...existing.values()].filter((row) => !row.actualDate).map((row) => row.id);
    if (gone.length > 0) {
      await milestones().deleteMany({ where: { id: { $in: gone } } });
      counts.removed = gone.length;
    }
    await sync(orderId);
    return counts;
  }

  /** Closes (or reopens) milestones from the facts: the actual date is the date of the event, nobody types it. */
  async function sync(orderId: number): Promise<void> {
    const rows = (await rowsOf([orderId])).filter((row) => row.completedBy !== 'manual');
    if (rows.length === 0) return;
    const facts = await loadMilestoneFacts(strapi, orderId);
    for (const row of rows) {
      const actual = completionDate(row.completedBy, row.completedByParam, facts);
      if ((row.actualDate ?? null) !== actual) {
        await milestones().update({
          where: { id: row.id },
          data: { actualDate: actual, actualSource: actual ? 'event' : null },
        });
      }
    }
  }

  async function timelines(orders: OrderRow[], today: Date): Promise<OrderTimeline[]> {
    if (orders.length === 0) return [];
    const [rows, settings, reminders, risks] = await Promise.all([
      rowsOf(orders.map((order) => order.id)),
      loadProductionSettings(strapi),
      loadReminderSettings(strapi),
      loadOrderRisks(strapi, today, theseOrders(orders.map((order) => order.id))),
    ]);
    const riskOf = new Map(risks.map((row) => [row.id, row.risk]));
    return orders.map((order) => {
      const mine = rows.filter((row) => row.order?.id === order.id);
      const projection = projectMilestones(mine, {
        today,
        calendar: settings.calendar,
        dueWithinDays: reminders.milestoneDueDays,
      });
      const counts = emptyCounts();
      const views = projection.milestones.map((milestone): MilestoneView => {
        const row = milestone as unknown as MilestoneRow & typeof milestone;
        counts[milestone.status] += 1;
        return {
          documentId: row.documentId,
          key: row.key,
          name: row.name,
          nameZh: row.nameZh,
          department: row.department ?? null,
          critical: !!row.critical,
          customerVisible: !!row.customerVisible,
          completedBy: row.completedBy,
          completedByParam: row.completedByParam ?? null,
          plannedDate: row.plannedDate,
          projectedDate: milestone.projectedDate,
          actualDate: row.actualDate ?? null,
          actualSource: row.actualSource ?? null,
          status: milestone.status,
          slackDays: milestone.slackDays,
        };
      });
      return {
        order: {
          documentId: order.documentId,
          poNumber: order.poNumber,
          exFactoryDate: order.exFactoryDate,
          stage: order.stage,
          customer: order.customer ? { code: order.customer.code, name: order.customer.name } : null,
          merchandiser: name(order.merchandiser),
        },
        template: mine[0]?.template ?? null,
        plannedExFactory: projection.plannedExFactory,
        projectedExFactory: projection.projectedExFactory,
        late: projection.late,
        risk: riskOf.get(order.id) ?? NOT_AT_RISK,
        counts,
        // Past open milestones show as overdue here; the plan endpoint flags them too.
        warnings: planWarnings(mine, { today, orderDate: order.orderDate, pastOpen: false }),
        milestones: views,
      };
    });
  }

  return {
    plan,
    sync,

    /** Plans the order's calendar if it has none yet (the production notice issues it). */
    async ensurePlanned(orderId: number): Promise<void> {
      if ((await milestones().count({ where: linkedTo(strapi, UID.orderMilestone, 'order', orderId) })) === 0)
        await plan(orderId);
    },

    /** Re-plans an order that has a calendar (its dates, quantity or options changed). */
    async replanIfPlanned(orderId: number): Promise<void> {
      if ((await milestones().count({ where: linkedTo(strapi, UID.orderMilestone, 'order', orderId) })) > 0)
        await plan(orderId);
    },

    async describe(documentId: string, today = new Date()): Promise<OrderTimeline> {
      const order = await loadOrder({ documentId });
      if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
      await sync(order.id);
      return (await timelines([order], today))[0];
    },

    async planByDocumentId(documentId: string, today = new Date()): Promise<PlanTimeAndAction.Response> {
      const order = await loadOrder({ documentId });
      if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
      const meta = await strapi.db.transaction(() => plan(order.id));
      const timeline = (await timelines([order], today))[0];
      const warnings = planWarnings(timeline.milestones, { today, orderDate: order.orderDate });
      return { data: { ...timeline, warnings }, meta };
    },

    /**
     * The calendars the reminder run chases: orders with an open milestone
     * planned up to the due window (a projection only pushes dates later, so
     * nothing due or overdue lies outside).
     */
    async chaseTimelines(today = new Date()): Promise<OrderTimeline[]> {
      const { milestoneDueDays } = await loadReminderSettings(strapi);
      const open = (await milestones().findMany({
        where: {
          actualDate: { $null: true },
          plannedDate: { $lte: iso(addDays(today, milestoneDueDays)) },
          order: { stage: { $notIn: (await loadStageSets(strapi)).ended } },
        },
        select: ['id'],
        populate: { order: { select: ['id'] } },
      })) as Array<{ order: { id: number } | null }>;
      const ids = [...new Set(open.flatMap((row) => (row.order ? [row.order.id] : [])))];
      if (ids.length === 0) return [];
      const orders = (await strapi.db.query(UID.order).findMany({
        where: { id: { $in: ids } },
        select: ORDER_FIELDS,
        populate: ORDER_POPULATE,
        orderBy: [{ exFactoryDate: 'asc' }, { id: 'asc' }],
      })) as OrderRow[];
      return timelines(orders, today);
    },

    /**
     * Many orders' milestones in one view: every order with a milestone planned
     * in the window or still open before its end, most urgent first.
     */
    async overview(
      query: Required<Pick<GetTimeAndActionOverview.Query, 'page' | 'pageSize'>> & GetTimeAndActionOverview.Query,
      today = new Date()
    ): Promise<GetTimeAndActionOverview.Response> {
      const from = query.from ?? iso(addDays(today, -14));
      const to = query.to ?? iso(addDays(today, 45));
      const orderWhere: Record<string, unknown> = { stage: { $notIn: (await loadStageSets(strapi)).cancelled } };
      if (query.customer) orderWhere.customer = { documentId: query.customer };
      if (query.merchandiser) orderWhere.merchandiser = { id: query.merchandiser };
      const candidates = (await milestones().findMany({
        where: {
          order: orderWhere,
          $or: [{ plannedDate: { $between: [from, to] } }, { actualDate: { $null: true }, plannedDate: { $lt: to } }],
        },
        select: ['id', 'plannedDate', 'actualDate'],
        populate: { order: { select: ['id'] } },
      })) as Array<{ plannedDate: string; actualDate: string | null; order: { id: number } | null }>;
      const firstOpen = new Map<number, string>();
      for (const row of candidates) {
        if (!row.order) continue;
        const key = row.actualDate ? '9999-12-31' : row.plannedDate;
        const known = firstOpen.get(row.order.id);
        if (!known || key < known) firstOpen.set(row.order.id, key);
      }
      const ids = [...firstOpen.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0] - b[0]).map(([id]) => id);
      const page = ids.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
      const orders = (await strapi.db.query(UID.order).findMany({
        where: { id: { $in: page } },
        select: ORDER_FIELDS,
        populate: ORDER_POPULATE,
      })) as OrderRow[];
      orders.sort((a, b) => page.indexOf(a.id) - page.indexOf(b.id));
      const data = await timelines(orders, today);
      const counts = emptyCounts();
      for (const timeline of data) for (const status of STATUSES) counts[status] += timeline.counts[status];
      return {
        data,
        meta: {
          from,
          to,
          counts,
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(ids.length / query.pageSize),
            total: ids.length,
          },
        },
      };
    },
  };
};
