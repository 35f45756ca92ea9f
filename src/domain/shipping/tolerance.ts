/**
 * Short/over-shipment tolerance (短溢装). Rules are data: a rule matches an
 * order by destination market (none listed = any market) and channel; the
 * highest priority wins. A tolerance set on the order, else on the customer,
 * overrides the rules; with no rule the goods ship exactly (UCP 600 art. 30:
 * ±5 % only where quantity is not counted in pieces).
 */
export type Channel = 'regular' | 'online' | 'combined';

export interface ToleranceRule {
  name: string;
  markets: readonly string[];
  channel: 'any' | Channel;
  underPct: number;
  overPct: number;
  priority: number;
}

export interface Override {
  underPct: number | null | undefined;
  overPct: number | null | undefined;
}

export interface ToleranceSource {
  level: 'order' | 'customer' | 'rule' | 'default';
  name: string;
}

export interface Tolerance {
  underPct: number;
  overPct: number;
  source: ToleranceSource;
}

export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** The source document's tolerances (§五.10). */
export const DEFAULT_TOLERANCE_RULES: ToleranceRule[] = [
  { name: 'Canada: ship exactly', markets: ['CA'], channel: 'any', underPct: 0, overPct: 0, priority: 100 },
  { name: 'Online orders: ship exactly', markets: [], channel: 'online', underPct: 0, overPct: 0, priority: 90 },
  { name: 'Combined orders: ship exactly', markets: [], channel: 'combined', underPct: 0, overPct: 0, priority: 90 },
  { name: 'US and Japan: ±5 %', markets: ['US', 'JP'], channel: 'any', underPct: 5, overPct: 5, priority: 10 },
  { name: 'European Union: ±5 %', markets: [...EU_MEMBERS], channel: 'any', underPct: 5, overPct: 5, priority: 10 },
];

const isSet = (override: Override | null | undefined): override is { underPct: number; overPct: number } =>
  !!override && typeof override.underPct === 'number' && typeof override.overPct === 'number';

export const ruleMatches = (rule: ToleranceRule, market: string | null, channel: Channel | null) =>
  (rule.markets.length === 0 || (!!market && rule.markets.includes(market))) &&
  (rule.channel === 'any' || rule.channel === channel);

/** Specific rules before general ones at equal priority; the name settles the rest. */
const specificity = (rule: ToleranceRule) => (rule.markets.length > 0 ? 2 : 0) + (rule.channel === 'any' ? 0 : 1);

export function resolveTolerance(
  order: { market: string | null; channel: Channel | null; override?: Override | null; name?: string },
  customer: { override?: Override | null; name?: string } | null,
  rules: readonly ToleranceRule[]
): Tolerance {
  if (isSet(order.override)) {
    return { ...pick(order.override), source: { level: 'order', name: order.name ?? 'order' } };
  }
  if (isSet(customer?.override)) {
    return { ...pick(customer!.override!), source: { level: 'customer', name: customer!.name ?? 'customer' } };
  }
  const winner = rules
    .filter((rule) => ruleMatches(rule, order.market, order.channel))
    .sort((a, b) => b.priority - a.priority || specificity(b) - specificity(a) || a.name.localeCompare(b.name))[0];
  return winner
    ? { underPct: winner.underPct, overPct: winner.overPct, source: { level: 'rule', name: winner.name } }
    : { underPct: 0, overPct: 0, source: { level: 'default', name: 'no rule: ship the quantity ordered' } };
}

const pick = (override: { underPct: number; overPct: number }) => ({
  underPct: override.underPct,
  overPct: override.overPct,
});

export interface ToleranceCheck {
  ordered: number;
  underPct: number;
  overPct: number;
  allowedMin: number;
  allowedMax: number;
  shipped: number | null;
  within: boolean | null;
}

/** allowedMin = ⌈ordered × (1 − under)⌉, allowedMax = ⌊ordered × (1 + over)⌋, in whole pieces. */
export function checkShipment(
  ordered: number,
  tolerance: Pick<Tolerance, 'underPct' | 'overPct'>,
  shipped: number | null
): ToleranceCheck {
  // Round the products to 6 decimals first so that 1000 × 1.05 is 1050, not 1050.0000000000002.
  const exact = (value: number) => Math.round(value * 1e6) / 1e6;
  const allowedMin = Math.ceil(exact(ordered * (1 - tolerance.underPct / 100)));
  const allowedMax = Math.floor(exact(ordered * (1 + tolerance.overPct / 100)));
  return {
    ordered,
    underPct: tolerance.underPct,
    overPct: tolerance.overPct,
    allowedMin,
    allowedMax,
    shipped,
    within: shipped === null ? null : shipped >= allowedMin && shipped <= allowedMax,
  };
}
