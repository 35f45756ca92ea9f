import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { replaceBody, signoffBody, transitionBody, waiverBody } from '../../../../../api/order/validation';
import type { OrderLineInput } from '../../../../../modules/orders/contracts';
import { actorOf } from '../../../../../modules/workflow/request-actor';
import { getService } from '../../../../../platform/http/services';
import type { GetOrderWorkflow } from '../../../shared/contracts/orders';
import { loadPackingEditor } from '../../../../../modules/shipping/packing-editor';
import { listOrderDocuments, sendOrderDocument } from '../../../../../modules/documents/order-documents';

type Context = Parameters<Core.ControllerHandler>[0];

const workflow = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-workflow');
const lines = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-lines');

/**
 * The order actions of the admin panel: the same services as the content API
 * (one write path), with the signed-in admin user as the actor.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async workflow(ctx: Context) {
    const [data, signable, departments] = await Promise.all([
      workflow(strapi).describe(ctx.params.documentId),
      workflow(strapi).signable(actorOf(ctx.state)),
      strapi.db.query('api::department.department').findMany({
        select: ['key', 'name', 'nameZh'],
        orderBy: { key: 'asc' },
      }) as Promise<Array<{ key: string; name: string; nameZh: string }>>,
    ]);
    const body: GetOrderWorkflow.Response = {
      data: { ...data, signable, departments: departments.map(({ key, name, nameZh }) => ({ key, name, nameZh })) },
    };
    ctx.body = body;
  },

  async transition(ctx: Context) {
    const { data } = await validateYupSchema(transitionBody)(ctx.request.body);
    const transition = await workflow(strapi).transition(ctx.params.documentId, data, actorOf(ctx.state));
    ctx.body = { data: transition };
  },

  async waive(ctx: Context) {
    const { data } = await validateYupSchema(waiverBody)(ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await workflow(strapi).waive(ctx.params.documentId, data, actorOf(ctx.state)) };
  },

  async signoff(ctx: Context) {
    const { data } = await validateYupSchema(signoffBody)(ctx.request.body);
    ctx.status = 201;
    ctx.body = {
      data: await workflow(strapi).signoff(
        ctx.params.documentId,
        { ...data, decision: data.decision as 'approved' | 'rejected' },
        actorOf(ctx.state)
      ),
    };
  },

  /** The order's documents as files, for the panel's Documents block (an admin session cannot call /api). */
  document: (ctx: Context) => sendOrderDocument(strapi, ctx),

  async documents(ctx: Context) {
    ctx.body = await listOrderDocuments(strapi, ctx.params.documentId);
  },

  async packing(ctx: Context) {
    ctx.body = await loadPackingEditor(strapi, ctx.params.documentId);
  },

  async lines(ctx: Context) {
    ctx.body = await lines(strapi).read(ctx.params.documentId);
  },

  async replaceLines(ctx: Context) {
    const body = await validateYupSchema(replaceBody)(ctx.request.body);
    const { summary, changes } = await lines(strapi).replace(
      ctx.params.documentId,
      body.data as OrderLineInput[],
      body.reason
    );
    ctx.body = { ...summary, meta: { ...summary.meta, changes } };
  },
});
