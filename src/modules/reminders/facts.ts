import type { Core } from '@strapi/strapi';
import { addDays, startOfDay } from 'date-fns';
import { isoDay } from '../calendar/domain/calendar-date';
import type { Knex } from 'knex';
import type { OrderTimeline } from '../time-and-action/contracts';
import { dayOf, num, schemaOf, withoutSqliteIndex, type Schema } from '../../platform/db/schema';
import type { ChaseFacts, OrderRef, ReminderParams } from './domain/due';
import { SAMPLE_STATUSES, type SampleStatus } from '../sampling/domain/sample-flow';
import { loadOrderRisks } from '../orders/risk';
import { loadStageSets } from '../workflow/stage-store';
import { getService } from '../../platform/http/services';

const UIDS = {
  order: 'api::order.order',
  receipt: 'api::material-receipt.material-receipt',
  material: 'api::material.material',
  poLine: 'api::purchase-order-line.purchase-order-line',
  po: 'api::purchase-order.purchase-order',
  note: 'purchasing.expediting-note',
  history: 'api::order-history.order-history',
  completion: 'api::completion-report.completion-report',
  sample: 'api::sample.sample',
  customer: 'api::customer.customer',
  booking: 'api::booking.booking',
};

/** Purchase orders still being chased (the rest are received, closed or cancelled). */
const CHASED_PURCHASES = ['draft', 'sent', 'confirmed', 'partly-received'];
/** Samples still on their way to an answer: made, sent, or waiting for the customer's word. */
const OPEN_SAMPLES: SampleStatus[] = SAMPLE_STATUSES.filter(
  (status) => !['approved', 'rejected', 'commented'].includes(status)
);

/**
 * Which part of the order book is read: all of it for the reminder run, the
 * dashboard's filters for its due list — the same queries either way.
 */
export interface ChaseScope {
  /** Keeps a query to the orders in scope, given the column holding the order id. */
  orders: (column: string) => (query: Knex.QueryBuilder) => void;
  /** The customer in scope (documentId): samples are kept by their own customer. */
  customer: string | null;
  /** Whether orders are narrowed beyond the customer: then samples follow their order. */
  narrowsOrders: boolean;
}

const WHOLE_BOOK: ChaseScope = { orders: () => () => undefined, customer: null, narrowsOrders: false };

type OrderColumns = { orderDocumentId: unknown; orderPo: unknown; merchandiserId: unknown };

/** Joins the order (by the column holding its id) and its merchandiser, for an `OrderRef`. */
function withOrder(s: Schema, query: Knex.QueryBuilder, orderIdColumn: string) {
  const orders = s.table(UIDS.order);
  const merchandiser = s.link(UIDS.order, 'merchandiser');
  return query
    .leftJoin(orders, `${orders}.id`, orderIdColumn)
    .leftJoin(merchandiser.table, merchandiser.from, `${orders}.id`)
    .select({
      orderDocumentId: s.col(UIDS.order, 'documentId'),
      orderPo: s.col(UIDS.order, 'poNumber'),
      merchandiserId: merchandiser.to,
    });
}

const refOf = (row: OrderColumns): OrderRef | null =>
  row.orderDocumentId
    ? {
        documentId: String(row.orderDocumentId),
        poNumber: String(row.orderPo),
        merchandiserId:
          row.merchandiserId === null || row.merchandiserId === undefined ? null : num(row.merchandiserId),
      }
    : null;

/**
 * What can be due, read once for the dashboard's due list and the reminder
 * run alike: grouped SQL per kind, each bounded by its window from the
 * reminder settings, then the T&A calendars' open milestones. The decision —
 * due, overdue, or not yet — is `dueItems` (`domain/due.ts`).
 */
