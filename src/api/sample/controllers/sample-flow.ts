import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { UID } from '../../../constants';
import type { MoveSample, SampleFeedback } from '../../../contracts/after-sales';
import { FEEDBACK_DECISIONS } from '../../../domain/sampling/feedback';
import { SAMPLE_STATUSES } from '../../../domain/sampling/sample-flow';
import type sampleFlowService from '../services/sample-flow';
import { calendarDate } from '../../../http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const moveBody = yup
  .object({
    data: yup
      .object({
        to: yup
          .string()
          .oneOf([...SAMPLE_STATUSES])
          .required(),
        date: calendarDate(),
        expectedStatus: yup.string().oneOf([...SAMPLE_STATUSES]),
      })
      .noUnknown()
      .required(),
  })
  .required();
const feedbackBody = yup
  .object({
    data: yup
      .object({
        decision: yup
          .string()
          .oneOf([...FEEDBACK_DECISIONS])
          .required(),
        comments: yup.string().strict().nullable().max(4000),
        expectedStatus: yup.string().oneOf([...SAMPLE_STATUSES]),
      })
      .noUnknown()
      .required(),
  })
  .required();
const followUpQuery = yup.object({ days: yup.number().integer().min(0).max(90).default(7) });

const service = (strapi: Core.Strapi) =>
  strapi.service('api::sample.sample-flow') as ReturnType<typeof sampleFlowService>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async move(ctx: Context) {
    const { data } = await validateYupSchema(moveBody)(ctx.request.body);
    const { documentId, ...meta } = await service(strapi).move(
      ctx.params.documentId,
      data as MoveSample.Request['data']
    );
    const sample = await strapi.documents(UID.sample).findOne({ documentId, populate: { photos: true } });
    const sanitized = (await strapi.contentAPI.sanitize.output(sample, strapi.getModel(UID.sample), {
      auth: ctx.state.auth,
    })) as MoveSample.Response['data'];
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
    const sanitized = (await strapi.contentAPI.sanitize.output(sample, strapi.getModel(UID.sample), {
      auth: ctx.state.auth,
    })) as SampleFeedback.Response['data'];
    const response: SampleFeedback.Response = { data: sanitized, meta };
    ctx.body = response;
  },

  async followUps(ctx: Context) {
    const { days } = await validateYupSchema(followUpQuery, { strict: false })(ctx.query);
    ctx.body = await service(strapi).followUps(days);
  },
});
