import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { parseISO } from 'date-fns';
import type { RunReminders } from '../../../contracts/reminders';
import type remindersService from '../services/reminders';
import { calendarDate } from '../../../http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const runBody = yup.object({ date: calendarDate() }).noUnknown();

/** `POST /api/reminders/run`: the daily reminder run, on demand (idempotent). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(ctx: Context) {
    const body = await validateYupSchema(runBody)((ctx.request.body ?? {}) as RunReminders.Request);
    const service = strapi.service('api::notification.reminders') as ReturnType<typeof remindersService>;
    const data = await service.run({ now: body.date ? parseISO(body.date) : new Date() });
    const response: RunReminders.Response = { data };
    ctx.body = response;
  },
});
