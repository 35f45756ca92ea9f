import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import { requirementByMaterial } from '../../materials/domain/requirement';
import { packingTotals, piecesPerCarton, cartonRowFromStored } from '../../shipping/domain/packing';
import type { Bilingual } from '../domain/document-model';
import type { SignoffFact } from '../domain/order-header';
import type { ProductionNoticeFacts } from '../domain/production-notice-document';
import type { ProductionPermitFacts } from '../domain/production-permit-document';
import type { OrderFacts } from './order';

const byOrder = (strapi: Core.Strapi, uid: string, orderId: number) => linkedTo(strapi, uid, 'order', orderId);

/** The departments' sign-offs of the order, oldest first, as the boxes print them. */
export async function loadSignoffs(strapi: Core.Strapi, orderId: number): Promise<SignoffFact[]> {
  const rows = (await strapi.db.query(UID.signoff as never).findMany({
    where: byOrder(strapi, UID.signoff, orderId),
    select: ['stage', 'decision', 'actorName', 'at', 'comment'],
    populate: { department: { select: ['name', 'nameZh'] } },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  })) as Array<{
    stage: string;
    decision: 'approved' | 'rejected';
    actorName: string | null;
    at: string | null;
    comment: string | null;
    department: { name: string; nameZh: string | null } | null;
  }>;
  return rows.map((row) => ({
    stage: row.stage,
    department: { en: row.department?.name ?? '', zh: row.department?.nameZh ?? '' },
    decision: row.decision,
    by: row.actorName,
    at: row.at,
    comment: row.comment,
  }));
}

/** Everything the production notice prints beyond the order: BOM and requirement, outside work, packing, dates, sign-offs. */
export async function loadNoticeFacts(
  strapi: Core.Strapi,
  order: OrderFacts
): Promise<Omit<ProductionNoticeFacts, 'version' | 'issuedOn'>> {
  const [bom, jobs, simulated, milestones, signoffs] = (await Promise.all([
    strapi.db.query(UID.bomLine as never).findMany({
      where: byOrder(strapi, UID.bomLine, order.id),
      select: ['colour', 'consumptionPerPiece', 'wastagePct'],
      populate: { material: { select: ['code', 'name', 'unit'] } },
      orderBy: { id: 'asc' },
    }),
    strapi.db.query(UID.subcontractJob as never).findMany({
      where: byOrder(strapi, UID.subcontractJob, order.id),
      select: ['process', 'qtySent'],
      populate: { supplier: { select: ['name'] } },
      orderBy: { id: 'asc' },
    }),
    strapi.db.query(UID.packingList as never).findOne({
      where: { ...byOrder(strapi, UID.packingList, order.id), kind: 'simulated' },
      select: ['id'],
      populate: { cartons: true },
    }),
    strapi.db.query(UID.orderMilestone as never).findMany({
      where: { ...byOrder(strapi, UID.orderMilestone, order.id), critical: true },
      select: ['name', 'nameZh', 'plannedDate', 'actualDate'],
      orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }],
    }),
    loadSignoffs(strapi, order.id),
  ])) as [
    Array<{
      colour: string | null;
      consumptionPerPiece: number;
      wastagePct: number | null;
      material: { code: string; name: string; unit: string } | null;
    }>,
    Array<{ process: string; qtySent: number | null; supplier: { name: string } | null }>,
    { cartons: Array<Record<string, unknown>> | null } | null,
    Array<{ name: string; nameZh: string | null; plannedDate: string | null; actualDate: string | null }>,
    SignoffFact[],
  ];
  const cartons = (simulated?.cartons ?? []).map(cartonRowFromStored);
  const totals = cartons.length ? packingTotals(cartons) : null;
  return {
    order: { ...order.header, ...order.row },
    sizes: order.sizes,
    lines: order.lines,
    bom: bom
      .filter((line) => line.material)
      .map((line) => {
        const entry = {
          material: line.material!.code,
          colour: line.colour,
          consumptionPerPiece: Number(line.consumptionPerPiece),
          wastagePct: Number(line.wastagePct ?? 0),
          unit: line.material!.unit,
        };
        return {
          code: line.material!.code,
          name: line.material!.name,
          unit: line.material!.unit,
          colour: line.colour?.trim() ? line.colour : null,
          consumptionPerPiece: entry.consumptionPerPiece,
          wastagePct: entry.wastagePct,
          required: requirementByMaterial(order.lines, [entry]).get(entry.material) ?? 0,
        };
      }),
    subcontracting: jobs.map((job) => ({
      process: job.process,
      supplier: job.supplier?.name ?? null,
      quantity: job.qtySent,
    })),
    packing: totals
      ? { cartons: totals.cartons, pieces: totals.pieces, piecesPerCarton: cartons.map(piecesPerCarton) }
      : null,
    milestones: milestones.map((m) => ({
      name: { en: m.name, zh: m.nameZh ?? '' },
      plannedDate: m.plannedDate,
      actualDate: m.actualDate,
    })),
    signoffs,
  };
}

/** What the permit prints: the grid, every sign-off, the special instructions. */
export async function loadPermitFacts(
  strapi: Core.Strapi,
  order: OrderFacts
): Promise<Omit<ProductionPermitFacts, 'version' | 'issuedOn'>> {
  const instructions: Bilingual[] = [
    ...(order.row.requiresWashing ? [{ en: 'Garment washing required', zh: '需水洗' }] : []),
    ...(order.row.requiresPrintOrEmbroidery ? [{ en: 'Print / embroidery required', zh: '需印花/绣花' }] : []),
    ...(order.row.notes ? [{ en: order.row.notes, zh: '' }] : []),
  ];
  return {
    order: {
      ...order.header,
      totalQuantity: order.row.totalQuantity,
      exFactoryDate: order.row.exFactoryDate,
      notes: order.row.notes,
    },
    sizes: order.sizes,
    lines: order.lines,
    signoffs: await loadSignoffs(strapi, order.id),
    instructions,
  };
}
