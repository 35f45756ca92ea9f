import { calendarDaysBetween, isoDay, midnight, parseDay } from '../../calendar/domain/calendar-date';
import { shiftDays } from '../../calendar/domain/factory-calendar';
import { expeditingFlags } from '../../materials/domain/expediting';
import { completionDue } from '../../shipping/domain/completion';
import { followUpReason, type SampleStatus } from '../../sampling/domain/sample-flow';
import type { OrderRiskCause } from '../../orders/domain/risk';
import type { MilestoneStatus } from '../../time-and-action/domain/project';

/**
 * What is due or overdue, across the order book — the one answer the
 * dashboard's due list, the daily reminder run (and so the notification
 * inbox) and the homepage widget give. Pure: the facts are read by one loader
 * (the module's `facts.ts`), the windows come from the reminder settings.
 */

/** What the daily reminder run chases (one notification type per kind of chase). */
export const REMINDER_TYPES = [
  'milestone-due',
  'milestone-overdue',
  'ex-factory-at-risk',
  'purchase-due',
  'purchase-overdue',
  'supplier-ships',
  'inspection-due',
  'completion-report-due',
  'sample-receipt',
  'sample-feedback',
  'sample-due',
  'warehouse-cutoff',
] as const;
export type ReminderType = (typeof REMINDER_TYPES)[number];

/** How far ahead each chase starts (Content Manager → Reminder settings; the seed's values by default). */
export interface ReminderParams {
  /** Milestones projected within this many days (提前跟催). */
  milestoneDueDays: number;
  /** Purchase lines due within this many days; a supplier shipping within 24 h is always chased. */
  purchaseLeadDays: number;
  /** Fabric inspections: warn this many days before the inspection SLA ends. */
  inspectionWarningDays: number;
  /** Inspection SLA after receipt (the `fabric-inspected-in-time` rule's days). */
  inspectionSlaDays: number;
  /** Samples: ask for receipt / feedback after this many days; chase their due date as far ahead. */
  sampleFollowUpDays: number;
  /** Completion report: due this many days after shipment (seed: 3), warned a day ahead. */
  completionReportDays: number;
  /** Warehouse cut-offs (进仓) within this many days. */
  cutoffWarningDays: number;
}

export interface OrderRef {
  documentId: string;
  poNumber: string;
  merchandiserId: number | null;
}

export interface ChaseFacts {
  milestones: Array<{
    documentId: string;
    order: OrderRef;
    key: string;
    name: string;
    nameZh: string;
    department: string | null;
    status: MilestoneStatus;
    plannedDate: string;
    projectedDate: string;
  }>;
  /** Orders at risk (the one answer of src/modules/orders/domain/risk.ts), with the cause the later projection names. */
  lateOrders: Array<{
    order: OrderRef;
    plannedExFactory: string;
    projectedExFactory: string;
    cause?: OrderRiskCause | null;
    milestone?: { name: string; nameZh: string } | null;
  }>;
  purchaseLines: Array<{
    documentId: string;
    order: OrderRef | null;
    poNumber: string;
    material: string | null;
    dueDate: string;
    shipDate: string | null;
    quantity: number;
    received: number;
  }>;
  receiptsAwaitingInspection: Array<{
    documentId: string;
    order: OrderRef | null;
    material: string;
    receivedAt: string;
  }>;
  shippedWithoutReport: Array<{ order: OrderRef; shippedAt: string }>;
  samples: Array<{
    documentId: string;
    order: OrderRef | null;
    customer: string | null;
    type: string;
    round: number;
    status: SampleStatus;
    sentAt: string | null;
    receivedAt: string | null;
    dueAt: string | null;
  }>;
  bookings: Array<{ documentId: string; order: OrderRef; cutoffDate: string; lateEntryDate: string | null }>;
}

/** Something to chase: what, about which record and order, by when, and how late. */
export interface DueItem {
  type: ReminderType;
  /** The chased record (milestone, purchase line, receipt, order, sample, booking): keys the reminder. */
  key: string;
  /** Where the admin panel opens it. */
  record: { uid: string; documentId: string };
  order: OrderRef | null;
  /** The department that owns the work, chased beside the order's merchandiser. */
  department: string | null;
  title: string;
  titleZh: string;
  /** The date the chase is about (planned, due, shipped, sent, cut-off): one reminder per item and date. */
  dueDate: string;
  urgency: 'overdue' | 'soon';
  /** Days past (overdue) or until (soon) the date; 0 is today. */
  days: number;
}

const CAUSE_TEXT: Record<OrderRiskCause, { en: string; zh: string }> = {
  stalled: { en: 'line stalled', zh: '停线' },
  'too-slow': { en: 'run rate too slow', zh: '产量不足' },
  'not-started': { en: 'plan cannot make it', zh: '计划赶不上' },
  'milestone-slip': { en: 'T&A slipped', zh: '跟单节点延误' },
};

