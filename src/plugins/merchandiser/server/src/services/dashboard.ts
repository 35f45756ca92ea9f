import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import type { DueItem, FigureRequest, GetDue, GetFilterOptions } from '../../../shared/contracts/dashboard';
import { atRiskOrders } from '../queries/at-risk';
import { dueItemId, dueItems, REMINDER_TYPES } from '../../../../../modules/reminders/domain/due';
import { loadChaseFacts } from '../../../../../modules/reminders/facts';
import { loadReminderParams } from '../../../../../modules/reminders/params';
import { loadStages } from '../../../../../modules/workflow/stage-store';
import { chaseScope } from '../queries/filters';
import { figureRecords } from '../queries/figures';
import { kpis } from '../queries/kpis';
import { lineLoads, outputTrend } from '../queries/output';
import { schemaOf } from '../queries/schema';
import type { Filters } from '../queries/types';

/** The dashboard blocks: each one request, each answered by aggregate SQL (see ../queries). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  kpis: (filters: Filters, now = new Date()) => kpis(strapi, filters, now),
  figure: (filters: Filters, request: FigureRequest, now = new Date()) => figureRecords(strapi, filters, request, now),
  atRisk: (filters: Filters, now = new Date()) => atRiskOrders(strapi, filters, now),
  /** What is due: the reminder run's own engine on the same facts, kept to the filters. */
  async due(filters: Filters, now = new Date()): Promise<GetDue.Response> {
    const params = await loadReminderParams(strapi);
    const facts = await loadChaseFacts(strapi, params, now, chaseScope(schemaOf(strapi), filters));
    const data = dueItems(facts, params, now).map((item): DueItem => ({
      id: dueItemId(item),
      kind: item.type,
      urgency: item.urgency,
      date: item.dueDate,
      days: item.days,
      order: item.order ? { documentId: item.order.documentId, poNumber: item.order.poNumber } : null,
      label: item.title,
      labelZh: item.titleZh,
      target: item.record,
    }));
    const counts = Object.fromEntries(
      REMINDER_TYPES.map((kind) => [kind, data.filter((item) => item.kind === kind).length])
    ) as GetDue.Response['meta']['counts'];
    return { data, meta: { today: format(now, 'yyyy-MM-dd'), counts } };
  },
  outputTrend: (filters: Filters, now = new Date()) => outputTrend(strapi, filters, now),
  lineLoad: (filters: Filters, now = new Date()) => lineLoads(strapi, filters, now),

  /** The choices of the filter bar, and whether the caller has orders of their own ("my orders" by default). */
  async filterOptions(userId: number): Promise<GetFilterOptions.Response['data']> {
    const s = schemaOf(strapi);
    const k = s.knex;
    const merchandiserLink = s.link('api::order.order', 'merchandiser');
    const users = (await k('admin_users')
      .select('admin_users.id', 'admin_users.firstname', 'admin_users.lastname', 'admin_users.email')
      .whereIn('admin_users.id', k(merchandiserLink.table).distinct(merchandiserLink.to))
      .orderBy('admin_users.firstname')) as Array<{
      id: number;
      firstname: string | null;
      lastname: string | null;
      email: string;
    }>;
    const customers = (await k(s.table('api::customer.customer'))
      .select({
        documentId: s.col('api::customer.customer', 'documentId'),
        code: s.col('api::customer.customer', 'code'),
        name: s.col('api::customer.customer', 'name'),
      })
      .orderBy(s.col('api::customer.customer', 'name'))) as Array<{ documentId: string; code: string; name: string }>;
    const lineFactory = s.link('api::production-line.production-line', 'factory');
    const factories = (await k(s.table('api::supplier.supplier'))
      .select({
        documentId: s.col('api::supplier.supplier', 'documentId'),
        code: s.col('api::supplier.supplier', 'code'),
        name: s.col('api::supplier.supplier', 'name'),
      })
      .whereIn(`${s.table('api::supplier.supplier')}.id`, k(lineFactory.table).distinct(lineFactory.to))
      .orderBy(s.col('api::supplier.supplier', 'name'))) as Array<{ documentId: string; code: string; name: string }>;
    return {
      merchandisers: users.map((u) => ({
        id: u.id,
        name: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email,
      })),
      customers,
      factories,
      me: { id: userId, isMerchandiser: users.some((u) => u.id === userId) },
      stages: (await loadStages(strapi)).map(({ key, name, nameZh }) => ({ key, name, nameZh })),
    };
  },
});
