import { format } from 'date-fns';
import { UID } from '../constants';
import { checkComplaint, type ComplaintFacts } from '../domain/customers/complaint';
import { checkComplaintParties } from '../domain/customers/record-checks';
import { checkSample } from '../domain/sampling/record-checks';
import { afterWrite, refuseDerivedOf, type Row } from './after-write';
import type { Guard } from './guard';

type Ref = { id: number } | null;

/** Complaints (客诉): the customer follows the order; closing needs cause, countermeasure and resolution. */
export const complaintGuard: Guard = afterWrite({
  uid: UID.complaint,
  trimmed: ['description', 'rootCause', 'countermeasure', 'prevention'],
  populate: { order: { select: ['id'], populate: { customer: { select: ['id'] } } }, customer: { select: ['id'] } },
  before: (context) => refuseDerivedOf(context, 'complaint'),
  check: async (record) => {
    const order = record.order as { id: number; customer: Ref } | null;
    const customer = record.customer as Ref;
    const found = [
      ...checkComplaintParties({
        hasOrder: !!order,
        orderCustomerId: order?.customer?.id ?? null,
        customerId: customer?.id ?? null,
      }),
      ...checkComplaint(record as unknown as ComplaintFacts),
    ];
    // Closed on the day it is closed; the date stays while it stays closed.
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
  before: (context) => refuseDerivedOf(context, 'sample'),
  check: async (row) => {
    const record = row as SampleRow;
    const customerId = record.customer?.id ?? record.style?.customer?.id ?? record.order?.customer?.id ?? null;
    const found = checkSample({
      customerId,
      styleCustomerId: record.style?.customer?.id ?? null,
      orderCustomerId: record.order?.customer?.id ?? null,
      requestedAt: (record.requestedAt as string | null) ?? null,
      dueAt: (record.dueAt as string | null) ?? null,
    });
    const derived: Record<string, unknown> = {};
    if (!record.customer && customerId) derived.customer = customerId;
    if (!record.statusDates) derived.statusDates = { requested: String(record.requestedAt) };
    return { violations: found, derived };
  },
});
