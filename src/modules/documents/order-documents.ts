import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { isoDay } from '../calendar/domain/calendar-date';
import { printVersion } from './archive';
import type { GetOrderDocuments, OrderDocumentEntry } from './contracts';
import { ORDER_DOCUMENTS, printingOf, type DocumentFormat, type Printable } from './catalogue';
import { safeFileName, type Bilingual, type DocumentLanguage } from './domain/document-model';
import { loadOrderFacts } from './facts/order';
import { issuedVersion } from './facts/versions';
import { renderLabels } from './render/labels';
import { renderPdf } from './render/pdf';
import { renderXlsx } from './render/xlsx';

export { ORDER_DOCUMENT_FILES, CUSTOMER_DOCUMENT_FILES } from './catalogue';

/** The query a download takes: the layout (default: the customer's) and, for an issued document, the version. */
export const documentQuery = yup
  .object({
    language: yup.string().oneOf(['bilingual', 'en']),
    version: yup.number().integer().min(1),
  })
  .noUnknown();

const FILE = /^([a-z0-9-]+)\.(pdf|xlsx)$/;
export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface DocumentFile {
  body: Buffer;
  contentType: string;
  /** `SKJ-2611-03_packing-list-final_v2.pdf`: letters, digits and . _ - only, safe in a header. */
  fileName: string;
}

export interface DocumentRequest {
  language?: DocumentLanguage;
  version?: number;
}

const render = (
  printable: Printable,
  format: DocumentFormat,
  language: DocumentLanguage,
  watermark?: Bilingual,
  labels?: '4x6' | 'a4'
) => {
  if (printable.kind === 'labels') return renderLabels(printable.labels, labels, language);
  const model = { ...printable.model, watermark };
  return format === 'pdf' ? renderPdf(model, language) : renderXlsx(model, language);
};

const fileNameOf = (printable: Printable) =>
  printable.kind === 'labels' ? printable.labels.fileName : printable.model.fileName;

/** One document of an order as a file: 404 for a name Gendan does not print, 409 naming missing facts. */
export async function orderDocumentFile(
  strapi: Core.Strapi,
  orderDocumentId: string,
  file: string,
  request: DocumentRequest = {}
): Promise<DocumentFile> {
  const match = FILE.exec(file);
  // Own names only: `constructor.pdf` is not a document.
  const spec = match && Object.hasOwn(ORDER_DOCUMENTS, match[1]) ? ORDER_DOCUMENTS[match[1]] : undefined;
  const format = match?.[2] as DocumentFormat | undefined;
  if (!spec || !format || !spec.formats.includes(format)) throw new errors.NotFoundError('no such document');
  const order = await loadOrderFacts(strapi, orderDocumentId);
  const language = request.language ?? order.language;
  const contentType = CONTENT_TYPES[format];
  if (!spec.tracks) {
    if (request.version !== undefined) throw new errors.NotFoundError(`${match![1]} has no versions`);
    const printable = await spec.make(strapi, order, printingOf(null));
    const body = await render(printable, format, language, undefined, spec.labels);
    return { body, contentType, fileName: `${safeFileName(fileNameOf(printable))}.${format}` };
  }
  const { printed, watermark, latest } = await issuedVersion(strapi, order.id, spec.tracks.kind, request.version);
  // An issued version is named before it is printed: a kept print is served without making it again.
  const fileName = safeFileName(
    `${order.header.poNumber}_${match![1]}_${printed ? `v${printed.version}` : 'draft'}.${format}`
  );
  const body = await printVersion<Printable>(strapi, {
    printed,
    latest,
    content: spec.tracks.content,
    make: () => spec.make(strapi, order, printingOf(printed)),
    render: (printable) => render(printable, format, language, watermark, spec.labels),
    file: { name: fileName, key: `${file}|${language}|${printed?.status ?? 'draft'}`, mime: contentType },
  });
  return { body, contentType, fileName };
}

type Context = Parameters<Core.ControllerHandler>[0];

/** Answers a download request (`/…/orders/:documentId/documents/:file?language=&version=`) with the file. */
export async function sendOrderDocument(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const query = (await validateYupSchema(documentQuery, { strict: false })(ctx.query)) as DocumentRequest;
  const file = await orderDocumentFile(strapi, ctx.params.documentId, String(ctx.params.file), query);
  sendFile(ctx, file);
}

export function sendFile(ctx: Context, file: DocumentFile) {
  ctx.set('Content-Type', file.contentType);
  ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
  ctx.body = file.body;
}

/** The documents of an order (a customer sees only the ones it downloads); 404 for an unknown order. */
export async function listOrderDocuments(
  strapi: Core.Strapi,
  orderDocumentId: string,
  only?: readonly string[]
): Promise<GetOrderDocuments.Response> {
  const order = await loadOrderFacts(strapi, orderDocumentId);
  const rows = (await strapi.db.query(UID.orderDocument as never).findMany({
    where: { ...linkedTo(strapi, UID.orderDocument, 'order', order.id) },
    select: ['kind', 'version', 'status', 'issuedAt'],
    orderBy: { version: 'desc' },
  })) as Array<{
    kind: string;
    version: number;
    status: OrderDocumentEntry['versions'][number]['status'];
    issuedAt: string | null;
  }>;
  const data = Object.entries(ORDER_DOCUMENTS).flatMap(([name, spec]): OrderDocumentEntry[] => {
    const files = spec.formats.map((format) => `${name}.${format}`).filter((file) => !only || only.includes(file));
    if (files.length === 0) return [];
    const versions = spec.tracks
      ? rows
          .filter((row) => row.kind === spec.tracks!.kind)
          .map((row) => ({
            version: row.version,
            status: row.status,
            issuedOn: row.issuedAt ? isoDay(new Date(row.issuedAt)) : '',
          }))
      : [];
    return [{ name, title: spec.title, files, versions }];
  });
  return { data, meta: { language: order.language } };
}
