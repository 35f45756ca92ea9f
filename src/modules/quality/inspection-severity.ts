import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { acceptedAtTighterAql, isAql, isInspectionLevel, isSeverity, type Severity } from './domain/aql';
import { switchingState, type LotOutcome, type SwitchingState } from './domain/switching';

interface InspectionRow {
  id: number;
  documentId: string;
  inspectedAt: string;
  lotSize: number | null;
  level: string | null;
  severity: string | null;
  aqlMajor: number | null;
  majorAccept: number | null;
  majorFound: number | null;
  result: 'pass' | 'fail' | null;
  reinspectionOf: { id: number } | null;
  order: { documentId: string; poNumber: string } | null;
}

export interface CustomerSeverity extends SwitchingState {
  reducedAllowed: boolean;
  lotsOf: Map<string, { poNumber: string | null; order: string | null }>;
}

/** One inspected lot as the switching rules read it. */
function outcomeOf(row: InspectionRow): LotOutcome {
  const severity: Severity = isSeverity(row.severity) ? row.severity : 'normal';
  const acceptNumber = Number(row.majorAccept ?? 0);
  const aql = Number(row.aqlMajor);
  const canCompare =
    acceptNumber >= 2 &&
    isAql(aql) &&
    isInspectionLevel(row.level) &&
    Number(row.lotSize) >= 2 &&
    row.majorFound !== null;
  return {
    id: row.documentId,
    at: String(row.inspectedAt).slice(0, 10),
    severity,
    accepted: row.result === 'pass',
    resubmitted: !!row.reinspectionOf,
    acceptNumber,
    acceptedAtTighterAql: canCompare
      ? acceptedAtTighterAql(Number(row.lotSize), row.level as never, aql, Number(row.majorFound), { severity })
      : null,
  };
}

/**
 * A customer's switching state (ISO 2859-1 §9), replayed over its inspected
 * lots in order; `before` stops at a given inspection, so that the severity a
 * lot was due is the state of the lots before it.
 */
export async function customerSeverity(
  strapi: Core.Strapi,
  customerId: number,
  options: { before?: { inspectedAt: string | null; id: number | null } } = {}
): Promise<CustomerSeverity> {
  const [customer, rows] = await Promise.all([
    strapi.db
      .query(UID.customer)
      .findOne({ where: { id: customerId }, select: ['reducedInspectionAllowed'] }) as Promise<{
      reducedInspectionAllowed: boolean | null;
    } | null>,
    strapi.db.query(UID.finalInspection).findMany({
      where: { order: { customer: { id: customerId } }, inspectedAt: { $notNull: true }, result: { $notNull: true } },
      select: [
        'id',
        'documentId',
        'inspectedAt',
        'lotSize',
        'level',
        'severity',
        'aqlMajor',
        'majorAccept',
        'majorFound',
        'result',
      ],
      populate: { reinspectionOf: { select: ['id'] }, order: { select: ['documentId', 'poNumber'] } },
      orderBy: [{ inspectedAt: 'asc' }, { id: 'asc' }],
    }) as Promise<InspectionRow[]>,
  ]);
  const before = options.before;
  const earlier = rows.filter((row) => {
    if (!before) return true;
    if (before.id !== null && row.id === before.id) return false;
    if (!before.inspectedAt) return true;
    const at = String(row.inspectedAt).slice(0, 10);
    const limit = String(before.inspectedAt).slice(0, 10);
    return at < limit || (at === limit && before.id !== null && row.id < before.id);
  });
  const reducedAllowed = !!customer?.reducedInspectionAllowed;
  const state = switchingState(earlier.map(outcomeOf), { reducedAllowed });
  const lotsOf = new Map(
    earlier.map((row) => [
      row.documentId,
      { poNumber: row.order?.poNumber ?? null, order: row.order?.documentId ?? null },
    ])
  );
  return { ...state, reducedAllowed, lotsOf };
}
