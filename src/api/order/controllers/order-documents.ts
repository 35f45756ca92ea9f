import type { Core } from '@strapi/strapi';
import { listOrderDocuments, sendOrderDocument } from '../../../modules/documents/order-documents';

type Context = Parameters<Core.ControllerHandler>[0];

/** The order's documents, and one of them as a file with the name a merchandiser recognises. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list: async (ctx: Context) => {
    // The portal gate has checked the order is the customer's; it lists only what a customer downloads.
    const portal = ctx.state.portalFiles as readonly string[] | undefined;
    ctx.body = await listOrderDocuments(strapi, ctx.params.documentId, portal);
  },
  download: (ctx: Context) => sendOrderDocument(strapi, ctx),
});
