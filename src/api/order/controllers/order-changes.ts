import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { actorOf } from '../../../workflow/actor';
import type orderChangesService from '../services/order-changes';

type Context = Parameters<Core.ControllerHandler>[0];

const reissueBody = yup
  .object({
    data: yup
      .object({ kind: yup.string().oneOf(['production-notice', 'production-permit']).required() })
      .noUnknown()
      .required(),
  })
  .required();

const service = (strapi: Core.Strapi) =>
  strapi.service('api::order.order-changes') as ReturnType<typeof orderChangesService>;

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
