import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { UID } from '../../../constants';
import type { SizeRatio } from '../../../domain/shipping/packing';
import type orderShippingService from '../services/order-shipping';

type Context = Parameters<Core.ControllerHandler>[0];

const toleranceQuery = yup.object({ shipped: yup.number().integer().min(0) });

const positive = () => yup.number().strict().moreThan(0).required();
const simulateBody = yup
  .object({
    data: yup
      .object({
        packType: yup.string().oneOf(['solid', 'ratio']).required(),
        piecesPerCarton: yup.number().strict().integer().min(1).max(1000).required(),
        carton: yup.object({ lengthCm: positive(), widthCm: positive(), heightCm: positive() }).noUnknown().required(),
        pieceWeightKg: positive(),
        cartonWeightKg: yup.number().strict().min(0),
        // size → pieces per set; the pieces and sizes are checked against the order (checkSimulationRequest)
        ratio: yup.object().default(undefined),
        ratios: yup.object().default(undefined),
      })
      .noUnknown()
      .required(),
  })
  .required();

const service = (strapi: Core.Strapi) =>
  strapi.service('api::order.order-shipping') as ReturnType<typeof orderShippingService>;

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
    const sanitized = await strapi.contentAPI.sanitize.output(list, strapi.getModel(UID.packingList), {
      auth: ctx.state.auth,
    });
    ctx.status = 201;
    ctx.body = { data: sanitized };
  },

  async reconciliation(ctx: Context) {
    ctx.body = await service(strapi).reconciliation(ctx.params.documentId);
  },
});
