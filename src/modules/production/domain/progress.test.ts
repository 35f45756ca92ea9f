import { checkOutputCap, outputByOperation, outputLimit } from './progress';

describe('production progress', () => {
  it('sums good pieces per operation', () => {
    expect(
      outputByOperation([
        { operation: 'cutting', goodQty: 1200 },
        { operation: 'sewing', goodQty: 300 },
        { operation: 'sewing', goodQty: 250 },
      ])
    ).toEqual({ cutting: 1200, sewing: 550, finishing: 0, washing: 0, packing: 0 });
  });

  it('caps cumulative output at the order + over-tolerance + margin', () => {
    expect(outputLimit(1000, { overPct: 5, margin: 10 })).toBe(1060);
    // 100 + 15 % = 115 exactly (binary floats give 114.99999999999999, floored to 114);
    // Canada ships exactly: 1000 + 0 % + 10
    expect(outputLimit(100, { overPct: 15, margin: 0 })).toBe(115);
    expect(outputLimit(1000, { overPct: 0, margin: 10 })).toBe(1010);
    expect(checkOutputCap('sewing', 1060, 1000, { overPct: 5, margin: 10 })).toEqual([]);
    const [found] = checkOutputCap('sewing', 1061, 1000, { overPct: 5, margin: 10 });
    expect(found).toMatchObject({ path: ['goodQty'], rule: 'output-over-order' });
    expect(found.message).toBe('sewing output would reach 1061 pieces, beyond the 1000 ordered + 5% + 10 (1060)');
  });
});
