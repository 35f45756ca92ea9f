import { format } from 'date-fns';
import { UID } from '../../platform/constants';
import { checkComplaint, type ComplaintFacts } from './domain/complaint';
import { checkComplaintParties } from './domain/record-checks';
import { afterWrite, refuseDerivedOf } from '../../platform/invariants/after-write';
import type { Guard, GuardMap } from '../../platform/invariants/guard';

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

export const afterSalesGuards: GuardMap = { [UID.complaint]: complaintGuard };
