import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { UID } from '../../../constants';
import type { GetWorkflow, Signoff, Transition, Waive } from '../../../contracts/workflow';
import { actorOf } from '../../../workflow/actor';
import type orderWorkflowService from '../services/order-workflow';

type Context = Parameters<Core.ControllerHandler>[0];

export const transitionBody = yup
  .object({
    data: yup
      .object({
        to: yup.string().strict().trim().required(),
        comment: yup.string().strict().nullable().max(2000),
        expectedStage: yup.string().strict().nullable(),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const signoffBody = yup
  .object({
    data: yup
      .object({
        stage: yup.string().strict().required(),
        department: yup.string().strict().required(),
        decision: yup.string().oneOf(['approved', 'rejected']).required(),
        comment: yup.string().strict().nullable().max(2000),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const waiverBody = yup
  .object({
    data: yup
      .object({
        rule: yup.string().strict().trim().required().max(60),
        reason: yup.string().strict().trim().required().max(2000),
      })
      .noUnknown()
      .required(),
  })
  .required();

const service = (strapi: Core.Strapi) =>
  strapi.service('api::order.order-workflow') as ReturnType<typeof orderWorkflowService>;

/** Thin HTTP layer over the order-workflow service: validate, call, sanitise. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const body: GetWorkflow.Response = { data: await service(strapi).describe(ctx.params.documentId) };
    ctx.body = body;
  },

  async transition(ctx: Context) {
    const { data } = await validateYupSchema(transitionBody)(ctx.request.body);
    const transition = await service(strapi).transition(ctx.params.documentId, data, actorOf(ctx.state));
    const order = await strapi.documents(UID.order).findOne({ documentId: ctx.params.documentId });
    const sanitized = (await strapi.contentAPI.sanitize.output(order, strapi.getModel(UID.order), {
      auth: ctx.state.auth,
    })) as Transition.Response['data'];
    const body: Transition.Response = { data: sanitized, meta: { transition } };
    ctx.body = body;
  },

  async waive(ctx: Context) {
    const { data } = await validateYupSchema(waiverBody)(ctx.request.body);
    const body: Waive.Response = { data: await service(strapi).waive(ctx.params.documentId, data, actorOf(ctx.state)) };
    ctx.status = 201;
    ctx.body = body;
  },

  async signoff(ctx: Context) {
    const { data } = await validateYupSchema(signoffBody)(ctx.request.body);
    const created = await service(strapi).signoff(
      ctx.params.documentId,
      { ...data, decision: data.decision as Signoff.Request['data']['decision'] },
      actorOf(ctx.state)
    );
    const body: Signoff.Response = { data: created };
    ctx.status = 201;
    ctx.body = body;
  },
});
