import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import type { GetOrderMaterials } from '../../../modules/materials/contracts';
import { loadMaterialFacts } from '../../../modules/materials/facts';

/** Per material of an order: required, ordered, received, passed, returned, issued, shortfall, status, next due date. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ledger(documentId: string): Promise<GetOrderMaterials.Response> {
    const order = (await strapi.db.query(UID.order).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'poNumber', 'totalQuantity', 'stage'],
    })) as { id: number; documentId: string; poNumber: string; totalQuantity: number; stage: string | null } | null;
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
    const { ledger } = await loadMaterialFacts(strapi, order.id);
    const needed = ledger.filter((entry) => entry.required > 0);
    return {
      data: ledger,
      meta: {
        order: {
          documentId: order.documentId,
          poNumber: order.poNumber,
          totalQuantity: order.totalQuantity,
          stage: order.stage,
        },
        summary: {
          materials: ledger.length,
          short: needed.filter((entry) => entry.shortfall > 0).length,
          inHouse: needed.every((entry) => entry.shortfall === 0),
          issued: needed.every((entry) => entry.issued + 1e-6 >= entry.required),
        },
      },
    };
  },
});
