import type { Core } from '@strapi/strapi';
import { format, startOfDay } from 'date-fns';
import { UID } from '../../../platform/constants';
import type { ExpeditingItem, GetExpediting } from '../../../modules/materials/contracts';
import { expeditingFlags, type ExpeditingFlag } from '../../../modules/materials/domain/expediting';

const CHASED_STATUSES = ['draft', 'sent', 'confirmed', 'partly-received'];

interface LineRow {
  id: number;
  documentId: string;
  quantity: number;
  dueDate: string;
  supplierShipDate: string | null;
  material: { code: string; name: string; unit: string } | null;
  order: { documentId: string; poNumber: string } | null;
  purchaseOrder: {
    documentId: string;
    poNumber: string;
    status: string;
    supplierShipDate: string | null;
    expediting: Array<{ date: string; contact: string | null; note: string; promisedDate: string | null }> | null;
    supplier: {
      code: string;
      name: string;
      contacts: Array<{ name: string; role: string | null; email: string | null; phone: string | null }> | null;
    } | null;
  } | null;
}

/**
 * The chasing list (催单): open purchase lines overdue, due within N days, or
 * whose supplier ships within 24 hours — sorted by due date, with whom to call
 * and what was said last time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(days: number, now = new Date()): Promise<GetExpediting.Response> {
    const today = startOfDay(now);
    const lines = (await strapi.db.query(UID.purchaseOrderLine).findMany({
      where: { purchaseOrder: { status: { $in: CHASED_STATUSES } } },
      select: ['id', 'documentId', 'quantity', 'dueDate', 'supplierShipDate'],
      populate: {
        material: { select: ['code', 'name', 'unit'] },
        order: { select: ['documentId', 'poNumber'] },
        purchaseOrder: {
          select: ['documentId', 'poNumber', 'status', 'supplierShipDate'],
          populate: { expediting: true, supplier: { select: ['code', 'name'], populate: { contacts: true } } },
        },
      },
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    })) as LineRow[];

    const receipts = (await strapi.db.query(UID.materialReceipt).findMany({
      where: { purchaseOrderLine: { id: { $in: lines.map((line) => line.id) } } },
      select: ['id', 'quantity'],
      populate: { purchaseOrderLine: { select: ['id'] } },
    })) as Array<{ quantity: number; purchaseOrderLine: { id: number } | null }>;
    const received = new Map<number, number>();
    for (const receipt of receipts) {
      const id = receipt.purchaseOrderLine?.id;
      if (id) received.set(id, (received.get(id) ?? 0) + Number(receipt.quantity));
    }

    const items: ExpeditingItem[] = [];
    for (const line of lines) {
      const po = line.purchaseOrder;
      const notes = [...(po?.expediting ?? [])].sort((a, b) => a.date.localeCompare(b.date));
      const lastNote = notes.at(-1) ?? null;
      const shipDate = line.supplierShipDate ?? po?.supplierShipDate ?? lastNote?.promisedDate ?? null;
      const got = received.get(line.id) ?? 0;
      const { flags, daysLate } = expeditingFlags(
        { dueDate: line.dueDate, shipDate, quantity: Number(line.quantity), received: got },
        today,
        days
      );
      if (flags.length === 0 || !po) continue;
      const contact = po.supplier?.contacts?.[0] ?? null;
      items.push({
        flags,
        daysLate,
        purchaseOrder: { documentId: po.documentId, poNumber: po.poNumber, status: po.status },
        line: {
          documentId: line.documentId,
          quantity: Number(line.quantity),
          received: got,
          outstanding: Math.round((Number(line.quantity) - got) * 1000) / 1000,
          dueDate: line.dueDate,
          supplierShipDate: shipDate,
        },
        material: line.material,
        order: line.order,
        supplier: po.supplier
          ? {
              code: po.supplier.code,
              name: po.supplier.name,
              contact: contact
                ? {
                    name: contact.name,
                    role: contact.role ?? null,
                    email: contact.email ?? null,
                    phone: contact.phone ?? null,
                  }
                : null,
            }
          : null,
        lastNote: lastNote
          ? {
              date: lastNote.date,
              contact: lastNote.contact ?? null,
              note: lastNote.note,
              promisedDate: lastNote.promisedDate ?? null,
            }
          : null,
      });
    }
    const count = (flag: ExpeditingFlag) => items.filter((item) => item.flags.includes(flag)).length;
    return {
      data: items,
      meta: {
        days,
        today: format(today, 'yyyy-MM-dd'),
        counts: {
          overdue: count('overdue'),
          'due-soon': count('due-soon'),
          'ships-within-24h': count('ships-within-24h'),
        },
      },
    };
  },
});
