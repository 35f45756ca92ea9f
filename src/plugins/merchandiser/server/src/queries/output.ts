import type { Core } from '@strapi/strapi';
import { addDays, format, parseISO, startOfDay } from 'date-fns';
import { lineLoad } from '../../../../../modules/production/domain/line-load';
import { workingDaysBetween, workingWindowStart } from '../../../../../modules/calendar/domain/factory-calendar';
import { loadProductionSettings } from '../../../../../modules/production/settings';
import type { LineLoadRow, OutputPoint } from '../../../shared/contracts/dashboard';
import { onlyFilteredOrders } from './filters';
import { dayOf, num, schemaOf } from './schema';
import type { Filters } from './types';

const REPORT = 'api::production-report.production-report';
const LINE = 'api::production-line.production-line';
const ORDER = 'api::order.order';

/** Good pieces per day and operation, and defects, over the last `days` days (one grouped query). */
export async function outputTrend(strapi: Core.Strapi, filters: Filters, now: Date, days = 30): Promise<OutputPoint[]> {
  const s = schemaOf(strapi);
  const reports = s.table(REPORT);
  const reportOrder = s.link(REPORT, 'order');
  const since = format(addDays(startOfDay(now), -days + 1), 'yyyy-MM-dd');
  const rows = (await s
    .knex(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .select({ date: s.col(REPORT, 'date'), operation: s.col(REPORT, 'operation') })
    .sum({ good: s.col(REPORT, 'goodQty'), defects: s.col(REPORT, 'defectQty') })
    .where(s.col(REPORT, 'date'), '>=', since)
    .modify(onlyFilteredOrders(s, filters, reportOrder.to))
    .groupBy(s.col(REPORT, 'date'), s.col(REPORT, 'operation'))) as Array<{
    date: unknown;
    operation: string;
    good: unknown;
    defects: unknown;
  }>;
  const points = new Map<string, OutputPoint>();
  for (let i = 0; i < days; i += 1) {
    const date = format(addDays(parseISO(since), i), 'yyyy-MM-dd');
    points.set(date, { date, cutting: 0, sewing: 0, finishing: 0, washing: 0, packing: 0, defects: 0 });
  }
  for (const row of rows) {
    const point = points.get(dayOf(row.date)!);
    if (!point) continue;
    point[row.operation as 'sewing'] += num(row.good);
    point.defects += num(row.defects);
  }
  return [...points.values()];
}

/**
 * Line load — the same arithmetic as GET /api/production-lines/load, fed by
 * grouped queries: recent sewing per line and order, all sewing per order.
 */
export async function lineLoads(strapi: Core.Strapi, filters: Filters, now: Date): Promise<LineLoadRow[]> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const settings = await loadProductionSettings(strapi);
  const today = startOfDay(now);
  const since = format(workingWindowStart(today, settings.runRateDays, settings.calendar), 'yyyy-MM-dd');
  const reports = s.table(REPORT);
  const reportOrder = s.link(REPORT, 'order');
  const reportLine = s.link(REPORT, 'line');
  const lineFactory = s.link(LINE, 'factory');
  const lines = s.table(LINE);
  const suppliers = s.table('api::supplier.supplier');
  const orders = s.table(ORDER);

  const lineRows = (await k(lines)
    .leftJoin(lineFactory.table, lineFactory.from, `${lines}.id`)
    .leftJoin(suppliers, `${suppliers}.id`, lineFactory.to)
    .select({
      id: `${lines}.id`,
      documentId: s.col(LINE, 'documentId'),
      name: s.col(LINE, 'name'),
      capacity: s.col(LINE, 'dailyCapacity'),
      factory: s.col('api::supplier.supplier', 'name'),
    })
    .orderBy(s.col(LINE, 'name'))) as Array<{
    id: number;
    documentId: string;
    name: string;
    capacity: unknown;
    factory: string | null;
  }>;

  const recent = (await k(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .join(reportLine.table, reportLine.from, `${reports}.id`)
    .join(orders, `${orders}.id`, reportOrder.to)
    .select({
      line: reportLine.to,
      order: reportOrder.to,
      ordered: s.col(ORDER, 'totalQuantity'),
      exFactory: s.col(ORDER, 'exFactoryDate'),
    })
    .sum({ qty: s.col(REPORT, 'goodQty') })
    .where(s.col(REPORT, 'operation'), 'sewing')
    .where(s.col(REPORT, 'date'), '>=', since)
    .modify(onlyFilteredOrders(s, filters, reportOrder.to))
    .groupBy(reportLine.to, reportOrder.to, s.col(ORDER, 'totalQuantity'), s.col(ORDER, 'exFactoryDate'))) as Array<{
    line: number;
    order: number;
    ordered: unknown;
    exFactory: unknown;
    qty: unknown;
  }>;
  const orderIds = [...new Set(recent.map((r) => r.order))];
  const sewn = (await k(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .select({ order: reportOrder.to })
    .sum({ qty: s.col(REPORT, 'goodQty') })
    .where(s.col(REPORT, 'operation'), 'sewing')
    .whereIn(reportOrder.to, orderIds)
    .groupBy(reportOrder.to)) as Array<{ order: number; qty: unknown }>;
  const sewnOf = new Map(sewn.map((r) => [r.order, num(r.qty)]));
  const recentOf = new Map<number, number>();
  for (const row of recent) recentOf.set(row.order, (recentOf.get(row.order) ?? 0) + num(row.qty));

  return lineRows.map((line) => {
    const work = recent
      .filter((row) => row.line === line.id)
      .map((row) => {
        const sewUntil = addDays(parseISO(dayOf(row.exFactory)!), -settings.bufferDays);
        const qty = num(row.qty);
        return {
          remaining: Math.max(0, num(row.ordered) - (sewnOf.get(row.order) ?? 0)),
          workingDaysLeft: Math.max(1, workingDaysBetween(today, sewUntil, settings.calendar)),
          share: Math.round((qty / (recentOf.get(row.order) || qty || 1)) * 100) / 100,
        };
      });
    return {
      line: { documentId: line.documentId, name: line.name, factory: line.factory },
      ...lineLoad(num(line.capacity), work),
    };
  });
}
