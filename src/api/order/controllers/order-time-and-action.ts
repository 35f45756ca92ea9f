import type { Core } from '@strapi/strapi';
import type { GetTimeAndAction } from '../../../modules/time-and-action/contracts';
import { getService } from '../../../platform/http/services';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::order-milestone.time-and-action');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const body: GetTimeAndAction.Response = { data: await service(strapi).describe(ctx.params.documentId) };
    ctx.body = body;
  },

  async plan(ctx: Context) {
    ctx.body = await service(strapi).planByDocumentId(ctx.params.documentId);
  },
});
