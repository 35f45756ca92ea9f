import { checkCompletion, completionDue } from './completion';

const base = {
  shippedAt: '2026-11-20',
  reportDate: null,
  planningSignedBy: null,
  tradeSignedBy: null,
  factoryManagerSignedBy: null,
  withinTolerance: true,
  outsideToleranceReason: null,
};

describe('completion report', () => {
  it('is due 3 days after shipment and overdue until it is dated', () => {
    const today = new Date(2026, 10, 27);
    expect(completionDue('2026-11-20', 3, today, null)).toEqual({
      dueDate: '2026-11-23',
      overdue: true,
      daysOverdue: 4,
    });
    expect(completionDue('2026-11-20', 3, today, '2026-11-22')).toEqual({
      dueDate: '2026-11-23',
      overdue: false,
      daysOverdue: 0,
    });
    expect(completionDue(null, 3, today, null)).toEqual({ dueDate: null, overdue: false, daysOverdue: 0 });
  });

  it('is signed by planning and trade before the factory manager', () => {
    expect(checkCompletion({ ...base, factoryManagerSignedBy: 'Gu' }).map((v) => v.rule)).toEqual(['sign-order']);
    expect(
      checkCompletion({ ...base, planningSignedBy: 'A', tradeSignedBy: 'B', factoryManagerSignedBy: 'C' })
    ).toEqual([]);
  });

  it('needs the reason before signing a shipment outside tolerance', () => {
    expect(checkCompletion({ ...base, withinTolerance: false, planningSignedBy: 'A' }).map((v) => v.rule)).toEqual([
      'reason-required',
    ]);
    expect(
      checkCompletion({ ...base, withinTolerance: false, planningSignedBy: 'A', outsideToleranceReason: 'short' })
    ).toEqual([]);
    expect(checkCompletion({ ...base, reportDate: '2026-11-19' }).map((v) => v.rule)).toEqual([
      'report-after-shipment',
    ]);
  });
});
