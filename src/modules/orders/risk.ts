import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { dayOf, num, schemaOf, type Schema } from '../../platform/db/schema';
import { orderRisk, type OpenException, type OrderRisk } from './domain/risk';
import {
  plannedSewingRate,
  projectFinish,
  type DailyOutput,
  type Projection as FinishProjection,
} from '../production/domain/projection';
import { projectMilestones, type TrackedMilestone } from '../time-and-action/domain/project';
import type { Anchor } from '../time-and-action/domain/template';
import { loadProductionSettings } from '../production/settings';
import { loadReminderSettings } from '../reminders/settings';
import { loadStageSets } from '../workflow/stage-store';

const ORDER = 'api::order.order';
const REPORT = 'api::production-report.production-report';
const EXCEPTION = 'api::production-exception.production-exception';
const DEPARTMENT = 'api::department.department';
const MILESTONE = 'api::order-milestone.order-milestone';
const CUSTOMER = 'api::customer.customer';

/** Keeps a query to the orders in scope, given the column that holds the order id. */
export type OrderScope = (column: string) => (query: Knex.QueryBuilder) => void;

const everyOrder: OrderScope = () => () => undefined;
export const theseOrders =
  (ids: readonly number[]): OrderScope =>
  (column) =>
  (query) => {
    query.whereIn(column, [...ids]);
  };

/** An open order with both projections and the one answer drawn from them. */
export interface OrderRiskRow {
  id: number;
  documentId: string;
  poNumber: string;
  stage: string | null;
  customer: string | null;
  merchandiserId: number | null;
  ordered: number;
  exFactoryDate: string;
  production: FinishProjection;
  /** The T&A's planned and projected ex-factory, when the order has a calendar. */
  timeline: { plannedExFactory: string | null; projectedExFactory: string | null; late: boolean } | null;
  risk: OrderRisk;
  /** The latest open production exception: what is being done about it, and by whom. */
  exception: OpenException | null;
}

/**
 * Loads what decides whether open orders are at risk — sewing output by day,
 * the T&A sewing window, the calendars' milestones, open exceptions — in
 * grouped queries over the orders in scope, and projects each order with the
 * pure functions: one answer for every screen that asks.
 */
export async function loadOrderRisks(
  strapi: Core.Strapi,
  now: Date,
  scope: OrderScope = everyOrder
): Promise<OrderRiskRow[]> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const orders = s.table(ORDER);
  const { finished } = await loadStageSets(strapi);
  const customerLink = s.link(ORDER, 'customer');
  const merchandiserLink = s.link(ORDER, 'merchandiser');

  const openOrders = (query: Knex.QueryBuilder) =>
    query
      .where((q) => q.whereNull(s.col(ORDER, 'stage')).orWhereNotIn(s.col(ORDER, 'stage'), finished))
      .modify(scope(`${orders}.id`));

  const rows = (await k(orders)
    .leftJoin(customerLink.table, customerLink.from, `${orders}.id`)
    .leftJoin(s.table(CUSTOMER), `${s.table(CUSTOMER)}.id`, customerLink.to)
    .leftJoin(merchandiserLink.table, merchandiserLink.from, `${orders}.id`)
    .select({
      id: `${orders}.id`,
      documentId: s.col(ORDER, 'documentId'),
      poNumber: s.col(ORDER, 'poNumber'),
      stage: s.col(ORDER, 'stage'),
      ordered: s.col(ORDER, 'totalQuantity'),
      exFactory: s.col(ORDER, 'exFactoryDate'),
      customer: s.col(CUSTOMER, 'name'),
      merchandiserId: merchandiserLink.to,
    })
    .modify(openOrders)) as Array<Record<string, unknown>>;
  if (rows.length === 0) return [];
  // The open orders again as a subquery rather than an id list: tens of
  // thousands of bound ids would pass SQLite's and PostgreSQL's parameter limits.
  const openIds = () => k(orders).select(`${orders}.id`).modify(openOrders);

  const [daily, windows, calendars, exceptions, settings, reminders] = await Promise.all([
    sewnByDay(s, openIds()),
    sewingWindows(s, openIds()),
    milestonesOf(s, openIds()),
    openExceptions(s, openIds()),
    loadProductionSettings(strapi),
    loadReminderSettings(strapi),
  ]);

  return rows.map((row): OrderRiskRow => {
    const id = num(row.id);
    const ordered = num(row.ordered);
    const exFactoryDate = dayOf(row.exFactory)!;
    const window = windows.get(id) ?? { start: null, end: null };
    const production = projectFinish({
      ordered,
      reports: daily.get(id) ?? [],
      exFactoryDate,
      today: now,
      calendar: settings.calendar,
      runRateDays: settings.runRateDays,
      bufferDays: settings.bufferDays,
      stalledAfterDays: settings.stalledAfterDays,
      plannedRate: plannedSewingRate(ordered, window, settings.calendar),
      plannedStart: window.start,
    });
    const milestones = calendars.get(id);
    const timeline = milestones
      ? projectMilestones(milestones, {
          today: now,
          calendar: settings.calendar,
          dueWithinDays: reminders.milestoneDueDays,
        })
      : null;
    return {
      id,
      documentId: String(row.documentId),
      poNumber: String(row.poNumber),
      stage: (row.stage as string | null) ?? null,
      customer: (row.customer as string | null) ?? null,
      merchandiserId: row.merchandiserId === null || row.merchandiserId === undefined ? null : num(row.merchandiserId),
      ordered,
      exFactoryDate,
      production,
      timeline: timeline
        ? {
            plannedExFactory: timeline.plannedExFactory,
            projectedExFactory: timeline.projectedExFactory,
            late: timeline.late,
          }
        : null,
      risk: orderRisk({ exFactoryDate, production, timeline }),
      exception: exceptions.get(id) ?? null,
    };
  });
}

