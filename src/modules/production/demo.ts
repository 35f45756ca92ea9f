import type { Core } from '@strapi/strapi';
import { addDays, differenceInCalendarDays, format, startOfDay } from 'date-fns';
import { UID } from '../../platform/constants';
import { isWorkingDay, type WorkCalendar } from '../calendar/domain/factory-calendar';
import type { DemoOrder } from '../demo/demo-data';

/** Lines of the demo factory: three of our own and one at the subcontract garment factory. */
export const DEMO_LINES = [
  { name: 'Line 1', factory: null, dailyCapacity: 600, workers: 38 },
  { name: 'Line 2', factory: null, dailyCapacity: 520, workers: 34 },
  { name: 'Line 3', factory: null, dailyCapacity: 450, workers: 30 },
  { name: 'Liyang L1', factory: 'LIYANG-GF', dailyCapacity: 400, workers: 26 },
] as const;

const CALENDAR: WorkCalendar = { weeklyDaysOff: [0] };
type Create = (uid: string, data: Record<string, unknown>) => Promise<string>;
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export async function ensureDemoLines(strapi: Core.Strapi, suppliers: Map<string, string>, create: Create) {
  const lines: string[] = [];
  for (const line of DEMO_LINES) {
    const found = (await strapi.db
      .query(UID.productionLine)
      .findOne({ where: { name: line.name }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    lines.push(
      found?.documentId ??
        (await create(UID.productionLine, { ...line, factory: line.factory ? suppliers.get(line.factory) : null }))
    );
  }
  return lines;
}

const workingDays = (from: Date, to: Date) => {
  const days: Date[] = [];
  for (let i = 0; i <= differenceInCalendarDays(to, from); i += 1) {
    const day = addDays(startOfDay(from), i);
    if (isWorkingDay(day, CALENDAR)) days.push(day);
  }
  return days;
};

/** Splits `total` pieces over `count` days in whole pieces, the remainder on the first days. */
const split = (total: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));

export interface DemoProduction {
  order: string;
  ordered: number;
  line: string;
  demo: DemoOrder;
  suppliers: Map<string, string>;
  create: Create;
}

async function post(p: DemoProduction, date: Date, operation: string, goodQty: number, workers: number) {
  if (goodQty <= 0) return;
  await p.create(UID.productionReport, {
    order: p.order,
    line: p.line,
    date: iso(date),
    operation,
    goodQty,
    defectQty:
      operation === 'sewing' ? Math.round(goodQty * 0.025) : operation === 'cutting' ? 0 : Math.round(goodQty * 0.01),
    workers,
  });
}

/** Daily reports from `from` to `to`: cutting first, sewing at `rate` a day (all of it when `rate` is null), packing last. */
async function produce(p: DemoProduction, from: Date, to: Date, rate: number | null, packingShare: number) {
  const days = workingDays(from, to);
  if (days.length === 0) return;
  const cutDays = days.slice(0, Math.min(3, days.length));
  for (const [i, qty] of split(p.ordered, cutDays.length).entries()) await post(p, cutDays[i], 'cutting', qty, 6);
  const sewDays = days.length > 1 ? days.slice(1) : days;
  const sewing = rate === null ? split(p.ordered, sewDays.length) : sewDays.map(() => rate);
  let sewn = 0;
  for (const [i, wanted] of sewing.entries()) {
    const qty = Math.min(wanted, p.ordered - sewn);
    sewn += qty;
    await post(p, sewDays[i], 'sewing', qty, 30);
  }
  const packed = Math.floor(sewn * packingShare);
  const packDays = days.slice(-Math.min(3, days.length));
  for (const [i, qty] of split(packed, packDays.length).entries()) await post(p, packDays[i], 'packing', qty, 8);
}

async function sendOut(
  p: DemoProduction,
  process: 'print' | 'wash',
  supplier: string,
  sentAt: Date,
  qtySent: number,
  qtyReceived: number,
  receivedAt: Date | null
) {
  await p.create(UID.subcontractJob, {
    order: p.order,
    supplier: p.suppliers.get(supplier),
    process,
    qtySent,
    sentAt: iso(sentAt),
    dueDate: iso(addDays(sentAt, process === 'wash' ? 4 : 5)),
    qtyReceived,
    receivedAt: receivedAt ? iso(receivedAt) : null,
    defects: qtyReceived > 0 ? Math.round(qtyReceived * 0.004) : 0,
  });
}

/**
 * Hooks for the history replay: sewing starts when the order enters
 * production; print and wash go out and come back with their stages; by the
 * booking everything is cut, sewn and packed.
 */
export function productionHooks(p: DemoProduction) {
  let started: Date | null = null;
  let out: { process: 'print' | 'wash'; supplier: string; at: Date } | null = null;
  const returnOut = async (at: Date) => {
    if (out) await sendOut(p, out.process, out.supplier, out.at, p.ordered, p.ordered, addDays(at, -1));
    out = null;
  };
  return async (stage: string, at: Date) => {
    if (stage === 'in-production') started = at;
    if (['washing', 'packing'].includes(stage)) await returnOut(at);
    if (stage === 'print-embroidery') out = { process: 'print', supplier: 'HENGLI-PE', at };
    if (stage === 'washing') out = { process: 'wash', supplier: 'JINTAN-WASH', at };
    if (stage === 'booked' && started) await produce(p, started, addDays(at, -1), null, 1);
  };
}

/** After the replay: the daily reports and subcontracting of an order still in production, up to yesterday. */
export async function ongoingProduction(p: DemoProduction, today: Date) {
  const start = p.demo.stageDays?.['in-production'];
  if (start === undefined || !p.demo.sewingRate) return;
  const packingShare = p.demo.stage === 'packing' ? 0.6 : 0;
  await produce(p, addDays(today, start), addDays(today, -1), p.demo.sewingRate, packingShare);
  if (p.demo.stage === 'print-embroidery') {
    const printedAt = addDays(today, p.demo.stageDays?.['print-embroidery'] ?? -4);
    await sendOut(p, 'print', 'HENGLI-PE', printedAt, p.ordered, Math.round(p.ordered * 0.55), addDays(today, -1));
    // The first printed batch went on to the wash plant and is still there.
    await sendOut(p, 'wash', 'JINTAN-WASH', addDays(today, -2), 1200, 0, null);
  }
}

/** The open exception of the order at risk: why it slips and what is done. */
export async function demoException(strapi: Core.Strapi, order: string, today: Date, create: Create) {
  const factory = (await strapi.db
    .query(UID.department)
    .findOne({ where: { key: 'factory' }, select: ['documentId'] })) as {
    documentId: string;
  } | null;
  await create(UID.productionException, {
    order,
    cause: 'too-few-workers',
    description: 'Line 3 is 9 operators short since the holiday; sewing runs at 70 pieces a day against 150 planned.',
    impactDays: 10,
    action:
      'Factory manager moves 6 operators from line 1 from Monday; Saturday overtime; asking the buyer for 8 more days.',
    ownerDepartment: factory?.documentId ?? null,
    newExFactoryDate: iso(addDays(today, 20)),
  });
}
