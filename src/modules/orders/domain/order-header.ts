import { isCountryCode, isCurrencyCode } from '../../reference/domain/codes';
import { violation, type Violation } from '../../../platform/domain/violation';
import { checkOrderDates, type OrderDates } from './order-dates';
import { canonicalSize, type BreakdownLine } from './size-breakdown';

export type Channel = 'regular' | 'online' | 'combined';

/** Everything the order rules read, as loaded after a write. */
export interface OrderSnapshot extends OrderDates {
  market: string | null;
  channel: Channel | null;
  currency: string | null;
  customer: { id: number; market: string | null; channel: Channel | null } | null;
  style: { customerId: number | null; sizeScale: string[] | null } | null;
  lines: BreakdownLine[];
}

/** Fields the order does not own: they follow from its customer and its lines. */
export interface DerivedOrderFields {
  market: string | null;
  channel: Channel | null;
  totalQuantity: number;
}

export interface OrderCheck {
  derived: DerivedOrderFields;
  violations: Violation[];
}

/**
 * The header rules of an order (production notice): a customer and one of that
 * customer's styles, a real destination market and currency, a sane calendar,
 * lines that fit the style's size scale. Market and channel default to the
 * customer's; the total is always the sum of the lines.
 */
export function checkOrderHeader(order: OrderSnapshot): OrderCheck {
  const derived: DerivedOrderFields = {
    market: order.market || order.customer?.market || null,
    channel: order.channel || order.customer?.channel || null,
    totalQuantity: order.lines.reduce((sum, line) => sum + line.quantity, 0),
  };
  const found: Violation[] = [];

  if (!order.customer) {
    found.push(violation(['customer'], 'customer-required', 'customer is required', '必须指定客户'));
  }
  if (!order.style) {
    found.push(violation(['style'], 'style-required', 'style is required', '必须指定款号'));
  } else if (order.customer && order.style.customerId !== order.customer.id) {
    found.push(
      violation(['style'], 'style-of-customer', "style must belong to the order's customer", '款号必须属于该订单的客户')
    );
  }
  if (!isCountryCode(derived.market)) {
    found.push(
      violation(
        ['market'],
        'market-iso-3166',
        `market "${derived.market ?? ''}" is not an ISO 3166-1 alpha-2 country code (CA, US, JP, DE…)`,
        `市场"${derived.market ?? ''}"不是 ISO 3166-1 二位国家代码(CA、US、JP、DE…)`
      )
    );
  }
  if (!isCurrencyCode(order.currency)) {
    found.push(
      violation(
        ['currency'],
        'currency-iso-4217',
        `currency "${order.currency ?? ''}" is not an ISO 4217 code (USD, EUR, CNY…)`,
        `币种"${order.currency ?? ''}"不是 ISO 4217 代码(USD、EUR、CNY…)`
      )
    );
  }
  found.push(...checkOrderDates(order));

  const scale = order.style?.sizeScale ?? null;
  const outside = order.lines.filter((line) => canonicalSize(line.size, scale) === null).map((line) => line.size);
  if (outside.length > 0) {
    found.push(
      violation(
        ['style'],
        'size-in-scale',
        `the order has sizes outside the style's size scale: ${[...new Set(outside)].join(', ')}`,
        `订单中有不在款式尺码组中的尺码:${[...new Set(outside)].join('、')}`
      )
    );
  }
  return { derived, violations: found };
}