/** An item's identity across runs and screens: its type, record and date. */
export const dueItemId = (item: Pick<DueItem, 'type' | 'key' | 'dueDate'>) =>
  `${item.type}:${item.key}:${item.dueDate}`;

const ORDER_UID = 'api::order.order';
const LINE_UID = 'api::purchase-order-line.purchase-order-line';
const RECEIPT_UID = 'api::material-receipt.material-receipt';
const SAMPLE_UID = 'api::sample.sample';
const BOOKING_UID = 'api::booking.booking';

/**
 * Orders ISO days and document ids: their code-unit order is their order, and
 * localeCompare's collation costs more than building the whole list (thousands
 * of items on a large factory's dashboard).
 */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything due or overdue today, in the windows of the reminder settings, most urgent first. */
export function dueItems(facts: ChaseFacts, params: ReminderParams, now: Date): DueItem[] {
  const today = midnight(now);
  const iso = isoDay;
  const daysUntil = (date: string) => calendarDaysBetween(parseDay(date), today);
  const items: DueItem[] = [];
  const add = (item: Omit<DueItem, 'days' | 'key'> & { key?: string }) =>
    items.push({ ...item, key: item.key ?? item.record.documentId, days: Math.abs(daysUntil(item.dueDate)) });
  const po = (order: OrderRef | null) => (order ? `${order.poNumber} · ` : '');

  for (const milestone of facts.milestones) {
    if (milestone.status !== 'due' && milestone.status !== 'overdue') continue;
    const overdue = milestone.status === 'overdue';
    if (!overdue && daysUntil(milestone.projectedDate) > params.milestoneDueDays) continue;
    // An overdue milestone is keyed by its planned date (its projection moves every day), a due one by its projection.
    const date = overdue ? milestone.plannedDate : milestone.projectedDate;
    add({
      type: overdue ? 'milestone-overdue' : 'milestone-due',
      key: milestone.documentId,
      record: { uid: ORDER_UID, documentId: milestone.order.documentId },
      order: milestone.order,
      department: milestone.department,
      title: overdue
        ? `${po(milestone.order)}${milestone.name} is overdue (planned ${date})`
        : `${po(milestone.order)}${milestone.name} is due ${date}`,
      titleZh: overdue
        ? `${po(milestone.order)}${milestone.nameZh}已逾期（计划 ${date}）`
        : `${po(milestone.order)}${milestone.nameZh}将于 ${date} 到期`,
      dueDate: date,
      urgency: overdue ? 'overdue' : 'soon',
    });
  }

  for (const late of facts.lateOrders) {
    const why = late.cause ? CAUSE_TEXT[late.cause] : null;
    const milestone = late.cause === 'milestone-slip' && late.milestone ? late.milestone : null;
    add({
      type: 'ex-factory-at-risk',
      record: { uid: ORDER_UID, documentId: late.order.documentId },
      order: late.order,
      department: null,
      title: `${late.order.poNumber}: ex-factory projected ${late.projectedExFactory}, planned ${late.plannedExFactory}${why ? ` (${why.en}${milestone ? `: ${milestone.name}` : ''})` : ''}`,
      titleZh: `${late.order.poNumber}：预计出厂 ${late.projectedExFactory}，晚于计划 ${late.plannedExFactory}${why ? `（${why.zh}${milestone ? `：${milestone.nameZh}` : ''}）` : ''}`,
      dueDate: late.projectedExFactory,
      urgency: 'overdue',
    });
  }

  for (const line of facts.purchaseLines) {
    const { flags, daysLate } = expeditingFlags(line, today, params.purchaseLeadDays);
    const what = `${line.poNumber}${line.material ? ` ${line.material}` : ''}`;
    const outstanding = Math.max(0, line.quantity - line.received);
    const base = { record: { uid: LINE_UID, documentId: line.documentId }, order: line.order, department: null };
    if (flags.includes('overdue')) {
      add({
        ...base,
        type: 'purchase-overdue',
        title: `${po(line.order)}${what}: ${outstanding} outstanding, ${daysLate} day(s) late (due ${line.dueDate})`,
        titleZh: `${po(line.order)}${what}：尚欠 ${outstanding}，已逾期 ${daysLate} 天（交期 ${line.dueDate}）`,
        dueDate: line.dueDate,
        urgency: 'overdue',
      });
    } else if (flags.includes('due-soon')) {
      add({
        ...base,
        type: 'purchase-due',
        title: `${po(line.order)}${what}: ${outstanding} due ${line.dueDate}`,
        titleZh: `${po(line.order)}${what}：${outstanding} 将于 ${line.dueDate} 到期`,
        dueDate: line.dueDate,
        urgency: 'soon',
      });
    }
    if (flags.includes('ships-within-24h') && line.shipDate) {
      add({
        ...base,
        type: 'supplier-ships',
        title: `${po(line.order)}${what}: supplier ships ${line.shipDate} — confirm quantity and documents`,
        titleZh: `${po(line.order)}${what}：供应商 ${line.shipDate} 出货，请确认数量与单据`,
        dueDate: line.shipDate,
        urgency: 'soon',
      });
    }
  }

  for (const receipt of facts.receiptsAwaitingInspection) {
    const due = iso(shiftDays(parseDay(receipt.receivedAt), params.inspectionSlaDays));
    const left = daysUntil(due);
    if (left > params.inspectionWarningDays) continue;
    add({
      type: 'inspection-due',
      record: { uid: RECEIPT_UID, documentId: receipt.documentId },
      order: receipt.order,
      department: 'qc',
      title: `${po(receipt.order)}${receipt.material} received ${receipt.receivedAt}: inspect by ${due}${left < 0 ? ' (overdue)' : ''}`,
      titleZh: `${po(receipt.order)}${receipt.material}（${receipt.receivedAt} 到货）须于 ${due} 前验布${left < 0 ? '（已逾期）' : ''}`,
      dueDate: due,
      urgency: left < 0 ? 'overdue' : 'soon',
    });
  }

  for (const shipped of facts.shippedWithoutReport) {
    const { dueDate } = completionDue(shipped.shippedAt, params.completionReportDays, today, null);
    if (!dueDate || daysUntil(dueDate) > 1) continue;
    const late = daysUntil(dueDate) < 0;
    add({
      type: 'completion-report-due',
      record: { uid: ORDER_UID, documentId: shipped.order.documentId },
      order: shipped.order,
      department: null,
      title: `${shipped.order.poNumber}: completion report ${late ? 'overdue since' : 'due'} ${dueDate} (shipped ${shipped.shippedAt})`,
      titleZh: late
        ? `${shipped.order.poNumber}：完单报告已逾期（应于 ${dueDate} 前交，${shipped.shippedAt} 出货）`
        : `${shipped.order.poNumber}：完单报告须于 ${dueDate} 前交（${shipped.shippedAt} 出货）`,
      dueDate,
      urgency: late ? 'overdue' : 'soon',
    });
  }

  for (const sample of facts.samples) {
    const follow = followUpReason(sample, today, params.sampleFollowUpDays);
    if (!follow) continue;
    const name = `${sample.customer ? `${sample.customer} ` : ''}${sample.type} #${sample.round}`;
    const base = { record: { uid: SAMPLE_UID, documentId: sample.documentId }, order: sample.order };
    if (follow.reason === 'no-receipt-confirmation') {
      add({
        ...base,
        type: 'sample-receipt',
        department: null,
        title: `${po(sample.order)}${name} sent ${sample.sentAt}: confirm the customer received it`,
        titleZh: `${po(sample.order)}${name}（${sample.sentAt} 寄出）：请确认客户已收到`,
        dueDate: sample.sentAt!,
        urgency: 'overdue',
      });
    } else if (follow.reason === 'no-feedback') {
      add({
        ...base,
        type: 'sample-feedback',
        department: null,
        title: `${po(sample.order)}${name} received ${sample.receivedAt}: ask for the customer's comments`,
        titleZh: `${po(sample.order)}${name}（${sample.receivedAt} 签收）：请催客户评语`,
        dueDate: sample.receivedAt!,
        urgency: 'overdue',
      });
    } else {
      const overdue = follow.reason === 'overdue';
      add({
        ...base,
        type: 'sample-due',
        department: 'technical',
        title: `${po(sample.order)}${name} ${overdue ? 'was due' : 'is due'} ${sample.dueAt}`,
        titleZh: `${po(sample.order)}${name}${overdue ? '已过期' : '到期'}：${sample.dueAt}`,
        dueDate: sample.dueAt!,
        urgency: overdue ? 'overdue' : 'soon',
      });
    }
  }

  for (const booking of facts.bookings) {
    const cutoff = booking.lateEntryDate ?? booking.cutoffDate;
    const left = daysUntil(cutoff);
    // A passed cut-off of an order still here stays on the list: the goods missed the warehouse.
    if (left > params.cutoffWarningDays) continue;
    const late = booking.lateEntryDate ? ' (late entry)' : '';
    add({
      type: 'warehouse-cutoff',
      record: { uid: BOOKING_UID, documentId: booking.documentId },
      order: booking.order,
      department: 'shipping',
      title: `${booking.order.poNumber}: warehouse cut-off ${cutoff}${late}${left < 0 ? ' — passed' : ''}`,
      titleZh: `${booking.order.poNumber}：进仓截止 ${cutoff}${booking.lateEntryDate ? '（晚进仓）' : ''}${left < 0 ? '，已过' : ''}`,
      dueDate: cutoff,
      urgency: left < 0 ? 'overdue' : 'soon',
    });
  }

  const rank = (item: DueItem) => (item.urgency === 'overdue' ? -item.days : item.days);
  return items.sort((a, b) => rank(a) - rank(b) || byCodeUnits(a.dueDate, b.dueDate) || byCodeUnits(a.key, b.key));
}
