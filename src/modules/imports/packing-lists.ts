import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { labelKey } from './domain/po-mapping';
import { ordersByPo } from './orders-by-po';
import {
  PACKING_TABLE,
  planPackingLists,
  type PackingImportPlan,
  type PackingOrderFact,
} from './domain/packing-import';
import type { Sheet } from './domain/sheet';
import { readTable, type TableMapping } from './domain/table';

/**
 * The warehouse's final packing list against the database: the orders it
 * names (the customer's, when the import is for one) with their colour ×
 * size lines and final list on file; the commit writes each PO's final list
 * through the document service, so the packing list guard derives the totals,
 * the comparison with the order and the tolerance verdict, and issues the
 * document version as for a list typed in the editor.
 */

export interface CommittedPackingList {
  poNumber: string;
  order: string;
  documentId: string;
  action: 'created' | 'replaced';
  cartons: number;
  pieces: number;
  withinTolerance: boolean | null;
}

export async function dryRunPackingLists(
  strapi: Core.Strapi,
  sheets: readonly Sheet[],
  mapping: TableMapping,
  customerId: number | null
): Promise<PackingImportPlan> {
  const read = readTable(sheets, PACKING_TABLE, mapping);
  const orders = await ordersByPo(
    strapi,
    read.rows.map((row) => String(row.values.poNumber?.value ?? '')),
    customerId
  );
  const facts = new Map<string, PackingOrderFact>();
  for (const order of orders) {
    const [lines, final] = await Promise.all([
      strapi.db.query(UID.orderLine).findMany({
        where: linkedTo(strapi, UID.orderLine, 'order', order.id),
        select: ['colour', 'size', 'quantity'],
      }) as Promise<Array<{ colour: string; size: string; quantity: number }>>,
      strapi.db.query(UID.packingList).findOne({
        where: { ...linkedTo(strapi, UID.packingList, 'order', order.id), kind: 'final' },
        select: ['documentId', 'totalPieces'],
      }) as Promise<{ documentId: string; totalPieces: number | null } | null>,
    ]);
    facts.set(labelKey(order.poNumber), {
      ...order,
      lines: lines.map((line) => ({ ...line, quantity: Number(line.quantity) })),
      final,
    });
  }
  const plan = planPackingLists(read.rows, facts);
  return { ...plan, findings: [...read.findings, ...plan.findings] };
}

/** Writes each PO's final list in the caller's transaction, through the document service and the packing list guard. */
export async function commitPackingLists(
  strapi: Core.Strapi,
  plan: PackingImportPlan,
  reason: string | null,
  onProgress: (done: number) => void = () => undefined
): Promise<CommittedPackingList[]> {
  const written: CommittedPackingList[] = [];
  const lists = strapi.documents(UID.packingList);
  for (const list of plan.lists) {
    const data = {
      order: list.order.documentId,
      kind: 'final',
      cartons: list.cartons.map((carton) => ({ ...carton, colour: carton.colour.trim() })),
      ...(reason ? { notes: reason } : {}),
    };
    const saved = (list.replaces
      ? await lists.update({ documentId: list.replaces, data: data as never })
      : await lists.create({ data: data as never })) as unknown as {
      documentId: string;
      totalCartons: number;
      totalPieces: number;
      withinTolerance: boolean | null;
    };
    written.push({
      poNumber: list.order.poNumber,
      order: list.order.documentId,
      documentId: saved.documentId,
      action: list.replaces ? 'replaced' : 'created',
      cartons: Number(saved.totalCartons),
      pieces: Number(saved.totalPieces),
      withinTolerance: saved.withinTolerance ?? null,
    });
    onProgress(list.cartons.length);
  }
  return written;
}
