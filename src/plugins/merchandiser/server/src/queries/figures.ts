import type { Core } from '@strapi/strapi';
import { addDays } from 'date-fns';
import type { Knex } from 'knex';
import type { FigureExceptionRow, FigureOrderRow, FigureRequest } from '../../../shared/contracts/dashboard';
import type { StageSets } from '../../../../../modules/workflow/domain/stage-meaning';
import { loadStageSets } from '../../../../../modules/workflow/stage-store';
import { filteredOrderIds } from './filters';
import { dayOf, num, schemaOf, type Schema } from './schema';
import type { Filters } from './types';

const ORDER = 'api::order.order';
const HISTORY = 'api::order-history.order-history';
const EXCEPTION = 'api::production-exception.production-exception';
const CUSTOMER = 'api::customer.customer';
const STYLE = 'api::style.style';

/**
 * What each dashboard figure counts, as SQL shared by the figure and by the
 * list behind it — so the list a merchandiser opens from a figure holds
 * exactly the records the figure counted, whatever the filters.
 */
export const shippedSince = (now: Date, days: number) => addDays(now, -days);

/** Orders shipped since a moment (entered a shipment stage), with the moment of their last shipment. */
export function shipments(s: Schema, filters: Filters, since: Date, stages: StageSets) {
  const k = s.knex;
  const orders = s.table(ORDER);
  const histories = s.table(HISTORY);
  const historyOrder = s.link(HISTORY, 'order');
  return k(histories)
    .join(historyOrder.table, historyOrder.from, `${histories}.id`)
    .join(orders, `${orders}.id`, historyOrder.to)
    .where(s.col(HISTORY, 'kind'), 'transition')
    .whereIn(s.col(HISTORY, 'toStage'), stages.shipment)
    .where(s.col(HISTORY, 'at'), '>=', since)
    .modify((query) => {
      if (hasFilters(filters)) query.whereIn(`${orders}.id`, filteredOrderIds(s, filters));
    })
    .groupBy(`${orders}.id`)
    .select({ order: `${orders}.id` })
    .max({ at: s.col(HISTORY, 'at') });
}

const hasFilters = (filters: Filters) =>
  !!(filters.merchandiserId || filters.customer || filters.factory || filters.from || filters.to);

/** The ids of the orders an order figure counts. */
function figureOrderIds(s: Schema, filters: Filters, request: FigureRequest, since: Date, stages: StageSets) {
  const k = s.knex;
  const orders = s.table(ORDER);
  if (request.figure === 'on-time') {
    return k.select('order').from(shipments(s, filters, since, stages).as('shipments'));
  }
  const query = k(orders).select(`${orders}.id`);
  if (hasFilters(filters)) query.whereIn(`${orders}.id`, filteredOrderIds(s, filters));
  const stage = s.col(ORDER, 'stage');
  if (request.figure === 'on-the-lines') query.whereIn(stage, stages.onTheLines);
  if (request.figure === 'stage') query.where(stage, request.stage ?? '');
  if (request.figure === 'active') query.where((q) => q.whereNull(stage).orWhereNotIn(stage, stages.finished));
  return query;
}

const page = (query: Knex.QueryBuilder, request: FigureRequest) =>
  query.limit(request.pageSize).offset((request.page - 1) * request.pageSize);

