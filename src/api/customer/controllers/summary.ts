import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { addDays, format } from 'date-fns';
import { getService } from '../../../platform/http/services';
import { query } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Context) {
    const { from, to } = await validateYupSchema(query, { strict: false })(ctx.query);
    const today = new Date();
    const service = getService(strapi, 'api::customer.summary');
    ctx.body = await service.summary(
      ctx.params.documentId,
      from ?? format(addDays(today, -365), 'yyyy-MM-dd'),
      to ?? format(today, 'yyyy-MM-dd')
    );
  },
});
