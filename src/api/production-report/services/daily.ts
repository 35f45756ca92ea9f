import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import type { DailyReportRow, GetDailyReport } from '../../../modules/production/contracts';
import type { Operation } from '../../../modules/production/domain/progress';
import { OPERATIONS } from '../../../modules/production/domain/progress';

interface Row {
  goodQty: number;
  defectQty: number | null;
  workers: number | null;
  operation: Operation;
  order: { documentId: string; poNumber: string } | null;
  line: { documentId: string; name: string; dailyCapacity: number; factory: { name: string } | null } | null;
}

const rate = (good: number, defects: number) =>
  good + defects > 0 ? Math.round((defects / (good + defects)) * 10000) / 100 : null;

/** The day's production report (生产日报表): by line and operation, each order's pieces, defect rates. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forDate(date: string): Promise<GetDailyReport.Response> {
    const rows = (await strapi.db.query(UID.productionReport).findMany({
      where: { date },
      select: ['id', 'goodQty', 'defectQty', 'workers', 'operation'],
      populate: {
        order: { select: ['documentId', 'poNumber'] },
        line: { select: ['documentId', 'name', 'dailyCapacity'], populate: { factory: { select: ['name'] } } },
      },
    })) as Row[];

    const groups = new Map<string, DailyReportRow>();
    for (const row of rows) {
      const key = `${row.line?.name ?? ''}\u0000${OPERATIONS.indexOf(row.operation)}`;
      const group =
        groups.get(key) ??
        ({
          line: row.line
            ? {
                documentId: row.line.documentId,
                name: row.line.name,
                factory: row.line.factory?.name ?? null,
                dailyCapacity: row.line.dailyCapacity,
              }
            : null,
          operation: row.operation,
          goodQty: 0,
          defectQty: 0,
          defectRate: null,
          workers: 0,
          orders: [],
        } satisfies DailyReportRow);
      group.goodQty += Number(row.goodQty);
      group.defectQty += Number(row.defectQty ?? 0);
      group.workers = Math.max(group.workers, Number(row.workers ?? 0));
      if (row.order) {
        group.orders.push({
          documentId: row.order.documentId,
          poNumber: row.order.poNumber,
          goodQty: Number(row.goodQty),
          defectQty: Number(row.defectQty ?? 0),
        });
      }
      group.defectRate = rate(group.goodQty, group.defectQty);
      groups.set(key, group);
    }
    const data = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group);
    const goodQty = data.reduce((sum, g) => sum + g.goodQty, 0);
    const defectQty = data.reduce((sum, g) => sum + g.defectQty, 0);
    return { data, meta: { date, totals: { goodQty, defectQty, defectRate: rate(goodQty, defectQty) } } };
  },
});
