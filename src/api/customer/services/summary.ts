import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../../platform/constants';
import { lineAmount, sumMoney } from '../../../modules/money/domain/money';
import type { GetCustomerSummary } from '../../../modules/after-sales/contracts';
import { onTimeRate } from '../../../modules/after-sales/domain/summary';
import { linkedTo } from '../../../platform/db/links';

interface OrderRow {
  id: number;
  orderDate: string;
  exFactoryDate: string;
  totalQuantity: number;
  fobPrice: number;
  currency: string;
  stageDates: Record<string, string> | null;
}

const dayOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : null);

/**
 * A customer's figures for a period — the basis of the monthly, quarterly and
 * yearly sales reports (seed 第2篇): orders and pieces ordered in the period;
 * orders, pieces and FOB value shipped in it, the on-time rate; open
 * complaints; samples decided in it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(documentId: string, from: string, to: string): Promise<GetCustomerSummary.Response> {
    const customer = (await strapi.db.query(UID.customer).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'code', 'name', 'market'],
    })) as { id: number; documentId: string; code: string; name: string; market: string } | null;
    if (!customer) throw new errors.NotFoundError(`customer ${documentId} not found`);
    const byCustomer = { customer: { id: customer.id } };

    const orders = (await strapi.db.query(UID.order).findMany({
      where: byCustomer,
      select: ['id', 'orderDate', 'exFactoryDate', 'totalQuantity', 'fobPrice', 'currency', 'stageDates'],
    })) as OrderRow[];
    const ordered = orders.filter((o) => o.orderDate >= from && o.orderDate <= to);
    const shipped = orders.filter((o) => {
      const day = dayOf(o.stageDates?.shipped);
      return !!day && day >= from && day <= to;
    });

    const shippedIds = shipped.map((o) => o.id);
    const [reports, lists] = (await Promise.all([
      strapi.db.query(UID.completionReport).findMany({
        where: linkedTo(strapi, UID.completionReport, 'order', shippedIds),
        select: ['id', 'shippedQuantity'],
        populate: { order: { select: ['id'] } },
      }),
      strapi.db.query(UID.packingList).findMany({
        where: { ...linkedTo(strapi, UID.packingList, 'order', shippedIds), kind: 'final' },
        select: ['id', 'totalPieces'],
        populate: { order: { select: ['id'] } },
      }),
    ])) as [
      Array<{ shippedQuantity: number | null; order: { id: number } }>,
      Array<{ totalPieces: number | null; order: { id: number } }>,
    ];
    const shippedQty = (order: OrderRow) =>
      Number(
        reports.find((r) => r.order.id === order.id)?.shippedQuantity ??
          lists.find((l) => l.order.id === order.id)?.totalPieces ??
          order.totalQuantity
      );
    // Each order's value in its currency's minor unit, summed exactly per currency.
    const amounts: Record<string, number[]> = {};
    for (const order of shipped) {
      (amounts[order.currency] ??= []).push(lineAmount(shippedQty(order), String(order.fobPrice), order.currency));
    }
    const shippedValue: Record<string, number> = Object.fromEntries(
      Object.entries(amounts).map(([currency, values]) => [currency, sumMoney(values, currency)])
    );

    const [openComplaints, samples] = await Promise.all([
      strapi.db.query(UID.complaint).count({ where: { ...byCustomer, status: { $ne: 'closed' } } }),
      strapi.db.query(UID.sample).findMany({
        where: {
          ...byCustomer,
          status: { $in: ['approved', 'rejected', 'commented'] },
          feedbackAt: { $gte: from, $lte: to },
        },
        select: ['id', 'status'],
      }) as Promise<Array<{ status: string }>>,
    ]);
    return {
      data: {
        customer,
        period: { from, to },
        orders: ordered.length,
        pieces: ordered.reduce((sum, o) => sum + Number(o.totalQuantity ?? 0), 0),
        shippedOrders: shipped.length,
        shippedPieces: shipped.reduce((sum, o) => sum + shippedQty(o), 0),
        shippedValue,
        onTime: onTimeRate(
          shipped.map((o) => ({ exFactoryDate: o.exFactoryDate, shippedOn: dayOf(o.stageDates?.shipped) }))
        ),
        openComplaints,
        samples: {
          approved: samples.filter((s) => s.status === 'approved').length,
          rejected: samples.filter((s) => s.status === 'rejected').length,
          commented: samples.filter((s) => s.status === 'commented').length,
        },
      },
    };
  },
});
