import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { parseISO } from 'date-fns';
import { overviewQuery } from '../../../../../api/order-milestone/validation';
import { calendarDate } from '../../../../../platform/http/dates';
import { getService } from '../../../../../platform/http/services';

type Context = Parameters<Core.ControllerHandler>[0];

const ta = (strapi: Core.Strapi) => getService(strapi, 'api::order-milestone.time-and-action');
const inbox = (strapi: Core.Strapi) => getService(strapi, 'api::notification.inbox');
const reminders = (strapi: Core.Strapi) => getService(strapi, 'api::notification.reminders');

const listQuery = yup
  .object({
    unread: yup.boolean().default(false),
    scope: yup.string().oneOf(['mine', 'all']).default('all'),
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(20),
  })
  .noUnknown();
const readBody = yup
  .object({ documentIds: yup.array(yup.string().required().max(40)).max(500), all: yup.boolean() })
  .noUnknown()
  .test('what', 'give documentIds or all: true', (value) => !!value.all || (value.documentIds?.length ?? 0) > 0);
const runBody = yup.object({ date: calendarDate() }).noUnknown();

const userId = (ctx: Context) => (ctx.state.user as { id: number }).id;

/** The T&A calendar and the notification inbox in the admin panel: the same services as the content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async timeline(ctx: Context) {
    ctx.body = { data: await ta(strapi).describe(ctx.params.documentId) };
  },

  async plan(ctx: Context) {
    ctx.body = await ta(strapi).planByDocumentId(ctx.params.documentId);
  },

  async overview(ctx: Context) {
    const query = await validateYupSchema(overviewQuery, { strict: false })(ctx.query);
    ctx.body = await ta(strapi).overview({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 25 });
  },

  async notifications(ctx: Context) {
    const query = await validateYupSchema(listQuery, { strict: false })(ctx.query);
    ctx.body = await inbox(strapi).list(userId(ctx), {
      unread: !!query.unread,
      scope: (query.scope ?? 'all') as 'mine' | 'all',
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  },

  async unread(ctx: Context) {
    ctx.body = { data: { unread: await inbox(strapi).unread(userId(ctx)) } };
  },

  async markRead(ctx: Context) {
    const body = await validateYupSchema(readBody)(ctx.request.body ?? {});
    ctx.body = { data: await inbox(strapi).markRead(userId(ctx), body.all ? 'all' : (body.documentIds as string[])) };
  },

  async runReminders(ctx: Context) {
    const body = await validateYupSchema(runBody)(ctx.request.body ?? {});
    ctx.body = { data: await reminders(strapi).run({ now: body.date ? parseISO(body.date) : new Date() }) };
  },
});
