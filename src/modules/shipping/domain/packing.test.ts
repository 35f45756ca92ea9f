import {
  checkCartonRows,
  checkSimulationRequest,
  compareWithOrder,
  packingTotals,
  simulatePackingList,
  type SimulationRequest,
} from './packing';

const request: SimulationRequest = {
  packType: 'solid',
  piecesPerCarton: 24,
  carton: { lengthCm: 60, widthCm: 40, heightCm: 30 },
  pieceWeightKg: 0.3,
  cartonWeightKg: 0.9,
};
const sizes = ['S', 'M', 'L'];

describe('simulatePackingList', () => {
  it('solid: one colour and size per carton, remainder in a last carton', () => {
    const rows = simulatePackingList(
      [
        { colour: 'Navy', size: 'M', quantity: 50 },
        { colour: 'Navy', size: 'S', quantity: 24 },
      ],
      request,
      sizes
    );
    expect(rows.map((r) => [r.fromCarton, r.toCarton, r.sizes])).toEqual([
      [1, 1, { S: 24 }],
      [2, 3, { M: 24 }],
      [4, 4, { M: 2 }],
    ]);
    expect(rows[1]).toMatchObject({ netKg: 7.2, grossKg: 8.1, lengthCm: 60 });
  });

  it("ratio: the buyer's set, whole sets per carton, the remainder in a mixed carton (issue example)", () => {
    // Navy S120/M240/L241/XL120, ratio 1:2:2:1 (6 a set), 24 a carton → 4 sets = S4/M8/L8/XL4;
    // 120 sets → 30 cartons; L1 left → one carton. 31 cartons, 721 pieces.
    const rows = simulatePackingList(
      [
        { colour: 'Navy', size: 'S', quantity: 120 },
        { colour: 'Navy', size: 'M', quantity: 240 },
        { colour: 'Navy', size: 'L', quantity: 241 },
        { colour: 'Navy', size: 'XL', quantity: 120 },
      ],
      { ...request, packType: 'ratio', ratio: { S: 1, M: 2, L: 2, XL: 1 } },
      [...sizes, 'XL']
    );
    expect(rows.map((r) => [r.fromCarton, r.toCarton, r.sizes])).toEqual([
      [1, 30, { S: 4, M: 8, L: 8, XL: 4 }],
      [31, 31, { L: 1 }],
    ]);
    const totals = packingTotals(rows);
    expect([totals.cartons, totals.pieces]).toEqual([31, 721]);
    // a mixed carton's net weight counts its pieces: 1 × 0.3 kg
    expect(rows[1]).toMatchObject({ netKg: 0.3, grossKg: 1.2 });
  });

  it('ratio per colour: data.ratios wins over data.ratio; colours and sizes match case-insensitively', () => {
    const rows = simulatePackingList(
      [
        { colour: 'Red', size: 'S', quantity: 40 },
        { colour: 'Red', size: 'M', quantity: 80 },
        { colour: 'Navy', size: 'S', quantity: 24 },
        { colour: 'Navy', size: 'M', quantity: 24 },
      ],
      { ...request, packType: 'ratio', ratio: { S: 1, M: 1 }, ratios: { ' red ': { s: 1, m: 2 } } },
      sizes
    );
    // Red 1:2 → 8 sets of 3 a carton = S8/M16; 40 sets → 5 cartons, nothing left.
    // Navy 1:1 → 12 sets = S12/M12; 24 sets → 2 cartons.
    expect(rows.map((r) => [r.colour, r.fromCarton, r.toCarton, r.sizes])).toEqual([
      ['Red', 1, 5, { S: 8, M: 16 }],
      ['Navy', 6, 7, { S: 12, M: 12 }],
    ]);
  });
});

describe('remainders are consolidated', () => {
  it('solid: full cartons per size, then as few mixed cartons as possible in scale order (issue example)', () => {
    // S101/M205/L203/XL99 at 24: full 4+8+8+4 = 24 cartons; left S5 M13 L11 XL3 = 32 → [S5 M13 L6], [L5 XL3]
    const rows = simulatePackingList(
      [
        { colour: 'Navy', size: 'XL', quantity: 99 },
        { colour: 'Navy', size: 'S', quantity: 101 },
        { colour: 'Navy', size: 'M', quantity: 205 },
        { colour: 'Navy', size: 'L', quantity: 203 },
      ],
      request,
      [...sizes, 'XL']
    );
    expect(rows.map((r) => [r.fromCarton, r.toCarton, r.sizes])).toEqual([
      [1, 4, { S: 24 }],
      [5, 12, { M: 24 }],
      [13, 20, { L: 24 }],
      [21, 24, { XL: 24 }],
      [25, 25, { S: 5, M: 13, L: 6 }],
      [26, 26, { L: 5, XL: 3 }],
    ]);
    expect(packingTotals(rows)).toMatchObject({ cartons: 26, pieces: 608 });
    // 24 pieces × 0.3 kg, then 8 × 0.3 kg
    expect(rows[4]).toMatchObject({ netKg: 7.2 });
    expect(rows[5]).toMatchObject({ netKg: 2.4, grossKg: 3.3 });
  });
});

