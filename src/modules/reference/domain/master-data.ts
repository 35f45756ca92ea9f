import { violation, type Violation } from '../../../platform/domain/violation';
import { isCountryCode } from './codes';

/**
 * What master data must satisfy on every write — customers, suppliers, size
 * scales, styles — in English and Chinese, naming the field and rule.
 */

/** Values listed twice, compared without regard to case ("M" and "m"). */
export const duplicatesIn = (values: readonly string[]) => [
  ...new Set(
    values.filter((value, index) => values.findIndex((v) => v.toLowerCase() === value.toLowerCase()) !== index)
  ),
];

/** A customer's market is an ISO 3166-1 alpha-2 country: it chooses the shipment tolerance (短溢装). */
export const checkCustomerMarket = (market: unknown): Violation[] =>
  isCountryCode(market)
    ? []
    : [
        violation(
          ['market'],
          'market-iso-3166',
          `market "${String(market)}" is not an ISO 3166-1 alpha-2 country code`,
          `市场"${String(market)}"不是 ISO 3166-1 二位国家代码`
        ),
      ];

/** A list with at least one entry, each entry once: `field` names it, `what` says it in both languages. */
function listedOnce(
  field: string,
  values: readonly string[],
  what: { required: [string, string]; twice: [string, string] }
): Violation[] {
  const twice = duplicatesIn(values);
  return [
    ...(values.length === 0 ? [violation([field], `${field}-required`, ...what.required)] : []),
    ...(twice.length > 0
      ? [
          violation(
            [field],
            `${field}-unique`,
            `${what.twice[0]}: ${twice.join(', ')}`,
            `${what.twice[1]}:${twice.join('、')}`
          ),
        ]
      : []),
  ];
}

/** A supplier does at least one kind of work (fabric, trims, wash …), each listed once. */
export const checkSupplierKinds = (kinds: readonly string[]): Violation[] =>
  listedOnce('kinds', kinds, {
    required: ['a supplier needs at least one kind', '供应商至少需要一个类型'],
    twice: ['supplier kinds are listed twice', '供应商类型重复'],
  });

/** A size scale (尺码组) has at least one size, each listed once. */
export const checkSizeScale = (sizes: readonly string[]): Violation[] =>
  listedOnce('sizes', sizes, {
    required: ['a size scale needs at least one size', '尺码组至少需要一个尺码'],
    twice: ['sizes are listed twice', '尺码重复'],
  });

/** A style (款式) belongs to a customer. */
export const checkStyle = (facts: { hasCustomer: boolean }): Violation[] =>
  facts.hasCustomer ? [] : [violation(['customer'], 'customer-required', 'customer is required', '必须指定客户')];

const SCOPE_ZH: Readonly<Record<string, string>> = { customer: '该客户', order: '该订单', supplier: '该供应商' };

/** A value another record already holds (case and surrounding spaces do not make a new value). */
export const uniqueClash = (field: string, value: string, within?: string): Violation =>
  violation(
    [field],
    'unique',
    `${field} "${value}" already exists${within ? ` for this ${within}` : ''}`,
    `${within ? (SCOPE_ZH[within] ?? within) : ''}已存在 ${field}"${value}"`
  );
