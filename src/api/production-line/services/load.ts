import type { Core } from '@strapi/strapi';
import { addDays, format, parseISO, startOfDay } from 'date-fns';
import { UID } from '../../../platform/constants';
import type { GetLineLoad } from '../../../modules/production/contracts';
import { lineLoad } from '../../../modules/production/domain/line-load';
import { workingDaysBetween, workingWindowStart } from '../../../modules/calendar/domain/factory-calendar';
import { loadProductionSettings } from '../../../modules/production/settings';
import { linkedTo } from '../../../platform/db/links';

interface SewingRow {
  goodQty: number;
  line: { id: number } | null;
  order: { id: number; documentId: string; poNumber: string; totalQuantity: number; exFactoryDate: string } | null;
}

/**
 * Line load: the pieces each line must sew per working day to keep the dates of
 * the orders it is sewing (an order's remaining pieces shared between its lines
 * by their recent output), against the line's daily capacity.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(now = new Date()): Promise<GetLineLoad.Response> {
    const settings = await loadProductionSettings(strapi);
    const today = startOfDay(now);
    const since = format(workingWindowStart(today, settings.runRateDays, settings.calendar), 'yyyy-MM-dd');
    const lines = (await strapi.db.query(UID.productionLine).findMany({
      select: ['id', 'documentId', 'name', 'dailyCapacity'],
      populate: { factory: { select: ['name'] } },
      orderBy: [{ name: 'asc' }],
    })) as Array<{
      id: number;
      documentId: string;
      name: string;
      dailyCapacity: number;
      factory: { name: string } | null;
    }>;
    const recent = (await strapi.db.query(UID.productionReport).findMany({
      where: { operation: 'sewing', date: { $gte: since } },
      select: ['id', 'goodQty'],
      populate: {
        line: { select: ['id'] },
        order: { select: ['id', 'documentId', 'poNumber', 'totalQuantity', 'exFactoryDate'] },
      },
    })) as SewingRow[];
    const orderIds = [...new Set(recent.map((r) => r.order?.id).filter((id): id is number => !!id))];
    const sewnRows = (await strapi.db.query(UID.productionReport).findMany({
      where: { operation: 'sewing', ...linkedTo(strapi, UID.productionReport, 'order', orderIds) },
      select: ['id', 'goodQty'],
      populate: { order: { select: ['id'] } },
    })) as Array<{ goodQty: number; order: { id: number } | null }>;
    const sewn = new Map<number, number>();
    for (const row of sewnRows)
      if (row.order) sewn.set(row.order.id, (sewn.get(row.order.id) ?? 0) + Number(row.goodQty));
    const recentByOrder = new Map<number, number>();
    for (const row of recent)
      if (row.order) recentByOrder.set(row.order.id, (recentByOrder.get(row.order.id) ?? 0) + Number(row.goodQty));

    return {
      data: lines.map((line) => {
        const mine = new Map<number, { order: NonNullable<SewingRow['order']>; qty: number }>();
        for (const row of recent.filter((r) => r.line?.id === line.id && r.order)) {
          const entry = mine.get(row.order!.id) ?? { order: row.order!, qty: 0 };
          entry.qty += Number(row.goodQty);
          mine.set(row.order!.id, entry);
        }
        const orders = [...mine.values()].map(({ order, qty }) => {
          const remaining = Math.max(0, Number(order.totalQuantity) - (sewn.get(order.id) ?? 0));
          const sewUntil = addDays(parseISO(order.exFactoryDate), -settings.bufferDays);
          const workingDaysLeft = Math.max(1, workingDaysBetween(today, sewUntil, settings.calendar));
          const share = qty / (recentByOrder.get(order.id) || qty || 1);
          return {
            documentId: order.documentId,
            poNumber: order.poNumber,
            remaining,
            share: Math.round(share * 100) / 100,
            workingDaysLeft,
          };
        });
        const load = lineLoad(line.dailyCapacity, orders);
        return {
          line: { documentId: line.documentId, name: line.name, factory: line.factory?.name ?? null },
          ...load,
          orders,
        };
      }),
      meta: { since, today: format(today, 'yyyy-MM-dd') },
    };
  },
});
