import type { Core } from '@strapi/strapi';
import { sendAdminExport } from '../../../../../modules/exports/http';

type Context = Parameters<Core.ControllerHandler>[0];

/** Every list a merchandiser works from as a workbook, for the export button on each page. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  download: (ctx: Context) => sendAdminExport(strapi, ctx),
});
