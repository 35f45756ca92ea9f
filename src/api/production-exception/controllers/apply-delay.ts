import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import type { ApplyDelay } from '../../../modules/production/contracts';
import { actorOf } from '../../../modules/workflow/request-actor';
import { getService } from '../../../platform/http/services';
import { body } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(ctx: Context) {
    const { data } = await validateYupSchema(body)(ctx.request.body ?? {});
    const service = getService(strapi, 'api::production-exception.apply-delay');
    const response: ApplyDelay.Response = {
      data: await service.apply(ctx.params.documentId, data ?? {}, actorOf(ctx.state)),
    };
    ctx.body = response;
  },
});
