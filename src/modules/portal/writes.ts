import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { format, subHours } from 'date-fns';
import { UID } from '../../platform/constants';
import { checkPurchaseLineWrite, checkSubcontractJobWrite } from './domain/writes';
import { WRITABLE } from './domain/views';
import type { FieldChanges } from '../security/domain/authority';
import type { Violation } from '../../platform/domain/violation';
import { loadMaterialSettings } from '../materials/settings';
import { writeAudit } from '../security/audit';
import { loadStages } from '../workflow/stage-store';
import type { PortalScope } from './scope';

type Row = Record<string, unknown> & { id: number; documentId: string };

/** Stages that close an order for portal writes: the workflow's terminal and cancel stages (data, not keys). */
async function closedStages(strapi: Core.Strapi): Promise<Set<string>> {
  const stages = await loadStages(strapi);
  return new Set(stages.filter((stage) => stage.terminal || stage.kind === 'cancel').map((stage) => stage.key));
}

const orderOf = (row: Row) => row.order as { id: number; stage: string } | null;

async function purchaseLineViolations(strapi: Core.Strapi, row: Row, data: Record<string, unknown>) {
  const [settings, closed, receipts] = await Promise.all([
    loadMaterialSettings(strapi),
    closedStages(strapi),
    strapi.db
      .query(UID.materialReceipt)
      .findMany({ where: { purchaseOrderLine: { id: row.id } }, select: ['quantity'] }),
  ]);
  const purchaseOrder = row.purchaseOrder as { orderedAt: string | null } | null;
  return checkPurchaseLineWrite(
    {
      quantity: Number(row.quantity ?? 0),
      receivedQuantity: (receipts as Array<{ quantity: number | null }>).reduce(
        (sum, r) => sum + Number(r.quantity ?? 0),
        0
      ),
      dueDate: String(row.dueDate),
      orderedAt: purchaseOrder?.orderedAt ?? null,
      orderClosed: closed.has(orderOf(row)?.stage ?? ''),
    },
    data,
    { overShipPct: settings.overReceiptTolerancePct, dateWindowDays: settings.supplierDateWindowDays }
  );
}

async function subcontractJobViolations(strapi: Core.Strapi, row: Row, data: Record<string, unknown>) {
  const closed = await closedStages(strapi);
  return checkSubcontractJobWrite(
    {
      qtySent: Number(row.qtySent ?? 0),
      status: String(row.status ?? 'planned'),
      sentAt: (row.sentAt as string | null) ?? null,
      orderClosed: closed.has(orderOf(row)?.stage ?? ''),
    },
    data,
    format(new Date(), 'yyyy-MM-dd')
  );
}

const POPULATE: Record<string, Record<string, unknown>> = {
  [UID.purchaseOrderLine]: {
    order: { select: ['id', 'stage'] },
    purchaseOrder: { select: ['id', 'orderedAt', 'poNumber'] },
  },
  [UID.subcontractJob]: { order: { select: ['id', 'stage', 'poNumber'] } },
};

const CHECKS: Record<string, (strapi: Core.Strapi, row: Row, data: Record<string, unknown>) => Promise<Violation[]>> = {
  [UID.purchaseOrderLine]: purchaseLineViolations,
  [UID.subcontractJob]: subcontractJobViolations,
};

/** The record a portal update is about, as stored, with what its checks and its audit row read. */
export const loadPortalRecord = (strapi: Core.Strapi, uid: string, documentId: string) =>
  strapi.db
    .query(uid as never)
    .findOne({ where: { documentId }, populate: POPULATE[uid] ?? {} }) as Promise<Row | null>;

/** What a portal may not write to this record now: closed, or beyond the bounds of a real delivery. */
export const portalUpdateViolations = (strapi: Core.Strapi, uid: string, row: Row, data: Record<string, unknown>) =>
  CHECKS[uid]?.(strapi, row, data) ?? Promise.resolve([]);

const changesOf = (uid: string, before: Row | null, after: Row | null): FieldChanges => {
  const fields = ((WRITABLE as Record<string, readonly string[]>)[uid] ?? []).filter((field) => field !== 'order');
  const changes: FieldChanges = {};
  for (const field of fields) {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    // A password is recorded as changed, never as its hash.
    changes[field] = field === 'password' ? { before: '(hidden)', after: '(changed)' } : { before: was, after: is };
  }
  return changes;
};

const labelOf = (uid: string, row: Row) => {
  const order = row.order as { poNumber?: string } | null;
  const po = row.purchaseOrder as { poNumber?: string } | null;
  if (uid === UID.purchaseOrderLine) return `${po?.poNumber ?? 'PO'} · due ${String(row.dueDate)}`;
  if (uid === UID.subcontractJob) return `${order?.poNumber ?? 'order'} · ${String(row.process)}`;
  return String(row.category ?? row.documentId);
};

/** One audit row per portal write (who, when, before → after), beside the write, linked to its order. */
export async function auditPortalWrite(
  strapi: Core.Strapi,
  scope: PortalScope,
  uid: string,
  action: 'create' | 'update',
  before: Row | null,
  documentId: string
) {
  const after = (await strapi.db.query(uid as never).findOne({
    where: { documentId },
    populate: { ...POPULATE[uid], order: { select: ['id', 'poNumber'] } },
  })) as Row | null;
  if (!after) return;
  const user = (await strapi.db
    .query(UID.portalUser)
    .findOne({ where: { id: scope.userId }, select: ['username', 'email'] })) as {
    username?: string;
    email?: string;
  } | null;
  await writeAudit(strapi, {
    reason: 'portal',
    action,
    actor: {
      type: 'user',
      id: String(scope.userId),
      name: user?.username ?? user?.email ?? `portal user ${scope.userId}`,
    },
    subjectType: uid,
    subjectId: documentId,
    subjectLabel: labelOf(uid, after),
    orderId: (after.order as { id: number } | null)?.id ?? null,
    changes: changesOf(uid, before, after),
  });
}

/**
 * Portal creates (complaints) are limited per account and hour — counted on
 * the audit rows every portal write leaves, so the limit holds across
 * instances. PORTAL_CREATES_PER_HOUR (default 20).
 */
export async function assertCreateAllowed(strapi: Core.Strapi, scope: PortalScope) {
  const limit = Number(process.env.PORTAL_CREATES_PER_HOUR ?? 20);
  const recent = await strapi.db.query(UID.auditEntry).count({
    where: {
      reason: 'portal',
      action: 'create',
      actorType: 'user',
      actorId: String(scope.userId),
      at: { $gte: subHours(new Date(), 1) },
    },
  });
  if (recent >= limit) {
    throw new errors.RateLimitError(
      `At most ${limit} records an hour may be created from a portal account: try again later`,
      {
        limit,
      }
    );
  }
}
