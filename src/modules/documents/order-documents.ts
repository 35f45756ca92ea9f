import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { packingListDocument } from './domain/packing-list-document';
import type { DocumentLanguage } from './domain/document-model';
import { loadPackingListFacts } from './packing-list-facts';
import { renderPdf } from './render/pdf';
import { renderXlsx } from './render/xlsx';

/** The documents an order prints, as the files the API and the admin name them. */
export const ORDER_DOCUMENT_FILES = [
  'packing-list-final.pdf',
  'packing-list-final.xlsx',
  'packing-list-simulated.pdf',
  'packing-list-simulated.xlsx',
] as const;

/** The query a document download takes: the customer's layout, bilingual (default) or English only. */
export const documentQuery = yup.object({ language: yup.string().oneOf(['bilingual', 'en']) }).noUnknown();

const FILE = /^packing-list-(final|simulated)\.(pdf|xlsx)$/;
const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface DocumentFile {
  body: Buffer;
  contentType: string;
  /** `SKJ-2611-03_packing-list-final_v2.pdf`: letters, digits and . _ - only, safe in a header. */
  fileName: string;
}

/** One document of an order as a file: 404 for a name Gendan does not print, 409 naming missing facts. */
export async function orderDocumentFile(
  strapi: Core.Strapi,
  orderDocumentId: string,
  file: string,
  language: DocumentLanguage = 'bilingual'
): Promise<DocumentFile> {
  const match = FILE.exec(file);
  if (!match) throw new errors.NotFoundError('no such document');
  const kind = match[1] as 'final' | 'simulated';
  const format = match[2] as 'pdf' | 'xlsx';
  const { facts, watermark } = await loadPackingListFacts(strapi, orderDocumentId, kind);
  const model = { ...packingListDocument(facts), watermark };
  return {
    body: format === 'pdf' ? await renderPdf(model, language) : await renderXlsx(model, language),
    contentType: TYPES[format],
    fileName: `${model.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`,
  };
}

type Context = Parameters<Core.ControllerHandler>[0];

/** Answers a download request (`/…/orders/:documentId/documents/:file?language=`) with the file. */
export async function sendOrderDocument(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const { language } = await validateYupSchema(documentQuery, { strict: false })(ctx.query);
  const file = await orderDocumentFile(
    strapi,
    ctx.params.documentId,
    String(ctx.params.file),
    (language ?? 'bilingual') as DocumentLanguage
  );
  ctx.set('Content-Type', file.contentType);
  ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
  ctx.body = file.body;
}
