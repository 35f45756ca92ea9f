import type { Core } from '@strapi/strapi';
import type orderProgressService from '../services/order-progress';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const service = strapi.service('api::order.order-progress') as ReturnType<typeof orderProgressService>;
    ctx.body = await service.progress(ctx.params.documentId);
  },
});
