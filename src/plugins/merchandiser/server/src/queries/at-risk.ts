import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { plannedSewingRate, projectFinish, type DailyOutput } from '../../../../../domain/production/projection';
import { loadProductionSettings } from '../../../../../production/settings';
import type { AtRiskOrder } from '../../../shared/contracts/dashboard';
import { loadStageSets } from '../../../../../workflow/stages';
import { onlyFilteredOrders } from './filters';
import { dayOf, num, schemaOf } from './schema';
import type { Filters } from './types';

const ORDER = 'api::order.order';
const REPORT = 'api::production-report.production-report';
const EXCEPTION = 'api::production-exception.production-exception';
const DEPARTMENT = 'api::department.department';
const MILESTONE = 'api::order-milestone.order-milestone';

interface OrderRow {
  id: number;
  documentId: string;
  poNumber: string;
  stage: string | null;
  ordered: unknown;
  exFactory: unknown;
  customer: string | null;
}

/**
 * Orders that will not make their ex-factory date: for every open order, the
 * daily sewn pieces come from one grouped query and the projection is the same
 * pure function the progress endpoint uses — so the two always agree.
 */
export async function atRiskOrders(strapi: Core.Strapi, filters: Filters, now: Date): Promise<AtRiskOrder[]> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const orders = s.table(ORDER);
  const customerLink = s.link(ORDER, 'customer');
  const customers = s.table('api::customer.customer');

  const { finished } = await loadStageSets(strapi);
  const openOrders = (query: Knex.QueryBuilder) =>
    query
      .where((q) => q.whereNull(s.col(ORDER, 'stage')).orWhereNotIn(s.col(ORDER, 'stage'), finished))
      .modify(onlyFilteredOrders(s, filters, `${orders}.id`));

  const rows = (await k(orders)
    .leftJoin(customerLink.table, customerLink.from, `${orders}.id`)
    .leftJoin(customers, `${customers}.id`, customerLink.to)
    .select({
      id: `${orders}.id`,
      documentId: s.col(ORDER, 'documentId'),
      poNumber: s.col(ORDER, 'poNumber'),
      stage: s.col(ORDER, 'stage'),
      ordered: s.col(ORDER, 'totalQuantity'),
      exFactory: s.col(ORDER, 'exFactoryDate'),
      customer: s.col('api::customer.customer', 'name'),
    })
    .modify(openOrders)) as OrderRow[];
  if (rows.length === 0) return [];
  // The open orders again as a subquery rather than an id list: tens of
  // thousands of bound ids would pass SQLite's and PostgreSQL's parameter limits.
  const openIds = k(orders).select(`${orders}.id`).modify(openOrders);

  const reports = s.table(REPORT);
  const reportOrder = s.link(REPORT, 'order');
  const sewing = (await k(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .select({ order: reportOrder.to, date: s.col(REPORT, 'date') })
    .sum({ good: s.col(REPORT, 'goodQty') })
    .where(s.col(REPORT, 'operation'), 'sewing')
    .whereIn(reportOrder.to, openIds)
    .groupBy(reportOrder.to, s.col(REPORT, 'date'))) as Array<{ order: number; date: unknown; good: unknown }>;

  const exceptions = s.table(EXCEPTION);
  const exceptionOrder = s.link(EXCEPTION, 'order');
  const exceptionOwner = s.link(EXCEPTION, 'ownerDepartment');
  const departments = s.table(DEPARTMENT);
  const open = (await k(exceptions)
    .join(exceptionOrder.table, exceptionOrder.from, `${exceptions}.id`)
    .leftJoin(exceptionOwner.table, exceptionOwner.from, `${exceptions}.id`)
    .leftJoin(departments, `${departments}.id`, exceptionOwner.to)
    .select({
      id: `${exceptions}.id`,
      order: exceptionOrder.to,
      cause: s.col(EXCEPTION, 'cause'),
      action: s.col(EXCEPTION, 'action'),
      ownerKey: s.col(DEPARTMENT, 'key'),
      ownerName: s.col(DEPARTMENT, 'name'),
      ownerNameZh: s.col(DEPARTMENT, 'nameZh'),
    })
    .where(s.col(EXCEPTION, 'status'), 'open')
    .whereIn(exceptionOrder.to, openIds.clone())
    .orderBy(`${exceptions}.id`, 'desc')) as Array<{
    order: number;
    cause: string;
    action: string | null;
    ownerKey: string | null;
    ownerName: string | null;
    ownerNameZh: string | null;
  }>;

  // The T&A sewing window (milestones closed by sewing output) gives an unstarted order its planned rate.
  const milestones = s.table(MILESTONE);
  const milestoneOrder = s.link(MILESTONE, 'order');
  const sewingWindow = (await k(milestones)
    .join(milestoneOrder.table, milestoneOrder.from, `${milestones}.id`)
    .select({
      order: milestoneOrder.to,
      completedBy: s.col(MILESTONE, 'completedBy'),
      planned: s.col(MILESTONE, 'plannedDate'),
    })
    .where(s.col(MILESTONE, 'completedByParam'), 'sewing')
    .whereIn(s.col(MILESTONE, 'completedBy'), ['output-started', 'output-complete'])
    .whereIn(milestoneOrder.to, openIds.clone())) as Array<{ order: number; completedBy: string; planned: unknown }>;
  const windows = new Map<number, { start: string | null; end: string | null }>();
  for (const m of sewingWindow) {
    const window = windows.get(num(m.order)) ?? { start: null, end: null };
    if (m.completedBy === 'output-started') window.start = dayOf(m.planned);
    else window.end = dayOf(m.planned);
    windows.set(num(m.order), window);
  }

  // Grouped once: a lookup per order, not a scan of every report row per order.
  const dailyByOrder = new Map<number, DailyOutput[]>();
  for (const r of sewing) {
    const order = num(r.order);
    const daily = dailyByOrder.get(order) ?? [];
    if (daily.length === 0) dailyByOrder.set(order, daily);
    daily.push({ date: dayOf(r.date)!, goodQty: num(r.good) });
  }
  const latestException = new Map<number, (typeof open)[number]>();
  for (const e of open) if (!latestException.has(num(e.order))) latestException.set(num(e.order), e);

  const settings = await loadProductionSettings(strapi);
  const result: AtRiskOrder[] = [];
  for (const row of rows) {
    const id = num(row.id);
    const daily = dailyByOrder.get(id) ?? [];
    const exFactoryDate = dayOf(row.exFactory)!;
    const window = windows.get(id) ?? { start: null, end: null };
    const projection = projectFinish({
      ordered: num(row.ordered),
      reports: daily,
      exFactoryDate,
      today: now,
      calendar: settings.calendar,
      runRateDays: settings.runRateDays,
      bufferDays: settings.bufferDays,
      stalledAfterDays: settings.stalledAfterDays,
      plannedRate: plannedSewingRate(num(row.ordered), window, settings.calendar),
      plannedStart: window.start,
    });
    if (!projection.atRisk) continue;
    const exception = latestException.get(id);
    result.push({
      documentId: row.documentId,
      poNumber: row.poNumber,
      customer: row.customer,
      stage: row.stage,
      ordered: num(row.ordered),
      sewn: projection.done,
      runRate: projection.runRate,
      projectedReady: projection.projectedReady,
      exFactoryDate,
      daysLate: projection.daysLate,
      risk: projection.cause ?? 'too-slow',
      idleDays: projection.idleDays,
      cause: exception?.cause ?? null,
      action: exception?.action ?? null,
      owner: exception?.ownerKey
        ? { key: exception.ownerKey, name: exception.ownerName ?? '', nameZh: exception.ownerNameZh ?? '' }
        : null,
    });
  }
  return result.sort((a, b) => b.daysLate - a.daysLate || a.exFactoryDate.localeCompare(b.exFactoryDate));
}
