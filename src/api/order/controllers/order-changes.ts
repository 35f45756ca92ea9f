import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { actorOf } from '../../../modules/workflow/request-actor';
import { getService } from '../../../platform/http/services';
import { reissueBody } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-changes');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async revisions(ctx: Context) {
    ctx.body = await service(strapi).revisions(ctx.params.documentId);
  },

  async reissue(ctx: Context) {
    const { data } = await validateYupSchema(reissueBody)(ctx.request.body);
    const document = await service(strapi).reissue(
      ctx.params.documentId,
      data.kind as 'production-notice' | 'production-permit',
      actorOf(ctx.state)
    );
    ctx.status = 201;
    ctx.body = { data: document };
  },
});
