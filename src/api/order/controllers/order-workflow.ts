import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetWorkflow, Signoff, Transition, Waive } from '../../../modules/workflow/contracts';
import { actorOf } from '../../../modules/workflow/request-actor';
import { getService } from '../../../platform/http/services';
import { sanitizedDocument } from '../../../platform/http/sanitize';
import { signoffBody, transitionBody, waiverBody } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-workflow');

/** Thin HTTP layer over the order-workflow service: validate, call, sanitise. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const [workflow, signable] = await Promise.all([
      service(strapi).describe(ctx.params.documentId),
      service(strapi).signable(actorOf(ctx.state)),
    ]);
    const body: GetWorkflow.Response = { data: { ...workflow, signable } };
    ctx.body = body;
  },

  async transition(ctx: Context) {
    const { data } = await validateYupSchema(transitionBody)(ctx.request.body);
    const transition = await service(strapi).transition(ctx.params.documentId, data, actorOf(ctx.state));
    const order = await strapi.documents(UID.order).findOne({ documentId: ctx.params.documentId });
    const sanitized = await sanitizedDocument<Transition.Response['data']>(strapi, UID.order, order, ctx);
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
