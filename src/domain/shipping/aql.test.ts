import { codeLetterFor, samplingPlan, SAMPLE_SIZES, type Aql } from './aql';

describe('ISO 2859-1 Table 1: code letters', () => {
  it('gives every code letter at level II', () => {
    const bands: Array<[number, number, string]> = [
      [2, 8, 'A'],
      [9, 15, 'B'],
      [16, 25, 'C'],
      [26, 50, 'D'],
      [51, 90, 'E'],
      [91, 150, 'F'],
      [151, 280, 'G'],
      [281, 500, 'H'],
      [501, 1200, 'J'],
      [1201, 3200, 'K'],
      [3201, 10000, 'L'],
      [10001, 35000, 'M'],
      [35001, 150000, 'N'],
      [150001, 500000, 'P'],
      [500001, 2_000_000, 'Q'],
    ];
    for (const [from, to, letter] of bands) {
      expect([from, codeLetterFor(from, 'II')]).toEqual([from, letter]);
      expect([to, codeLetterFor(to, 'II')]).toEqual([to, letter]);
    }
  });

  it('gives the special and general levels', () => {
    expect(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'].map((level) => codeLetterFor(1000, level as 'II'))).toEqual([
      'C',
      'C',
      'E',
      'F',
      'G',
      'J',
      'K',
    ]);
    expect(codeLetterFor(600000, 'III')).toBe('R');
    expect(codeLetterFor(5, 'III')).toBe('B');
    expect(() => codeLetterFor(1, 'II')).toThrow(RangeError);
  });

  it('maps code letters to sample sizes', () => {
    expect(Object.values(SAMPLE_SIZES)).toEqual([2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]);
  });
});

describe('ISO 2859-1 Table 2-A: single sampling, normal inspection', () => {
  const plan = (lot: number, aql: Aql) => {
    const p = samplingPlan(lot, 'II', aql);
    return [p.sampleSize, p.accept, p.reject];
  };

  it('AQL 2.5 at level II for the usual garment lots', () => {
    expect(plan(1000, 2.5)).toEqual([80, 5, 6]);
    expect(plan(2000, 2.5)).toEqual([125, 7, 8]);
    expect(plan(500, 2.5)).toEqual([50, 3, 4]);
    expect(plan(280, 2.5)).toEqual([32, 2, 3]);
    expect(plan(150, 2.5)).toEqual([20, 1, 2]);
    expect(plan(5000, 2.5)).toEqual([200, 10, 11]);
    expect(plan(20000, 2.5)).toEqual([315, 14, 15]);
    expect(plan(100000, 2.5)).toEqual([500, 21, 22]);
  });

  it('follows a down arrow with the plan below, its sample size included (lot 51–90: E → F, n = 20)', () => {
    expect(samplingPlan(60, 'II', 2.5)).toEqual({
      codeLetter: 'E',
      planLetter: 'F',
      sampleSize: 20,
      accept: 1,
      reject: 2,
      fullInspection: false,
    });
  });

  it('offers the buyers\u2019 variant that keeps n = 13', () => {
    expect(samplingPlan(60, 'II', 2.5, { keepSampleSize: true })).toMatchObject({
      planLetter: 'F',
      sampleSize: 13,
      accept: 1,
      reject: 2,
    });
  });

  it('follows an up arrow (lot 26–50 at AQL 2.5: D → C, n = 5, Ac 0)', () => {
    expect(samplingPlan(40, 'II', 2.5)).toMatchObject({
      codeLetter: 'D',
      planLetter: 'C',
      sampleSize: 5,
      accept: 0,
      reject: 1,
    });
  });

  it('follows the arrows at both ends of the table', () => {
    // top: A at AQL 0.65 points down to F (0/1, n = 20)
    expect(samplingPlan(1000, 'S-1', 0.65)).toMatchObject({
      codeLetter: 'C',
      planLetter: 'F',
      sampleSize: 20,
      accept: 0,
      reject: 1,
    });
    // bottom: R at AQL 6.5 points up to L (21/22, n = 200)
    expect(samplingPlan(600000, 'III', 6.5)).toMatchObject({
      codeLetter: 'R',
      planLetter: 'L',
      sampleSize: 200,
      accept: 21,
      reject: 22,
    });
    expect(samplingPlan(600000, 'III', 0.65)).toMatchObject({
      codeLetter: 'R',
      planLetter: 'R',
      sampleSize: 2000,
      accept: 21,
      reject: 22,
    });
  });

  it('the other AQLs at level II, lot 1201–3200 (K, n = 125)', () => {
    const row = ([0.65, 1.0, 1.5, 2.5, 4.0, 6.5] as Aql[]).map((aql) => plan(2000, aql).slice(1));
    expect(row).toEqual([
      [2, 3],
      [3, 4],
      [5, 6],
      [7, 8],
      [10, 11],
      [14, 15],
    ]);
  });

  it('inspects 100 % when the sample would exceed the lot', () => {
    expect(samplingPlan(4, 'II', 2.5)).toMatchObject({ sampleSize: 4, accept: 0, reject: 1, fullInspection: true });
  });
});
