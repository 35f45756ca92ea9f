import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { format } from 'date-fns';
import { getService } from '../../../platform/http/services';
import { query } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { date } = await validateYupSchema(query, { strict: false })(ctx.query);
    const service = getService(strapi, 'api::production-report.daily');
    ctx.body = await service.forDate(date ?? format(new Date(), 'yyyy-MM-dd'));
  },
});
