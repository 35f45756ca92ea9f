import type { Core } from '@strapi/strapi';
import { addDays, format, max } from 'date-fns';
import { UID } from '../../platform/constants';
import { requirementByMaterial, type OrderLineQuantity } from './domain/requirement';

/**
 * The demo's materials: a fabric per style and the usual trims, a consumption
 * sheet per style, and the purchasing of each order — bought, received,
 * inspected, approved for cutting and issued as its history passes the
 * material stages; open purchasing (a late PO, a supplier shipping tomorrow, a
 * lot failing shrinkage, one inspected late) for the orders still waiting.
 */
export const DEMO_MATERIALS = [
  {
    code: 'FAB-FLANNEL',
    name: 'Brushed cotton flannel 160 g/m²',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 150,
    supplier: 'HUAYANG',
    leadTimeDays: 25,
  },
  {
    code: 'FAB-QUILT',
    name: 'Nylon quilted shell 40D',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 145,
    supplier: 'HUAYANG',
    leadTimeDays: 30,
  },
  {
    code: 'FAB-DENIM',
    name: '11 oz stretch denim',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 152,
    supplier: 'JIANGNAN-DENIM',
    leadTimeDays: 35,
  },
  {
    code: 'FAB-FLEECE',
    name: 'Cotton/poly fleece 320 g/m²',
    kind: 'fabric',
    construction: 'knit',
    unit: 'm',
    widthCm: 180,
    supplier: 'HUAYANG',
    leadTimeDays: 25,
  },
  {
    code: 'FAB-TERRY',
    name: 'French terry 260 g/m²',
    kind: 'fabric',
    construction: 'knit',
    unit: 'm',
    widthCm: 175,
    supplier: 'HUAYANG',
    leadTimeDays: 25,
  },
  {
    code: 'FAB-TWILL',
    name: 'Cotton twill 7 oz',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 148,
    supplier: 'HUAYANG',
    leadTimeDays: 25,
  },
  {
    code: 'FAB-VISCOSE',
    name: 'Printed viscose challis',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 140,
    supplier: 'HUAYANG',
    leadTimeDays: 30,
  },
  {
    code: 'FAB-JERSEY',
    name: 'Organic cotton jersey 180 g/m²',
    kind: 'fabric',
    construction: 'knit',
    unit: 'm',
    widthCm: 180,
    supplier: 'HUAYANG',
    leadTimeDays: 20,
  },
  {
    code: 'FAB-TASLAN',
    name: 'Recycled polyester taslan',
    kind: 'fabric',
    construction: 'woven',
    unit: 'm',
    widthCm: 147,
    supplier: 'HUAYANG',
    leadTimeDays: 30,
  },
  {
    code: 'TRM-BUTTON',
    name: '4-hole horn-look button 18L',
    kind: 'trim',
    unit: 'pcs',
    supplier: 'WUJIN-TRIMS',
    leadTimeDays: 12,
  },
  { code: 'TRM-LABEL', name: 'Woven main label', kind: 'trim', unit: 'pcs', supplier: 'WUJIN-TRIMS', leadTimeDays: 10 },
  {
    code: 'PKG-POLYBAG',
    name: 'Recycled polybag with warning',
    kind: 'packaging',
    unit: 'pcs',
    supplier: 'CZ-CARTON',
    leadTimeDays: 7,
  },
] as const;

type BomEntry = { material: string; consumption: number; wastagePct: number; stage?: 'front' | 'back-end' };
const TRIMS: BomEntry[] = [
  { material: 'TRM-LABEL', consumption: 1, wastagePct: 2, stage: 'back-end' },
  { material: 'PKG-POLYBAG', consumption: 1, wastagePct: 1, stage: 'back-end' },
];
const fabric = (material: string, consumption: number): BomEntry => ({ material, consumption, wastagePct: 3 });

export const DEMO_BOM: Record<string, BomEntry[]> = {
  'ML-2401': [fabric('FAB-FLANNEL', 1.65), { material: 'TRM-BUTTON', consumption: 9, wastagePct: 2 }, ...TRIMS],
  'ML-2417': [fabric('FAB-QUILT', 1.3), ...TRIMS],
  'BR-5520': [fabric('FAB-DENIM', 1.35), { material: 'TRM-BUTTON', consumption: 1, wastagePct: 2 }, ...TRIMS],
  'BR-5610': [fabric('FAB-FLEECE', 1.5), ...TRIMS],
  'SK-K118': [fabric('FAB-TERRY', 0.8), ...TRIMS],
  'SK-K205': [fabric('FAB-TWILL', 0.7), ...TRIMS],
  'RW-DR31': [fabric('FAB-VISCOSE', 2.2), ...TRIMS],
  'RW-TS07': [fabric('FAB-JERSEY', 0.9), ...TRIMS],
  'NL-PK44': [fabric('FAB-TASLAN', 2.6), ...TRIMS],
};

