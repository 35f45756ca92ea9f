import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { getService } from '../../../platform/http/services';
import { query } from '../validation';
import { sendSheet, wantsWorkbook } from '../../../modules/exports/http';
import { expeditingSheet } from '../../../modules/exports/lists';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const workbook = wantsWorkbook(ctx);
    const { language: _language, ...listQuery } = ctx.query as Record<string, unknown>;
    // Query strings are text: let yup turn "7" into 7 (strict mode would refuse it).
    const { days } = await validateYupSchema(query, { strict: false })(workbook ? listQuery : ctx.query);
    if (workbook) return sendSheet(strapi, ctx, 'expediting', await expeditingSheet(strapi, days));
    const service = getService(strapi, 'api::purchase-order.expediting');
    ctx.body = await service.list(days);
  },
});
