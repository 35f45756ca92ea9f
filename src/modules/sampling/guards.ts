import { UID } from '../../platform/constants';
import { checkSample } from './domain/record-checks';
import { afterWrite, refuseDerivedOf, type Row } from '../../platform/invariants/after-write';
import type { Guard, GuardMap } from '../../platform/invariants/guard';

type Ref = { id: number } | null;

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

export const samplingGuards: GuardMap = { [UID.sample]: sampleGuard };
