import type { Core } from '@strapi/strapi';
import type orderMaterialsService from '../services/order-materials';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const service = strapi.service('api::order.order-materials') as ReturnType<typeof orderMaterialsService>;
    ctx.body = await service.ledger(ctx.params.documentId);
  },
});
