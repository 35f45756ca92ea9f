import { canonicalSize, checkSizeBreakdown, diffBreakdown, normaliseBreakdown, totalsOf } from './size-breakdown';

const scale = ['XS', 'S', 'M', 'L', 'XL'];

describe('checkSizeBreakdown', () => {
  it('accepts a clean breakdown', () => {
    expect(
      checkSizeBreakdown(
        [
          { colour: 'Navy', size: 'M', quantity: 120 },
          { colour: 'Navy', size: 'L', quantity: 80 },
          { colour: 'Red', size: 'M', quantity: 60 },
        ],
        scale
      )
    ).toEqual([]);
  });

  it('names the line and field of each broken rule', () => {
    const found = checkSizeBreakdown(
      [
        { colour: 'Navy', size: 'XXL', quantity: 10 },
        { colour: ' ', size: 'M', quantity: 0 },
        { colour: 'Red', size: 'S', quantity: 2.5 },
      ],
      scale,
      ['data']
    );
    expect(found.map((v) => [v.path.join('.'), v.rule])).toEqual([
      ['data.0.size', 'size-in-scale'],
      ['data.1.colour', 'colour-required'],
      ['data.1.quantity', 'quantity-positive-integer'],
      ['data.2.quantity', 'quantity-positive-integer'],
    ]);
  });

  it('refuses the same colour × size twice, whatever the case or spaces', () => {
    const found = checkSizeBreakdown(
      [
        { colour: 'Navy', size: 'M', quantity: 10 },
        { colour: ' navy ', size: 'm', quantity: 5 },
      ],
      scale
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: [1, 'size'], rule: 'colour-size-unique' });
    expect(found[0].message).toContain('lines 0 and 1');
  });

  it('accepts any size when the style has no scale', () => {
    expect(checkSizeBreakdown([{ colour: 'Black', size: '42', quantity: 1 }], null)).toEqual([]);
  });

  it('refuses non-numbers as quantities', () => {
    const found = checkSizeBreakdown([{ colour: 'Black', size: 'M', quantity: '10' as unknown as number }], scale);
    expect(found[0].rule).toBe('quantity-positive-integer');
  });
});

describe('canonicalSize and normaliseBreakdown', () => {
  it("stores sizes in the scale's spelling and trims colours", () => {
    expect(canonicalSize(' xl ', scale)).toBe('XL');
    expect(canonicalSize('XXL', scale)).toBeNull();
    expect(normaliseBreakdown([{ colour: ' Navy ', size: 'm', quantity: 3 }], scale)).toEqual([
      { colour: 'Navy', size: 'M', quantity: 3 },
    ]);
  });
});

describe('totalsOf', () => {
  it('sums per colour and per size, sizes in scale order', () => {
    const totals = totalsOf(
      [
        { colour: 'Red', size: 'XL', quantity: 5 },
        { colour: 'Navy', size: 'M', quantity: 120 },
        { colour: 'Navy', size: 'XS', quantity: 30 },
        { colour: 'Red', size: 'M', quantity: 60 },
      ],
      scale
    );
    expect(totals).toEqual({
      quantity: 215,
      byColour: [
        { colour: 'Navy', quantity: 150 },
        { colour: 'Red', quantity: 65 },
      ],
      bySize: [
        { size: 'XS', quantity: 30 },
        { size: 'M', quantity: 180 },
        { size: 'XL', quantity: 5 },
      ],
    });
  });

  it('is zero for an empty breakdown', () => {
    expect(totalsOf([], scale)).toEqual({ quantity: 0, byColour: [], bySize: [] });
  });
});

describe('diffBreakdown', () => {
  it('keeps, updates, creates and removes by colour × size', () => {
    const stored = [
      { id: 1, colour: 'Navy', size: 'M', quantity: 100 },
      { id: 2, colour: 'Navy', size: 'L', quantity: 50 },
      { id: 3, colour: 'Red', size: 'M', quantity: 40 },
    ];
    const change = diffBreakdown(stored, [
      { colour: 'Navy', size: 'M', quantity: 100 },
      { colour: 'NAVY', size: 'L', quantity: 70 },
      { colour: 'Green', size: 'S', quantity: 10 },
    ]);
    expect(change).toEqual({
      unchanged: 1,
      update: [{ id: 2, colour: 'NAVY', size: 'L', quantity: 70 }],
      create: [{ colour: 'Green', size: 'S', quantity: 10 }],
      remove: [3],
    });
  });
});
