import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { SizeRatio } from '../../../modules/shipping/domain/packing';
import { getService } from '../../../platform/http/services';
import { sanitizedDocument } from '../../../platform/http/sanitize';
import { simulateBody, toleranceQuery } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

const service = (strapi: Core.Strapi) => getService(strapi, 'api::order.order-shipping');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async tolerance(ctx: Context) {
    const { shipped } = await validateYupSchema(toleranceQuery, { strict: false })(ctx.query);
    ctx.body = await service(strapi).tolerance(ctx.params.documentId, shipped);
  },

  async simulate(ctx: Context) {
    const { data } = await validateYupSchema(simulateBody)(ctx.request.body);
    const list = await service(strapi).simulate(ctx.params.documentId, {
      ...data,
      packType: data.packType as 'solid' | 'ratio',
      ratio: data.ratio as SizeRatio | undefined,
      ratios: data.ratios as Record<string, SizeRatio> | undefined,
    });
    const sanitized = await sanitizedDocument(strapi, UID.packingList, list, ctx);
    ctx.status = 201;
    ctx.body = { data: sanitized };
  },

  async reconciliation(ctx: Context) {
    ctx.body = await service(strapi).reconciliation(ctx.params.documentId);
  },
});
