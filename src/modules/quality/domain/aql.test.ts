import { acceptedAtTighterAql, AQLS, codeLetterFor, inspectionPlan, judgeLot, samplingPlan, type Aql } from './aql';
import { MASTER_TABLES } from './aql-tables';

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

  it('maps code letters to sample sizes: normal and tightened alike, reduced smaller (Tables 2-A, 2-B, 2-C)', () => {
    const sizes = (severity: keyof typeof MASTER_TABLES) => MASTER_TABLES[severity].map((row) => row.sampleSize);
    expect(sizes('normal')).toEqual([2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]);
    expect(sizes('tightened')).toEqual([2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150]);
    expect(sizes('reduced')).toEqual([2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]);
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
      severity: 'normal',
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

describe('ISO 2859-1 Tables 2-B and 2-C: tightened and reduced inspection', () => {
  it('lot 1000, level II, tightened: J, n 80, AQL 2.5 Ac 3 Re 4; AQL 4.0 Ac 5 Re 6 (issue example, Table 2-B)', () => {
    expect(samplingPlan(1000, 'II', 2.5, { severity: 'tightened' })).toMatchObject({
      codeLetter: 'J',
      planLetter: 'J',
      sampleSize: 80,
      accept: 3,
      reject: 4,
    });
    expect(samplingPlan(1000, 'II', 4.0, { severity: 'tightened' })).toMatchObject({
      sampleSize: 80,
      accept: 5,
      reject: 6,
    });
  });

  it('tightened has a row S (n 3150) for AQL 0.025 only', () => {
    // R (lot > 500 000 at level III) at 0.025: Table 2-A 1/2 at n 2000; Table 2-B ↓ to S, 1/2 at n 3150
    expect(samplingPlan(600000, 'III', 0.025)).toMatchObject({
      planLetter: 'R',
      sampleSize: 2000,
      accept: 1,
      reject: 2,
    });
    expect(samplingPlan(600000, 'III', 0.025, { severity: 'tightened' })).toMatchObject({
      planLetter: 'S',
      sampleSize: 3150,
      accept: 1,
      reject: 2,
    });
  });

  it('reduced: the reduced sample sizes and the 1999 plans without a gap (lot 1000, II: J, n 32, AQL 2.5 Ac 3 Re 4)', () => {
    expect(samplingPlan(1000, 'II', 2.5, { severity: 'reduced' })).toMatchObject({
      codeLetter: 'J',
      sampleSize: 32,
      accept: 3,
      reject: 4,
    });
    // lot 2000, II: K, n 50 reduced, AQL 4.0 → 6/7 (a plan Table 2-A does not have)
    expect(samplingPlan(2000, 'II', 4.0, { severity: 'reduced' })).toMatchObject({
      sampleSize: 50,
      accept: 6,
      reject: 7,
    });
  });

  it('has the 26 AQL columns 0.010–1000 in every table', () => {
    expect(AQLS).toHaveLength(26);
    expect([AQLS[0], AQLS[25]]).toEqual([0.01, 1000]);
    // nonconformities per 100 units: lot 5, level II (A, n 2) at AQL 1000 → 30/31 (Table 2-A)
    expect(samplingPlan(5, 'II', 1000)).toMatchObject({ sampleSize: 2, accept: 30, reject: 31 });
    expect(() => samplingPlan(1000, 'II', 3 as Aql)).toThrow(RangeError);
  });

  it('every arrow of the three tables leads to the nearest plan in its column', () => {
    for (const [severity, rows] of Object.entries(MASTER_TABLES)) {
      rows.forEach((row, index) => {
        row.cells.forEach((cell, column) => {
          if (cell !== '↓' && cell !== '↑') return;
          const step = cell === '↓' ? 1 : -1;
          let at = index + step;
          while (at >= 0 && at < rows.length && (rows[at].cells[column] === '↓' || rows[at].cells[column] === '↑')) {
            // arrows never point at each other
            expect([severity, row.letter, column, rows[at].cells[column]]).toEqual([
              severity,
              row.letter,
              column,
              cell,
            ]);
            at += step;
          }
          expect([severity, row.letter, column, rows[at]?.cells[column]]).toEqual([
            severity,
            row.letter,
            column,
            expect.stringMatching(/^\d+\/\d+$/),
          ]);
        });
      });
    }
  });
});

describe('a plan per defect class', () => {
  it('lot 40, level II: major 2.5 → n 5 Ac 0 Re 1; minor 4.0 → n 13 Ac 1 Re 2; pull 13 (issue example)', () => {
    const plan = inspectionPlan(40, 'II', { critical: 0, major: 2.5, minor: 4.0 });
    expect(plan).toMatchObject({ codeLetter: 'D', sampleSize: 13 });
    expect(plan.classes.major).toMatchObject({ codeLetter: 'D', planLetter: 'C', sampleSize: 5, accept: 0, reject: 1 });
    expect(plan.classes.minor).toMatchObject({
      codeLetter: 'D',
      planLetter: 'E',
      sampleSize: 13,
      accept: 1,
      reject: 2,
    });
    // critical at 0: none accepted, on the largest sample
    expect(plan.classes.critical).toMatchObject({ aql: 0, sampleSize: 13, accept: 0, reject: 1 });
  });

  it('judges each class on its own numbers', () => {
    const plan = inspectionPlan(40, 'II', { critical: 0, major: 2.5, minor: 4.0 });
    // 1 major in the first 5 fails the lot even though the 13 pulled allow 1 minor
    expect(judgeLot(plan, { major: 1 })).toEqual({
      accepted: false,
      classes: { critical: true, major: false, minor: true },
    });
    expect(judgeLot(plan, { minor: 1 }).accepted).toBe(true);
    expect(judgeLot(plan, { minor: 2 }).classes.minor).toBe(false);
  });

  it('a critical AQL of its own gives its own plan', () => {
    // lot 1000, II: J; at 0.065 J ↓ K ↓ L: 0/1, n 200
    expect(inspectionPlan(1000, 'II', { critical: 0.065, major: 2.5 }).classes.critical).toMatchObject({
      planLetter: 'L',
      sampleSize: 200,
      accept: 0,
      reject: 1,
    });
  });
});

describe('the switching score\u2019s tighter-AQL test (9.3.3.2)', () => {
  it('lot 1000, II, AQL 2.5 (5/6, n 80): the tighter AQL 1.5 is 3/4 at n 80', () => {
    expect(acceptedAtTighterAql(1000, 'II', 2.5, 3)).toBe(true);
    expect(acceptedAtTighterAql(1000, 'II', 2.5, 4)).toBe(false);
    expect(acceptedAtTighterAql(1000, 'II', 0.01, 0)).toBeNull();
  });
});
