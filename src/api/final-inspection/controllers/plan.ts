import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type { PlanInspection } from '../../../contracts/shipping';
import { AQLS, INSPECTION_LEVELS, samplingPlan, type Aql, type InspectionLevel } from '../../../domain/shipping/aql';

type Context = Parameters<Core.ControllerHandler>[0];

const body = yup
  .object({
    data: yup
      .object({
        lotSize: yup.number().strict().integer().min(2).required(),
        level: yup
          .string()
          .oneOf([...INSPECTION_LEVELS])
          .default('II'),
        aql: yup
          .number()
          .strict()
          .oneOf([...AQLS])
          .required(),
        keepSampleSize: yup.boolean().strict().default(false),
      })
      .noUnknown()
      .required(),
  })
  .required();

/** ISO 2859-1 single sampling plan for a lot: code letter, sample size, accept and reject numbers. */
export default () => ({
  async plan(ctx: Context) {
    const { data } = await validateYupSchema(body)(ctx.request.body);
    const response: PlanInspection.Response = {
      // Strict validation does not apply yup defaults: the level and the variant default here.
      data: samplingPlan(data.lotSize, (data.level ?? 'II') as InspectionLevel, data.aql as Aql, {
        keepSampleSize: data.keepSampleSize ?? false,
      }),
    };
    ctx.body = response;
  },
});
