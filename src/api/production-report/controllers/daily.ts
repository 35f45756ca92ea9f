import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { format } from 'date-fns';
import { calendarDate } from '../../../http/dates';
import type dailyService from '../services/daily';

type Context = Parameters<Core.ControllerHandler>[0];

const query = yup.object({ date: calendarDate() });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { date } = await validateYupSchema(query, { strict: false })(ctx.query);
    const service = strapi.service('api::production-report.daily') as ReturnType<typeof dailyService>;
    ctx.body = await service.forDate(date ?? format(new Date(), 'yyyy-MM-dd'));
  },
});
