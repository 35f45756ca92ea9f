import { format } from 'date-fns';
import { UID } from '../constants';
import { checkComplaint, type ComplaintFacts } from '../domain/customers/complaint';
import { violation, type Violation } from '../domain/violation';
import { afterWrite, refuseChangedDerived, type Row } from './after-write';
import type { Guard } from './guard';

type Ref = { id: number } | null;

/** Complaints (客诉): the customer follows the order; closing needs cause, countermeasure and resolution. */
export const complaintGuard: Guard = afterWrite({
  uid: UID.complaint,
  trimmed: ['description', 'rootCause', 'countermeasure', 'prevention'],
  populate: { order: { select: ['id'], populate: { customer: { select: ['id'] } } }, customer: { select: ['id'] } },
  check: async (record) => {
    const order = record.order as { id: number; customer: Ref } | null;
    const customer = record.customer as Ref;
    const found: Violation[] = [];
    if (!order && !customer)
      found.push(violation(['order'], 'order-required', 'a complaint is about an order (or at least a customer)'));
    if (order && customer && order.customer && order.customer.id !== customer.id) {
      found.push(violation(['customer'], 'customer-of-order', "customer must be the order's customer"));
    }
    found.push(...checkComplaint(record as unknown as ComplaintFacts));
    const derived: Record<string, unknown> = {
      closedAt:
        record.status === 'closed' ? ((record.closedAt as string | null) ?? format(new Date(), 'yyyy-MM-dd')) : null,
    };
    if (!customer && order?.customer) derived.customer = order.customer.id;
    return { violations: found, derived };
  },
});

type SampleRow = Row & {
  customer: Ref;
  style: { id: number; customer: Ref } | null;
  order: { id: number; customer: Ref } | null;
};

/**
 * Samples: customer, style and order agree; the status moves only through
 * POST /api/samples/:documentId/status, which enforces the flow.
 */
export const sampleGuard: Guard = afterWrite({
  uid: UID.sample,
  trimmed: ['itemNo', 'colour', 'retainedLocation', 'courier', 'trackingNumber'],
  populate: {
    customer: { select: ['id'] },
    style: { select: ['id'], populate: { customer: { select: ['id'] } } },
    order: { select: ['id'], populate: { customer: { select: ['id'] } } },
  },
  before: (context) =>
    refuseChangedDerived(
      context,
      UID.sample,
      ['status', 'statusDates'],
      'it moves through POST /api/samples/:documentId/status'
    ),
  check: async (row) => {
    const record = row as SampleRow;
    const customerId = record.customer?.id ?? record.style?.customer?.id ?? record.order?.customer?.id ?? null;
    const found: Violation[] = [];
    if (!customerId)
      found.push(
        violation(['customer'], 'customer-required', 'customer is required (or a style / order of the customer)')
      );
    if (record.style?.customer && customerId && record.style.customer.id !== customerId) {
      found.push(violation(['style'], 'style-of-customer', "style must belong to the sample's customer"));
    }
    if (record.order?.customer && customerId && record.order.customer.id !== customerId) {
      found.push(violation(['order'], 'order-of-customer', "order must belong to the sample's customer"));
    }
    if (record.dueAt && String(record.dueAt) < String(record.requestedAt)) {
      found.push(violation(['dueAt'], 'due-after-request', 'dueAt cannot be before requestedAt'));
    }
    const derived: Record<string, unknown> = {};
    if (!record.customer && customerId) derived.customer = customerId;
    if (!record.statusDates) derived.statusDates = { requested: String(record.requestedAt) };
    return { violations: found, derived };
  },
});
