import { fieldChanges, lineChanges } from './order-changes';

describe('order changes', () => {
  it('lists the revised fields that moved, before → after', () => {
    expect(
      fieldChanges(
        { exFactoryDate: '2026-12-10', fobPrice: 8.1, market: 'US', shipMode: 'sea', notes: 'a' },
        { exFactoryDate: '2026-12-17', fobPrice: '8.10', market: 'US', shipMode: 'air', notes: 'b' }
      )
    ).toEqual([
      { field: 'exFactoryDate', before: '2026-12-10', after: '2026-12-17' },
      { field: 'shipMode', before: 'sea', after: 'air' },
    ]);
  });

  it('shows a size breakdown change as a colour × size diff', () => {
    expect(
      lineChanges(
        [
          { colour: 'Navy', size: 'M', quantity: 200 },
          { colour: 'Navy', size: 'L', quantity: 100 },
          { colour: 'Red', size: 'M', quantity: 50 },
        ],
        [
          { colour: 'navy', size: 'M', quantity: 200 },
          { colour: 'Navy', size: 'L', quantity: 120 },
          { colour: 'Green', size: 'S', quantity: 30 },
        ]
      )
    ).toEqual([
      { colour: 'Navy', size: 'L', before: 100, after: 120 },
      { colour: 'Red', size: 'M', before: 50, after: 0 },
      { colour: 'Green', size: 'S', before: 0, after: 30 },
    ]);
  });
});
