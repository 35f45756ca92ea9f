import { factories } from '@strapi/strapi';
import { sendCollectionWorkbook, wantsWorkbook } from '../../../modules/exports/http';

export default factories.createCoreController('api::order-line.order-line', ({ strapi }) => ({
  /** `?format=xlsx`: every row the filters match as a streamed workbook (size-breakdown). */
  async find(ctx) {
    if (wantsWorkbook(ctx))
      return sendCollectionWorkbook(strapi, ctx, this, 'api::order-line.order-line', 'size-breakdown');
    return super.find(ctx);
  },
}));
