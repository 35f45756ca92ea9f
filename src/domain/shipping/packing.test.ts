import {
  checkCartonRows,
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

  it('ratio: the size ratio per carton, leftovers packed solid', () => {
    const rows = simulatePackingList(
      [
        { colour: 'Red', size: 'S', quantity: 40 },
        { colour: 'Red', size: 'M', quantity: 80 },
        { colour: 'Red', size: 'L', quantity: 40 },
      ],
      { ...request, packType: 'ratio' },
      sizes
    );
    // ratio 1:2:1 (4 pieces a set), 6 sets = 24 a carton, 40 sets → 6 cartons, 4 sets left
    expect(rows.map((r) => [r.fromCarton, r.toCarton, r.sizes])).toEqual([
      [1, 6, { S: 6, M: 12, L: 6 }],
      [7, 7, { S: 4 }],
      [8, 8, { M: 8 }],
      [9, 9, { L: 4 }],
    ]);
    expect(packingTotals(rows).quantities).toEqual({ Red: { S: 40, M: 80, L: 40 } });
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
});
