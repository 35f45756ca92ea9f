import type { Core } from '@strapi/strapi';
import { getService } from '../../../platform/http/services';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = await getService(strapi, 'api::production-line.load').load();
  },
});
