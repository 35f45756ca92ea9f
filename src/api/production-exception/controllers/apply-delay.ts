import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type { ApplyDelay } from '../../../contracts/production';
import { actorOf } from '../../../workflow/actor';
import type applyDelayService from '../services/apply-delay';

type Context = Parameters<Core.ControllerHandler>[0];

const body = yup
  .object({
    data: yup
      .object({ reason: yup.string().strict().max(2000) })
      .noUnknown()
      .default({}),
  })
  .noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(ctx: Context) {
    const { data } = await validateYupSchema(body)(ctx.request.body ?? {});
    const service = strapi.service('api::production-exception.apply-delay') as ReturnType<typeof applyDelayService>;
    const response: ApplyDelay.Response = {
      data: await service.apply(ctx.params.documentId, data ?? {}, actorOf(ctx.state)),
    };
    ctx.body = response;
  },
});
