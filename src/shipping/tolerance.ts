import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { resolveTolerance, type Channel, type Tolerance, type ToleranceRule } from '../domain/shipping/tolerance';

interface OrderRow {
  id: number;
  poNumber: string;
  market: string | null;
  channel: Channel | null;
  totalQuantity: number;
  toleranceUnderPct: number | null;
  toleranceOverPct: number | null;
  customer: { name: string; toleranceUnderPct: number | null; toleranceOverPct: number | null } | null;
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The tolerance of one order: its own, else its customer's, else the rules administrators keep. */
export async function toleranceOf(strapi: Core.Strapi, orderId: number): Promise<Tolerance & { ordered: number }> {
  const order = (await strapi.db.query(UID.order).findOne({
    where: { id: orderId },
    select: ['id', 'poNumber', 'market', 'channel', 'totalQuantity', 'toleranceUnderPct', 'toleranceOverPct'],
    populate: { customer: { select: ['name', 'toleranceUnderPct', 'toleranceOverPct'] } },
  })) as OrderRow;
  const rules = (await strapi.db.query(UID.toleranceRule).findMany({})) as Array<ToleranceRule & { markets: unknown }>;
  const tolerance = resolveTolerance(
    {
      market: order.market,
      channel: order.channel,
      name: `order ${order.poNumber}`,
      override: { underPct: num(order.toleranceUnderPct), overPct: num(order.toleranceOverPct) },
    },
    order.customer
      ? {
          name: order.customer.name,
          override: { underPct: num(order.customer.toleranceUnderPct), overPct: num(order.customer.toleranceOverPct) },
        }
      : null,
    rules.map((rule) => ({
      name: rule.name,
      markets: Array.isArray(rule.markets) ? (rule.markets as string[]) : [],
      channel: rule.channel,
      underPct: Number(rule.underPct),
      overPct: Number(rule.overPct),
      priority: Number(rule.priority ?? 0),
    }))
  );
  return { ...tolerance, ordered: Number(order.totalQuantity ?? 0) };
}
