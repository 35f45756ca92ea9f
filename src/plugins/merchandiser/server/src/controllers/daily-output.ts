import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { isoDay } from '../../../../../modules/calendar/domain/calendar-date';
import { loadDailyOutput, saveDailyOutput } from '../../../../../modules/production/daily-output';
import type { SaveDailyOutput } from '../../../../../modules/production/contracts';
import { OPERATIONS } from '../../../../../modules/production/domain/progress';
import { UID } from '../../../../../platform/constants';
import { calendarDate } from '../../../../../platform/http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const dayQuery = yup.object({ date: calendarDate() });

const pieces = () => yup.number().integer().min(0).max(1_000_000);
const sheetBody = yup
  .object({
    data: yup
      .object({
        date: calendarDate().required(),
        entries: yup
          .array()
          .of(
            yup
              .object({
                line: yup.string().max(64).required(),
                order: yup.string().max(64).required(),
                operation: yup
                  .string()
                  .oneOf([...OPERATIONS])
                  .required(),
                goodQty: pieces().required(),
                defectQty: pieces(),
                workers: pieces().nullable(),
                correctionReason: yup.string().max(4000).nullable(),
              })
              .noUnknown()
          )
          .min(1)
          .max(500)
          .required(),
      })
      .noUnknown()
      .required(),
  })
  .noUnknown();

interface PermissionChecker {
  cannot: { create(): boolean; update(): boolean };
}

/** The daily output sheet: read by the dashboard's readers, filed by an admin who may create and edit daily reports. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async sheet(ctx: Context) {
    const { date } = await validateYupSchema(dayQuery, { strict: false })(ctx.query);
    ctx.body = await loadDailyOutput(strapi, date ?? isoDay(new Date()));
  },

  async save(ctx: Context) {
    const checker = (
      strapi.plugin('content-manager').service('permission-checker') as {
        create(args: { userAbility: unknown; model: string }): PermissionChecker;
      }
    ).create({ userAbility: ctx.state.userAbility, model: UID.productionReport });
    if (checker.cannot.create() || checker.cannot.update())
      throw new errors.ForbiddenError('You may not file daily production reports');
    const { data } = await validateYupSchema(sheetBody)(ctx.request.body);
    // The schema checked each operation against OPERATIONS; yup types it as a string.
    ctx.body = await saveDailyOutput(strapi, data.date, data.entries as SaveDailyOutput.Request['data']['entries']);
  },
});
