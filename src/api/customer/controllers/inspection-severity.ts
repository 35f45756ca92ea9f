import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetInspectionSeverity } from '../../../modules/shipping/contracts';
import { customerSeverity } from '../../../modules/quality/inspection-severity';

type Context = Parameters<Core.ControllerHandler>[0];

/** The severity the customer's next lot is inspected at, and every lot the switching rules read to get there. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const customer = (await strapi.db.query(UID.customer).findOne({
      where: { documentId: ctx.params.documentId },
      select: ['id', 'documentId', 'code', 'name'],
    })) as { id: number; documentId: string; code: string; name: string } | null;
    if (!customer) throw new errors.NotFoundError(`customer ${ctx.params.documentId} not found`);
    const state = await customerSeverity(strapi, customer.id);
    const body: GetInspectionSeverity.Response = {
      data: {
        customer: { documentId: customer.documentId, code: customer.code, name: customer.name },
        severity: state.severity,
        score: state.score,
        discontinued: state.discontinued,
        reducedAllowed: state.reducedAllowed,
        lots: state.lots.map((lot) => ({
          ...lot,
          order: state.lotsOf.get(lot.id)?.order ?? null,
          poNumber: state.lotsOf.get(lot.id)?.poNumber ?? null,
        })),
      },
    };
    ctx.body = body;
  },
});