async function orderRows(strapi: Core.Strapi, filters: Filters, request: FigureRequest, now: Date, days: number) {
  const s = schemaOf(strapi);
  const k = s.knex;
  const orders = s.table(ORDER);
  const stages = await loadStageSets(strapi);
  const since = shippedSince(now, days);
  const ids = figureOrderIds(s, filters, request, since, stages);
  const [{ total }] = (await k(orders).whereIn(`${orders}.id`, ids).count({ total: '*' })) as Array<{ total: unknown }>;
  const customerLink = s.link(ORDER, 'customer');
  const styleLink = s.link(ORDER, 'style');
  const shipped = request.figure === 'on-time' ? shipments(s, filters, since, stages).as('shipments') : null;
  const rows = (await page(
    k(orders)
      .leftJoin(customerLink.table, customerLink.from, `${orders}.id`)
      .leftJoin(s.table(CUSTOMER), `${s.table(CUSTOMER)}.id`, customerLink.to)
      .leftJoin(styleLink.table, styleLink.from, `${orders}.id`)
      .leftJoin(s.table(STYLE), `${s.table(STYLE)}.id`, styleLink.to)
      .modify((query) => {
        if (shipped) query.join(shipped, 'shipments.order', `${orders}.id`).select({ shippedAt: 'shipments.at' });
        else query.whereIn(`${orders}.id`, ids);
      })
      .select({
        documentId: s.col(ORDER, 'documentId'),
        poNumber: s.col(ORDER, 'poNumber'),
        customer: s.col(CUSTOMER, 'name'),
        styleNo: s.col(STYLE, 'styleNo'),
        stage: s.col(ORDER, 'stage'),
        exFactoryDate: s.col(ORDER, 'exFactoryDate'),
        totalQuantity: s.col(ORDER, 'totalQuantity'),
      })
      .orderBy([{ column: s.col(ORDER, 'exFactoryDate'), order: 'asc' }, { column: `${orders}.id` }]),
    request
  )) as Array<Record<string, unknown>>;
  return {
    total: num(total),
    rows: rows.map((row): FigureOrderRow => {
      const exFactoryDate = dayOf(row.exFactoryDate);
      const shippedOn = shipped ? dayOf(row.shippedAt) : null;
      return {
        documentId: String(row.documentId),
        poNumber: String(row.poNumber),
        customer: (row.customer as string | null) ?? null,
        styleNo: (row.styleNo as string | null) ?? null,
        stage: (row.stage as string | null) ?? null,
        exFactoryDate,
        totalQuantity: num(row.totalQuantity),
        shippedOn,
        onTime: shippedOn && exFactoryDate ? shippedOn <= exFactoryDate : null,
      };
    }),
  };
}

/** The open production exceptions of the filtered orders (the "open exceptions" figure). */
export function openExceptionIds(s: Schema, filters: Filters) {
  const k = s.knex;
  const exceptions = s.table(EXCEPTION);
  const exceptionOrder = s.link(EXCEPTION, 'order');
  return k(exceptions)
    .join(exceptionOrder.table, exceptionOrder.from, `${exceptions}.id`)
    .select(`${exceptions}.id`)
    .where(s.col(EXCEPTION, 'status'), 'open')
    .modify((query) => {
      if (hasFilters(filters)) query.whereIn(exceptionOrder.to, filteredOrderIds(s, filters));
    });
}

async function exceptionRows(strapi: Core.Strapi, filters: Filters, request: FigureRequest) {
  const s = schemaOf(strapi);
  const k = s.knex;
  const exceptions = s.table(EXCEPTION);
  const orders = s.table(ORDER);
  const ids = openExceptionIds(s, filters);
  const [{ total }] = (await k(exceptions).whereIn(`${exceptions}.id`, ids).count({ total: '*' })) as Array<{
    total: unknown;
  }>;
  const exceptionOrder = s.link(EXCEPTION, 'order');
  const rows = (await page(
    k(exceptions)
      .whereIn(`${exceptions}.id`, ids)
      .leftJoin(exceptionOrder.table, exceptionOrder.from, `${exceptions}.id`)
      .leftJoin(orders, `${orders}.id`, exceptionOrder.to)
      .select({
        documentId: s.col(EXCEPTION, 'documentId'),
        cause: s.col(EXCEPTION, 'cause'),
        description: s.col(EXCEPTION, 'description'),
        impactDays: s.col(EXCEPTION, 'impactDays'),
        orderDocumentId: s.col(ORDER, 'documentId'),
        poNumber: s.col(ORDER, 'poNumber'),
      })
      .orderBy(`${exceptions}.id`),
    request
  )) as Array<Record<string, unknown>>;
  return {
    total: num(total),
    rows: rows.map((row): FigureExceptionRow => ({
      documentId: String(row.documentId),
      cause: String(row.cause),
      description: String(row.description ?? '').slice(0, 200),
      impactDays: row.impactDays === null || row.impactDays === undefined ? null : num(row.impactDays),
      order: row.orderDocumentId ? { documentId: String(row.orderDocumentId), poNumber: String(row.poNumber) } : null,
    })),
  };
}

/** The records behind one dashboard figure, a page at a time. */
export async function figureRecords(
  strapi: Core.Strapi,
  filters: Filters,
  request: FigureRequest,
  now: Date,
  days = 90
) {
  if (request.figure === 'exceptions') {
    return { kind: 'exceptions' as const, ...(await exceptionRows(strapi, filters, request)) };
  }
  return { kind: 'orders' as const, ...(await orderRows(strapi, filters, request, now, days)) };
}
