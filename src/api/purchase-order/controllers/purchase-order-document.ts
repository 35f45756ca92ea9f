import type { Core } from '@strapi/strapi';
import { sendPurchaseOrderDocument } from '../../../modules/documents/purchase-order-documents';

type Context = Parameters<Core.ControllerHandler>[0];

/** The purchase order as the PDF its supplier receives. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  download: (ctx: Context) => sendPurchaseOrderDocument(strapi, ctx),
});
