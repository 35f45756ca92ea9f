import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { getService } from '../../../platform/http/services';
import { overviewQuery } from '../validation';
import { sendSheet, wantsWorkbook } from '../../../modules/exports/http';
import { timeAndActionSheet } from '../../../modules/exports/lists';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const workbook = wantsWorkbook(ctx);
    const { language: _language, ...listQuery } = ctx.query as Record<string, unknown>;
    const query = await validateYupSchema(overviewQuery, { strict: false })(workbook ? listQuery : ctx.query);
    // The workbook holds every order in the window, page by page: no page of 25.
    if (workbook) return sendSheet(strapi, ctx, 'time-and-action', timeAndActionSheet(strapi, query));
    const service = getService(strapi, 'api::order-milestone.time-and-action');
    ctx.body = await service.overview({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 25 });
  },
});
