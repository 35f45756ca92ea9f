import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../../platform/constants';
import { createManyLinked } from '../../platform/db/bulk-create';
import { dayOf, inCurrentTransaction, num, schemaOf } from '../../platform/db/schema';
import { isoDay } from '../calendar/domain/calendar-date';
import { emptyOutput, outputLimit, type Operation } from '../production/domain/progress';
import { loadProductionSettings } from '../production/settings';
import { toleranceOf } from '../shipping/tolerance';
import { timeAndAction } from '../time-and-action/tracking';
import { RECORD_TITLES } from '../workspace/domain/record-titles';
import { labelKey } from './domain/po-mapping';
import { chunks, ordersByPo } from './orders-by-po';
import {
  REPORT_TABLE,
  filedKey,
  planReports,
  type FiledReportFact,
  type ReportFacts,
  type ReportImportPlan,
  type ReportOrderFact,
} from './domain/report-import';
import type { Sheet } from './domain/sheet';
import { readTable, type TableMapping } from './domain/table';

/**
 * The daily output sheet against the database: the lines, the orders it
 * names with their output so far and cap, the reports already filed under
 * its keys — read in a few set queries, so 20,000 rows check in seconds — and
 * the commit that files the new reports at once and corrects filed ones
 * through the document service (the correction keeps the old figures).
 */

/** Good pieces filed so far per order and operation, summed in SQL over the order's link rows. */
async function outputSoFar(strapi: Core.Strapi, orderIds: readonly number[]) {
  const s = schemaOf(strapi);
  const link = s.link(UID.productionReport, 'order');
  const done = new Map<number, Record<Operation, number>>();
  for (const part of chunks(orderIds)) {
    const rows = (await inCurrentTransaction(strapi, (knex) =>
      knex(s.table(UID.productionReport))
        .join(link.table, link.from, `${s.table(UID.productionReport)}.id`)
        .whereIn(link.to, part)
        .groupBy(link.to, s.col(UID.productionReport, 'operation'))
        .select({ order: link.to, operation: s.col(UID.productionReport, 'operation') })
        .sum({ good: s.col(UID.productionReport, 'goodQty') })
    )) as Array<{
      order: number;
      operation: Operation;
      good: unknown;
    }>;
    for (const row of rows) {
      const output = done.get(Number(row.order)) ?? emptyOutput();
      output[row.operation] = num(row.good);
      done.set(Number(row.order), output);
    }
  }
  return done;
}

/** The reports filed for these orders between two days, keyed as the sheet's rows. */
async function filedBetween(strapi: Core.Strapi, orderIds: readonly number[], from: string, to: string) {
  const s = schemaOf(strapi);
  const reports = s.table(UID.productionReport);
  const byOrder = s.link(UID.productionReport, 'order');
  const byLine = s.link(UID.productionReport, 'line');
  const filed = new Map<string, FiledReportFact>();
  for (const part of chunks(orderIds)) {
    const rows = (await inCurrentTransaction(strapi, (knex) =>
      knex(reports)
        .join(byOrder.table, byOrder.from, `${reports}.id`)
        .join(byLine.table, byLine.from, `${reports}.id`)
        .whereIn(byOrder.to, part)
        .whereBetween(s.col(UID.productionReport, 'date'), [from, to])
        .select({
          id: `${reports}.id`,
          documentId: s.col(UID.productionReport, 'documentId'),
          order: byOrder.to,
          line: byLine.to,
          date: s.col(UID.productionReport, 'date'),
          operation: s.col(UID.productionReport, 'operation'),
          goodQty: s.col(UID.productionReport, 'goodQty'),
          defectQty: s.col(UID.productionReport, 'defectQty'),
          workers: s.col(UID.productionReport, 'workers'),
        })
    )) as Array<Record<string, unknown>>;
    for (const row of rows)
      filed.set(filedKey(Number(row.line), Number(row.order), dayOf(row.date)!, String(row.operation)), {
        id: Number(row.id),
        documentId: String(row.documentId),
        goodQty: num(row.goodQty),
        defectQty: num(row.defectQty),
        workers: row.workers === null || row.workers === undefined ? null : Number(row.workers),
      });
  }
  return filed;
}

