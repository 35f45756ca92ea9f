import type { Core } from '@strapi/strapi';
import { addDays, format } from 'date-fns';
import { UID } from '../constants';
import type { GetExpediting } from '../contracts/materials';
import type { OrderTimeline } from '../contracts/time-and-action';
import type { ChaseFacts, OrderRef, ReminderParams } from '../domain/reminders/compose';
import type { SampleStatus } from '../domain/sampling/sample-flow';
import { linkedTo } from '../db/links';
import { loadStageSets } from '../workflow/stages';

type OrderRow = { id: number; documentId: string; poNumber: string; merchandiser?: { id: number } | null };

const ORDER_POPULATE = { select: ['id', 'documentId', 'poNumber'], populate: { merchandiser: { select: ['id'] } } };
/** Samples still on their way to an answer: made, sent, or waiting for the customer's word. */
const OPEN_SAMPLES: SampleStatus[] = [
  'requested',
  'materials-ready',
  'in-making',
  'checked',
  'photographed',
  'sent',
  'received',
];

const refOf = (order: OrderRow | null | undefined): OrderRef | null =>
  order
    ? { documentId: order.documentId, poNumber: order.poNumber, merchandiserId: order.merchandiser?.id ?? null }
    : null;
const day = (value: unknown) =>
  value == null ? null : String(value instanceof Date ? value.toISOString() : value).slice(0, 10);

/**
 * Reads what the daily reminder run chases. Each list is bounded by its own
 * window (open items only), so the run reads what can produce a reminder.
 */
