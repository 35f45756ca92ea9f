import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { getService } from '../../../platform/http/services';
import { query } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    // Query strings are text: let yup turn "7" into 7 (strict mode would refuse it).
    const { days } = await validateYupSchema(query, { strict: false })(ctx.query);
    const service = getService(strapi, 'api::purchase-order.expediting');
    ctx.body = await service.list(days);
  },
});
