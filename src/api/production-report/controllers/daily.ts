import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { format } from 'date-fns';
import type dailyService from '../services/daily';

type Context = Parameters<Core.ControllerHandler>[0];

const query = yup.object({
  date: yup
    .string()
    .matches(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
    .test('real-date', 'date must be a real calendar date', (value) => !value || !Number.isNaN(Date.parse(value))),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { date } = await validateYupSchema(query, { strict: false })(ctx.query);
    const service = strapi.service('api::production-report.daily') as ReturnType<typeof dailyService>;
    ctx.body = await service.forDate(date ?? format(new Date(), 'yyyy-MM-dd'));
  },
});
