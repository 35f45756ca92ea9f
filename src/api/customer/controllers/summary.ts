import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { addDays, format } from 'date-fns';
import type summaryService from '../services/summary';
import { calendarDate } from '../../../http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const date = calendarDate;
const query = yup.object({ from: date(), to: date() });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Context) {
    const { from, to } = await validateYupSchema(query, { strict: false })(ctx.query);
    const today = new Date();
    const service = strapi.service('api::customer.summary') as ReturnType<typeof summaryService>;
    ctx.body = await service.summary(
      ctx.params.documentId,
      from ?? format(addDays(today, -365), 'yyyy-MM-dd'),
      to ?? format(today, 'yyyy-MM-dd')
    );
  },
});