describe('checkSimulationRequest', () => {
  const lines = [
    { colour: 'Navy', size: 'S', quantity: 10 },
    { colour: 'Navy', size: 'M', quantity: 10 },
  ];
  it('ratio packing without a ratio names data.ratio', () => {
    expect(checkSimulationRequest(lines, { ...request, packType: 'ratio' })).toEqual([
      expect.objectContaining({ path: ['data', 'ratio'], rule: 'ratio-required' }),
    ]);
  });
  it('refuses a set larger than the carton, a size or colour the order lacks', () => {
    const rules = (extra: Partial<SimulationRequest>) =>
      checkSimulationRequest(lines, { ...request, packType: 'ratio', ...extra }).map((v) => [v.path.join('.'), v.rule]);
    expect(rules({ ratio: { S: 20, M: 20 } })).toEqual([['data.ratio', 'ratio-too-large']]);
    expect(rules({ ratio: { S: 1, XL: 1 } })).toEqual([['data.ratio.XL', 'ratio-size']]);
    expect(rules({ ratios: { Red: { S: 1 } } })).toEqual([
      ['data.ratios.Red', 'ratio-colour'],
      ['data.ratios.Navy', 'ratio-required'],
    ]);
    expect(rules({ ratio: { s: 1, m: 1 } })).toEqual([]);
    expect(checkSimulationRequest(lines, request)).toEqual([]);
  });
});

describe('packingTotals', () => {
  it('counts cartons, pieces, CBM and weights', () => {
    const rows = simulatePackingList([{ colour: 'Navy', size: 'M', quantity: 50 }], request, sizes);
    expect(packingTotals(rows)).toEqual({
      cartons: 3,
      pieces: 50,
      cbm: 0.216, // 3 × 0.6 × 0.4 × 0.3
      netKg: 15,
      grossKg: 17.7,
      quantities: { Navy: { M: 50 } },
    });
  });
});

describe('checkCartonRows', () => {
  const row = {
    fromCarton: 1,
    toCarton: 2,
    colour: 'Navy',
    sizes: { M: 24 },
    lengthCm: 60,
    widthCm: 40,
    heightCm: 30,
    netKg: 7.2,
    grossKg: 8.1,
  };
  it('refuses overlaps, bad ranges, sizes, dimensions and weights', () => {
    expect(checkCartonRows([row, { ...row, fromCarton: 3, toCarton: 4 }])).toEqual([]);
    const rules = checkCartonRows([
      row,
      { ...row, fromCarton: 2, toCarton: 1 },
      { ...row, fromCarton: 5, toCarton: 5, sizes: { M: 0 }, heightCm: 0, grossKg: 1 },
    ]).map((v) => `${v.path.join('.')}:${v.rule}`);
    expect(rules).toEqual([
      'cartons.1.toCarton:carton-range',
      'cartons.2.sizes:carton-sizes',
      'cartons.2.heightCm:carton-dimension',
      'cartons.2.grossKg:gross-below-net',
    ]);
    expect(checkCartonRows([row, { ...row, fromCarton: 2, toCarton: 3 }])[0].rule).toBe('carton-overlap');
  });
});

describe('compareWithOrder', () => {
  it('shows short and over per colour × size, and sizes packed but not ordered', () => {
    expect(
      compareWithOrder(
        [
          { colour: 'Navy', size: 'M', quantity: 100 },
          { colour: 'Navy', size: 'L', quantity: 50 },
        ],
        { Navy: { M: 96, L: 52, XL: 1 } }
      )
    ).toEqual([
      { colour: 'Navy', size: 'M', quantity: 100, packed: 96, difference: -4 },
      { colour: 'Navy', size: 'L', quantity: 50, packed: 52, difference: 2 },
      { colour: 'Navy', size: 'XL', quantity: 0, packed: 1, difference: 1 },
    ]);
  });

  it('matches colours and sizes trimmed and case-insensitively, as the size breakdown does', () => {
    expect(compareWithOrder([{ colour: 'Navy', size: 'M', quantity: 100 }], { ' navy': { m: 60, M: 40 } })).toEqual([
      { colour: 'Navy', size: 'M', quantity: 100, packed: 100, difference: 0 },
    ]);
  });
});
