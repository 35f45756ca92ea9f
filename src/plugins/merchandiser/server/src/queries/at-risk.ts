import type { Core } from '@strapi/strapi';
import { projectFinish } from '../../../../../domain/production/projection';
import { loadProductionSettings } from '../../../../../production/settings';
import type { AtRiskOrder } from '../../../shared/contracts/dashboard';
import { CLOSED_STAGES } from '../constants';
import { onlyFilteredOrders } from './filters';
import { dayOf, num, schemaOf } from './schema';
import type { Filters } from './types';

const ORDER = 'api::order.order';
const REPORT = 'api::production-report.production-report';
const EXCEPTION = 'api::production-exception.production-exception';
const DEPARTMENT = 'api::department.department';

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
    .where((q) => q.whereNull(s.col(ORDER, 'stage')).orWhereNotIn(s.col(ORDER, 'stage'), CLOSED_STAGES))
    .modify(onlyFilteredOrders(s, filters, `${orders}.id`))) as OrderRow[];
  if (rows.length === 0) return [];

  const reports = s.table(REPORT);
  const reportOrder = s.link(REPORT, 'order');
  const sewing = (await k(reports)
    .join(reportOrder.table, reportOrder.from, `${reports}.id`)
    .select({ order: reportOrder.to, date: s.col(REPORT, 'date') })
    .sum({ good: s.col(REPORT, 'goodQty') })
    .where(s.col(REPORT, 'operation'), 'sewing')
    .whereIn(
      reportOrder.to,
      rows.map((row) => row.id)
    )
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
    .whereIn(
      exceptionOrder.to,
      rows.map((row) => row.id)
    )
    .orderBy(`${exceptions}.id`, 'desc')) as Array<{
    order: number;
    cause: string;
    action: string | null;
    ownerKey: string | null;
    ownerName: string | null;
    ownerNameZh: string | null;
  }>;

  const settings = await loadProductionSettings(strapi);
  const result: AtRiskOrder[] = [];
  for (const row of rows) {
    const daily = sewing.filter((r) => r.order === row.id).map((r) => ({ date: dayOf(r.date)!, goodQty: num(r.good) }));
    const exFactoryDate = dayOf(row.exFactory)!;
    const projection = projectFinish({
      ordered: num(row.ordered),
      reports: daily,
      exFactoryDate,
      today: now,
      calendar: settings.calendar,
      runRateDays: settings.runRateDays,
      bufferDays: settings.bufferDays,
    });
    if (!projection.atRisk) continue;
    const exception = open.find((e) => e.order === row.id);
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
      cause: exception?.cause ?? null,
      action: exception?.action ?? null,
      owner: exception?.ownerKey
        ? { key: exception.ownerKey, name: exception.ownerName ?? '', nameZh: exception.ownerNameZh ?? '' }
        : null,
    });
  }
  return result.sort((a, b) => b.daysLate - a.daysLate || a.exFactoryDate.localeCompare(b.exFactoryDate));
}
