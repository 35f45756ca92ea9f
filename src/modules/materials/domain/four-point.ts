import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * The 4-point fabric inspection system (ASTM D5430): points per 100 square
 * yards = points × 3600 ÷ (yards inspected × cuttable width in inches).
 * Metric inputs are converted; limits are per roll and for the lot average.
 */
export type LengthUnit = 'yd' | 'm';
export type WidthUnit = 'in' | 'cm';

/**
 * Defects tallied by length, as the inspector marks them (ASTM D5430): up to
 * 3" 1 point, over 3" to 6" 2, over 6" to 9" 3, over 9" 4; holes and openings
 * up to 1" 2 points, over 1" 4.
 */
export interface DefectTally {
  defectsUpTo3in?: number | null;
  defects3to6in?: number | null;
  defects6to9in?: number | null;
  defectsOver9in?: number | null;
  holesUpTo1in?: number | null;
  holesOver1in?: number | null;
}

export const DEFECT_POINTS: Readonly<Record<keyof DefectTally, number>> = {
  defectsUpTo3in: 1,
  defects3to6in: 2,
  defects6to9in: 3,
  defectsOver9in: 4,
  holesUpTo1in: 2,
  holesOver1in: 4,
};

export interface RollInspection extends DefectTally {
  rollNo?: string | null;
  length: number;
  lengthUnit: LengthUnit;
  cuttableWidth: number;
  widthUnit: WidthUnit;
  /** The roll's points; derived from the tally when one is entered. */
  points: number;
}

const tallyEntries = (roll: DefectTally) =>
  (Object.keys(DEFECT_POINTS) as Array<keyof DefectTally>).flatMap((field) => {
    const count = roll[field];
    return count === null || count === undefined ? [] : [[field, Number(count)] as const];
  });

/** The points of a tallied roll; null when no defect was tallied by length (the points were entered). */
export function pointsFromTally(roll: DefectTally): number | null {
  const entries = tallyEntries(roll);
  if (entries.length === 0) return null;
  return entries.reduce((sum, [field, count]) => sum + count * DEFECT_POINTS[field], 0);
}

/** The roll with its points from the tally, when it has one. */
export const withTalliedPoints = <T extends RollInspection>(roll: T): T => {
  const tallied = pointsFromTally(roll);
  return tallied === null ? roll : { ...roll, points: tallied };
};

/** Most points one linear yard can carry (ASTM D5430: a yard is never charged more than 4). */
export const MAX_POINTS_PER_YARD = 4;

/**
 * What makes a roll impossible to score: no length or width, tallies that are
 * not whole counts, more points than 4 for every yard inspected.
 */
export function checkRolls(
  rolls: readonly RollInspection[],
  path: Array<string | number> = ['fourPoint']
): Violation[] {
  const found: Violation[] = [];
  rolls.forEach((roll, index) => {
    const name = `roll ${roll.rollNo?.trim() || index + 1}`;
    const nameZh = `卷号 ${roll.rollNo?.trim() || index + 1}`;
    if (!(roll.length > 0) || !(roll.cuttableWidth > 0)) {
      found.push(
        violation(
          [...path, index],
          'roll-size-positive',
          `${name} needs a length and a cuttable width above 0`,
          `${nameZh} 的长度和有效门幅须大于 0`
        )
      );
      return;
    }
    for (const [field, count] of tallyEntries(roll)) {
      if (!Number.isInteger(count) || count < 0)
        found.push(
          violation(
            [...path, index, field],
            'roll-tally',
            `${name}: ${field} is a whole count ≥ 0`,
            `${nameZh}:${field} 须为 ≥ 0 的整数`
          )
        );
    }
    const points = pointsFromTally(roll) ?? roll.points;
    const yards = toYards(roll.length, roll.lengthUnit);
    const most = Math.floor(yards * MAX_POINTS_PER_YARD + 1e-9);
    if (points > most) {
      found.push(
        violation(
          [...path, index, 'points'],
          'roll-points-per-yard',
          `${name}: ${points} points on ${Math.round(yards * 100) / 100} yd inspected is more than ${MAX_POINTS_PER_YARD} a yard (at most ${most})`,
          `${nameZh}:已检 ${Math.round(yards * 100) / 100} 码共 ${points} 分,超过每码 ${MAX_POINTS_PER_YARD} 分(最多 ${most} 分)`
        )
      );
    }
  });
  return found;
}

export interface FourPointLimits {
  perRoll: number;
  lotAverage: number;
}

const YARDS_PER_METRE = 1 / 0.9144;
const INCHES_PER_CM = 1 / 2.54;
const METRES_PER_INCH = 0.0254;

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

/** Points per 100 m² of one roll (the metric report), rounded to 2 decimals. */
export function pointsPer100SqM(roll: RollInspection): number {
  const squareMetres =
    toYards(roll.length, roll.lengthUnit) * 0.9144 * toInches(roll.cuttableWidth, roll.widthUnit) * METRES_PER_INCH;
  if (squareMetres <= 0) throw new RangeError('length and cuttable width must be greater than 0');
  return round2((roll.points * 100) / squareMetres);
}

export interface FourPointResult {
  rolls: Array<{ rollNo: string | null; points: number; score: number; scorePer100SqM: number; pass: boolean }>;
  /** Lot average weighted by area: all points over all square yards inspected. */
  lotAverage: number | null;
  /** The same, per 100 m². */
  lotAveragePer100SqM: number | null;
  pass: boolean;
  failures: string[];
  /** The same failures in Chinese, one for one. */
  failuresZh: string[];
}

export function evaluateFourPoint(entered: readonly RollInspection[], limits: FourPointLimits): FourPointResult {
  const rolls = entered.map(withTalliedPoints);
  const scored = rolls.map((roll, index) => {
    const score = pointsPer100SqYd(roll);
    return {
      rollNo: roll.rollNo ?? String(index + 1),
      points: roll.points,
      score,
      scorePer100SqM: pointsPer100SqM(roll),
      pass: score <= limits.perRoll,
    };
  });
  const area = rolls.reduce(
    (sum, r) => sum + toYards(r.length, r.lengthUnit) * toInches(r.cuttableWidth, r.widthUnit),
    0
  );
  const points = rolls.reduce((sum, r) => sum + r.points, 0);
  const lotAverage = rolls.length === 0 ? null : round2((points * 3600) / area);
  // 1 yd² = 0.83612736 m² (0.9144²): per 100 m² = per 100 yd² ÷ 0.83612736, from the unrounded figure.
  const lotAveragePer100SqM = rolls.length === 0 ? null : round2((points * 3600) / area / 0.83612736);
  const failed = scored.filter((roll) => !roll.pass);
  const lotFails = lotAverage !== null && lotAverage > limits.lotAverage;
  const failures = [
    ...failed.map((roll) => `roll ${roll.rollNo}: ${roll.score} points/100 yd² exceeds ${limits.perRoll}`),
    ...(lotFails ? [`lot average ${lotAverage} points/100 yd² exceeds ${limits.lotAverage}`] : []),
  ];
  const failuresZh = [
    ...failed.map((roll) => `卷号 ${roll.rollNo}:${roll.score} 分/100 平方码,超过 ${limits.perRoll}`),
    ...(lotFails ? [`批平均 ${lotAverage} 分/100 平方码,超过 ${limits.lotAverage}`] : []),
  ];
  return { rolls: scored, lotAverage, lotAveragePer100SqM, pass: failures.length === 0, failures, failuresZh };
}
