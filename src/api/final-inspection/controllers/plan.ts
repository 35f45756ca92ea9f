import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { PlanInspection } from '../../../modules/shipping/contracts';
import {
  inspectionPlan,
  samplingPlan,
  type Aql,
  type InspectionLevel,
  type Severity,
} from '../../../modules/quality/domain/aql';
import { customerSeverity } from '../../../modules/quality/inspection-severity';
import { body } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

/**
 * ISO 2859-1 single sampling plans for a lot: one AQL, or a plan per defect
 * class; at a severity, or at the one a customer's lots call for, with that
 * customer's sample-size variant.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async plan(ctx: Context) {
    const { data } = await validateYupSchema(body)(ctx.request.body);
    const level = (data.level ?? 'II') as InspectionLevel;
    let severity = data.severity as Severity | undefined;
    let keepSampleSize = false;
    if (data.customer) {
      const customer = (await strapi.db
        .query(UID.customer)
        .findOne({ where: { documentId: data.customer }, select: ['id', 'aqlKeepSampleSize'] })) as {
        id: number;
        aqlKeepSampleSize: boolean | null;
      } | null;
      if (!customer) throw new errors.NotFoundError(`customer ${data.customer} not found`);
      keepSampleSize = !!customer.aqlKeepSampleSize;
      severity ??= (await customerSeverity(strapi, customer.id)).severity;
    }
    const options = { severity: severity ?? 'normal', keepSampleSize };
    const variant = keepSampleSize ? 'customer-keeps-sample-size' : 'standard';
    const response: PlanInspection.Response = data.aqls
      ? { data: { ...inspectionPlan(data.lotSize, level, data.aqls, options), variant } }
      : { data: { ...samplingPlan(data.lotSize, level, data.aql as Aql, options), variant } };
    ctx.body = response;
  },
});
