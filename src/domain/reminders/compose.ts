import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';
import { expeditingFlags } from '../materials/expediting';
import { completionDue } from '../shipping/completion';
import { followUpReason, type SampleStatus } from '../sampling/sample-flow';
import type { MilestoneStatus } from '../time-and-action/project';

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
  lateOrders: Array<{ order: OrderRef; plannedExFactory: string; projectedExFactory: string }>;
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

export type Recipient = { kind: 'user'; id: number } | { kind: 'department'; key: string };

export interface Reminder {
  /** Identifies the chase: the same item, date and recipient is never notified twice. */
  key: string;
  type: ReminderType;
  recipient: Recipient;
  order: string | null;
  title: string;
  titleZh: string;
  /** Where the admin panel opens the record. */
  link: string;
  dueDate: string;
}

const CM = '/admin/content-manager/collection-types';
const linkTo = (uid: string, documentId: string) => `${CM}/${uid}/${documentId}`;
const ORDER_UID = 'api::order.order';

/**
 * Who is chased: the order's merchandiser, and the department that owns the
 * work; with neither, the trade department (where merchandisers sit).
 */
function recipientsOf(order: OrderRef | null, department: string | null): Recipient[] {
  const recipients: Recipient[] = [];
  if (order?.merchandiserId) recipients.push({ kind: 'user', id: order.merchandiserId });
  if (department) recipients.push({ kind: 'department', key: department });
  if (recipients.length === 0) recipients.push({ kind: 'department', key: 'trade' });
  return recipients;
}

const recipientKey = (recipient: Recipient) => (recipient.kind === 'user' ? `u${recipient.id}` : `d:${recipient.key}`);

/**
 * Everything that needs chasing today, one reminder per item, date and
 * recipient. Pure: the facts are read by the caller; re-running on the same
 * facts yields the same keys, which is what makes the run idempotent.
 */
