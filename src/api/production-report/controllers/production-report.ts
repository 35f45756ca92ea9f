import { factories } from '@strapi/strapi';
import { sendCollectionWorkbook, wantsWorkbook } from '../../../modules/exports/http';

export default factories.createCoreController('api::production-report.production-report', ({ strapi }) => ({
  /** `?format=xlsx`: every row the filters match as a streamed workbook (daily-report). */
  async find(ctx) {
    if (wantsWorkbook(ctx))
      return sendCollectionWorkbook(strapi, ctx, this, 'api::production-report.production-report', 'daily-report');
    return super.find(ctx);
  },
}));
