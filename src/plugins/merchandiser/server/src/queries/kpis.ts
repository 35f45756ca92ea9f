import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import { onTimeRate } from '../../../../../modules/after-sales/domain/summary';
import { stageSets } from '../../../../../modules/workflow/domain/stage-meaning';
import { loadStages } from '../../../../../modules/workflow/stage-store';
import type { Kpis } from '../../../shared/contracts/dashboard';
import type { Filters } from './types';
import { onlyFilteredOrders } from './filters';
import { openExceptionIds, shipments, shippedSince } from './figures';
import { dayOf, num, schemaOf } from './schema';

const ORDER = 'api::order.order';
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

  const stages = await loadStages(strapi);
  const sets = stageSets(stages);
  // The same SQL as the lists behind the figures (./figures): a figure and its list always agree.
  const since = shippedSince(now, days);
  const shipped = (await k(orders)
    .join(shipments(s, filters, since, sets).as('shipments'), 'shipments.order', `${orders}.id`)
    .select({ exFactory: s.col(ORDER, 'exFactoryDate'), at: 'shipments.at' })) as Array<{
    exFactory: unknown;
    at: unknown;
  }>;
  const lastShipment = shipped.map((row) => ({ exFactoryDate: dayOf(row.exFactory)!, shippedOn: dayOf(row.at)! }));

  const exceptions = s.table(EXCEPTION);
  const [{ open }] = (await k(exceptions)
    .whereIn(`${exceptions}.id`, openExceptionIds(s, filters))
    .count({ open: '*' })) as Array<{ open: unknown }>;

  const counts = new Map(byStage.map((row) => [row.stage, row]));
  const production = byStage.filter((row) => row.stage && sets.onTheLines.includes(row.stage));
  return {
    onTime: { ...onTimeRate(lastShipment), days, since: since.toISOString() },
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
      .filter((row) => !row.stage || !sets.finished.includes(row.stage))
      .reduce((sum, row) => sum + num(row.orders), 0),
  };
}

export const today = (now: Date) => format(now, 'yyyy-MM-dd');
