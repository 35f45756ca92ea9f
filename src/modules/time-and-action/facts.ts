import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { MaterialKind } from '../materials/domain/inspection';
import { noFacts, type MilestoneFacts } from './domain/events';
import { loadMaterialFacts } from '../materials/facts';
import { linkedTo } from '../../platform/db/links';

const EPSILON = 1e-6;
const latest = (dates: Array<string | null | undefined>) =>
  dates
    .filter((date): date is string => !!date)
    .sort()
    .at(-1) ?? null;

interface OrderRow {
  id: number;
  totalQuantity: number | null;
  stageDates: Record<string, string> | null;
  style: { id: number } | null;
  customer: { id: number } | null;
}

/**
 * The dates of everything that closes an order's milestones, read from what
 * Gendan already records: the stage history, samples, the material ledger and
 * receipts, daily reports, subcontract jobs, final inspections, the booking
 * and the completion report.
 */
export async function loadMilestoneFacts(strapi: Core.Strapi, orderId: number): Promise<MilestoneFacts> {
  const facts = noFacts();
  const order = (await strapi.db.query(UID.order).findOne({
    where: { id: orderId },
    select: ['id', 'totalQuantity', 'stageDates'],
    populate: { style: { select: ['id'] }, customer: { select: ['id'] } },
  })) as OrderRow | null;
  if (!order) return facts;
  const byOrder = (uid: string) => linkedTo(strapi, uid, 'order', orderId);
  const [materials, poLines, samples, reports, jobs, inspections, booking, completion] = (await Promise.all([
    loadMaterialFacts(strapi, orderId),
    strapi.db.query(UID.purchaseOrderLine).findMany({
      where: { ...byOrder(UID.purchaseOrderLine), purchaseOrder: { status: { $notIn: ['draft', 'cancelled'] } } },
      select: ['id'],
      populate: { material: { select: ['kind'] }, purchaseOrder: { select: ['orderedAt'] } },
    }),
    strapi.db.query(UID.sample).findMany({
      where: {
        status: 'approved',
        $or: [
          byOrder(UID.sample),
          {
            order: { id: { $null: true } },
            style: { id: order.style?.id ?? -1 },
            customer: { id: order.customer?.id ?? -1 },
          },
        ],
      },
      select: ['type', 'feedbackAt'],
    }),
    strapi.db.query(UID.productionReport).findMany({
      where: byOrder(UID.productionReport),
      select: ['operation', 'date', 'goodQty'],
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    }),
    strapi.db
      .query(UID.subcontractJob)
      .findMany({ where: byOrder(UID.subcontractJob), select: ['process', 'status', 'receivedAt'] }),
    strapi.db.query(UID.finalInspection).findMany({
      where: byOrder(UID.finalInspection),
      select: ['result', 'inspectedAt'],
      orderBy: [{ inspectedAt: 'desc' }, { id: 'desc' }],
      limit: 1,
    }),
    strapi.db.query(UID.booking).findOne({ where: byOrder(UID.booking), select: ['bookedAt'] }),
    strapi.db
      .query(UID.completionReport)
      .findOne({ where: byOrder(UID.completionReport), select: ['reportDate', 'factoryManagerSignedBy'] }),
  ])) as [
    Awaited<ReturnType<typeof loadMaterialFacts>>,
    Array<{ material: { kind: MaterialKind } | null; purchaseOrder: { orderedAt: string | null } | null }>,
    Array<{ type: string; feedbackAt: string | null }>,
    Array<{ operation: string; date: string; goodQty: number }>,
    Array<{ process: string; status: string; receivedAt: string | null }>,
    Array<{ result: string | null; inspectedAt: string | null }>,
    { bookedAt: string | null } | null,
    { reportDate: string | null; factoryManagerSignedBy: string | null } | null,
  ];

  facts.stageDates = order.stageDates ?? {};
  for (const sample of samples) {
    const known = facts.samplesApproved[sample.type];
    if (sample.feedbackAt && (!known || sample.feedbackAt < known))
      facts.samplesApproved[sample.type] = sample.feedbackAt;
  }

  // A kind is ordered / in house once every material of that kind on the consumption sheet is covered.
  for (const kind of ['fabric', 'trim', 'packaging'] as const) {
    const needed = materials.ledger.filter((entry) => entry.kind === kind && entry.required > EPSILON);
    if (needed.length === 0) continue;
    if (needed.every((entry) => entry.ordered + EPSILON >= entry.required)) {
      const date = latest(
        poLines.filter((line) => line.material?.kind === kind).map((line) => line.purchaseOrder?.orderedAt)
      );
      if (date) facts.materialsOrdered[kind] = date;
    }
    const receipts = materials.receipts.filter((receipt) => receipt.kind === kind);
    if (needed.every((entry) => entry.received + EPSILON >= entry.required)) {
      const date = latest(receipts.map((receipt) => receipt.receivedAt));
      if (date) facts.materialsReceived[kind] = date;
    }
    if (kind === 'fabric' && needed.every((entry) => entry.passed + EPSILON >= entry.required)) {
      facts.fabricPassed = latest(
        receipts
          .filter((receipt) => receipt.result === 'pass' || receipt.result === 'conditional')
          .map((r) => r.inspectedAt)
      );
    }
  }

  const ordered = Number(order.totalQuantity ?? 0);
  const cumulative = new Map<string, number>();
  for (const report of reports) {
    const good = Number(report.goodQty ?? 0);
    if (good <= 0) continue;
    facts.outputStarted[report.operation] ??= report.date;
    const total = (cumulative.get(report.operation) ?? 0) + good;
    cumulative.set(report.operation, total);
    if (ordered > 0 && total >= ordered) facts.outputComplete[report.operation] ??= report.date;
  }

  const processes: Record<string, string[]> = { wash: ['wash'], 'print-embroidery': ['print', 'embroidery'] };
  for (const [param, kinds] of Object.entries(processes)) {
    const mine = jobs.filter((job) => kinds.includes(job.process));
    const date = latest(mine.map((job) => job.receivedAt));
    if (mine.length > 0 && mine.every((job) => job.status === 'returned') && date)
      facts.subcontractReturned[param] = date;
  }

  const last = inspections[0];
  facts.finalInspectionPassed = last?.result === 'pass' ? (last.inspectedAt ?? null) : null;
  facts.bookingMade = booking?.bookedAt ?? null;
  facts.completionSigned = completion?.factoryManagerSignedBy ? (completion.reportDate ?? null) : null;
  return facts;
}
