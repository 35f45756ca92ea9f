import type { Core } from '@strapi/strapi';
import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';
import { loadShippingSettings } from '../../../../../shipping/settings';
import { stageSets } from '../../../../../domain/workflow/stage-meaning';
import { loadStages } from '../../../../../workflow/stages';
import type { DueItem } from '../../../shared/contracts/dashboard';
import { onlyFilteredOrders, withoutSqliteIndex } from './filters';
import { dayOf, num, schemaOf } from './schema';
import type { Filters } from './types';

const UIDS = {
  order: 'api::order.order',
  receipt: 'api::material-receipt.material-receipt',
  material: 'api::material.material',
  poLine: 'api::purchase-order-line.purchase-order-line',
  po: 'api::purchase-order.purchase-order',
  history: 'api::order-history.order-history',
  completion: 'api::completion-report.completion-report',
  sample: 'api::sample.sample',
  customer: 'api::customer.customer',
  booking: 'api::booking.booking',
};

const CHASED = ['draft', 'sent', 'confirmed', 'partly-received'];

/**
 * What is overdue or due soon, across the order book: fabric waiting for
 * inspection beyond its SLA, purchase lines overdue or shipping within 24 h,
 * completion reports past due, samples waiting for receipt or feedback, and
 * warehouse cut-offs this week. One grouped query per kind.
 */
