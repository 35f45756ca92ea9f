import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type expeditingService from '../services/expediting';

type Context = Parameters<Core.ControllerHandler>[0];

const query = yup.object({ days: yup.number().integer().min(0).max(90).default(7) });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    // Query strings are text: let yup turn "7" into 7 (strict mode would refuse it).
    const { days } = await validateYupSchema(query, { strict: false })(ctx.query);
    const service = strapi.service('api::purchase-order.expediting') as ReturnType<typeof expeditingService>;
    ctx.body = await service.list(days);
  },
});
