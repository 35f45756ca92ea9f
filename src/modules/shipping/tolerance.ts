import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { linkedTo } from '../../platform/db/links';
import {
  checkShipmentInScope,
  resolveTolerance,
  type ScopedToleranceCheck,
  type Channel,
  type Tolerance,
  type ToleranceRule,
  type ToleranceScope,
} from './domain/tolerance';

interface OrderRow {
  id: number;
  poNumber: string;
  market: string | null;
  channel: Channel | null;
  totalQuantity: number;
  toleranceUnderPct: number | null;
  toleranceOverPct: number | null;
  toleranceScope: ToleranceScope | null;
  customer: {
    name: string;
    toleranceUnderPct: number | null;
    toleranceOverPct: number | null;
    toleranceScope: ToleranceScope | null;
  } | null;
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The tolerance of one order: its own, else its customer's, else the rules administrators keep. */
export async function toleranceOf(strapi: Core.Strapi, orderId: number): Promise<Tolerance & { ordered: number }> {
  const order = (await strapi.db.query(UID.order).findOne({
    where: { id: orderId },
    select: [
      'id',
      'poNumber',
      'market',
      'channel',
      'totalQuantity',
      'toleranceUnderPct',
      'toleranceOverPct',
      'toleranceScope',
    ],
    populate: { customer: { select: ['name', 'toleranceUnderPct', 'toleranceOverPct', 'toleranceScope'] } },
  })) as OrderRow;
  const rules = (await strapi.db.query(UID.toleranceRule).findMany({})) as Array<ToleranceRule & { markets: unknown }>;
  const tolerance = resolveTolerance(
    {
      market: order.market,
      channel: order.channel,
      name: `order ${order.poNumber}`,
      override: {
        underPct: num(order.toleranceUnderPct),
        overPct: num(order.toleranceOverPct),
        scope: order.toleranceScope,
      },
    },
    order.customer
      ? {
          name: order.customer.name,
          override: {
            underPct: num(order.customer.toleranceUnderPct),
            overPct: num(order.customer.toleranceOverPct),
            scope: order.customer.toleranceScope,
          },
        }
      : null,
    rules.map((rule) => ({
      name: rule.name,
      markets: Array.isArray(rule.markets) ? (rule.markets as string[]) : [],
      channel: rule.channel,
      underPct: Number(rule.underPct),
      overPct: Number(rule.overPct),
      priority: Number(rule.priority ?? 0),
      scope: rule.scope ?? 'colour',
    }))
  );
  return { ...tolerance, ordered: Number(order.totalQuantity ?? 0) };
}

export type JudgedShipment = ScopedToleranceCheck & { source: Tolerance['source'] };

export type FinalQuantities = Record<string, Record<string, number>>;

/** What a shipment is judged on: the order's tolerance, its lines and its final packing list. */
export interface ShipmentFacts {
  tolerance: Awaited<ReturnType<typeof toleranceOf>>;
  lines: Array<{ colour: string; size: string; quantity: number }>;
  finalList: { totalPieces: number | null; quantities: FinalQuantities | null } | null;
}

export async function loadShipmentFacts(strapi: Core.Strapi, orderId: number): Promise<ShipmentFacts> {
  const [tolerance, lines, finalList] = await Promise.all([
    toleranceOf(strapi, orderId),
    strapi.db.query(UID.orderLine).findMany({
      where: { ...linkedTo(strapi, UID.orderLine, 'order', orderId) },
      select: ['colour', 'size', 'quantity'],
    }) as Promise<ShipmentFacts['lines']>,
    strapi.db.query(UID.packingList).findOne({
      where: { ...linkedTo(strapi, UID.packingList, 'order', orderId), kind: 'final' },
      select: ['totalPieces', 'quantities'],
    }) as Promise<ShipmentFacts['finalList']>,
  ]);
  return { tolerance, lines: lines.map((line) => ({ ...line, quantity: Number(line.quantity) })), finalList };
}

/**
 * The shipment judged in the tolerance's scope. `shipped` defaults to the
 * final packing list; a total that differs from the final list's (a
 * completion report's own count) can only be judged as a total.
 */
export function judgeLoadedShipment(
  facts: ShipmentFacts,
  shipped?: { total: number | null; byColourSize?: FinalQuantities | null }
): JudgedShipment {
  const { tolerance, lines, finalList } = facts;
  const listTotal = finalList ? Number(finalList.totalPieces ?? 0) : null;
  const total = shipped && shipped.total !== undefined ? shipped.total : listTotal;
  const byColourSize =
    shipped?.byColourSize ?? (finalList && total === listTotal ? (finalList.quantities ?? null) : null);
  return { ...checkShipmentInScope(lines, { total, byColourSize }, tolerance), source: tolerance.source };
}

/** Loads the order's shipment facts and judges them (see `judgeLoadedShipment`). */
export async function judgeShipment(
  strapi: Core.Strapi,
  orderId: number,
  shipped?: { total: number | null; byColourSize?: FinalQuantities | null }
): Promise<JudgedShipment> {
  return judgeLoadedShipment(await loadShipmentFacts(strapi, orderId), shipped);
}
