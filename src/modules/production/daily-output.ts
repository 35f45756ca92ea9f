import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import { rejectIf } from '../../platform/invariants/guard';
import { violation } from '../../platform/domain/violation';
import { isoDay, parseDay } from '../calendar/domain/calendar-date';
import { shiftDays, workingDaysBetween, workingWindowStart } from '../calendar/domain/factory-calendar';
import { loadStageSets } from '../workflow/stage-store';
import type { DailyOutputRow, GetDailyOutput, SaveDailyOutput } from './contracts';
import {
  checkDailyOutput,
  entriesToWrite,
  neededPerDay,
  recentRate,
  reportKey,
  type DailyOutputEntry,
  type FiledReport,
} from './domain/daily-output';
import { OPERATIONS, emptyOutput, type Operation } from './domain/progress';
import { loadProductionSettings } from './settings';

type LineRef = { id: number; documentId: string; name: string; dailyCapacity: number };
type OrderRef = {
  id: number;
  documentId: string;
  poNumber: string;
  totalQuantity: number;
  exFactoryDate: string | null;
};
interface ReportRow {
  documentId: string;
  date: string;
  operation: Operation;
  goodQty: number;
  defectQty: number | null;
  workers: number | null;
  corrections: unknown[] | null;
  line: LineRef | null;
  order: OrderRef | null;
}

const LINE = { select: ['id', 'documentId', 'name', 'dailyCapacity'] };
const ORDER = { select: ['id', 'documentId', 'poNumber', 'totalQuantity', 'exFactoryDate'] };
const REPORT = ['documentId', 'date', 'operation', 'goodQty', 'defectQty', 'workers', 'corrections'];

const pairKey = (line: { documentId: string }, order: { documentId: string }) =>
  `${line.documentId}\u0000${order.documentId}`;

/** The day's reports and those of the run-rate window before it (the rows a line carries into the day). */
async function reportsBetween(strapi: Core.Strapi, from: string, to: string): Promise<ReportRow[]> {
  return (await strapi.db.query(UID.productionReport as never).findMany({
    where: { date: { $gte: from, $lte: to } },
    select: REPORT,
    populate: { line: LINE, order: ORDER },
  })) as ReportRow[];
}

/** The orders' good pieces before the day, all lines, by operation — summed in SQL over their reports. */
async function outputBefore(strapi: Core.Strapi, orderIds: number[], date: string) {
  const byOrder = new Map<number, ReturnType<typeof emptyOutput>>();
  if (orderIds.length === 0) return byOrder;
  const rows = (await strapi.db.query(UID.productionReport as never).findMany({
    where: { date: { $lt: date }, ...linkedTo(strapi, UID.productionReport, 'order', orderIds) },
    select: ['goodQty', 'operation'],
    populate: { order: { select: ['id'] } },
  })) as Array<{ goodQty: number; operation: Operation; order: { id: number } | null }>;
  for (const row of rows) {
    if (!row.order) continue;
    const output = byOrder.get(row.order.id) ?? emptyOutput();
    output[row.operation] += Number(row.goodQty);
    byOrder.set(row.order.id, output);
  }
  return byOrder;
}

/**
 * The daily output sheet (生产日报): for a day, a row per line × order — those
 * filed that day and those the line worked in the run-rate window before it —
 * with the day's figures by operation, the order's output before the day, the
 * line's recent rate on the order and what the order still needs a day.
 */
