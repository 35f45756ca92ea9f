import { lineKey, matchKey as keyOf } from '../../orders/domain/size-breakdown';
import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * Short/over-shipment tolerance (短溢装). Rules are data: a rule matches an
 * order by destination market (none listed = any market) and channel; the
 * highest priority wins. A tolerance set on the order, else on the customer,
 * overrides the rules; with no rule the goods ship exactly (UCP 600 art. 30:
 * ±5 % only where quantity is not counted in pieces).
 */
export type Channel = 'regular' | 'online' | 'combined';

/** What a tolerance is judged on: the order's total, each colour, or each colour × size cell. */
export const TOLERANCE_SCOPES = ['order', 'colour', 'colour-size'] as const;
export type ToleranceScope = (typeof TOLERANCE_SCOPES)[number];

export interface ToleranceRule {
  name: string;
  markets: readonly string[];
  channel: 'any' | Channel;
  underPct: number;
  overPct: number;
  priority: number;
  /** Default `colour`: buyers judge short/over shipment colour by colour. */
  scope?: ToleranceScope | null;
}

export interface Override {
  underPct: number | null | undefined;
  overPct: number | null | undefined;
  /** Default `order` for an override: the tolerance the buyer agreed for the whole order. */
  scope?: ToleranceScope | null;
}

export interface ToleranceSource {
  level: 'order' | 'customer' | 'rule' | 'default';
  name: string;
}

export interface Tolerance {
  underPct: number;
  overPct: number;
  scope: ToleranceScope;
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

/**
 * The source document's tolerances (§五.10), judged per colour; the UK,
 * Norway and Switzerland (outside the EU since 2020 or never in it) as the EU.
 */
export const DEFAULT_TOLERANCE_RULES: ToleranceRule[] = [
  {
    name: 'Canada: ship exactly',
    markets: ['CA'],
    channel: 'any',
    underPct: 0,
    overPct: 0,
    priority: 100,
    scope: 'colour',
  },
  {
    name: 'Online orders: ship exactly',
    markets: [],
    channel: 'online',
    underPct: 0,
    overPct: 0,
    priority: 90,
    scope: 'colour',
  },
  {
    name: 'Combined orders: ship exactly',
    markets: [],
    channel: 'combined',
    underPct: 0,
    overPct: 0,
    priority: 90,
    scope: 'colour',
  },
  {
    name: 'US and Japan: ±5 %',
    markets: ['US', 'JP'],
    channel: 'any',
    underPct: 5,
    overPct: 5,
    priority: 10,
    scope: 'colour',
  },
  {
    name: 'European Union: ±5 %',
    markets: [...EU_MEMBERS],
    channel: 'any',
    underPct: 5,
    overPct: 5,
    priority: 10,
    scope: 'colour',
  },
  {
    name: 'UK, Norway, Switzerland: ±5 %',
    markets: ['GB', 'NO', 'CH'],
    channel: 'any',
    underPct: 5,
    overPct: 5,
    priority: 10,
    scope: 'colour',
  },
];

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * An override sets both sides or neither: a lone short % (or over %) would
 * silently fall back to the rules for the whole tolerance.
 */
export function checkOverridePair(
  override: { underPct?: unknown; overPct?: unknown },
  fields: { under: string; over: string } = { under: 'toleranceUnderPct', over: 'toleranceOverPct' }
): Violation[] {
  const under = override.underPct !== null && override.underPct !== undefined;
  const over = override.overPct !== null && override.overPct !== undefined;
  if (under === over) return [];
  const missing = under ? fields.over : fields.under;
  const given = under ? fields.under : fields.over;
  return [
    violation(
      [missing],
      'tolerance-pair',
      `${missing} is required with ${given}: set both sides of the tolerance, or neither to use the rules`,
      `填写了 ${given} 就必须填写 ${missing}:短装和溢装要么都填,要么都不填(按短溢装规则)`
    ),
  ];
}

const isSet = (
  override: Override | null | undefined
): override is { underPct: number; overPct: number; scope?: ToleranceScope | null } =>
  !!override && isNumber(override.underPct) && isNumber(override.overPct);

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
    ? {
        underPct: winner.underPct,
        overPct: winner.overPct,
        scope: winner.scope ?? 'colour',
        source: { level: 'rule', name: winner.name },
      }
    : {
        underPct: 0,
        overPct: 0,
        scope: 'colour',
        source: { level: 'default', name: 'no rule: ship the quantity ordered' },
      };
}

