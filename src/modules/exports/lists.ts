import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { getService } from '../../platform/http/services';
import type { ExpeditingItem } from '../materials/contracts';
import { loadMaterialFacts } from '../materials/facts';
import type { OrderTimeline } from '../time-and-action/contracts';
import { asDate, type ExportColumn } from './domain/columns';
import { collectionSheet } from './collection';
import { inBatches, once, type ExportSheet } from './workbook';

const DATE = 'yyyy-mm-dd';
const col = <Row>(en: string, zh: string, value: ExportColumn<Row>['value'], format?: string): ExportColumn<Row> => ({
  header: { en, zh },
  value,
  format,
});

/** Orders (订单), every field: the schema's columns, CTB fields included. */
export const ordersSheet = (strapi: Core.Strapi, where: Record<string, unknown>) =>
  named(collectionSheet(strapi, UID.order, where), { en: 'Orders', zh: '订单' });

/** Size breakdowns (尺码分配): a row per order × colour × size. */
export const sizeBreakdownSheet = (strapi: Core.Strapi, where: Record<string, unknown>) =>
  named(collectionSheet(strapi, UID.orderLine, where), { en: 'Size breakdown', zh: '尺码分配' });

/** The daily production report (生产日报): a row per line × order × operation × day. */
export const dailyReportSheet = (strapi: Core.Strapi, where: Record<string, unknown>) =>
  named(collectionSheet(strapi, UID.productionReport, where), { en: 'Daily production', zh: '生产日报' });

const named = <Row>(sheet: ExportSheet<Row>, name: ExportSheet['name']): ExportSheet<Row> => ({ ...sheet, name });

/** The expediting list (催货): open purchase lines late or due, with the last call. */
export async function expeditingSheet(strapi: Core.Strapi, days = 7): Promise<ExportSheet<ExpeditingItem>> {
  const { data } = (await getService(strapi, 'api::purchase-order.expediting').list(days)) as {
    data: ExpeditingItem[];
  };
  return {
    name: { en: 'Expediting', zh: '催货' },
    columns: [
      col('Flags', '状态', (row) => row.flags.join(', ')),
      col('Days late', '延误天数', (row) => row.daysLate),
      col('Purchase order', '采购单号', (row) => row.purchaseOrder.poNumber),
      col('Supplier', '供应商', (row) => row.supplier?.name ?? null),
      col(
        'Contact',
        '联系人',
        (row) => [row.supplier?.contact?.name, row.supplier?.contact?.phone].filter(Boolean).join(' ') || null
      ),
      col('Material', '物料', (row) => (row.material ? `${row.material.code} ${row.material.name}` : null)),
      col('Order', '订单', (row) => row.order?.poNumber ?? null),
      col('Quantity', '数量', (row) => row.line.quantity),
      col('Received', '已收', (row) => row.line.received),
      col('Outstanding', '未到', (row) => row.line.outstanding),
      col('Due', '交期', (row) => asDate(row.line.dueDate), DATE),
      col('Supplier ship date', '供应商发货日', (row) => asDate(row.line.supplierShipDate), DATE),
      col('Last call', '最近催货', (row) => asDate(row.lastNote?.date), DATE),
      col('Promised', '承诺日期', (row) => asDate(row.lastNote?.promisedDate), DATE),
      col('Note', '记录', (row) => row.lastNote?.note ?? null),
    ],
    rows: once(data),
  };
}

type TimelineRow = { timeline: OrderTimeline; milestone: OrderTimeline['milestones'][number] };