export async function dueItems(strapi: Core.Strapi, filters: Filters, now: Date, sampleDays = 7): Promise<DueItem[]> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const today = startOfDay(now);
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  const only = (column: string) => onlyFilteredOrders(s, filters, column);
  const orders = s.table(UIDS.order);
  const items: DueItem[] = [];
  const days = (date: string) => differenceInCalendarDays(today, parseISO(date));

  // Fabric receipts waiting for inspection (seed: within three days of arrival).
  const stages = await loadStages(strapi);
  const sets = stageSets(stages);
  const sla = Number(
    stages.flatMap((stage) => stage.rules).find((ref) => ref.rule === 'fabric-inspected-in-time')?.params?.days ?? 3
  );
  const receipts = s.table(UIDS.receipt);
  const receiptMaterial = s.link(UIDS.receipt, 'material');
  const receiptOrder = s.link(UIDS.receipt, 'order');
  const materials = s.table(UIDS.material);
  const waiting = (await k(receipts)
    .join(receiptMaterial.table, receiptMaterial.from, `${receipts}.id`)
    .join(materials, `${materials}.id`, receiptMaterial.to)
    .join(receiptOrder.table, receiptOrder.from, `${receipts}.id`)
    .join(orders, `${orders}.id`, receiptOrder.to)
    .select({
      documentId: s.col(UIDS.receipt, 'documentId'),
      receivedAt: s.col(UIDS.receipt, 'receivedAt'),
      code: s.col(UIDS.material, 'code'),
      orderDocumentId: s.col(UIDS.order, 'documentId'),
      poNumber: s.col(UIDS.order, 'poNumber'),
    })
    .where(s.col(UIDS.material, 'kind'), 'fabric')
    .whereNull(s.col(UIDS.receipt, 'inspectedAt'))
    .modify(only(`${orders}.id`))) as Array<{
    documentId: string;
    receivedAt: unknown;
    code: string;
    orderDocumentId: string;
    poNumber: string;
  }>;
  for (const row of waiting) {
    const due = iso(addDays(parseISO(dayOf(row.receivedAt)!), sla));
    items.push({
      kind: 'fabric-inspection',
      urgency: days(due) > 0 ? 'overdue' : 'soon',
      date: due,
      days: Math.abs(days(due)),
      order: { documentId: row.orderDocumentId, poNumber: row.poNumber },
      label: `${row.code} received ${dayOf(row.receivedAt)}`,
      target: { uid: UIDS.receipt, documentId: row.documentId },
    });
  }

  // Purchase lines overdue, or whose supplier ships today or tomorrow (follow up 24 h before).
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
  const open = (await k(lines)
    .join(linePo.table, linePo.from, `${lines}.id`)
    .join(pos, `${pos}.id`, linePo.to)
    .join(lineOrder.table, lineOrder.from, `${lines}.id`)
    .join(orders, `${orders}.id`, lineOrder.to)
    .leftJoin(lineMaterial.table, lineMaterial.from, `${lines}.id`)
    .leftJoin(materials, `${materials}.id`, lineMaterial.to)
    .leftJoin(received, 'received.line', `${lines}.id`)
    .select({
      documentId: s.col(UIDS.poLine, 'documentId'),
      quantity: s.col(UIDS.poLine, 'quantity'),
      dueDate: s.col(UIDS.poLine, 'dueDate'),
      lineShip: s.col(UIDS.poLine, 'supplierShipDate'),
      poShip: s.col(UIDS.po, 'supplierShipDate'),
      poNumber: s.col(UIDS.po, 'poNumber'),
      code: s.col(UIDS.material, 'code'),
      orderDocumentId: s.col(UIDS.order, 'documentId'),
      orderPo: s.col(UIDS.order, 'poNumber'),
      received: 'received.qty',
    })
    .whereIn(s.col(UIDS.po, 'status'), CHASED)
    .modify(only(`${orders}.id`))) as Array<Record<string, unknown>>;
  for (const row of open) {
    if (num(row.received) >= num(row.quantity)) continue;
    const due = dayOf(row.dueDate)!;
    const ship = dayOf(row.lineShip) ?? dayOf(row.poShip);
    const shipsIn = ship ? -days(ship) : null;
    const overdue = days(due) > 0;
    if (!overdue && !(shipsIn !== null && shipsIn >= 0 && shipsIn <= 1)) continue;
    items.push({
      kind: 'po-line',
      urgency: overdue ? 'overdue' : 'soon',
      date: overdue ? due : ship,
      days: overdue ? days(due) : shipsIn!,
      order: { documentId: String(row.orderDocumentId), poNumber: String(row.orderPo) },
      label: `${String(row.poNumber)} ${String(row.code ?? '')}: ${num(row.quantity) - num(row.received)} outstanding`,
      target: { uid: UIDS.poLine, documentId: String(row.documentId) },
    });
  }

  // Completion reports past due (seed: three days after shipment), or due within three days.
  const shipping = await loadShippingSettings(strapi);
  const histories = s.table(UIDS.history);
  const historyOrder = s.link(UIDS.history, 'order');
  const completionOrder = s.link(UIDS.completion, 'order');
  const reported = k(s.table(UIDS.completion))
    .join(completionOrder.table, completionOrder.from, `${s.table(UIDS.completion)}.id`)
    .select(completionOrder.to)
    .whereNotNull(s.col(UIDS.completion, 'reportDate'));
  const shippedRows = (await k(histories)
    .join(historyOrder.table, historyOrder.from, `${histories}.id`)
    .join(orders, `${orders}.id`, historyOrder.to)
    .select({ documentId: s.col(UIDS.order, 'documentId'), poNumber: s.col(UIDS.order, 'poNumber') })
    .max({ at: s.col(UIDS.history, 'at') })
    .whereIn(s.col(UIDS.order, 'stage'), sets.awaitingCompletion)
    // Unary plus: drive the join from the few shipped orders, not from every history row entering a shipment stage.
    .whereIn(withoutSqliteIndex(s, s.col(UIDS.history, 'toStage')), sets.shipment)
    .whereNotIn(`${orders}.id`, reported)
    .modify(only(`${orders}.id`))
    .groupBy(s.col(UIDS.order, 'documentId'), s.col(UIDS.order, 'poNumber'))) as Array<{
    documentId: string;
    poNumber: string;
    at: unknown;
  }>;
  for (const row of shippedRows) {
    const due = iso(addDays(parseISO(dayOf(row.at)!), shipping.completionReportDays));
    items.push({
      kind: 'completion-report',
      urgency: days(due) > 0 ? 'overdue' : 'soon',
      date: due,
      days: Math.abs(days(due)),
      order: { documentId: row.documentId, poNumber: row.poNumber },
      label: `completion report due ${due}`,
      target: { uid: UIDS.order, documentId: row.documentId },
    });
  }

  // Samples: receipt not confirmed, or no feedback, for `sampleDays` days.
  const samples = s.table(UIDS.sample);
  const sampleCustomer = s.link(UIDS.sample, 'customer');
  const sampleOrder = s.link(UIDS.sample, 'order');
  const customers = s.table(UIDS.customer);
  const sampleQuery = k(samples)
    .leftJoin(sampleCustomer.table, sampleCustomer.from, `${samples}.id`)
    .leftJoin(customers, `${customers}.id`, sampleCustomer.to)
    .leftJoin(sampleOrder.table, sampleOrder.from, `${samples}.id`)
    .select({
      documentId: s.col(UIDS.sample, 'documentId'),
      type: s.col(UIDS.sample, 'type'),
      round: s.col(UIDS.sample, 'round'),
      status: s.col(UIDS.sample, 'status'),
      sentAt: s.col(UIDS.sample, 'sentAt'),
      receivedAt: s.col(UIDS.sample, 'receivedAt'),
      customer: s.col(UIDS.customer, 'code'),
    })
    .where((q) =>
      q
        .where((w) =>
          w
            .where(s.col(UIDS.sample, 'status'), 'sent')
            .where(s.col(UIDS.sample, 'sentAt'), '<=', iso(addDays(today, -sampleDays)))
        )
        .orWhere((w) =>
          w
            .where(s.col(UIDS.sample, 'status'), 'received')
            .where(s.col(UIDS.sample, 'receivedAt'), '<=', iso(addDays(today, -sampleDays)))
        )
    );
  if (filters.customer) sampleQuery.where(s.col(UIDS.customer, 'documentId'), filters.customer);
  if (filters.merchandiserId || filters.factory || filters.from || filters.to) sampleQuery.modify(only(sampleOrder.to));
  for (const row of (await sampleQuery) as Array<Record<string, unknown>>) {
    const sent = row.status === 'sent';
    const since = dayOf(sent ? row.sentAt : row.receivedAt)!;
    items.push({
      kind: sent ? 'sample-receipt' : 'sample-feedback',
      urgency: 'overdue',
      date: since,
      days: days(since),
      order: null,
      label: `${String(row.customer ?? '')} ${String(row.type)} round ${num(row.round)}: ${sent ? 'receipt not confirmed' : 'no feedback'}`,
      target: { uid: UIDS.sample, documentId: String(row.documentId) },
    });
  }

  // Warehouse cut-offs (进仓) this week for orders not shipped yet.
  const bookings = s.table(UIDS.booking);
  const bookingOrder = s.link(UIDS.booking, 'order');
  const cutoffs = (await k(bookings)
    .join(bookingOrder.table, bookingOrder.from, `${bookings}.id`)
    .join(orders, `${orders}.id`, bookingOrder.to)
    .select({
      documentId: s.col(UIDS.booking, 'documentId'),
      cutoff: s.col(UIDS.booking, 'cutoffDate'),
      late: s.col(UIDS.booking, 'lateEntryDate'),
      orderDocumentId: s.col(UIDS.order, 'documentId'),
      poNumber: s.col(UIDS.order, 'poNumber'),
    })
    .whereNotNull(s.col(UIDS.booking, 'cutoffDate'))
    .where(s.col(UIDS.booking, 'cutoffDate'), '<=', iso(addDays(today, 7)))
    .whereNotIn(s.col(UIDS.order, 'stage'), sets.finished)
    .modify(only(`${orders}.id`))) as Array<Record<string, unknown>>;
  for (const row of cutoffs) {
    const cutoff = dayOf(row.late) ?? dayOf(row.cutoff)!;
    items.push({
      kind: 'warehouse-cutoff',
      urgency: days(cutoff) > 0 ? 'overdue' : 'soon',
      date: cutoff,
      days: Math.abs(days(cutoff)),
      order: { documentId: String(row.orderDocumentId), poNumber: String(row.poNumber) },
      label: `warehouse cut-off ${cutoff}${row.late ? ' (late entry)' : ''}`,
      target: { uid: UIDS.booking, documentId: String(row.documentId) },
    });
  }

  const rank = (item: DueItem) => (item.urgency === 'overdue' ? -item.days : item.days);
  return items.sort((a, b) => rank(a) - rank(b));
}
