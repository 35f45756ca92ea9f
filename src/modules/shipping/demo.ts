import { addDays, format } from 'date-fns';
import { UID } from '../../platform/constants';
import { simulatePackingList, type OrderedLine } from './domain/packing';
import type { DemoOrder } from '../demo/demo-data';

type Create = (uid: string, data: Record<string, unknown>) => Promise<string>;
const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const CARTON = { lengthCm: 60, widthCm: 40, heightCm: 32 };

export interface DemoShipping {
  order: string;
  lines: OrderedLine[];
  sizes: string[];
  demo: DemoOrder;
  create: Create;
}

const TRIMS: Array<[string, number]> = [
  ['cartons', 1 / 24],
  ['carton-stickers', 2 / 24],
  ['price-tickets', 1],
  ['size-stickers', 1],
  ['hang-tags', 1],
  ['tag-pins', 1],
];

const rows = (lines: OrderedLine[], sizes: string[]) =>
  simulatePackingList(
    lines,
    { packType: 'solid', piecesPerCarton: 24, carton: CARTON, pieceWeightKg: 0.32, cartonWeightKg: 0.9 },
    sizes
  );

/**
 * Hooks for the history replay: before booking, back-end trims counted, the
 * simulated packing list and the booking with its documents; before shipping,
 * the final packing list and the final inspection (one order fails first);
 * before completion, the signed completion report.
 */
export function shippingHooks(p: DemoShipping) {
  let shippedAt: Date | null = null;
  const pieces = p.lines.reduce((sum, line) => sum + line.quantity, 0);
  return async (stage: string, at: Date) => {
    if (stage === 'booked') {
      for (const [item, perPiece] of TRIMS) {
        const requiredQty = Math.ceil(pieces * perPiece);
        await p.create(UID.backendTrim, { order: p.order, item, requiredQty, receivedQty: requiredQty, checked: true });
      }
      await p.create(UID.packingList, { order: p.order, kind: 'simulated', cartons: rows(p.lines, p.sizes) });
      const late = p.demo.lateEntry;
      await p.create(UID.booking, {
        order: p.order,
        bookedAt: iso(at),
        shipMode: p.demo.shipMode,
        forwarder: p.demo.shipMode === 'air' ? 'DHL Global Forwarding' : 'Kerry Logistics (Shanghai)',
        cutoffDate: iso(addDays(at, 6)),
        docSimulatedPackingList: true,
        docCartonData: true,
        docPurchaseOrder: true,
        docTechnicalData: true,
        lateEntryRequested: !!late,
        lateEntryReason: late ?? null,
        lateEntryDate: late ? iso(addDays(at, 8)) : null,
        lateEntryApprovedBy: late ? 'DHL Global Forwarding (Ms. Zhao)' : null,
      });
    }
    if (stage === 'shipped') {
      shippedAt = at;
      const shipPct = p.demo.shipPct ?? 100;
      const shipped = p.lines.map((line) => ({ ...line, quantity: Math.floor((line.quantity * shipPct) / 100) }));
      await p.create(UID.packingList, { order: p.order, kind: 'final', cartons: rows(shipped, p.sizes) });
      const inspectedAt = iso(addDays(at, -1));
      let previous: string | null = null;
      if (p.demo.failedInspectionFirst) {
        previous = await p.create(UID.finalInspection, {
          order: p.order,
          inspectedAt: iso(addDays(at, -3)),
          criticalFound: 0,
          // Beyond the reject numbers of any lot this size (major and minor).
          majorFound: 24,
          minorFound: 30,
          cartonsPulled: 10,
          inspector: 'Buyer QA (Intertek)',
          notes: 'Open seams at side seam and uneven hems; lot re-checked by the line.',
        });
      }
      await p.create(UID.finalInspection, {
        order: p.order,
        inspectedAt,
        majorFound: 2,
        minorFound: 3,
        cartonsPulled: 10,
        inspector: previous ? 'Buyer QA (Intertek)' : 'Factory QC (Wu Jing)',
        reinspectionOf: previous,
      });
    }
    if (stage === 'completed' && shippedAt) {
      const within = (p.demo.shipPct ?? 100) >= 95;
      await p.create(UID.completionReport, {
        order: p.order,
        shippedAt: iso(shippedAt),
        reportDate: iso(addDays(shippedAt, 2)),
        planningSignedBy: 'Zhang Min (planning head)',
        tradeSignedBy: 'Li Na (trade)',
        factoryManagerSignedBy: 'Gu Hua (factory manager)',
        outsideToleranceReason: within ? null : 'Short shipped after shading rejects; buyer informed.',
        stockInSlipNo: `RK-${iso(shippedAt).replace(/-/g, '')}`,
      });
    }
  };
}
