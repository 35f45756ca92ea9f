import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { UID } from '../../../constants';
import type { OrderLineInput, ReplaceOrderLines } from '../../../contracts/order-lines';
import type orderLinesService from '../services/order-lines';

type Context = Parameters<Core.ControllerHandler>[0];

/** The payload's shape; the trade rules (scale, uniqueness, quantities) are checked by the domain. */
export const replaceBody = yup
  .object({
    data: yup
      .array()
      .of(
        yup
          .object({
            colour: yup.string().strict().required(),
            size: yup.string().strict().required(),
            quantity: yup.number().strict().required(),
          })
          .noUnknown()
      )
      .required(),
    /** Why the breakdown changes; required once the order is past received (a revision). */
    reason: yup.string().strict().max(2000),
  })
  .required();

const service = (strapi: Core.Strapi) =>
  strapi.service('api::order.order-lines') as ReturnType<typeof orderLinesService>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = await service(strapi).read(ctx.params.documentId);
  },

  async replace(ctx: Context) {
    const body = await validateYupSchema(replaceBody)(ctx.request.body);
    const { summary, changes } = await service(strapi).replace(
      ctx.params.documentId,
      body.data as OrderLineInput[],
      body.reason
    );

    const order = await strapi.documents(UID.order).findOne({ documentId: ctx.params.documentId });
    const sanitized = (await strapi.contentAPI.sanitize.output(order, strapi.getModel(UID.order), {
      auth: ctx.state.auth,
    })) as Record<string, unknown>;

    const response: ReplaceOrderLines.Response = {
      data: {
        ...sanitized,
        documentId: summary.meta.order.documentId,
        totalQuantity: summary.meta.order.totalQuantity,
        lines: summary.data,
      },
      meta: { totals: summary.meta.totals, changes },
    };
    ctx.body = response;
  },
});