/** Good sewn pieces per order and day, grouped once: a lookup per order, not a scan per order. */
async function sewnByDay(s: Schema, orderIds: Knex.QueryBuilder) {
  const reports = s.table(REPORT);
  const reportOrder = s.link(REPORT, 'order');
  const sewing = (await s
    .knex(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .select({ order: reportOrder.to, date: s.col(REPORT, 'date') })
    .sum({ good: s.col(REPORT, 'goodQty') })
    .where(s.col(REPORT, 'operation'), 'sewing')
    .whereIn(reportOrder.to, orderIds)
    .groupBy(reportOrder.to, s.col(REPORT, 'date'))) as Array<{ order: number; date: unknown; good: unknown }>;
  const byOrder = new Map<number, DailyOutput[]>();
  for (const r of sewing) {
    const order = num(r.order);
    const days = byOrder.get(order) ?? [];
    if (days.length === 0) byOrder.set(order, days);
    days.push({ date: dayOf(r.date)!, goodQty: num(r.good) });
  }
  return byOrder;
}

/** The T&A sewing window (milestones closed by sewing output): an unstarted order's planned rate. */
async function sewingWindows(s: Schema, orderIds: Knex.QueryBuilder) {
  const milestones = s.table(MILESTONE);
  const milestoneOrder = s.link(MILESTONE, 'order');
  const rows = (await s
    .knex(milestones)
    .join(milestoneOrder.table, milestoneOrder.from, `${milestones}.id`)
    .select({
      order: milestoneOrder.to,
      completedBy: s.col(MILESTONE, 'completedBy'),
      planned: s.col(MILESTONE, 'plannedDate'),
    })
    .where(s.col(MILESTONE, 'completedByParam'), 'sewing')
    .whereIn(s.col(MILESTONE, 'completedBy'), ['output-started', 'output-complete'])
    .whereIn(milestoneOrder.to, orderIds)) as Array<{ order: number; completedBy: string; planned: unknown }>;
  const windows = new Map<number, { start: string | null; end: string | null }>();
  for (const m of rows) {
    const window = windows.get(num(m.order)) ?? { start: null, end: null };
    if (m.completedBy === 'output-started') window.start = dayOf(m.planned);
    else window.end = dayOf(m.planned);
    windows.set(num(m.order), window);
  }
  return windows;
}

type CalendarMilestone = TrackedMilestone & { name: string; nameZh: string };

/** Every milestone of the orders' T&A calendars, as the projection reads them. */
async function milestonesOf(s: Schema, orderIds: Knex.QueryBuilder) {
  const milestones = s.table(MILESTONE);
  const milestoneOrder = s.link(MILESTONE, 'order');
  const rows = (await s
    .knex(milestones)
    .join(milestoneOrder.table, milestoneOrder.from, `${milestones}.id`)
    .select({
      order: milestoneOrder.to,
      key: s.col(MILESTONE, 'key'),
      name: s.col(MILESTONE, 'name'),
      nameZh: s.col(MILESTONE, 'nameZh'),
      anchor: s.col(MILESTONE, 'anchor'),
      anchorKey: s.col(MILESTONE, 'anchorKey'),
      offsetDays: s.col(MILESTONE, 'offsetDays'),
      dayKind: s.col(MILESTONE, 'dayKind'),
      plannedDate: s.col(MILESTONE, 'plannedDate'),
      actualDate: s.col(MILESTONE, 'actualDate'),
      critical: s.col(MILESTONE, 'critical'),
    })
    .whereIn(milestoneOrder.to, orderIds)
    .orderBy([{ column: s.col(MILESTONE, 'position') }, { column: `${milestones}.id` }])) as Array<
    Record<string, unknown>
  >;
  const byOrder = new Map<number, CalendarMilestone[]>();
  for (const row of rows) {
    const order = num(row.order);
    const list = byOrder.get(order) ?? [];
    if (list.length === 0) byOrder.set(order, list);
    list.push({
      key: String(row.key),
      name: String(row.name),
      nameZh: String(row.nameZh),
      anchor: row.anchor as Anchor,
      anchorKey: (row.anchorKey as string | null) ?? null,
      offsetDays: num(row.offsetDays),
      dayKind: row.dayKind === 'calendar' ? 'calendar' : 'working',
      plannedDate: dayOf(row.plannedDate)!,
      actualDate: dayOf(row.actualDate),
      critical: row.critical === true || row.critical === 1,
    });
  }
  return byOrder;
}

/** The latest open production exception per order, with its owner department. */
async function openExceptions(s: Schema, orderIds: Knex.QueryBuilder) {
  const exceptions = s.table(EXCEPTION);
  const exceptionOrder = s.link(EXCEPTION, 'order');
  const exceptionOwner = s.link(EXCEPTION, 'ownerDepartment');
  const departments = s.table(DEPARTMENT);
  const open = (await s
    .knex(exceptions)
    .join(exceptionOrder.table, exceptionOrder.from, `${exceptions}.id`)
    .leftJoin(exceptionOwner.table, exceptionOwner.from, `${exceptions}.id`)
    .leftJoin(departments, `${departments}.id`, exceptionOwner.to)
    .select({
      order: exceptionOrder.to,
      cause: s.col(EXCEPTION, 'cause'),
      action: s.col(EXCEPTION, 'action'),
      ownerKey: s.col(DEPARTMENT, 'key'),
      ownerName: s.col(DEPARTMENT, 'name'),
      ownerNameZh: s.col(DEPARTMENT, 'nameZh'),
    })
    .where(s.col(EXCEPTION, 'status'), 'open')
    .whereIn(exceptionOrder.to, orderIds)
    .orderBy(`${exceptions}.id`, 'desc')) as Array<{
    order: number;
    cause: string;
    action: string | null;
    ownerKey: string | null;
    ownerName: string | null;
    ownerNameZh: string | null;
  }>;
  const latest = new Map<number, OpenException>();
  for (const e of open) {
    if (latest.has(num(e.order))) continue;
    latest.set(num(e.order), {
      cause: e.cause,
      action: e.action ?? null,
      owner: e.ownerKey ? { key: e.ownerKey, name: e.ownerName ?? '', nameZh: e.ownerNameZh ?? '' } : null,
    });
  }
  return latest;
}
