import { figure, type Bilingual, type DocumentModel } from './document-model';
import { headerFields, versionField, type OrderHeader, type PrintedVersion, type SignoffFact } from './order-header';
import { signoffTable } from './production-notice-document';
import { sizeGridTable, type GridLine } from './size-grid';

export interface ProductionPermitFacts extends PrintedVersion {
  order: OrderHeader & { totalQuantity: number; exFactoryDate: string | null; notes: string | null };
  sizes: readonly string[];
  lines: readonly GridLine[];
  /** Every department's sign-off on the way to the permit (产前会签). */
  signoffs: readonly SignoffFact[];
  /** Special instructions: the order's notes and the processes it needs. */
  instructions: readonly Bilingual[];
}

/**
 * The production permit / process card (生产许可证 / 流程卡) that travels with
 * the work: the order, its grid, the departments' sign-offs that released it
 * and the special instructions.
 */
export function productionPermitDocument(facts: ProductionPermitFacts): DocumentModel {
  return {
    title: { en: 'Production permit / process card', zh: '生产许可证 / 流程卡' },
    fileName: `${facts.order.poNumber}_production-permit_v${facts.version}`,
    issuedOn: facts.issuedOn,
    fields: [
      ...headerFields(facts.order),
      { label: { en: 'Quantity', zh: '数量' }, value: `${figure(facts.order.totalQuantity)} pcs` },
      { label: { en: 'Ex-factory', zh: '出厂日期' }, value: facts.order.exFactoryDate ?? '' },
      versionField(facts),
    ],
    tables: [
      sizeGridTable(facts.lines, facts.sizes, { en: 'Colour × size', zh: '颜色尺码分配' }),
      signoffTable(facts.signoffs),
      {
        title: { en: 'Special instructions', zh: '特别说明' },
        columns: [{ label: { en: 'Instruction', zh: '说明' } }],
        rows: facts.instructions.map((instruction) => [instruction]),
      },
    ],
  };
}
