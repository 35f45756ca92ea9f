import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type dashboardService from '../services/dashboard';
import type { Filters } from '../queries/types';
import type { FigureKey, FigureRequest, GetFigure } from '../../../shared/contracts/dashboard';
import { calendarDate } from '../../../../../platform/http/dates';

type Context = Parameters<Core.ControllerHandler>[0];

const day = calendarDate;
const filterFields = {
  merchandiser: yup.string().matches(/^(me|\d+)$/, 'merchandiser must be "me" or an admin user id'),
  customer: yup.string().max(64),
  factory: yup.string().max(64),
  from: day(),
  to: day(),
};
const filterQuery = yup.object(filterFields).noUnknown();
const figureQuery = yup
  .object({
    ...filterFields,
    figure: yup.string().oneOf(['on-time', 'on-the-lines', 'active', 'exceptions', 'stage']).required(),
    stage: yup
      .string()
      .max(40)
      .when('figure', { is: 'stage', then: (schema) => schema.required('stage is required for the stage figure') }),
    page: yup.number().integer().min(1).max(100_000).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(20),
  })
  .noUnknown();

/** Query string → filters, "me" resolved to the signed-in admin user. */
function filtersFrom(ctx: Context, query: yup.InferType<typeof filterQuery>): Filters {
  const { merchandiser, customer, factory, from, to } = query;
  const userId = (ctx.state.user as { id: number }).id;
  return {
    customer,
    factory,
    from,
    to,
    merchandiserId: merchandiser === 'me' ? userId : merchandiser ? Number(merchandiser) : null,
  };
}

const filtersOf = async (ctx: Context) =>
  filtersFrom(ctx, await validateYupSchema(filterQuery, { strict: false })(ctx.query));

const service = (strapi: Core.Strapi) =>
  strapi.plugin('merchandiser').service('dashboard') as ReturnType<typeof dashboardService>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async kpis(ctx: Context) {
    ctx.body = { data: await service(strapi).kpis(await filtersOf(ctx)) };
  },
  /** "My orders" never hides a late order silently: the at-risk orders of other merchandisers are counted. */
  async atRisk(ctx: Context) {
    const filters = await filtersOf(ctx);
    const data = await service(strapi).atRisk(filters);
    const everyone = filters.merchandiserId ? await service(strapi).atRisk({ ...filters, merchandiserId: null }) : data;
    ctx.body = { data, meta: { otherMerchandisers: everyone.length - data.length } };
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
  /** The records behind one figure (a KPI card, a stage of the pipeline), with the dashboard's filters. */
  async figure(ctx: Context) {
    const query = await validateYupSchema(figureQuery, { strict: false })(ctx.query);
    const request: FigureRequest = {
      figure: query.figure as FigureKey,
      stage: query.stage,
      page: query.page,
      pageSize: query.pageSize,
    };
    const found = await service(strapi).figure(filtersFrom(ctx, query), request);
    const body: GetFigure.Response = {
      data: { figure: request.figure, stage: request.stage ?? null, ...found } as GetFigure.Response['data'],
      meta: {
        pagination: {
          page: request.page,
          pageSize: request.pageSize,
          pageCount: Math.ceil(found.total / request.pageSize),
          total: found.total,
        },
      },
    };
    ctx.body = body;
  },
  async filterOptions(ctx: Context) {
    ctx.body = { data: await service(strapi).filterOptions((ctx.state.user as { id: number }).id) };
  },
});
