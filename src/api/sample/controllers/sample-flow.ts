import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { MoveSample, SampleFeedback } from '../../../modules/after-sales/contracts';
import { getService } from '../../../platform/http/services';
import { sanitizedDocument } from '../../../platform/http/sanitize';
import { feedbackBody, followUpQuery, moveBody } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::sample.sample-flow');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async move(ctx: Context) {
    const { data } = await validateYupSchema(moveBody)(ctx.request.body);
    const { documentId, ...meta } = await service(strapi).move(
      ctx.params.documentId,
      data as MoveSample.Request['data']
    );
    const sample = await strapi.documents(UID.sample).findOne({ documentId, populate: { photos: true } });
    const sanitized = await sanitizedDocument<MoveSample.Response['data']>(strapi, UID.sample, sample, ctx);
    const response: MoveSample.Response = { data: sanitized, meta };
    ctx.body = response;
  },

  async feedback(ctx: Context) {
    const { data } = await validateYupSchema(feedbackBody)(ctx.request.body);
    const { documentId, ...meta } = await service(strapi).feedback(
      ctx.params.documentId,
      data as SampleFeedback.Request['data']
    );
    const sample = await strapi.documents(UID.sample).findOne({ documentId, populate: { photos: true } });
    const sanitized = await sanitizedDocument<SampleFeedback.Response['data']>(strapi, UID.sample, sample, ctx);
    const response: SampleFeedback.Response = { data: sanitized, meta };
    ctx.body = response;
  },

  async followUps(ctx: Context) {
    const { days } = await validateYupSchema(followUpQuery, { strict: false })(ctx.query);
    ctx.body = await service(strapi).followUps(days);
  },
});