/** The T&A overview (生产进度计划表): a row per order × milestone, planned, projected and actual. */
export function timeAndActionSheet(
  strapi: Core.Strapi,
  query: { from?: string; to?: string; merchandiser?: number; customer?: string }
): ExportSheet<TimelineRow> {
  async function* pages(): AsyncGenerator<TimelineRow[]> {
    const service = getService(strapi, 'api::order-milestone.time-and-action');
    for (let page = 1; ; page += 1) {
      const answer = (await service.overview({ ...query, page, pageSize: 100 })) as {
        data: OrderTimeline[];
        meta: { pagination: { pageCount: number } };
      };
      yield answer.data.flatMap((timeline) => timeline.milestones.map((milestone) => ({ timeline, milestone })));
      if (page >= answer.meta.pagination.pageCount) return;
    }
  }
  return {
    name: { en: 'T&A overview', zh: '生产进度计划' },
    columns: [
      col('PO number', '客户订单号', (row) => row.timeline.order.poNumber),
      col('Customer', '客户', (row) => row.timeline.order.customer?.name ?? null),
      col('Merchandiser', '跟单员', (row) => row.timeline.order.merchandiser?.name ?? null),
      col('Ex-factory', '出厂日期', (row) => asDate(row.timeline.order.exFactoryDate), DATE),
      col('At risk', '有风险', (row) => row.timeline.risk.atRisk),
      col('Milestone', '节点', (row) => row.milestone.name),
      col('Milestone (zh)', '节点名称', (row) => row.milestone.nameZh),
      col('Department', '部门', (row) => row.milestone.department),
      col('Planned', '计划', (row) => asDate(row.milestone.plannedDate), DATE),
      col('Projected', '预计', (row) => asDate(row.milestone.projectedDate), DATE),
      col('Actual', '实际', (row) => asDate(row.milestone.actualDate), DATE),
      col('Status', '状态', (row) => row.milestone.status),
      col('Slack days', '余量天数', (row) => row.milestone.slackDays),
    ],
    rows: pages(),
  };
}

type MaterialRow = { poNumber: string } & Awaited<ReturnType<typeof loadMaterialFacts>>['ledger'][number];

/** Materials status (物料跟进): per order and material, required to issued and what is short. */
export function materialsSheet(strapi: Core.Strapi, where: Record<string, unknown>): ExportSheet<MaterialRow> {
  async function* rows(): AsyncGenerator<MaterialRow[]> {
    for await (const orders of inBatches<{ id: number; poNumber: string }>(
      strapi,
      UID.order,
      { where, select: ['id', 'poNumber'] },
      200
    )) {
      const batch: MaterialRow[] = [];
      for (const order of orders) {
        const { ledger } = await loadMaterialFacts(strapi, order.id);
        batch.push(...ledger.map((entry) => ({ poNumber: order.poNumber, ...entry })));
      }
      yield batch;
    }
  }
  return {
    name: { en: 'Materials status', zh: '物料跟进' },
    columns: [
      col('PO number', '客户订单号', (row) => row.poNumber),
      col('Code', '物料编号', (row) => row.code),
      col('Material', '物料', (row) => row.name),
      col('Unit', '单位', (row) => row.unit),
      col('Required', '需求', (row) => row.required),
      col('Ordered', '已订', (row) => row.ordered),
      col('Received', '已收', (row) => row.received),
      col('Passed', '合格', (row) => row.passed),
      col('Returned', '退货', (row) => row.returned),
      col('Issued', '已发', (row) => row.issued),
      col('Short', '欠数', (row) => row.shortfall),
      col('To order', '待订', (row) => row.toOrder),
      col('Status', '状态', (row) => row.status),
      col('Next due', '下次到货', (row) => asDate(row.nextDueDate), DATE),
    ],
    rows: rows(),
  };
}

type NotificationRow = Record<string, unknown> & { id: number };

/** Reminders (提醒): the notifications Gendan sent this user or department. */
export function remindersSheet(strapi: Core.Strapi, where: Record<string, unknown>): ExportSheet<NotificationRow> {
  return {
    name: { en: 'Reminders', zh: '提醒' },
    columns: [
      col('Run date', '提醒日期', (row) => asDate(row.runDate), DATE),
      col('Type', '类型', (row) => (row.type as string | null) ?? null),
      col('Reminder', '提醒', (row) => (row.title as string | null) ?? null),
      col('Reminder (zh)', '提醒内容', (row) => (row.titleZh as string | null) ?? null),
      col('Order', '订单', (row) => (row.order as { poNumber?: string } | null)?.poNumber ?? null),
      col('Due', '到期', (row) => asDate(row.dueDate), DATE),
      col('Read', '已读', (row) => asDate(row.readAt), 'yyyy-mm-dd hh:mm'),
    ],
    rows: inBatches<NotificationRow>(strapi, UID.notification, {
      where,
      select: ['id', 'runDate', 'type', 'title', 'titleZh', 'dueDate', 'readAt'],
      populate: { order: { select: ['poNumber'] } },
    }),
  };
}
