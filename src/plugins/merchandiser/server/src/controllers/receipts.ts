import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { receiptLines } from '../../../../../modules/materials/receipt-lines';
import type { GetReceiptLines } from '../../../shared/contracts/receipts';

type Context = Parameters<Core.ControllerHandler>[0];

const linesQuery = yup.object({ q: yup.string().trim().max(100) }).noUnknown();

/**
 * The receipt inspection screen's reads. It saves through the Content
 * Manager's own endpoint, so the admin's permissions and every receipt rule
 * hold as for the form.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async lines(ctx: Context) {
    const { q } = await validateYupSchema(linesQuery, { strict: false })(ctx.query);
    const body: GetReceiptLines.Response = { data: await receiptLines(strapi, q) };
    ctx.body = body;
  },
});
