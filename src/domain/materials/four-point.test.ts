import { evaluateFourPoint, pointsPer100SqYd, toInches, toYards } from './four-point';

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
});
