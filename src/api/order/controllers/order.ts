import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import { sendCollectionWorkbook, wantsWorkbook } from '../../../modules/exports/http';

type Context = { request: { body?: unknown } };

/** `totalQuantity` is the sum of the lines: a client that tries to set it is told so, not silently ignored. */
const refuseReadOnlyTotal = (ctx: Context) => {
  const data = (ctx.request.body as { data?: Record<string, unknown> } | undefined)?.data;
  if (data && typeof data === 'object' && 'totalQuantity' in data) {
    const message =
      'totalQuantity is read-only: it is the sum of the order lines (use PUT /api/orders/:documentId/lines)';
    throw new errors.ValidationError(message, {
      errors: [{ path: ['totalQuantity'], message, name: 'ValidationError', rule: 'read-only' }],
    });
  }
};

export default factories.createCoreController(UID.order, ({ strapi }) => ({
  /** `?format=xlsx`: every order the filters match, every field, as a streamed workbook. */
  async find(ctx) {
    if (wantsWorkbook(ctx)) return sendCollectionWorkbook(strapi, ctx, this, UID.order, 'orders');
    return super.find(ctx);
  },
  async create(ctx) {
    refuseReadOnlyTotal(ctx);
    return super.create(ctx);
  },
  async update(ctx) {
    refuseReadOnlyTotal(ctx);
    return super.update(ctx);
  },
}));
