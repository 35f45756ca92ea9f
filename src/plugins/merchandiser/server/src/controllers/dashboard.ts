import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type dashboardService from '../services/dashboard';
import type { Filters } from '../queries/types';

type Context = Parameters<Core.ControllerHandler>[0];

const day = () => yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, '${path} must be YYYY-MM-DD');
const filterQuery = yup
  .object({
    merchandiser: yup.string().matches(/^(me|\d+)$/, 'merchandiser must be "me" or an admin user id'),
    customer: yup.string().max(64),
    factory: yup.string().max(64),
    from: day(),
    to: day(),
  })
  .noUnknown();

/** Query string → filters, "me" resolved to the signed-in admin user. */
async function filtersOf(ctx: Context): Promise<Filters> {
  const { merchandiser, ...rest } = await validateYupSchema(filterQuery, { strict: false })(ctx.query);
  const userId = (ctx.state.user as { id: number }).id;
  return { ...rest, merchandiserId: merchandiser === 'me' ? userId : merchandiser ? Number(merchandiser) : null };
}

const service = (strapi: Core.Strapi) =>
  strapi.plugin('merchandiser').service('dashboard') as ReturnType<typeof dashboardService>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async kpis(ctx: Context) {
    ctx.body = { data: await service(strapi).kpis(await filtersOf(ctx)) };
  },
  async atRisk(ctx: Context) {
    ctx.body = { data: await service(strapi).atRisk(await filtersOf(ctx)) };
  },
  async due(ctx: Context) {
    ctx.body = await service(strapi).due(await filtersOf(ctx));
  },
  async outputTrend(ctx: Context) {
    ctx.body = { data: await service(strapi).outputTrend(await filtersOf(ctx)) };
  },
  async lineLoad(ctx: Context) {
    ctx.body = { data: await service(strapi).lineLoad(await filtersOf(ctx)) };
  },
  async filterOptions(ctx: Context) {
    ctx.body = { data: await service(strapi).filterOptions((ctx.state.user as { id: number }).id) };
  },
});