export async function loadChaseFacts(strapi: Core.Strapi, params: ReminderParams, now: Date): Promise<ChaseFacts> {
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  const stages = await loadStageSets(strapi);

  const timelines = (await strapi
    .service('api::order-milestone.time-and-action')
    .chaseTimelines(now)) as OrderTimeline[];
  const merchandiserOf = (timeline: OrderTimeline): OrderRef => ({
    documentId: timeline.order.documentId,
    poNumber: timeline.order.poNumber,
    merchandiserId: timeline.order.merchandiser?.id ?? null,
  });

  const expediting = (await strapi
    .service('api::purchase-order.expediting')
    .list(params.purchaseLeadDays, now)) as GetExpediting.Response;
  const expeditedOrders = [...new Set(expediting.data.flatMap((item) => (item.order ? [item.order.documentId] : [])))];
  const ordersById = new Map(
    (
      (await strapi.db
        .query(UID.order)
        .findMany({ where: { documentId: { $in: expeditedOrders } }, ...ORDER_POPULATE })) as OrderRow[]
    ).map((order) => [order.documentId, order])
  );

  const receipts = (await strapi.db.query(UID.materialReceipt).findMany({
    where: { inspectedAt: { $null: true }, material: { kind: 'fabric' } },
    select: ['documentId', 'receivedAt'],
    populate: { material: { select: ['code'] }, order: ORDER_POPULATE },
  })) as Array<{ documentId: string; receivedAt: string; material: { code: string } | null; order: OrderRow | null }>;

  const shipped = (await strapi.db
    .query(UID.order)
    .findMany({ where: { stage: { $in: stages.awaitingCompletion } }, ...ORDER_POPULATE })) as OrderRow[];
  const shippedIds = shipped.map((order) => order.id);
  const [histories, reports] = await Promise.all([
    strapi.db.query(UID.orderHistory).findMany({
      where: { toStage: { $in: stages.shipment }, ...linkedTo(strapi, UID.orderHistory, 'order', shippedIds) },
      select: ['at'],
      populate: { order: { select: ['id'] } },
    }) as Promise<Array<{ at: string; order: { id: number } | null }>>,
    strapi.db.query(UID.completionReport).findMany({
      where: { reportDate: { $notNull: true }, ...linkedTo(strapi, UID.completionReport, 'order', shippedIds) },
      select: ['id'],
      populate: { order: { select: ['id'] } },
    }) as Promise<Array<{ order: { id: number } | null }>>,
  ]);
  const reported = new Set(reports.map((report) => report.order?.id));
  const shippedAt = new Map<number, string>();
  for (const history of histories) {
    const id = history.order?.id;
    const at = day(history.at);
    if (id && at && (!shippedAt.has(id) || at > shippedAt.get(id)!)) shippedAt.set(id, at);
  }

  const samples = (await strapi.db.query(UID.sample).findMany({
    where: { status: { $in: OPEN_SAMPLES } },
    select: ['documentId', 'type', 'round', 'status', 'sentAt', 'receivedAt', 'dueAt'],
    populate: { customer: { select: ['code'] }, order: ORDER_POPULATE },
  })) as Array<{
    documentId: string;
    type: string;
    round: number | null;
    status: SampleStatus;
    sentAt: string | null;
    receivedAt: string | null;
    dueAt: string | null;
    customer: { code: string } | null;
    order: OrderRow | null;
  }>;

  const horizon = iso(addDays(now, params.cutoffWarningDays));
  const bookings = (await strapi.db.query(UID.booking).findMany({
    where: {
      $or: [
        { lateEntryDate: { $notNull: true, $lte: horizon } },
        { lateEntryDate: { $null: true }, cutoffDate: { $notNull: true, $lte: horizon } },
      ],
      order: { stage: { $notIn: stages.finished } },
    },
    select: ['documentId', 'cutoffDate', 'lateEntryDate'],
    populate: { order: ORDER_POPULATE },
  })) as Array<{ documentId: string; cutoffDate: string; lateEntryDate: string | null; order: OrderRow | null }>;

  return {
    milestones: timelines.flatMap((timeline) =>
      timeline.milestones.map((milestone) => ({
        documentId: milestone.documentId,
        order: merchandiserOf(timeline),
        key: milestone.key,
        name: milestone.name,
        nameZh: milestone.nameZh,
        department: milestone.department,
        status: milestone.status,
        plannedDate: milestone.plannedDate,
        projectedDate: milestone.projectedDate,
      }))
    ),
    lateOrders: timelines.flatMap((timeline) =>
      timeline.late && timeline.plannedExFactory && timeline.projectedExFactory
        ? [
            {
              order: merchandiserOf(timeline),
              plannedExFactory: timeline.plannedExFactory,
              projectedExFactory: timeline.projectedExFactory,
            },
          ]
        : []
    ),
    purchaseLines: expediting.data.map((item) => ({
      documentId: item.line.documentId,
      order: item.order ? refOf(ordersById.get(item.order.documentId)) : null,
      poNumber: item.purchaseOrder.poNumber,
      material: item.material?.code ?? null,
      dueDate: item.line.dueDate,
      shipDate: item.line.supplierShipDate,
      quantity: item.line.quantity,
      received: item.line.received,
    })),
    receiptsAwaitingInspection: receipts.map((receipt) => ({
      documentId: receipt.documentId,
      order: refOf(receipt.order),
      material: receipt.material?.code ?? '',
      receivedAt: day(receipt.receivedAt)!,
    })),
    shippedWithoutReport: shipped
      .filter((order) => !reported.has(order.id) && shippedAt.has(order.id))
      .map((order) => ({ order: refOf(order)!, shippedAt: shippedAt.get(order.id)! })),
    samples: samples.map((sample) => ({
      documentId: sample.documentId,
      order: refOf(sample.order),
      customer: sample.customer?.code ?? null,
      type: sample.type,
      round: sample.round ?? 1,
      status: sample.status,
      sentAt: day(sample.sentAt),
      receivedAt: day(sample.receivedAt),
      dueAt: day(sample.dueAt),
    })),
    bookings: bookings.flatMap((booking) =>
      booking.order
        ? [
            {
              documentId: booking.documentId,
              order: refOf(booking.order)!,
              cutoffDate: day(booking.cutoffDate)!,
              lateEntryDate: day(booking.lateEntryDate),
            },
          ]
        : []
    ),
  };
}