export function composeReminders(facts: ChaseFacts, params: ReminderParams, now: Date): Reminder[] {
  const today = startOfDay(now);
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  const daysUntil = (date: string) => differenceInCalendarDays(parseISO(date), today);
  const reminders: Reminder[] = [];
  const add = (
    item: Omit<Reminder, 'key' | 'recipient'> & { target: string },
    order: OrderRef | null,
    department: string | null
  ) => {
    const { target, ...rest } = item;
    for (const recipient of recipientsOf(order, department)) {
      reminders.push({ ...rest, recipient, key: `${item.type}:${target}:${item.dueDate}:${recipientKey(recipient)}` });
    }
  };
  const po = (order: OrderRef | null) => (order ? `${order.poNumber} · ` : '');

  for (const milestone of facts.milestones) {
    if (milestone.status !== 'due' && milestone.status !== 'overdue') continue;
    const overdue = milestone.status === 'overdue';
    if (!overdue && daysUntil(milestone.projectedDate) > params.milestoneDueDays) continue;
    // An overdue milestone is keyed by its planned date (its projection moves every day), a due one by its projection.
    const date = overdue ? milestone.plannedDate : milestone.projectedDate;
    add(
      {
        type: overdue ? 'milestone-overdue' : 'milestone-due',
        target: milestone.documentId,
        order: milestone.order.documentId,
        title: overdue
          ? `${po(milestone.order)}${milestone.name} is overdue (planned ${date})`
          : `${po(milestone.order)}${milestone.name} is due ${date}`,
        titleZh: overdue
          ? `${po(milestone.order)}${milestone.nameZh}已逾期（计划 ${date}）`
          : `${po(milestone.order)}${milestone.nameZh}将于 ${date} 到期`,
        link: linkTo(ORDER_UID, milestone.order.documentId),
        dueDate: date,
      },
      milestone.order,
      milestone.department
    );
  }

  for (const late of facts.lateOrders) {
    add(
      {
        type: 'ex-factory-at-risk',
        target: late.order.documentId,
        order: late.order.documentId,
        title: `${late.order.poNumber}: ex-factory projected ${late.projectedExFactory}, planned ${late.plannedExFactory}`,
        titleZh: `${late.order.poNumber}：预计出厂 ${late.projectedExFactory}，晚于计划 ${late.plannedExFactory}`,
        link: linkTo(ORDER_UID, late.order.documentId),
        dueDate: late.projectedExFactory,
      },
      late.order,
      null
    );
  }

  for (const line of facts.purchaseLines) {
    const { flags, daysLate } = expeditingFlags(line, today, params.purchaseLeadDays);
    const what = `${line.poNumber}${line.material ? ` ${line.material}` : ''}`;
    const outstanding = Math.max(0, line.quantity - line.received);
    const link = linkTo('api::purchase-order-line.purchase-order-line', line.documentId);
    if (flags.includes('overdue')) {
      add(
        {
          type: 'purchase-overdue',
          target: line.documentId,
          order: line.order?.documentId ?? null,
          title: `${po(line.order)}${what}: ${outstanding} outstanding, ${daysLate} day(s) late (due ${line.dueDate})`,
          titleZh: `${po(line.order)}${what}：尚欠 ${outstanding}，已逾期 ${daysLate} 天（交期 ${line.dueDate}）`,
          link,
          dueDate: line.dueDate,
        },
        line.order,
        null
      );
    } else if (flags.includes('due-soon')) {
      add(
        {
          type: 'purchase-due',
          target: line.documentId,
          order: line.order?.documentId ?? null,
          title: `${po(line.order)}${what}: ${outstanding} due ${line.dueDate}`,
          titleZh: `${po(line.order)}${what}：${outstanding} 将于 ${line.dueDate} 到期`,
          link,
          dueDate: line.dueDate,
        },
        line.order,
        null
      );
    }
    if (flags.includes('ships-within-24h') && line.shipDate) {
      add(
        {
          type: 'supplier-ships',
          target: line.documentId,
          order: line.order?.documentId ?? null,
          title: `${po(line.order)}${what}: supplier ships ${line.shipDate} — confirm quantity and documents`,
          titleZh: `${po(line.order)}${what}：供应商 ${line.shipDate} 出货，请确认数量与单据`,
          link,
          dueDate: line.shipDate,
        },
        line.order,
        null
      );
    }
  }

  for (const receipt of facts.receiptsAwaitingInspection) {
    const due = iso(addDays(parseISO(receipt.receivedAt), params.inspectionSlaDays));
    const left = daysUntil(due);
    if (left > params.inspectionWarningDays) continue;
    add(
      {
        type: 'inspection-due',
        target: receipt.documentId,
        order: receipt.order?.documentId ?? null,
        title: `${po(receipt.order)}${receipt.material} received ${receipt.receivedAt}: inspect by ${due}${left < 0 ? ' (overdue)' : ''}`,
        titleZh: `${po(receipt.order)}${receipt.material}（${receipt.receivedAt} 到货）须于 ${due} 前验布${left < 0 ? '（已逾期）' : ''}`,
        link: linkTo('api::material-receipt.material-receipt', receipt.documentId),
        dueDate: due,
      },
      receipt.order,
      'qc'
    );
  }

  for (const shipped of facts.shippedWithoutReport) {
    const { dueDate } = completionDue(shipped.shippedAt, params.completionReportDays, today, null);
    if (!dueDate || daysUntil(dueDate) > 1) continue;
    const late = daysUntil(dueDate) < 0;
    add(
      {
        type: 'completion-report-due',
        target: shipped.order.documentId,
        order: shipped.order.documentId,
        title: `${shipped.order.poNumber}: completion report ${late ? 'overdue since' : 'due'} ${dueDate} (shipped ${shipped.shippedAt})`,
        titleZh: late
          ? `${shipped.order.poNumber}：完单报告已逾期（应于 ${dueDate} 前交，${shipped.shippedAt} 出货）`
          : `${shipped.order.poNumber}：完单报告须于 ${dueDate} 前交（${shipped.shippedAt} 出货）`,
        link: linkTo(ORDER_UID, shipped.order.documentId),
        dueDate,
      },
      shipped.order,
      null
    );
  }

  for (const sample of facts.samples) {
    const follow = followUpReason(sample, today, params.sampleFollowUpDays);
    if (!follow) continue;
    const name = `${sample.customer ? `${sample.customer} ` : ''}${sample.type} #${sample.round}`;
    const link = linkTo('api::sample.sample', sample.documentId);
    const base = { target: sample.documentId, order: sample.order?.documentId ?? null, link };
    if (follow.reason === 'no-receipt-confirmation') {
      add(
        {
          ...base,
          type: 'sample-receipt',
          title: `${po(sample.order)}${name} sent ${sample.sentAt}: confirm the customer received it`,
          titleZh: `${po(sample.order)}${name}（${sample.sentAt} 寄出）：请确认客户已收到`,
          dueDate: sample.sentAt!,
        },
        sample.order,
        null
      );
    } else if (follow.reason === 'no-feedback') {
      add(
        {
          ...base,
          type: 'sample-feedback',
          title: `${po(sample.order)}${name} received ${sample.receivedAt}: ask for the customer's comments`,
          titleZh: `${po(sample.order)}${name}（${sample.receivedAt} 签收）：请催客户评语`,
          dueDate: sample.receivedAt!,
        },
        sample.order,
        null
      );
    } else {
      const overdue = follow.reason === 'overdue';
      add(
        {
          ...base,
          type: 'sample-due',
          title: `${po(sample.order)}${name} ${overdue ? 'was due' : 'is due'} ${sample.dueAt}`,
          titleZh: `${po(sample.order)}${name}${overdue ? '已过期' : '到期'}：${sample.dueAt}`,
          dueDate: sample.dueAt!,
        },
        sample.order,
        'technical'
      );
    }
  }

  for (const booking of facts.bookings) {
    const cutoff = booking.lateEntryDate ?? booking.cutoffDate;
    const left = daysUntil(cutoff);
    if (left < 0 || left > params.cutoffWarningDays) continue;
    const late = booking.lateEntryDate ? ' (late entry)' : '';
    add(
      {
        type: 'warehouse-cutoff',
        target: booking.documentId,
        order: booking.order.documentId,
        title: `${booking.order.poNumber}: warehouse cut-off ${cutoff}${late}`,
        titleZh: `${booking.order.poNumber}：进仓截止 ${cutoff}${booking.lateEntryDate ? '（晚进仓）' : ''}`,
        link: linkTo('api::booking.booking', booking.documentId),
        dueDate: cutoff,
      },
      booking.order,
      'shipping'
    );
  }

  return reminders.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key));
}
