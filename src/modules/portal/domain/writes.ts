import { addDays, format, parseISO } from 'date-fns';
import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * What a supplier or subcontractor may still write from a portal: only open
 * records (nothing on a closed order, a fully received PO line or a returned
 * job), and only numbers and dates a real delivery could have — so a portal
 * cannot rewrite a finished job's count or put a PO line's ship date in 9999.
 */

export interface PortalWriteLimits {
  /** A PO line may be shipped over its quantity by this much (the receipt over-delivery tolerance). */
  overShipPct: number;
  /** A supplier's confirmed or ship date lies within this many days of the line's due date. */
  dateWindowDays: number;
}

export interface PurchaseLineFacts {
  quantity: number;
  receivedQuantity: number;
  dueDate: string;
  orderedAt: string | null;
  orderClosed: boolean;
}

export interface PurchaseLineWrite {
  shippedQuantity?: unknown;
  supplierConfirmedDate?: unknown;
  supplierShipDate?: unknown;
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const closed = (what: string, whatZh: string) =>
  violation(
    [],
    'portal-record-closed',
    `${what}: it can no longer be changed from the portal — ask the merchandiser`,
    `${whatZh}:已不能在门户中修改,请联系跟单员`
  );

/** The bounds of a supplier's update of its PO line. */
export function checkPurchaseLineWrite(
  line: PurchaseLineFacts,
  data: PurchaseLineWrite,
  limits: PortalWriteLimits
): Violation[] {
  if (line.orderClosed) return [closed('the order this PO line buys for is closed', '该采购明细所属订单已结案')];
  if (line.quantity > 0 && line.receivedQuantity >= line.quantity)
    return [closed('this PO line is fully received', '该采购明细已全部收货')];
  const found: Violation[] = [];
  if (data.shippedQuantity !== undefined && data.shippedQuantity !== null) {
    const most = Math.round(line.quantity * (1 + limits.overShipPct / 100) * 100) / 100;
    const shipped = Number(data.shippedQuantity);
    if (!(shipped >= 0 && shipped <= most)) {
      found.push(
        violation(
          ['shippedQuantity'],
          'portal-quantity-bound',
          `shippedQuantity must be between 0 and ${most} (the ordered ${line.quantity} plus ${limits.overShipPct} %)`,
          `已发货数量 shippedQuantity 必须在 0 到 ${most} 之间(采购数量 ${line.quantity} 加 ${limits.overShipPct} %)`
        )
      );
    }
  }
  const due = parseISO(line.dueDate);
  const earliest = line.orderedAt ?? day(addDays(due, -limits.dateWindowDays));
  const latest = day(addDays(due, limits.dateWindowDays));
  for (const field of ['supplierConfirmedDate', 'supplierShipDate'] as const) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    if (value < earliest || value > latest) {
      found.push(
        violation(
          [field],
          'portal-date-window',
          `${field} must lie between ${earliest} and ${latest} (the PO date and ${limits.dateWindowDays} days after the due date ${line.dueDate})`,
          `${field} 必须在 ${earliest} 到 ${latest} 之间(采购单下单日期至交期 ${line.dueDate} 后 ${limits.dateWindowDays} 天)`
        )
      );
    }
  }
  return found;
}

export interface SubcontractJobFacts {
  qtySent: number;
  status: string;
  sentAt: string | null;
  orderClosed: boolean;
}

export interface SubcontractJobWrite {
  qtyReceived?: unknown;
  defects?: unknown;
  receivedAt?: unknown;
}

/** The bounds of a subcontractor's report of pieces coming back. */
export function checkSubcontractJobWrite(
  job: SubcontractJobFacts,
  data: SubcontractJobWrite,
  today: string
): Violation[] {
  if (job.orderClosed) return [closed('the order of this job is closed', '该外发单所属订单已结案')];
  if (job.status === 'returned') return [closed('this job is returned in full', '该外发单已全部收回')];
  const found: Violation[] = [];
  const received = data.qtyReceived === undefined || data.qtyReceived === null ? null : Number(data.qtyReceived);
  if (received !== null && !(received >= 0 && received <= job.qtySent)) {
    found.push(
      violation(
        ['qtyReceived'],
        'portal-quantity-bound',
        `qtyReceived must be between 0 and ${job.qtySent} (the pieces sent)`,
        `收回数量 qtyReceived 必须在 0 到 ${job.qtySent} 之间(发出数量)`
      )
    );
  }
  const defects = data.defects === undefined || data.defects === null ? null : Number(data.defects);
  const ceiling = received ?? job.qtySent;
  if (defects !== null && !(defects >= 0 && defects <= ceiling)) {
    found.push(
      violation(
        ['defects'],
        'portal-quantity-bound',
        `defects must be between 0 and ${ceiling} (the pieces received)`,
        `次品数 defects 必须在 0 到 ${ceiling} 之间(收回数量)`
      )
    );
  }
  if (typeof data.receivedAt === 'string') {
    if ((job.sentAt && data.receivedAt < job.sentAt) || data.receivedAt > today) {
      found.push(
        violation(
          ['receivedAt'],
          'portal-date-window',
          `receivedAt must lie between ${job.sentAt ?? 'the sending date'} and today (${today})`,
          `收回日期 receivedAt 必须在 ${job.sentAt ?? '发出日期'} 到今天(${today})之间`
        )
      );
    }
  }
  return found;
}
