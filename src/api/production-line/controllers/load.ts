import type { Core } from '@strapi/strapi';
import type loadService from '../services/load';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = await (strapi.service('api::production-line.load') as ReturnType<typeof loadService>).load();
  },
});