/** The dry run: the sheet read with the mapping and checked against the lines, orders and reports on file. */
export async function dryRunReports(
  strapi: Core.Strapi,
  sheets: readonly Sheet[],
  mapping: TableMapping,
  customerId: number | null,
  now = new Date()
): Promise<ReportImportPlan> {
  const read = readTable(sheets, REPORT_TABLE, mapping);
  const lines = (await strapi.db.query(UID.productionLine).findMany({
    select: ['id', 'documentId', 'name'],
  })) as Array<{ id: number; documentId: string; name: string }>;
  const orders = await ordersByPo(
    strapi,
    read.rows.map((row) => String(row.values.poNumber?.value ?? '')),
    customerId
  );
  const settings = await loadProductionSettings(strapi);
  const done = await outputSoFar(
    strapi,
    orders.map((order) => order.id)
  );
  const byPo = new Map<string, ReportOrderFact>();
  const ambiguous = new Set<string>();
  for (const order of orders) {
    const key = labelKey(order.poNumber);
    if (byPo.has(key)) ambiguous.add(key);
    const tolerance = await toleranceOf(strapi, order.id);
    const ordered = Number(order.totalQuantity ?? 0);
    byPo.set(key, {
      id: order.id,
      documentId: order.documentId,
      poNumber: order.poNumber,
      orderDate: dayOf(order.orderDate),
      ordered,
      limit: outputLimit(ordered, { overPct: tolerance.overPct, margin: settings.cap.margin }),
      done: done.get(order.id) ?? emptyOutput(),
    });
  }
  for (const key of ambiguous) byPo.delete(key);
  const dates = read.rows.map((row) => row.values.date?.value).filter((d): d is string => typeof d === 'string');
  const filed = dates.length
    ? await filedBetween(
        strapi,
        [...byPo.values()].map((order) => order.id),
        dates.reduce((a, b) => (a < b ? a : b)),
        dates.reduce((a, b) => (a > b ? a : b))
      )
    : new Map<string, FiledReportFact>();
  const facts: ReportFacts = {
    today: isoDay(now),
    lines: new Map(lines.map((line) => [labelKey(line.name), line])),
    orders: byPo,
    ambiguous,
    filed,
  };
  const plan = planReports(read.rows, facts);
  return { ...plan, findings: [...read.findings, ...plan.findings] };
}

/** The locks the report guard takes, one per order × operation: parallel writers of the same counts wait. */
export const reportLocks = (plan: ReportImportPlan) =>
  [...new Set(plan.reports.map((report) => `production:${report.order.id}:${report.operation}`))].sort();

/**
 * Files the plan inside the caller's transaction: new reports at once (the
 * plan checked them as the guard would, under its locks), corrections one by
 * one through the document service with their reason, then each order's T&A
 * brought up to date once.
 */
export async function commitReports(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  plan: ReportImportPlan,
  reason: string | null,
  createdBy: number | null,
  onProgress: (done: number) => void = () => undefined
): Promise<{ created: number; corrected: number; unchanged: number }> {
  const created = plan.reports.filter((report) => report.action === 'create');
  for (let start = 0; start < created.length; start += 2000) {
    const part = created.slice(start, start + 2000);
    await createManyLinked(
      strapi,
      trx,
      UID.productionReport,
      part.map((report) => ({
        data: {
          date: report.date,
          operation: report.operation,
          goodQty: report.goodQty,
          defectQty: report.defectQty,
          workers: report.workers,
          title: RECORD_TITLES['production-report']({
            lineName: report.line.name,
            orderPo: report.order.poNumber,
            record: { date: report.date, operation: report.operation },
          }),
          publishedAt: new Date(),
          ...(createdBy ? { createdBy, updatedBy: createdBy } : {}),
        },
        links: { order: report.order.id, line: report.line.id },
      }))
    );
    onProgress(part.length);
  }
  const corrections = plan.reports.filter((report) => report.action === 'correct');
  for (const report of corrections) {
    await strapi.documents(UID.productionReport).update({
      documentId: report.filed!.documentId,
      data: {
        goodQty: report.goodQty,
        defectQty: report.defectQty,
        ...(report.workers === null ? {} : { workers: report.workers }),
        correctionReason: report.correctionReason ?? reason,
      } as never,
    });
    onProgress(1);
  }
  for (const orderId of new Set(created.map((report) => report.order.id))) await timeAndAction(strapi).sync(orderId);
  return {
    created: created.length,
    corrected: corrections.length,
    unchanged: plan.reports.length - created.length - corrections.length,
  };
}
