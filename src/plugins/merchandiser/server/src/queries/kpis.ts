import type { Core } from '@strapi/strapi';
import { addDays, format } from 'date-fns';
import { onTimeRate } from '../../../../../domain/customers/summary';
import { loadStages } from '../../../../../workflow/stages';
import type { Kpis } from '../../../shared/contracts/dashboard';
import { CLOSED_STAGES, PRODUCTION_STAGES } from '../constants';
import type { Filters } from './types';
import { onlyFilteredOrders } from './filters';
import { dayOf, num, schemaOf } from './schema';

const ORDER = 'api::order.order';
const HISTORY = 'api::order-history.order-history';
const EXCEPTION = 'api::production-exception.production-exception';

/**
 * The headline figures, each one SQL aggregate: orders and pieces by stage,
 * pieces in production, open exceptions, and the on-time delivery rate
 * (交期达成率) of the orders shipped in the last `days` days.
 */
export async function kpis(strapi: Core.Strapi, filters: Filters, now: Date, days = 90): Promise<Kpis> {
  const s = schemaOf(strapi);
  const k = s.knex;
  const orders = s.table(ORDER);
  const only = (column: string) => onlyFilteredOrders(s, filters, column);

  const byStage = (await k(orders)
    .select({ stage: s.col(ORDER, 'stage') })
    .count({ orders: '*' })
    .sum({ pieces: s.col(ORDER, 'totalQuantity') })
    .modify(only(`${orders}.id`))
    .groupBy(s.col(ORDER, 'stage'))) as Array<{ stage: string | null; orders: unknown; pieces: unknown }>;

  const historyOrder = s.link(HISTORY, 'order');
  const histories = s.table(HISTORY);
  const shippedRows = (await k(histories)
    .join(historyOrder.table, historyOrder.from, `${histories}.id`)
    .join(orders, `${orders}.id`, historyOrder.to)
    .select({ order: `${orders}.id`, exFactory: s.col(ORDER, 'exFactoryDate'), at: s.col(HISTORY, 'at') })
    .where(s.col(HISTORY, 'kind'), 'transition')
    .where(s.col(HISTORY, 'toStage'), 'shipped')
    .where(s.col(HISTORY, 'at'), '>=', addDays(now, -days))
    .modify(only(`${orders}.id`))) as Array<{ order: number; exFactory: unknown; at: unknown }>;
  // An order shipped, moved back and shipped again counts once, on its last shipment.
  const lastShipment = new Map<number, { exFactoryDate: string; shippedOn: string }>();
  for (const row of shippedRows) {
    const shippedOn = dayOf(row.at)!;
    const previous = lastShipment.get(row.order);
    if (!previous || previous.shippedOn < shippedOn)
      lastShipment.set(row.order, { exFactoryDate: dayOf(row.exFactory)!, shippedOn });
  }

  const exceptionOrder = s.link(EXCEPTION, 'order');
  const [{ open }] = (await k(s.table(EXCEPTION))
    .join(exceptionOrder.table, exceptionOrder.from, `${s.table(EXCEPTION)}.id`)
    .count({ open: `${s.table(EXCEPTION)}.id` })
    .where(s.col(EXCEPTION, 'status'), 'open')
    .modify(only(exceptionOrder.to))) as Array<{ open: unknown }>;

  const stages = await loadStages(strapi);
  const counts = new Map(byStage.map((row) => [row.stage, row]));
  const production = byStage.filter((row) => row.stage && PRODUCTION_STAGES.includes(row.stage));
  return {
    onTime: { ...onTimeRate([...lastShipment.values()]), days },
    pipeline: stages.map((stage) => ({
      stage: stage.key,
      name: stage.name,
      nameZh: stage.nameZh,
      orders: num(counts.get(stage.key)?.orders),
      pieces: num(counts.get(stage.key)?.pieces),
    })),
    piecesInProduction: production.reduce((sum, row) => sum + num(row.pieces), 0),
    ordersInProduction: production.reduce((sum, row) => sum + num(row.orders), 0),
    openExceptions: num(open),
    activeOrders: byStage
      .filter((row) => !row.stage || !CLOSED_STAGES.includes(row.stage))
      .reduce((sum, row) => sum + num(row.orders), 0),
  };
}

export const today = (now: Date) => format(now, 'yyyy-MM-dd');
