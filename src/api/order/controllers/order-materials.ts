import type { Core } from '@strapi/strapi';
import { getService } from '../../../platform/http/services';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const service = getService(strapi, 'api::order.order-materials');
    ctx.body = await service.ledger(ctx.params.documentId);
  },
});
