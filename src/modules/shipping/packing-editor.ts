import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { loadOrder } from '../orders/guards/order-state';
import type { GetPackingEditor, PackingListDraft } from './contracts';
import { cartonRowFromStored } from './domain/packing';
import { toleranceOf } from './tolerance';

type ListRow = Omit<PackingListDraft, 'cartons'> & {
  cartons: Array<Record<string, unknown>> | null;
};

/**
 * What the packing list editor (箱单) starts from: the order's size breakdown
 * and sizes, its tolerance with the scope it is judged in, and its simulated
 * and final lists carton row by carton row — so the screen computes totals,
 * CBM and the verdict per colour as the server will.
 */
export async function loadPackingEditor(strapi: Core.Strapi, documentId: string): Promise<GetPackingEditor.Response> {
  const order = await loadOrder(strapi, { documentId });
  if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
  const [tolerance, stage, lists] = await Promise.all([
    toleranceOf(strapi, order.id),
    strapi.db.query(UID.order as never).findOne({ where: { id: order.id }, select: ['stage'] }) as Promise<{
      stage: string | null;
    } | null>,
    strapi.db.query(UID.packingList as never).findMany({
      where: linkedTo(strapi, UID.packingList, 'order', order.id),
      select: ['documentId', 'kind', 'title', 'deviationApprovedBy', 'notes', 'withinTolerance'],
      populate: { cartons: true },
    }) as Promise<ListRow[]>,
  ]);
  const draft = (kind: 'simulated' | 'final'): PackingListDraft | null => {
    const list = lists.find((candidate) => candidate.kind === kind);
    if (!list) return null;
    return {
      ...list,
      cartons: (list.cartons ?? []).map(cartonRowFromStored),
    };
  };
  const { underPct, overPct, scope, source } = tolerance;
  return {
    data: {
      order: { documentId: order.documentId, poNumber: order.poNumber, stage: stage?.stage ?? null },
      lines: order.lines.map(({ colour, size, quantity }) => ({ colour, size, quantity: Number(quantity) })),
      sizes: order.snapshot.style?.sizeScale ?? [...new Set(order.lines.map((line) => line.size))],
      tolerance: { underPct, overPct, scope, source },
      simulated: draft('simulated'),
      final: draft('final'),
    },
  };
}