export async function loadDailyOutput(
  strapi: Core.Strapi,
  date: string,
  now = new Date()
): Promise<GetDailyOutput.Response> {
  const settings = await loadProductionSettings(strapi);
  const day = parseDay(date);
  const since = isoDay(workingWindowStart(shiftDays(day, -1), settings.runRateDays, settings.calendar));
  const reports = (await reportsBetween(strapi, since, date)).filter((report) => report.line && report.order);

  const rows = new Map<
    string,
    DailyOutputRow & { orderId: number; recent: Array<{ date: string; goodQty: number }> }
  >();
  for (const report of reports) {
    const line = report.line!;
    const order = report.order!;
    const key = pairKey(line, order);
    const row = rows.get(key) ?? {
      line: { documentId: line.documentId, name: line.name, dailyCapacity: Number(line.dailyCapacity) },
      order: {
        documentId: order.documentId,
        poNumber: order.poNumber,
        totalQuantity: Number(order.totalQuantity ?? 0),
        exFactoryDate: order.exFactoryDate ?? null,
      },
      cells: {},
      before: emptyOutput(),
      runRate: null,
      neededPerDay: null,
      orderId: order.id,
      recent: [],
    };
    if (report.date === date) {
      row.cells[report.operation] = {
        documentId: report.documentId,
        goodQty: Number(report.goodQty),
        defectQty: Number(report.defectQty ?? 0),
        workers: report.workers === null ? null : Number(report.workers),
        corrections: Array.isArray(report.corrections) ? report.corrections.length : 0,
      };
    } else if (report.operation === 'sewing') {
      row.recent.push({ date: report.date, goodQty: Number(report.goodQty) });
    }
    rows.set(key, row);
  }

  const before = await outputBefore(strapi, [...new Set([...rows.values()].map((row) => row.orderId))], date);
  const data = [...rows.values()]
    .map(({ orderId, recent, ...row }) => {
      const done = before.get(orderId) ?? emptyOutput();
      const sewUntil = row.order.exFactoryDate
        ? shiftDays(parseDay(row.order.exFactoryDate), -settings.bufferDays)
        : null;
      return {
        ...row,
        before: done,
        runRate: recentRate(recent),
        neededPerDay: sewUntil
          ? neededPerDay(row.order.totalQuantity - done.sewing, workingDaysBetween(day, sewUntil, settings.calendar))
          : null,
      };
    })
    .sort((a, b) =>
      a.line.name === b.line.name
        ? a.order.poNumber < b.order.poNumber
          ? -1
          : 1
        : a.line.name.localeCompare(b.line.name, 'en', { numeric: true })
    );

  const [lines, orders] = await Promise.all([
    strapi.db.query(UID.productionLine as never).findMany({
      select: ['documentId', 'name', 'dailyCapacity'],
      orderBy: [{ name: 'asc' }],
    }) as Promise<Array<{ documentId: string; name: string; dailyCapacity: number }>>,
    loadStageSets(strapi).then(
      (sets) =>
        strapi.db.query(UID.order as never).findMany({
          where: { stage: { $in: sets.onTheLines } },
          select: ['documentId', 'poNumber'],
          orderBy: [{ poNumber: 'asc' }],
          limit: 2000,
        }) as Promise<Array<{ documentId: string; poNumber: string }>>
    ),
  ]);
  return {
    data: { rows: data, lines, orders },
    meta: { date, today: isoDay(now), operations: [...OPERATIONS], runRateDays: settings.runRateDays },
  };
}

type Entry = SaveDailyOutput.Request['data']['entries'][number];

/** A refusal of one entry's write, named by the entry: its fields' paths get the entry's index in front. */
function atEntry(error: unknown, index: number): unknown {
  if (!(error instanceof Error)) return error;
  const carrier = error as Error & { details?: Record<string, unknown> };
  const details = carrier.details ?? {};
  const listed = Array.isArray(details.errors) ? (details.errors as Array<{ path?: string[] }>) : null;
  carrier.details = {
    ...details,
    entry: index,
    ...(listed
      ? { errors: listed.map((item) => ({ ...item, path: ['entries', String(index), ...(item.path ?? [])] })) }
      : { path: ['entries', String(index)] }),
  };
  return carrier;
}

/**
 * Files a day of output in one transaction: every entry a new report or a
 * correction of the filed one (with its reason), through the document
 * service, so the report guard's rules (order date, output cap, one report
 * per key) and the audit hold. One refused entry files nothing.
 */
