import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { format } from 'date-fns';
import type { DocumentLanguage } from '../documents/domain/document-model';
import {
  dailyReportSheet,
  expeditingSheet,
  materialsSheet,
  ordersSheet,
  remindersSheet,
  sizeBreakdownSheet,
  timeAndActionSheet,
} from './lists';
import { collectionSheet } from './collection';
import { sendWorkbook, writable, type ExportSheet, type WritableSheet } from './workbook';

type Context = Parameters<Core.ControllerHandler>[0];
const isoDate = () => yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, 'a date as yyyy-mm-dd');

/**
 * Takes `format` off a list request: `xlsx` asks for the list as a workbook,
 * `json` (or nothing) for the usual answer; anything else is a 400 naming it.
 */
export function wantsWorkbook(ctx: Context): boolean {
  const query = ctx.query as Record<string, unknown>;
  const asked = query.format;
  if (asked === undefined) return false;
  const { format: _taken, ...rest } = query;
  ctx.query = rest;
  if (asked === 'xlsx') return true;
  if (asked === 'json') return false;
  throw new errors.ValidationError('format must be xlsx or json', {
    errors: [
      { path: ['format'], message: 'format must be xlsx or json', name: 'ValidationError', rule: 'export-format' },
    ],
  });
}

const languageOf = (ctx: Context): DocumentLanguage =>
  (ctx.query as { language?: string }).language === 'en' ? 'en' : 'bilingual';
const fileName = (list: string) => `gendan_${list}_${format(new Date(), 'yyyy-MM-dd')}.xlsx`;

/**
 * A core list (`GET /api/orders?format=xlsx&filters[…]`) as a workbook: the
 * caller's filters, checked and sanitised as Strapi's own find does, every
 * row that matches — streamed, not paginated.
 */
export async function sendCollectionWorkbook(
  strapi: Core.Strapi,
  ctx: Context,
  controller: { validateQuery?(ctx: Context): Promise<void>; sanitizeQuery?(ctx: Context): Promise<unknown> },
  uid: string,
  list: string
) {
  const language = languageOf(ctx);
  const { language: _language, ...query } = ctx.query as Record<string, unknown>;
  ctx.query = query;
  await controller.validateQuery?.(ctx);
  const sanitized = ((await controller.sanitizeQuery?.(ctx)) ?? ctx.query) as { filters?: unknown };
  const { where } = strapi.get('query-params').transform(uid as never, { filters: sanitized.filters } as never) as {
    where?: Record<string, unknown>;
  };
  sendWorkbook(strapi, ctx, fileName(list), [writable(collectionSheet(strapi, uid, where ?? {}))], language);
}

/** A custom list's answer as a workbook (expediting, T&A overview). */
export const sendSheet = <Row>(strapi: Core.Strapi, ctx: Context, list: string, sheet: ExportSheet<Row>) =>
  sendWorkbook(strapi, ctx, fileName(list), [writable(sheet)], languageOf(ctx));

/** What the admin's export buttons may ask: the dashboard's filters, a date window, the expediting horizon. */
const adminQuery = yup
  .object({
    merchandiser: yup.string().matches(/^(me|\d+)$/, 'me or an admin user id'),
    customer: yup.string().max(40),
    from: isoDate(),
    to: isoDate(),
    days: yup.number().integer().min(0).max(90),
    language: yup.string().oneOf(['bilingual', 'en']),
  })
  .noUnknown();

type AdminQuery = yup.InferType<typeof adminQuery>;

/** The orders an admin export covers: the dashboard's filters (merchandiser, customer, ex-factory window). */
const orderWhere = (query: AdminQuery, userId: number | undefined): Record<string, unknown> => ({
  ...(query.merchandiser
    ? { merchandiser: { id: query.merchandiser === 'me' ? userId : Number(query.merchandiser) } }
    : {}),
  ...(query.customer ? { customer: { documentId: query.customer } } : {}),
  ...(query.from || query.to
    ? { exFactoryDate: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) } }
    : {}),
});

/** Every list a merchandiser works from, as the admin's export buttons name them. */
export const ADMIN_EXPORTS = [
  'orders',
  'size-breakdown',
  'materials',
  'expediting',
  'daily-report',
  'time-and-action',
  'reminders',
] as const;

/** `GET /merchandiser/exports/:list.xlsx`: one list as a streamed workbook; 404 for a list Gendan does not export. */
export async function sendAdminExport(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const match = /^([a-z-]+)\.xlsx$/.exec(String(ctx.params.file));
  const list = match?.[1] as (typeof ADMIN_EXPORTS)[number] | undefined;
  if (!list || !ADMIN_EXPORTS.includes(list)) throw new errors.NotFoundError('no such list');
  const query = (await validateYupSchema(adminQuery, { strict: false })(ctx.query)) as AdminQuery;
  const user = ctx.state.user as { id: number } | undefined;
  const orders = orderWhere(query, user?.id);
  const sheets: Record<(typeof ADMIN_EXPORTS)[number], () => Promise<WritableSheet> | WritableSheet> = {
    orders: () => writable(ordersSheet(strapi, orders)),
    'size-breakdown': () => writable(sizeBreakdownSheet(strapi, { order: orders })),
    materials: () =>
      writable(materialsSheet(strapi, { ...orders, stage: { $notIn: ['shipped', 'completed', 'cancelled'] } })),
    expediting: async () => writable(await expeditingSheet(strapi, query.days)),
    'daily-report': () =>
      writable(
        dailyReportSheet(strapi, {
          ...(query.from || query.to
            ? { date: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) } }
            : {}),
          ...(Object.keys(orders).length && !query.from && !query.to ? { order: orders } : {}),
        })
      ),
    'time-and-action': () =>
      writable(
        timeAndActionSheet(strapi, {
          from: query.from,
          to: query.to,
          customer: query.customer,
          merchandiser:
            query.merchandiser === 'me' ? user?.id : query.merchandiser ? Number(query.merchandiser) : undefined,
        })
      ),
    reminders: () => writable(remindersSheet(strapi, user ? { recipientUser: { id: user.id } } : { id: 0 })),
  };
  sendWorkbook(
    strapi,
    ctx,
    fileName(list),
    [await sheets[list]()],
    (query.language ?? 'bilingual') as DocumentLanguage
  );
}
