import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { format } from 'date-fns';
import { query as expeditingQuery } from '../../../../../api/purchase-order/validation';
import { sendPurchaseOrderDocument } from '../../../../../modules/documents/purchase-order-documents';
import { logExpeditingNote } from '../../../../../modules/materials/expediting-log';
import { UID } from '../../../../../platform/constants';
import { calendarDate } from '../../../../../platform/http/dates';
import { getService } from '../../../../../platform/http/services';

type Context = Parameters<Core.ControllerHandler>[0];

const noteBody = yup
  .object({
    data: yup
      .object({
        date: calendarDate(),
        contact: yup.string().trim().max(100).nullable(),
        note: yup.string().max(4000).required(),
        promisedDate: calendarDate().nullable(),
      })
      .noUnknown()
      .required(),
  })
  .noUnknown();

interface PermissionChecker {
  cannot: { update(entity?: unknown): boolean };
}

/**
 * The expediting screen: the chasing list of the content API, and a chase
 * logged on its purchase order by an admin who may edit purchase orders.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const { days } = await validateYupSchema(expeditingQuery, { strict: false })(ctx.query);
    ctx.body = await getService(strapi, 'api::purchase-order.expediting').list(days);
  },

  /** The purchase order as its supplier receives it, for the expediting list's print button. */
  document: (ctx: Context) => sendPurchaseOrderDocument(strapi, ctx),

  async logNote(ctx: Context) {
    const checker = (
      strapi.plugin('content-manager').service('permission-checker') as {
        create(args: { userAbility: unknown; model: string }): PermissionChecker;
      }
    ).create({ userAbility: ctx.state.userAbility, model: UID.purchaseOrder });
    if (checker.cannot.update()) throw new errors.ForbiddenError('You may not edit purchase orders');
    const { data } = await validateYupSchema(noteBody)(ctx.request.body);
    const note = await logExpeditingNote(strapi, ctx.params.documentId, {
      date: data.date ?? format(new Date(), 'yyyy-MM-dd'),
      contact: data.contact?.trim() || null,
      note: data.note,
      promisedDate: data.promisedDate ?? null,
    });
    ctx.status = 201;
    ctx.body = { data: note };
  },
});