export async function saveDailyOutput(
  strapi: Core.Strapi,
  date: string,
  sent: readonly Entry[],
  now = new Date()
): Promise<SaveDailyOutput.Response> {
  const [lines, orders] = await Promise.all([
    strapi.db.query(UID.productionLine as never).findMany({
      where: { documentId: { $in: [...new Set(sent.map((entry) => entry.line))] } },
      select: ['id', 'documentId'],
    }) as Promise<Array<{ id: number; documentId: string }>>,
    strapi.db.query(UID.order as never).findMany({
      where: { documentId: { $in: [...new Set(sent.map((entry) => entry.order))] } },
      select: ['id', 'documentId'],
    }) as Promise<Array<{ id: number; documentId: string }>>,
  ]);
  const lineIds = new Set(lines.map((line) => line.documentId));
  const orderIds = new Set(orders.map((order) => order.documentId));
  rejectIf(
    sent.flatMap((entry, index) => [
      ...(lineIds.has(entry.line)
        ? []
        : [violation(['entries', index, 'line'], 'not-found', 'no such production line', '没有这条生产线')]),
      ...(orderIds.has(entry.order)
        ? []
        : [violation(['entries', index, 'order'], 'not-found', 'no such order', '没有这个订单')]),
    ])
  );

  const entries: DailyOutputEntry[] = sent.map((entry) => ({
    line: entry.line,
    order: entry.order,
    operation: entry.operation,
    goodQty: entry.goodQty,
    defectQty: entry.defectQty ?? 0,
    workers: entry.workers ?? null,
    correctionReason: entry.correctionReason?.trim() || null,
  }));
  const filedRows = (await strapi.db.query(UID.productionReport as never).findMany({
    where: {
      date,
      ...linkedTo(
        strapi,
        UID.productionReport,
        'order',
        orders.map((order) => order.id)
      ),
    },
    select: ['documentId', 'operation', 'goodQty', 'defectQty', 'workers'],
    populate: { line: { select: ['documentId'] }, order: { select: ['documentId'] } },
  })) as Array<{
    documentId: string;
    operation: Operation;
    goodQty: number;
    defectQty: number | null;
    workers: number | null;
    line: { documentId: string } | null;
    order: { documentId: string } | null;
  }>;
  const filed: Array<FiledReport & { documentId: string }> = filedRows
    .filter((row) => row.line && row.order)
    .map((row) => ({
      documentId: row.documentId,
      line: row.line!.documentId,
      order: row.order!.documentId,
      operation: row.operation,
      goodQty: Number(row.goodQty),
      defectQty: Number(row.defectQty ?? 0),
      workers: row.workers === null ? null : Number(row.workers),
    }));
  rejectIf(checkDailyOutput(date, isoDay(now), entries, filed));

  const onFile = new Map(filed.map((report) => [reportKey(report), report.documentId]));
  const toWrite = entriesToWrite(entries, filed);
  const reports = strapi.documents(UID.productionReport as never);
  await strapi.db.transaction(async () => {
    for (const entry of toWrite) {
      const index = entries.indexOf(entry);
      const counts = {
        goodQty: entry.goodQty,
        defectQty: entry.defectQty,
        ...(entry.workers === null ? {} : { workers: entry.workers }),
      };
      const documentId = onFile.get(reportKey(entry));
      try {
        if (documentId)
          await reports.update({ documentId, data: { ...counts, correctionReason: entry.correctionReason } as never });
        else
          await reports.create({
            data: { ...counts, order: entry.order, line: entry.line, date, operation: entry.operation } as never,
          });
      } catch (error) {
        throw atEntry(error, index);
      }
    }
  });
  const sheet = await loadDailyOutput(strapi, date, now);
  return { ...sheet, meta: { ...sheet.meta, written: toWrite.length } };
}
