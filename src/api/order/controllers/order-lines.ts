import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { OrderLineInput, ReplaceOrderLines } from '../../../modules/orders/contracts';
import { getService } from '../../../platform/http/services';
import { sanitizedDocument } from '../../../platform/http/sanitize';
import { replaceBody } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-lines');

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
    const sanitized = await sanitizedDocument<Record<string, unknown>>(strapi, UID.order, order, ctx);

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