export interface DemoMaterialRef {
  documentId: string;
  kind: string;
  supplier: string;
  widthCm: number | null;
}

type Create = (uid: string, data: Record<string, unknown>) => Promise<string>;
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export async function ensureDemoMaterials(strapi: Core.Strapi, suppliers: Map<string, string>, create: Create) {
  const materials = new Map<string, DemoMaterialRef>();
  for (const { supplier, ...material } of DEMO_MATERIALS) {
    const found = (await strapi.db
      .query(UID.material)
      .findOne({ where: { code: material.code }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    const documentId =
      found?.documentId ?? (await create(UID.material, { ...material, defaultSupplier: suppliers.get(supplier) }));
    const widthCm = 'widthCm' in material ? material.widthCm : null;
    materials.set(material.code, { documentId, kind: material.kind, supplier: suppliers.get(supplier)!, widthCm });
  }
  return materials;
}

/** Creates an order's consumption sheet and returns its requirement per material code. */
export async function createDemoBom(
  styleNo: string,
  order: string,
  lines: OrderLineQuantity[],
  materials: Map<string, DemoMaterialRef>,
  create: Create
): Promise<Map<string, number>> {
  const bom = DEMO_BOM[styleNo] ?? [];
  for (const entry of bom) {
    await create(UID.bomLine, {
      order,
      material: materials.get(entry.material)!.documentId,
      consumptionPerPiece: entry.consumption,
      wastagePct: entry.wastagePct,
      stage: entry.stage ?? 'front',
    });
  }
  return requirementByMaterial(
    lines,
    bom.map((entry) => ({
      material: entry.material,
      colour: null,
      consumptionPerPiece: entry.consumption,
      wastagePct: entry.wastagePct,
      unit: DEMO_MATERIALS.find((material) => material.code === entry.material)?.unit ?? null,
    }))
  );
}

export interface DemoPurchasing {
  order: string;
  poNumber: string;
  orderDate: Date;
  required: Map<string, number>;
  materials: Map<string, DemoMaterialRef>;
  create: Create;
}

/** Buys every material of an order: one PO per supplier, quantities rounded up with 2 % over. */
async function purchase(p: DemoPurchasing, orderedAt: Date, dueDate: Date, extra: Record<string, unknown> = {}) {
  const bySupplier = new Map<string, string[]>();
  for (const code of p.required.keys()) {
    const supplier = p.materials.get(code)!.supplier;
    bySupplier.set(supplier, [...(bySupplier.get(supplier) ?? []), code]);
  }
  const lines = new Map<string, string>();
  let index = 0;
  for (const [supplier, codes] of bySupplier) {
    index += 1;
    const po = await p.create(UID.purchaseOrder, {
      poNumber: `PUR-${p.poNumber}-${index}`,
      supplier,
      status: 'confirmed',
      orderedAt: iso(orderedAt),
      supplierConfirmedDate: iso(addDays(orderedAt, 1)),
      ...extra,
    });
    for (const code of codes) {
      lines.set(
        code,
        await p.create(UID.purchaseOrderLine, {
          purchaseOrder: po,
          order: p.order,
          material: p.materials.get(code)!.documentId,
          quantity: Math.ceil(p.required.get(code)! * 1.02),
          unitPrice: code.startsWith('FAB') ? 3.2 : 0.05,
          dueDate: iso(dueDate),
        })
      );
    }
  }
  return lines;
}

const passingInspection = (material: DemoMaterialRef, inspectedAt: Date) =>
  material.kind === 'fabric'
    ? {
        inspectedAt: iso(inspectedAt),
        shrinkageLengthPct: -2.1,
        shrinkageWidthPct: -1.2,
        measuredWidthCm: (material.widthCm ?? 150) + 1,
        fourPoint: [
          { rollNo: 'R01', length: 120, lengthUnit: 'yd', cuttableWidth: 57, widthUnit: 'in', points: 18 },
          { rollNo: 'R02', length: 118, lengthUnit: 'yd', cuttableWidth: 57, widthUnit: 'in', points: 24 },
        ],
      }
    : { inspectedAt: iso(inspectedAt) };

/**
 * Hooks for the history replay: before the order enters a material stage,
 * what the factory did for it — bought and received the materials, approved
 * cutting, issued them.
 */
export function materialHooks(p: DemoPurchasing) {
  const receipts: Array<{ documentId: string; kind: string }> = [];
  return async (stage: string, at: Date, strapi: Core.Strapi) => {
    if (stage === 'materials-in-house') {
      const arrived = max([addDays(at, -3), addDays(p.orderDate, 1)]);
      const lines = await purchase(p, max([addDays(at, -20), p.orderDate]), arrived);
      for (const [code, line] of lines) {
        const material = p.materials.get(code)!;
        const quantity = Math.ceil(p.required.get(code)! * 1.02);
        receipts.push({
          kind: material.kind,
          documentId: await p.create(UID.materialReceipt, {
            purchaseOrderLine: line,
            receivedAt: iso(arrived),
            quantity,
            rolls: material.kind === 'fabric' ? Math.ceil(quantity / 110) : null,
            ...passingInspection(material, addDays(arrived, 1)),
          }),
        });
      }
    }
    if (stage === 'permit-granted') {
      for (const receipt of receipts.filter((r) => r.kind === 'fabric')) {
        await strapi.documents(UID.materialReceipt).update({
          documentId: receipt.documentId,
          data: { cuttingApproved: true, tradeSignedOff: true } as never,
        });
      }
    }
    if (stage === 'materials-issued') {
      await p.create(UID.materialIssue, {
        order: p.order,
        issuedAt: iso(at),
        lines: [...p.required].map(([code, quantity]) => ({ material: p.materials.get(code)!.documentId, quantity })),
      });
    }
  };
}

/** Open purchasing for orders still before their materials are in house. */
export async function openPurchasing(p: DemoPurchasing, scenario: string, today: Date) {
  const day = (offset: number) => addDays(today, offset);
  if (scenario === 'late-and-inspected-late') {
    const lines = await purchase(p, day(-14), day(-3), {
      supplierShipDate: iso(day(-5)),
      expediting: [
        {
          date: iso(day(-2)),
          contact: 'Wang Lei',
          note: 'Second half of the jersey is still in dyeing; asked for a firm date.',
          promisedDate: iso(day(2)),
        },
      ],
    });
    const fabricCode = [...lines.keys()].find((code) => code.startsWith('FAB'))!;
    await p.create(UID.materialReceipt, {
      purchaseOrderLine: lines.get(fabricCode),
      receivedAt: iso(day(-8)),
      quantity: Math.round(p.required.get(fabricCode)! / 2),
      rolls: 6,
      // Inspected five days after arrival: beyond the three days of the source document.
      ...passingInspection(p.materials.get(fabricCode)!, day(-3)),
    });
  }
  if (scenario === 'ships-tomorrow-and-failed-shrinkage') {
    const lines = await purchase(p, day(-12), day(5), { supplierShipDate: iso(day(1)) });
    const fabricCode = [...lines.keys()].find((code) => code.startsWith('FAB'))!;
    const quantity = 300;
    await p.create(UID.materialReceipt, {
      purchaseOrderLine: lines.get(fabricCode),
      receivedAt: iso(day(-2)),
      quantity,
      rolls: 3,
      ...passingInspection(p.materials.get(fabricCode)!, day(-1)),
      shrinkageLengthPct: -5.5,
      rejectedQuantity: quantity,
      returnedAt: iso(day(0)),
      returnNote: 'First lot out of shrinkage (−5.5 % in length); returned to the mill for re-finishing.',
    });
  }
  if (scenario === 'open-po') {
    await purchase(p, day(-3), day(12));
  }
  if (scenario === 'supplement') {
    const fabricCode = [...p.required.keys()].find((code) => code.startsWith('FAB'))!;
    const supplement = await p.create(UID.supplementRequest, {
      order: p.order,
      material: p.materials.get(fabricCode)!.documentId,
      quantity: Math.round(p.required.get(fabricCode)! * 0.01),
      reason: 'Shading between dye lots found at cutting: panels re-cut.',
      supervisorApprovedBy: 'Gu Hua (factory manager)',
      tradeConfirmedBy: 'Li Na (trade)',
    });
    await p.create(UID.materialIssue, {
      order: p.order,
      issuedAt: iso(day(-1)),
      supplementRequest: supplement,
      lines: [
        { material: p.materials.get(fabricCode)!.documentId, quantity: Math.round(p.required.get(fabricCode)! * 0.01) },
      ],
    });
  }
}