const pick = (override: { underPct: number; overPct: number; scope?: ToleranceScope | null }) => ({
  underPct: override.underPct,
  overPct: override.overPct,
  scope: override.scope ?? 'order',
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

/** The order's total at `pct` % more (or less), to whole pieces: 1000 × 1.05 is 1050, not 1050.0000000000002. */
export const scaledPieces = (ordered: number, pct: number) => Math.round(ordered * (1 + pct / 100) * 1e6) / 1e6;

/** allowedMin = ⌈ordered × (1 − under)⌉, allowedMax = ⌊ordered × (1 + over)⌋, in whole pieces. */
export function checkShipment(
  ordered: number,
  tolerance: Pick<Tolerance, 'underPct' | 'overPct'>,
  shipped: number | null
): ToleranceCheck {
  const allowedMin = Math.ceil(scaledPieces(ordered, -tolerance.underPct));
  const allowedMax = Math.floor(scaledPieces(ordered, tolerance.overPct));
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

/** One colour (or colour × size) judged on its own. */
export interface ToleranceCell {
  colour: string;
  size: string | null;
  ordered: number;
  shipped: number;
  allowedMin: number;
  allowedMax: number;
  within: boolean;
}

export interface ScopedToleranceCheck extends ToleranceCheck {
  /** The scope judged: the tolerance's, or `order` when only a total is known. */
  scope: ToleranceScope;
  /** Each colour (or cell) with its allowance; empty for the order scope. */
  cells: ToleranceCell[];
  /** The cells outside the tolerance. */
  outside: ToleranceCell[];
}

/**
 * Judges a shipment within the tolerance's scope: the total (`order`), each
 * colour, or each colour × size. Colours and sizes match trimmed and
 * case-insensitively; a colour shipped but not ordered is outside (0 allowed).
 * Without per-colour quantities only the total can be judged.
 */
export function checkShipmentInScope(
  lines: ReadonlyArray<{ colour: string; size: string; quantity: number }>,
  shipped: { total: number | null; byColourSize: Record<string, Record<string, number>> | null },
  tolerance: Pick<Tolerance, 'underPct' | 'overPct' | 'scope'>
): ScopedToleranceCheck {
  const ordered = lines.reduce((sum, line) => sum + line.quantity, 0);
  const total = shipped.total;
  const overall = checkShipment(ordered, tolerance, total);
  if (tolerance.scope === 'order' || !shipped.byColourSize || total === null) {
    return { ...overall, scope: 'order', cells: [], outside: [] };
  }
  const bySize = tolerance.scope === 'colour-size';
  const cells = new Map<string, { colour: string; size: string | null; ordered: number; shipped: number }>();
  const cell = (colour: string, size: string) => {
    const key = bySize ? lineKey({ colour, size }) : keyOf(colour);
    let found = cells.get(key);
    if (!found) {
      found = { colour: colour.trim(), size: bySize ? size.trim() : null, ordered: 0, shipped: 0 };
      cells.set(key, found);
    }
    return found;
  };
  for (const line of lines) cell(line.colour, line.size).ordered += line.quantity;
  for (const [colour, sizes] of Object.entries(shipped.byColourSize)) {
    for (const [size, qty] of Object.entries(sizes)) cell(colour, size).shipped += qty;
  }
  const judged: ToleranceCell[] = [...cells.values()].map((c) => {
    const check = checkShipment(c.ordered, tolerance, c.shipped);
    return { ...c, allowedMin: check.allowedMin, allowedMax: check.allowedMax, within: !!check.within };
  });
  const outside = judged.filter((c) => !c.within);
  return { ...overall, scope: tolerance.scope, within: outside.length === 0, cells: judged, outside };
}

/**
 * What the buyer pays for: shipped pieces up to the tolerance's ceiling (per
 * cell in a colour scope); beyond it is excess, shipped but not payable.
 */
export function payablePieces(check: ScopedToleranceCheck): { payable: number; excess: number } | null {
  if (check.shipped === null) return null;
  const payable =
    check.cells.length > 0
      ? check.cells.reduce((sum, c) => sum + Math.min(c.shipped, c.allowedMax), 0)
      : Math.min(check.shipped, check.allowedMax);
  return { payable, excess: check.shipped - payable };
}
