import { lineLoad } from './line-load';
import { piecesOut, subcontractStatus } from './subcontract';

describe('subcontract jobs', () => {
  it('derive their status from the counts', () => {
    expect(subcontractStatus({ qtySent: 0, qtyReceived: 0 })).toBe('planned');
    expect(subcontractStatus({ qtySent: 500, qtyReceived: 0 })).toBe('sent');
    expect(subcontractStatus({ qtySent: 500, qtyReceived: 320 })).toBe('partly-returned');
    expect(subcontractStatus({ qtySent: 500, qtyReceived: 500 })).toBe('returned');
    expect(piecesOut({ qtySent: 500, qtyReceived: 320 })).toBe(180);
  });
});

describe('lineLoad', () => {
  it('sums what each order needs per day from the line against its capacity', () => {
    expect(
      lineLoad(500, [
        { remaining: 2000, workingDaysLeft: 10, share: 1 },
        { remaining: 1200, workingDaysLeft: 6, share: 0.5 },
      ])
    ).toEqual({ plannedPerDay: 300, dailyCapacity: 500, loadPct: 60 });
    expect(lineLoad(0, [])).toEqual({ plannedPerDay: 0, dailyCapacity: 0, loadPct: null });
  });
});