export async function loadChaseFacts(
  strapi: Core.Strapi,
  params: ReminderParams,
  now: Date,
  scope: ChaseScope = WHOLE_BOOK
): Promise<ChaseFacts> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const today = startOfDay(now);
  const iso = isoDay;
  const stages = await loadStageSets(strapi);
  const orders = s.table(UIDS.order);

  // Fabric receipts whose inspection SLA ends within the warning window (or has ended).
  const receipts = s.table(UIDS.receipt);
  const receiptMaterial = s.link(UIDS.receipt, 'material');
  const receiptOrder = s.link(UIDS.receipt, 'order');
  const materials = s.table(UIDS.material);
  const receivedBy = iso(addDays(today, params.inspectionWarningDays - params.inspectionSlaDays));
  const waiting = (await withOrder(
    s,
    k(receipts)
      .join(receiptMaterial.table, receiptMaterial.from, `${receipts}.id`)
      .join(materials, `${materials}.id`, receiptMaterial.to)
      .leftJoin(receiptOrder.table, receiptOrder.from, `${receipts}.id`),
    receiptOrder.to
  )
    .select({
      documentId: s.col(UIDS.receipt, 'documentId'),
      receivedAt: s.col(UIDS.receipt, 'receivedAt'),
      code: s.col(UIDS.material, 'code'),
    })
    .where(s.col(UIDS.material, 'kind'), 'fabric')
    .whereNull(s.col(UIDS.receipt, 'inspectedAt'))
    .where(s.col(UIDS.receipt, 'receivedAt'), '<=', receivedBy)
    .modify(scope.orders(receiptOrder.to))) as Array<
    OrderColumns & { documentId: string; receivedAt: unknown; code: string }
  >;

  // Open purchase lines of purchase orders still chased, with what was received against them.
  const lines = s.table(UIDS.poLine);
  const linePo = s.link(UIDS.poLine, 'purchaseOrder');
  const lineOrder = s.link(UIDS.poLine, 'order');
  const lineMaterial = s.link(UIDS.poLine, 'material');
  const receiptLine = s.link(UIDS.receipt, 'purchaseOrderLine');
  const pos = s.table(UIDS.po);
  const received = k(receipts)
    .join(receiptLine.table, receiptLine.from, `${receipts}.id`)
    .select({ line: receiptLine.to })
    .sum({ qty: s.col(UIDS.receipt, 'quantity') })
    .groupBy(receiptLine.to)
    .as('received');
  const open = (await withOrder(
    s,
    k(lines)
      .join(linePo.table, linePo.from, `${lines}.id`)
      .join(pos, `${pos}.id`, linePo.to)
      .leftJoin(lineOrder.table, lineOrder.from, `${lines}.id`)
      .leftJoin(lineMaterial.table, lineMaterial.from, `${lines}.id`)
      .leftJoin(materials, `${materials}.id`, lineMaterial.to)
      .leftJoin(received, 'received.line', `${lines}.id`),
    lineOrder.to
  )
    .select({
      documentId: s.col(UIDS.poLine, 'documentId'),
      po: `${pos}.id`,
      quantity: s.col(UIDS.poLine, 'quantity'),
      dueDate: s.col(UIDS.poLine, 'dueDate'),
      lineShip: s.col(UIDS.poLine, 'supplierShipDate'),
      poShip: s.col(UIDS.po, 'supplierShipDate'),
      poNumber: s.col(UIDS.po, 'poNumber'),
      code: s.col(UIDS.material, 'code'),
      received: 'received.qty',
    })
    .whereIn(s.col(UIDS.po, 'status'), CHASED_PURCHASES)
    .modify(scope.orders(lineOrder.to))) as Array<OrderColumns & Record<string, unknown>>;
  const outstanding = open.filter((row) => num(row.received) < num(row.quantity));
  const promised = await promisedDates(s, [...new Set(outstanding.map((row) => num(row.po)))]);

  // Shipped orders without a completion report, with the day they shipped.
  const histories = s.table(UIDS.history);
  const historyOrder = s.link(UIDS.history, 'order');
  const completionOrder = s.link(UIDS.completion, 'order');
  const merchandiser = s.link(UIDS.order, 'merchandiser');
  const reported = k(s.table(UIDS.completion))
    .join(completionOrder.table, completionOrder.from, `${s.table(UIDS.completion)}.id`)
    .select(completionOrder.to)
    .whereNotNull(s.col(UIDS.completion, 'reportDate'));
  const shipped = (await k(histories)
    .join(historyOrder.table, historyOrder.from, `${histories}.id`)
    .join(orders, `${orders}.id`, historyOrder.to)
    .leftJoin(merchandiser.table, merchandiser.from, `${orders}.id`)
    .select({
      orderDocumentId: s.col(UIDS.order, 'documentId'),
      orderPo: s.col(UIDS.order, 'poNumber'),
      merchandiserId: merchandiser.to,
    })
    .max({ at: s.col(UIDS.history, 'at') })
    .whereIn(s.col(UIDS.order, 'stage'), stages.awaitingCompletion)
    // Unary plus on SQLite: drive the join from the few shipped orders, not every history row of a shipment stage.
    .whereIn(withoutSqliteIndex(s, s.col(UIDS.history, 'toStage')), stages.shipment)
    .whereNotIn(`${orders}.id`, reported)
    .modify(scope.orders(`${orders}.id`))
    .groupBy(s.col(UIDS.order, 'documentId'), s.col(UIDS.order, 'poNumber'), merchandiser.to)) as Array<
    OrderColumns & { at: unknown }
  >;

  // Samples still open.
  const samples = s.table(UIDS.sample);
  const sampleCustomer = s.link(UIDS.sample, 'customer');
  const sampleOrder = s.link(UIDS.sample, 'order');
  const customers = s.table(UIDS.customer);
  const sampleQuery = withOrder(
    s,
    k(samples)
      .leftJoin(sampleCustomer.table, sampleCustomer.from, `${samples}.id`)
      .leftJoin(customers, `${customers}.id`, sampleCustomer.to)
      .leftJoin(sampleOrder.table, sampleOrder.from, `${samples}.id`),
    sampleOrder.to
  )
    .select({
      documentId: s.col(UIDS.sample, 'documentId'),
      type: s.col(UIDS.sample, 'type'),
      round: s.col(UIDS.sample, 'round'),
      status: s.col(UIDS.sample, 'status'),
      sentAt: s.col(UIDS.sample, 'sentAt'),
      receivedAt: s.col(UIDS.sample, 'receivedAt'),
      dueAt: s.col(UIDS.sample, 'dueAt'),
      customer: s.col(UIDS.customer, 'code'),
    })
    .whereIn(s.col(UIDS.sample, 'status'), OPEN_SAMPLES);
  if (scope.customer) sampleQuery.where(s.col(UIDS.customer, 'documentId'), scope.customer);
  if (scope.narrowsOrders) sampleQuery.modify(scope.orders(sampleOrder.to));
  const openSamples = (await sampleQuery) as Array<OrderColumns & Record<string, unknown>>;

  // Warehouse cut-offs (进仓) up to the warning window, for orders not shipped yet.
  const bookings = s.table(UIDS.booking);
  const bookingOrder = s.link(UIDS.booking, 'order');
  const horizon = iso(addDays(today, params.cutoffWarningDays));
  const cutoffs = (await withOrder(
    s,
    k(bookings).join(bookingOrder.table, bookingOrder.from, `${bookings}.id`),
    bookingOrder.to
  )
    .select({
      documentId: s.col(UIDS.booking, 'documentId'),
      cutoff: s.col(UIDS.booking, 'cutoffDate'),
      late: s.col(UIDS.booking, 'lateEntryDate'),
    })
    .where((q) =>
      q
        .where(s.col(UIDS.booking, 'lateEntryDate'), '<=', horizon)
        .orWhere((w) =>
          w.whereNull(s.col(UIDS.booking, 'lateEntryDate')).where(s.col(UIDS.booking, 'cutoffDate'), '<=', horizon)
        )
    )
    .where((q) => q.whereNull(s.col(UIDS.order, 'stage')).orWhereNotIn(s.col(UIDS.order, 'stage'), stages.finished))
    .modify(scope.orders(bookingOrder.to))) as Array<OrderColumns & Record<string, unknown>>;

  const [timelines, risks] = await Promise.all([
    chasedTimelines(strapi, s, now, scope),
    loadOrderRisks(strapi, now, scope.orders),
  ]);
  const refOfTimeline = (timeline: OrderTimeline): OrderRef => ({
    documentId: timeline.order.documentId,
    poNumber: timeline.order.poNumber,
    merchandiserId: timeline.order.merchandiser?.id ?? null,
  });

  return {
    milestones: timelines.flatMap((timeline) =>
      timeline.milestones.map((milestone) => ({
        documentId: milestone.documentId,
        order: refOfTimeline(timeline),
        key: milestone.key,
        name: milestone.name,
        nameZh: milestone.nameZh,
        department: milestone.department,
        status: milestone.status,
        plannedDate: milestone.plannedDate,
        projectedDate: milestone.projectedDate,
      }))
    ),
    lateOrders: risks.flatMap((row) =>
      row.risk.atRisk
        ? [
            {
              order: { documentId: row.documentId, poNumber: row.poNumber, merchandiserId: row.merchandiserId },
              plannedExFactory:
                row.risk.cause === 'milestone-slip'
                  ? (row.timeline?.plannedExFactory ?? row.exFactoryDate)
                  : row.exFactoryDate,
              projectedExFactory: row.risk.projectedReady ?? row.exFactoryDate,
              cause: row.risk.cause,
              milestone: row.risk.milestone,
            },
          ]
        : []
    ),
    purchaseLines: outstanding.map((row) => ({
      documentId: String(row.documentId),
      order: refOf(row),
      poNumber: String(row.poNumber),
      material: (row.code as string | null) ?? null,
      dueDate: dayOf(row.dueDate)!,
      shipDate: dayOf(row.lineShip) ?? dayOf(row.poShip) ?? promised.get(num(row.po)) ?? null,
      quantity: num(row.quantity),
      received: num(row.received),
    })),
    receiptsAwaitingInspection: waiting.map((row) => ({
      documentId: row.documentId,
      order: refOf(row),
      material: row.code ?? '',
      receivedAt: dayOf(row.receivedAt)!,
    })),
    shippedWithoutReport: shipped.map((row) => ({ order: refOf(row)!, shippedAt: dayOf(row.at)! })),
    samples: openSamples.map((row) => ({
      documentId: String(row.documentId),
      order: refOf(row),
      customer: (row.customer as string | null) ?? null,
      type: String(row.type),
      round: row.round === null || row.round === undefined ? 1 : num(row.round),
      status: row.status as SampleStatus,
      sentAt: dayOf(row.sentAt),
      receivedAt: dayOf(row.receivedAt),
      dueAt: dayOf(row.dueAt),
    })),
    bookings: cutoffs.flatMap((row) => {
      const order = refOf(row);
      return order
        ? [
            {
              documentId: String(row.documentId),
              order,
              cutoffDate: dayOf(row.cutoff)!,
              lateEntryDate: dayOf(row.late),
            },
          ]
        : [];
    }),
  };
}

