import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkPortalQuery } from './domain/query';
import { violation } from '../../platform/domain/violation';
import { rejectIf } from '../../platform/invariants/guard';
import type { PortalResource } from './resources';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Row = Record<string, unknown> & { id: number };

const notFound = () => new errors.NotFoundError('Not Found');
/** Core routes name the document `:id` (its documentId). */
const documentIdOf = (ctx: Context) => String(ctx.params.id ?? '');

const documents = (strapi: Core.Strapi, uid: string) =>
  strapi.documents(uid as never) as unknown as {
    findMany(params: Record<string, unknown>): Promise<Row[]>;
    findOne(params: Record<string, unknown>): Promise<Row | null>;
    count(params: Record<string, unknown>): Promise<number>;
    create(params: Record<string, unknown>): Promise<Row>;
    update(params: Record<string, unknown>): Promise<Row | null>;
  };

const bodyData = (ctx: Context): Record<string, unknown> => {
  const data = (ctx.request.body as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    rejectIf([
      violation(['data'], 'portal-body', 'the body must be { "data": { … } }', '请求体必须为 { "data": { … } }'),
    ]);
  }
  return data as Record<string, unknown>;
};

/**
 * What a portal user gets from the core routes of its content types: the same
 * URLs and response envelope as the content API, with the query checked
 * against the resource's allow-list and every record shown through its
 * portal view. The tenant filter itself is added by the document-service
 * guard, so a query here cannot widen it.
 */
export const portalGateway = (strapi: Core.Strapi, resource: PortalResource, maxPageSize: number) => ({
  async find(ctx: Context) {
    const { query, violations } = checkPortalQuery(ctx.query as Record<string, unknown>, {
      fields: resource.filterable,
      maxPageSize,
    });
    rejectIf(violations);
    const service = documents(strapi, resource.uid);
    const [rows, total] = await Promise.all([
      service.findMany({
        filters: query.filters,
        sort: query.sort.length > 0 ? query.sort : ['id:asc'],
        populate: resource.populate,
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      service.count({ filters: query.filters }),
    ]);
    ctx.body = {
      data: await resource.project(strapi, rows),
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      },
    };
  },

  async findOne(ctx: Context) {
    rejectIf(checkPortalQuery(ctx.query as Record<string, unknown>, { fields: [], maxPageSize }).violations);
    const row = await documents(strapi, resource.uid).findOne({
      documentId: documentIdOf(ctx),
      populate: resource.populate,
    });
    if (!row) throw notFound();
    ctx.body = { data: (await resource.project(strapi, [row]))[0], meta: {} };
  },

  async create(ctx: Context) {
    const created = await documents(strapi, resource.uid).create({ data: bodyData(ctx) });
    await this.show(ctx, created.documentId as string);
    ctx.status = 201;
  },

  async update(ctx: Context) {
    const updated = await documents(strapi, resource.uid).update({
      documentId: documentIdOf(ctx),
      data: bodyData(ctx),
    });
    if (!updated) throw notFound();
    await this.show(ctx, documentIdOf(ctx));
  },

  async show(ctx: Context, documentId: string) {
    const row = await documents(strapi, resource.uid).findOne({ documentId, populate: resource.populate });
    if (!row) throw notFound();
    ctx.body = { data: (await resource.project(strapi, [row]))[0], meta: {} };
  },
});
