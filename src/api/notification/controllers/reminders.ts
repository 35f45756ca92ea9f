import type { Core } from '@strapi/strapi';
import { validateYupSchema } from '@strapi/utils';
import { parseISO } from 'date-fns';
import type { RunReminders } from '../../../modules/reminders/contracts';
import { getService } from '../../../platform/http/services';
import { runBody } from '../validation';

type Context = Parameters<Core.ControllerHandler>[0];

/** `POST /api/reminders/run`: the daily reminder run, on demand (idempotent). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(ctx: Context) {
    const body = await validateYupSchema(runBody)((ctx.request.body ?? {}) as RunReminders.Request);
    const service = getService(strapi, 'api::notification.reminders');
    const data = await service.run({ now: body.date ? parseISO(body.date) : new Date() });
    const response: RunReminders.Response = { data };
    ctx.body = response;
  },
});
