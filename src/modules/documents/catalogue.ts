import type { Core } from '@strapi/strapi';
import type { DocumentKind } from '../changes/documents';
import { commercialInvoiceDocument } from './domain/commercial-invoice-document';
import type { Bilingual, DocumentModel } from './domain/document-model';
import { inspectionReportDocument } from './domain/inspection-report-document';
import { materialSlipsDocument } from './domain/material-slips-document';
import { packingListDocument } from './domain/packing-list-document';
import { productionNoticeDocument } from './domain/production-notice-document';
import { productionPermitDocument } from './domain/production-permit-document';
import { reconciliationDocument } from './domain/reconciliation-document';
import { shippingMarks, type ShippingMarks } from './domain/shipping-marks';
import { reserveCartonNumbers } from './facts/marks';
import { loadSlipFacts } from './facts/materials';
import type { OrderFacts } from './facts/order';
import { loadCartons } from './facts/packing-list';
import { loadNoticeFacts, loadPermitFacts } from './facts/production';
import { loadInspectionFacts, loadInvoiceFacts, loadReconciliationFacts } from './facts/shipment';
import type { IssuedVersion } from './facts/versions';
import { isoDay } from '../calendar/domain/calendar-date';

export type DocumentFormat = 'pdf' | 'xlsx';

/** What a document prints: a page model, or carton labels. */
export type Printable = { kind: 'document'; model: DocumentModel } | { kind: 'labels'; labels: ShippingMarks };

/** The version a print is of (the draft before the first issue prints as v0). */
type Printing = { version: number; issuedOn: string };

export interface OrderDocumentSpec {
  title: Bilingual;
  formats: readonly DocumentFormat[];
  /** The issued document (order-document) whose versions this prints and keeps; untracked documents print the facts as they are. */
  tracks?: { kind: DocumentKind; content: string };
  /** Labels print on 4 × 6 in stock or A4 sheets of four. */
  labels?: '4x6' | 'a4';
  /** A customer downloads it from the portal (its own orders only). */
  customer?: boolean;
  make: (strapi: Core.Strapi, order: OrderFacts, printing: Printing) => Promise<Printable>;
}

const page = (model: DocumentModel): Printable => ({ kind: 'document', model });
const today = () => isoDay(new Date());

const packingList =
  (kind: 'final' | 'simulated'): OrderDocumentSpec['make'] =>
  async (strapi, order, printing) =>
    page(
      packingListDocument({
        order: order.header,
        kind,
        ...printing,
        sizes: order.sizes,
        cartons: await loadCartons(strapi, order, kind),
      })
    );

const marks = (labels: '4x6' | 'a4'): OrderDocumentSpec => ({
  title:
    labels === '4x6'
      ? { en: 'Shipping marks 4×6 in', zh: '箱唛 4×6英寸' }
      : { en: 'Shipping marks, A4 sheets', zh: '箱唛 A4' },
  formats: ['pdf'],
  tracks: { kind: 'final-packing-list', content: 'shipping-marks' },
  labels,
  make: async (strapi, order, printing) => {
    const cartons = await loadCartons(strapi, order, 'final');
    return {
      kind: 'labels',
      labels: shippingMarks({
        order: order.header,
        listKind: 'final',
        ...printing,
        sizes: order.sizes,
        cartons,
        numbering: await reserveCartonNumbers(strapi, cartons),
      }),
    };
  },
});

/** Every document an order prints, by the name its file carries (`production-notice.pdf`). */
export const ORDER_DOCUMENTS: Record<string, OrderDocumentSpec> = {
  'production-notice': {
    title: { en: 'Production notice', zh: '生产通知单' },
    formats: ['pdf'],
    tracks: { kind: 'production-notice', content: 'production-notice' },
    make: async (strapi, order, printing) =>
      page(productionNoticeDocument({ ...(await loadNoticeFacts(strapi, order)), ...printing })),
  },
  'production-permit': {
    title: { en: 'Production permit / process card', zh: '生产许可证 / 流程卡' },
    formats: ['pdf'],
    tracks: { kind: 'production-permit', content: 'production-permit' },
    make: async (strapi, order, printing) =>
      page(productionPermitDocument({ ...(await loadPermitFacts(strapi, order)), ...printing })),
  },
  'material-slips': {
    title: { en: 'Material issue / supplement slips', zh: '发料单 / 补料单' },
    formats: ['pdf'],
    make: async (strapi, order) => page(materialSlipsDocument(await loadSlipFacts(strapi, order))),
  },
  'packing-list-simulated': {
    title: { en: 'Simulated packing list', zh: '模拟装箱单' },
    formats: ['pdf', 'xlsx'],
    tracks: { kind: 'simulated-packing-list', content: 'packing-list' },
    make: packingList('simulated'),
  },
  'packing-list-final': {
    title: { en: 'Packing list', zh: '装箱单' },
    formats: ['pdf', 'xlsx'],
    tracks: { kind: 'final-packing-list', content: 'packing-list' },
    customer: true,
    make: packingList('final'),
  },
  'shipping-marks': marks('4x6'),
  'shipping-marks-a4': marks('a4'),
  'commercial-invoice': {
    title: { en: 'Commercial invoice', zh: '商业发票' },
    formats: ['pdf', 'xlsx'],
    customer: true,
    make: async (strapi, order) => page(commercialInvoiceDocument(await loadInvoiceFacts(strapi, order))),
  },
  'inspection-report': {
    title: { en: 'Final inspection report', zh: '尾查报告' },
    formats: ['pdf'],
    customer: true,
    make: async (strapi, order) => page(inspectionReportDocument(await loadInspectionFacts(strapi, order))),
  },
  reconciliation: {
    title: { en: 'Completion report and reconciliation', zh: '完单报告 / 对账单' },
    formats: ['pdf', 'xlsx'],
    customer: true,
    make: async (strapi, order) => page(reconciliationDocument(await loadReconciliationFacts(strapi, order))),
  },
};

/** Every file an order prints: `production-notice.pdf`, `packing-list-final.xlsx`, … */
export const ORDER_DOCUMENT_FILES = Object.entries(ORDER_DOCUMENTS).flatMap(([name, spec]) =>
  spec.formats.map((format) => `${name}.${format}`)
);

/** The files a customer downloads from the portal. */
export const CUSTOMER_DOCUMENT_FILES = Object.entries(ORDER_DOCUMENTS)
  .filter(([, spec]) => spec.customer)
  .flatMap(([name, spec]) => spec.formats.map((format) => `${name}.${format}`));

/** The print of a version, or of today's facts for a draft or an untracked document. */
export const printingOf = (printed: IssuedVersion | null): Printing =>
  printed ? { version: printed.version, issuedOn: printed.issuedOn } : { version: 0, issuedOn: today() };