/** The supplier's latest promised ship date per purchase order, from its expediting log (跟催记录). */
async function promisedDates(s: Schema, purchaseOrderIds: number[]): Promise<Map<number, string>> {
  const promised = new Map<number, string>();
  if (purchaseOrderIds.length === 0) return promised;
  const notes = s.table(UIDS.note);
  const log = s.link(UIDS.po, 'expediting');
  const rows: Array<{ po: unknown; date: unknown; promised: unknown }> = [];
  // In chunks: a long id list would pass SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < purchaseOrderIds.length; i += 5000) {
    rows.push(
      ...((await s
        .knex(notes)
        .join(log.table, log.to, `${notes}.id`)
        .select({ po: log.from, date: s.col(UIDS.note, 'date'), promised: s.col(UIDS.note, 'promisedDate') })
        .where(`${log.table}.field`, 'expediting')
        .whereIn(log.from, purchaseOrderIds.slice(i, i + 5000))
        .orderBy([{ column: log.from }, { column: `${log.table}.order` }])) as typeof rows)
    );
  }
  const latest = new Map<number, string>();
  for (const row of rows) {
    const po = num(row.po);
    const date = dayOf(row.date) ?? '';
    if (latest.has(po) && latest.get(po)! > date) continue;
    latest.set(po, date);
    const day = dayOf(row.promised);
    if (day) promised.set(po, day);
    else promised.delete(po);
  }
  return promised;
}

/** The T&A calendars with milestones open in the due window, kept to the orders in scope. */
async function chasedTimelines(strapi: Core.Strapi, s: Schema, now: Date, scope: ChaseScope) {
  const timelines: OrderTimeline[] = await getService(strapi, 'api::order-milestone.time-and-action').chaseTimelines(
    now
  );
  if (timelines.length === 0 || scope === WHOLE_BOOK) return timelines;
  const orders = s.table(UIDS.order);
  const kept = new Set<string>();
  const ids = timelines.map((timeline) => timeline.order.documentId);
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = (await s
      .knex(orders)
      .select({ documentId: s.col(UIDS.order, 'documentId') })
      .whereIn(s.col(UIDS.order, 'documentId'), ids.slice(i, i + 5000))
      .modify(scope.orders(`${orders}.id`))) as Array<{ documentId: string }>;
    for (const row of rows) kept.add(row.documentId);
  }
  return timelines.filter((timeline) => kept.has(timeline.order.documentId));
}
