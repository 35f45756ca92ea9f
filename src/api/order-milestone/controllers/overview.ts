import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type timeAndActionService from '../services/time-and-action';
import { calendarDate } from '../../../http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const date = calendarDate;

export const overviewQuery = yup
  .object({
    from: date(),
    to: date(),
    merchandiser: yup.number().integer().min(1),
    customer: yup.string().max(40),
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(25),
  })
  .noUnknown()
  .test('window', 'from must not be after to', (value) => !value.from || !value.to || value.from <= value.to);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = await validateYupSchema(overviewQuery, { strict: false })(ctx.query);
    const service = strapi.service('api::order-milestone.time-and-action') as ReturnType<typeof timeAndActionService>;
    ctx.body = await service.overview({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 25 });
  },
});
