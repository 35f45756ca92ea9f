import { day, figure, signedBy, type Bilingual, type DocumentModel, type DocumentTable } from './document-model';
import {
  DECISION,
  headerFields,
  versionField,
  type OrderHeader,
  type PrintedVersion,
  type SignoffFact,
} from './order-header';
import { sizeGridTable, type GridLine } from './size-grid';

export interface ProductionNoticeFacts extends PrintedVersion {
  order: OrderHeader & {
    styleDescription: string | null;
    season: string | null;
    orderType: string | null;
    totalQuantity: number;
    orderDate: string | null;
    materialIssueDate: string | null;
    exFactoryDate: string | null;
    requiresWashing: boolean;
    requiresPrintOrEmbroidery: boolean;
    notes: string | null;
    merchandiser: string | null;
  };
  sizes: readonly string[];
  lines: readonly GridLine[];
  /** The consumption sheet with each material's requirement for the order (单耗 × 数量 × (1 + 损耗)). */
  bom: ReadonlyArray<{
    code: string;
    name: string;
    unit: string;
    colour: string | null;
    consumptionPerPiece: number;
    wastagePct: number;
    required: number;
  }>;
  /** Outside processes (外发) planned: print, embroidery, wash… */
  subcontracting: ReadonlyArray<{ process: string; supplier: string | null; quantity: number | null }>;
  /** The simulated packing list's totals, when there is one: the packing instruction. */
  packing: { cartons: number; pieces: number; piecesPerCarton: number[] } | null;
  milestones: ReadonlyArray<{ name: Bilingual; plannedDate: string | null; actualDate: string | null }>;
  signoffs: readonly SignoffFact[];
}

const yesNo = (value: boolean): Bilingual => (value ? { en: 'Yes', zh: '是' } : { en: 'No', zh: '否' });

/**
 * The production notice (生产通知单) the floor works from: the order, its
 * colour × size grid, the materials and their requirement, what goes out
 * for print, embroidery or wash, how it is packed, the key dates and the
 * departments' sign-offs with who signed and when.
 */
export function productionNoticeDocument(facts: ProductionNoticeFacts): DocumentModel {
  const { order } = facts;
  const perCarton = [...new Set(facts.packing?.piecesPerCarton ?? [])].sort((a, b) => a - b);
  return {
    title: { en: 'Production notice', zh: '生产通知单' },
    fileName: `${order.poNumber}_production-notice_v${facts.version}`,
    issuedOn: facts.issuedOn,
    fields: [
      ...headerFields(order),
      { label: { en: 'Description', zh: '款式描述' }, value: order.styleDescription ?? '' },
      { label: { en: 'Season', zh: '季节' }, value: order.season ?? '' },
      { label: { en: 'Order type', zh: '订单类型' }, value: order.orderType ?? '' },
      { label: { en: 'Quantity', zh: '数量' }, value: `${figure(order.totalQuantity)} pcs` },
      { label: { en: 'Merchandiser', zh: '跟单员' }, value: order.merchandiser ?? '' },
      versionField(facts),
    ],
    tables: [
      sizeGridTable(facts.lines, facts.sizes, { en: 'Colour × size', zh: '颜色尺码分配' }),
      {
        title: { en: 'Materials (BOM) and requirement', zh: '物料与用量' },
        columns: [
          { label: { en: 'Code', zh: '物料编号' } },
          { label: { en: 'Material', zh: '物料' } },
          { label: { en: 'Colour', zh: '颜色' } },
          { label: { en: 'Cons./pc', zh: '单耗' }, align: 'right' },
          { label: { en: 'Wastage %', zh: '损耗' }, align: 'right' },
          { label: { en: 'Required', zh: '用量' }, align: 'right' },
          { label: { en: 'Unit', zh: '单位' } },
        ],
        rows: facts.bom.map((line) => [
          line.code,
          line.name,
          line.colour ?? { en: 'all', zh: '全部' },
          figure(line.consumptionPerPiece, 4),
          figure(line.wastagePct, 1),
          figure(line.required, 2),
          line.unit,
        ]),
      },
      {
        title: { en: 'Processes', zh: '工艺要求' },
        columns: [{ label: { en: 'Process', zh: '工序' } }, { label: { en: 'Requirement', zh: '要求' } }],
        rows: [
          [{ en: 'Washing', zh: '水洗' }, yesNo(order.requiresWashing)],
          [{ en: 'Print / embroidery', zh: '印绣花' }, yesNo(order.requiresPrintOrEmbroidery)],
          ...facts.subcontracting.map((job) => [
            job.process,
            [job.supplier, job.quantity === null ? null : `${figure(job.quantity)} pcs`].filter(Boolean).join(' · '),
          ]),
          [
            { en: 'Packing', zh: '包装' },
            facts.packing
              ? `${figure(facts.packing.cartons)} ctns · ${figure(facts.packing.pieces)} pcs · ${perCarton.join('/')} pcs/ctn`
              : { en: 'per the simulated packing list', zh: '按模拟装箱单' },
          ],
        ],
      },
      {
        title: { en: 'Key dates', zh: '关键日期' },
        columns: [
          { label: { en: 'Milestone', zh: '节点' } },
          { label: { en: 'Planned', zh: '计划' } },
          { label: { en: 'Actual', zh: '实际' } },
        ],
        rows: [
          [{ en: 'Order date', zh: '下单日期' }, day(order.orderDate), ''],
          [{ en: 'Material issue', zh: '发料日期' }, day(order.materialIssueDate), ''],
          ...facts.milestones.map((m) => [m.name, day(m.plannedDate), m.actualDate ? day(m.actualDate) : '']),
          [{ en: 'Ex-factory', zh: '出厂日期' }, day(order.exFactoryDate), ''],
        ],
      },
      signoffTable(facts.signoffs),
    ],
    notes: order.notes ? [{ en: order.notes, zh: '' }] : undefined,
  };
}

/** The sign-off boxes: each department's decision, who signed, when. */
export function signoffTable(signoffs: readonly SignoffFact[]) {
  const table: DocumentTable = {
    title: { en: 'Sign-offs', zh: '会签' },
    columns: [
      { label: { en: 'Stage', zh: '阶段' } },
      { label: { en: 'Department', zh: '部门' } },
      { label: { en: 'Decision', zh: '意见' } },
      { label: { en: 'Signed by', zh: '签字' } },
      { label: { en: 'Comment', zh: '备注' } },
    ],
    rows: signoffs.map((s) => [s.stage, s.department, DECISION[s.decision], signedBy(s.by, s.at), s.comment ?? '']),
  };
  return table;
}
