import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { enteredStageIssuing } from '../workflow/domain/stage-meaning';
import { loadStages } from '../workflow/stage-store';
import type { MaterialFacts, ReceiptFact } from './domain/rule-inputs';
import type { InspectionResult, MaterialKind } from './domain/inspection';
import { completeLedger, type LedgerInput } from './domain/ledger';
import { requirementByMaterial } from './domain/requirement';
import { linkedTo } from '../../platform/db/links';

interface MaterialRef {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: MaterialKind;
  unit: string;
}

const MATERIAL = { select: ['id', 'documentId', 'code', 'name', 'kind', 'unit'] };
const OPEN_PO = ['draft', 'sent', 'confirmed', 'partly-received', 'received'];
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;

/**
 * Everything an order's material follow-up reads, in a handful of queries:
 * requirement from the consumption sheet, ordered from open PO lines,
 * received / passed / returned from receipts, issued from material issues.
 */
/** Whether the order entered the stage that issues the production permit, whichever stage that is. */
export async function permitGrantedTo(strapi: Core.Strapi, orderId: number): Promise<boolean> {
  const [order, stages] = await Promise.all([
    strapi.db.query(UID.order).findOne({ where: { id: orderId }, select: ['stageDates'] }) as Promise<{
      stageDates: Record<string, string> | null;
    } | null>,
    loadStages(strapi),
  ]);
  return enteredStageIssuing(order?.stageDates, stages, 'production-permit');
}

export async function loadMaterialFacts(strapi: Core.Strapi, orderId: number): Promise<MaterialFacts> {
  const byOrder = (uid: string) => linkedTo(strapi, uid, 'order', orderId);
  const permitGranted = await permitGrantedTo(strapi, orderId);
  const [lines, bom, poLines, receipts, issues] = (await Promise.all([
    strapi.db.query(UID.orderLine).findMany({ where: byOrder(UID.orderLine), select: ['id', 'colour', 'quantity'] }),
    strapi.db.query(UID.bomLine).findMany({
      where: byOrder(UID.bomLine),
      select: ['id', 'colour', 'consumptionPerPiece', 'wastagePct', 'packSize', 'minimumOrderQty'],
      populate: { material: MATERIAL },
    }),
    strapi.db.query(UID.purchaseOrderLine).findMany({
      where: { ...byOrder(UID.purchaseOrderLine), purchaseOrder: { status: { $in: OPEN_PO } } },
      select: ['id', 'quantity', 'dueDate'],
      populate: { material: MATERIAL },
    }),
    strapi.db.query(UID.materialReceipt).findMany({
      where: byOrder(UID.materialReceipt),
      select: [
        'id',
        'quantity',
        'rejectedQuantity',
        'passedQuantity',
        'result',
        'receivedAt',
        'inspectedAt',
        'cuttingApproved',
      ],
      populate: { material: MATERIAL, purchaseOrderLine: { select: ['id'] } },
    }),
    strapi.db.query(UID.materialIssue).findMany({
      where: byOrder(UID.materialIssue),
      select: ['id', 'preIssue', 'preIssueApprovedBy'],
      populate: { lines: { populate: { material: MATERIAL } } },
    }),
  ])) as [
    Array<{ colour: string; quantity: number }>,
    Array<{
      colour: string | null;
      consumptionPerPiece: number;
      wastagePct: number | null;
      packSize: number | null;
      minimumOrderQty: number | null;
      material: MaterialRef | null;
    }>,
    Array<{ id: number; quantity: number; dueDate: string; material: MaterialRef | null }>,
    Array<{
      quantity: number;
      rejectedQuantity: number | null;
      passedQuantity: number | null;
      result: InspectionResult | null;
      receivedAt: string;
      inspectedAt: string | null;
      cuttingApproved: boolean | null;
      material: MaterialRef | null;
      purchaseOrderLine: { id: number } | null;
    }>,
    Array<{
      preIssue: boolean | null;
      preIssueApprovedBy: string | null;
      lines: Array<{ quantity: number; material: MaterialRef | null }>;
    }>,
  ];

  const materials = new Map<string, MaterialRef>();
  const remember = (material: MaterialRef | null) => {
    if (material) materials.set(material.documentId, material);
    return material?.documentId;
  };
  const required = requirementByMaterial(
    lines,
    bom.flatMap((entry) => {
      const material = remember(entry.material);
      return material
        ? [
            {
              material,
              colour: entry.colour,
              consumptionPerPiece: Number(entry.consumptionPerPiece),
              wastagePct: Number(entry.wastagePct ?? 0),
              unit: entry.material?.unit ?? null,
            },
          ]
        : [];
    })
  );
  poLines.forEach((line) => remember(line.material));
  receipts.forEach((receipt) => remember(receipt.material));
  issues.forEach((issue) => issue.lines.forEach((line) => remember(line.material)));

  const receivedOnLine = new Map<number, number>();
  for (const receipt of receipts) {
    const lineId = receipt.purchaseOrderLine?.id;
    if (lineId) receivedOnLine.set(lineId, (receivedOnLine.get(lineId) ?? 0) + Number(receipt.quantity));
  }

  const ledger: LedgerInput[] = [...materials.values()].map((material) => {
    const mine = <T extends { material: MaterialRef | null }>(rows: T[]) =>
      rows.filter((row) => row.material?.documentId === material.documentId);
    const myPoLines = mine(poLines);
    // Several BOM lines of one material (per colour): the largest pack and minimum govern the purchase.
    const myBom = mine(bom);
    const most = (values: Array<number | null>) => Math.max(0, ...values.map((v) => Number(v ?? 0))) || null;
    const myReceipts = mine(receipts);
    const openDue = myPoLines
      .filter((line) => (receivedOnLine.get(line.id) ?? 0) < Number(line.quantity))
      .map((line) => line.dueDate)
      .sort();
    return {
      material: material.documentId,
      code: material.code,
      name: material.name,
      kind: material.kind,
      unit: material.unit,
      required: required.get(material.documentId) ?? 0,
      ordered: sum(myPoLines.map((line) => Number(line.quantity))),
      received: sum(myReceipts.map((receipt) => Number(receipt.quantity))),
      passed: sum(myReceipts.map((receipt) => Number(receipt.passedQuantity ?? 0))),
      returned: sum(myReceipts.map((receipt) => Number(receipt.rejectedQuantity ?? 0))),
      issued: sum(issues.flatMap((issue) => mine(issue.lines).map((line) => Number(line.quantity)))),
      nextDueDate: openDue[0] ?? null,
      buying: {
        packSize: most(myBom.map((line) => line.packSize)),
        minimumOrderQty: most(myBom.map((line) => line.minimumOrderQty)),
      },
    };
  });

  const receiptFacts: ReceiptFact[] = receipts
    .filter((receipt) => receipt.material)
    .map((receipt) => ({
      material: receipt.material!.documentId,
      code: receipt.material!.code,
      kind: receipt.material!.kind,
      receivedAt: receipt.receivedAt,
      inspectedAt: receipt.inspectedAt,
      result: receipt.result,
      cuttingApproved: !!receipt.cuttingApproved,
      passed: Number(receipt.passedQuantity ?? 0),
    }));

  return {
    ledger: completeLedger(ledger),
    receipts: receiptFacts,
    approvedPreIssue: issues.some((issue) => issue.preIssue && !!issue.preIssueApprovedBy?.trim()),
    permitGranted,
    hasConsumptionSheet: bom.length > 0,
  };
}
