import type { Core } from '@strapi/strapi';
import { sendOrderDocument } from '../../../modules/documents/order-documents';

type Context = Parameters<Core.ControllerHandler>[0];

/** One document of an order as a file, with the name a merchandiser recognises. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  download: (ctx: Context) => sendOrderDocument(strapi, ctx),
});
