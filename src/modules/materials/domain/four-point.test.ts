import {
  checkRolls,
  evaluateFourPoint,
  pointsFromTally,
  pointsPer100SqM,
  pointsPer100SqYd,
  toInches,
  toYards,
} from './four-point';

describe('4-point system (ASTM D5430)', () => {
  it('gives 18.46 points/100 yd² for 30 points on 130 yd × 45" (the published worked example)', () => {
    expect(pointsPer100SqYd({ length: 130, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in', points: 30 })).toBe(
      18.46
    );
  });

  it('converts metric inputs', () => {
    expect(toYards(100, 'm')).toBeCloseTo(109.361, 3);
    expect(toInches(150, 'cm')).toBeCloseTo(59.055, 3);
    // 130 yd = 118.872 m, 45" = 114.3 cm: the same roll measured in metric scores the same
    expect(
      pointsPer100SqYd({ length: 118.872, lengthUnit: 'm', cuttableWidth: 114.3, widthUnit: 'cm', points: 30 })
    ).toBe(18.46);
  });

  it('fails a roll over the per-roll limit and a lot over the average limit', () => {
    const rolls = [
      { rollNo: 'R1', length: 100, lengthUnit: 'yd' as const, cuttableWidth: 58, widthUnit: 'in' as const, points: 20 },
      { rollNo: 'R2', length: 100, lengthUnit: 'yd' as const, cuttableWidth: 58, widthUnit: 'in' as const, points: 80 },
    ];
    const result = evaluateFourPoint(rolls, { perRoll: 40, lotAverage: 40 });
    expect(result.rolls.map((r) => [r.rollNo, r.score, r.pass])).toEqual([
      ['R1', 12.41, true],
      ['R2', 49.66, false],
    ]);
    expect(result.lotAverage).toBe(31.03);
    expect(result.pass).toBe(false);
    expect(result.failures).toEqual(['roll R2: 49.66 points/100 yd² exceeds 40']);

    const strict = evaluateFourPoint(rolls.slice(0, 1), { perRoll: 28, lotAverage: 10 });
    expect(strict.failures).toEqual(['lot average 12.41 points/100 yd² exceeds 10']);
  });

  it('refuses a roll with no length or width', () => {
    expect(() =>
      pointsPer100SqYd({ length: 0, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in', points: 3 })
    ).toThrow(RangeError);
  });

  it('converts defects tallied by length: ≤3" 1, 3–6" 2, 6–9" 3, >9" 4; holes ≤1" 2, >1" 4', () => {
    // 3×1 + 2×2 + 1×3 + 1×4 + 1×2 + 1×4 = 20
    expect(
      pointsFromTally({
        defectsUpTo3in: 3,
        defects3to6in: 2,
        defects6to9in: 1,
        defectsOver9in: 1,
        holesUpTo1in: 1,
        holesOver1in: 1,
      })
    ).toBe(20);
    expect(pointsFromTally({})).toBeNull();
    // a tallied roll is scored on its tally: 20 points on 100 yd × 58" = 12.41
    const tallied = evaluateFourPoint(
      [
        {
          rollNo: 'T1',
          length: 100,
          lengthUnit: 'yd',
          cuttableWidth: 58,
          widthUnit: 'in',
          points: 0,
          defectsOver9in: 5,
        },
      ],
      { perRoll: 40, lotAverage: 40 }
    );
    expect(tallied.rolls[0]).toMatchObject({ points: 20, score: 12.41 });
  });

  it('also reports points per 100 m²: 20 points on 100 yd × 58" = 14.85 (91.44 m × 1.4732 m = 134.71 m²)', () => {
    const roll = { length: 100, lengthUnit: 'yd' as const, cuttableWidth: 58, widthUnit: 'in' as const, points: 20 };
    expect(pointsPer100SqM(roll)).toBe(14.85);
    expect(evaluateFourPoint([roll], { perRoll: 40, lotAverage: 40 }).lotAveragePer100SqM).toBe(14.85);
  });

  it('refuses more than 4 points a linear yard, naming the roll', () => {
    const roll = { rollNo: 'R7', length: 10, lengthUnit: 'yd' as const, cuttableWidth: 58, widthUnit: 'in' as const };
    expect(checkRolls([{ ...roll, points: 40 }])).toEqual([]);
    expect(checkRolls([{ ...roll, points: 41 }])).toEqual([
      expect.objectContaining({ path: ['fourPoint', 0, 'points'], rule: 'roll-points-per-yard' }),
    ]);
    expect(checkRolls([{ ...roll, points: 41 }])[0].message).toMatch(/^roll R7: 41 points/);
    // 10 m = 10.94 yd: at most 43 points
    expect(checkRolls([{ ...roll, lengthUnit: 'm', points: 43 }])).toEqual([]);
    expect(checkRolls([{ ...roll, lengthUnit: 'm', points: 44 }]).map((v) => v.rule)).toEqual(['roll-points-per-yard']);
    // the tally counts: 11 defects over 9" on 10 yd = 44 points
    expect(checkRolls([{ ...roll, points: 0, defectsOver9in: 11 }]).map((v) => v.rule)).toEqual([
      'roll-points-per-yard',
    ]);
    expect(checkRolls([{ ...roll, length: 0, points: 0 }]).map((v) => v.rule)).toEqual(['roll-size-positive']);
  });
});
