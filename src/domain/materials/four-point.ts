/**
 * The 4-point fabric inspection system (ASTM D5430): points per 100 square
 * yards = points × 3600 ÷ (yards inspected × cuttable width in inches).
 * Metric inputs are converted; limits are per roll and for the lot average.
 */
export type LengthUnit = 'yd' | 'm';
export type WidthUnit = 'in' | 'cm';

export interface RollInspection {
  rollNo?: string | null;
  length: number;
  lengthUnit: LengthUnit;
  cuttableWidth: number;
  widthUnit: WidthUnit;
  points: number;
}

export interface FourPointLimits {
  perRoll: number;
  lotAverage: number;
}

export const DEFAULT_FOUR_POINT_LIMITS: FourPointLimits = { perRoll: 40, lotAverage: 40 };

const YARDS_PER_METRE = 1 / 0.9144;
const INCHES_PER_CM = 1 / 2.54;

export const toYards = (length: number, unit: LengthUnit) => (unit === 'm' ? length * YARDS_PER_METRE : length);
export const toInches = (width: number, unit: WidthUnit) => (unit === 'cm' ? width * INCHES_PER_CM : width);

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Points per 100 square yards of one roll, rounded to 2 decimals. */
export function pointsPer100SqYd(roll: RollInspection): number {
  const yards = toYards(roll.length, roll.lengthUnit);
  const inches = toInches(roll.cuttableWidth, roll.widthUnit);
  if (yards <= 0 || inches <= 0) throw new RangeError('length and cuttable width must be greater than 0');
  return round2((roll.points * 3600) / (yards * inches));
}

export interface FourPointResult {
  rolls: Array<{ rollNo: string | null; score: number; pass: boolean }>;
  /** Lot average weighted by area: all points over all square yards inspected. */
  lotAverage: number | null;
  pass: boolean;
  failures: string[];
}

export function evaluateFourPoint(rolls: readonly RollInspection[], limits: FourPointLimits): FourPointResult {
  const scored = rolls.map((roll, index) => {
    const score = pointsPer100SqYd(roll);
    return { rollNo: roll.rollNo ?? String(index + 1), score, pass: score <= limits.perRoll };
  });
  const area = rolls.reduce(
    (sum, r) => sum + toYards(r.length, r.lengthUnit) * toInches(r.cuttableWidth, r.widthUnit),
    0
  );
  const points = rolls.reduce((sum, r) => sum + r.points, 0);
  const lotAverage = rolls.length === 0 ? null : round2((points * 3600) / area);
  const failures = [
    ...scored
      .filter((roll) => !roll.pass)
      .map((roll) => `roll ${roll.rollNo}: ${roll.score} points/100 yd² exceeds ${limits.perRoll}`),
    ...(lotAverage !== null && lotAverage > limits.lotAverage
      ? [`lot average ${lotAverage} points/100 yd² exceeds ${limits.lotAverage}`]
      : []),
  ];
  return { rolls: scored, lotAverage, pass: failures.length === 0, failures };
}
