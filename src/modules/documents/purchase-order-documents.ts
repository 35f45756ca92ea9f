import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { purchaseOrderDocument } from './domain/purchase-order-document';
import { safeFileName, type DocumentLanguage } from './domain/document-model';
import { loadPurchaseOrderFacts } from './facts/materials';
import { CONTENT_TYPES, sendFile, type DocumentFile } from './order-documents';
import { renderPdf } from './render/pdf';

const query = yup.object({ language: yup.string().oneOf(['bilingual', 'en']) }).noUnknown();

/** The purchase order to its supplier as a PDF (bilingual unless asked for English only); 404 for an unknown one. */
export async function purchaseOrderFile(
  strapi: Core.Strapi,
  documentId: string,
  language: DocumentLanguage = 'bilingual'
): Promise<DocumentFile> {
  const model = purchaseOrderDocument(await loadPurchaseOrderFacts(strapi, documentId));
  return {
    body: await renderPdf(model, language),
    contentType: CONTENT_TYPES.pdf,
    fileName: `${safeFileName(model.fileName)}.pdf`,
  };
}

type Context = Parameters<Core.ControllerHandler>[0];

export async function sendPurchaseOrderDocument(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const { language } = (await validateYupSchema(query, { strict: false })(ctx.query)) as {
    language?: DocumentLanguage;
  };
  sendFile(ctx, await purchaseOrderFile(strapi, ctx.params.documentId, language));
}
