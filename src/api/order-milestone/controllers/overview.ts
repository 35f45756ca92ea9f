import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { getService } from '../../../platform/http/services';
import { overviewQuery } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = await validateYupSchema(overviewQuery, { strict: false })(ctx.query);
    const service = getService(strapi, 'api::order-milestone.time-and-action');
    ctx.body = await service.overview({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 25 });
  },
});
