import { checkComplaint } from './complaint';
import { onTimeRate } from './summary';

describe('complaints', () => {
  const base = {
    status: 'open' as const,
    rootCause: null,
    countermeasure: null,
    prevention: null,
    resolution: null,
    amount: null,
    discountPct: null,
  };
  it('close only with root cause, countermeasure and resolution', () => {
    expect(checkComplaint(base)).toEqual([]);
    expect(checkComplaint({ ...base, status: 'closed' }).map((v) => v.rule)).toEqual([
      'close-needs-cause',
      'close-needs-countermeasure',
      'close-needs-resolution',
    ]);
    expect(
      checkComplaint({ ...base, status: 'closed', rootCause: 'x', countermeasure: 'y', resolution: 'remake' })
    ).toEqual([]);
  });
  it('a discount says how much', () => {
    expect(checkComplaint({ ...base, resolution: 'discount' }).map((v) => v.rule)).toEqual(['discount-amount']);
    expect(checkComplaint({ ...base, resolution: 'discount', discountPct: 3 })).toEqual([]);
  });
});

describe('onTimeRate', () => {
  it('counts shipped orders shipped on or before ex-factory', () => {
    expect(
      onTimeRate([
        { exFactoryDate: '2026-11-10', shippedOn: '2026-11-10' },
        { exFactoryDate: '2026-11-10', shippedOn: '2026-11-12' },
        { exFactoryDate: '2026-11-20', shippedOn: '2026-11-18' },
        { exFactoryDate: '2026-12-20', shippedOn: null },
      ])
    ).toEqual({ shipped: 3, onTime: 2, rate: 66.7 });
    expect(onTimeRate([])).toEqual({ shipped: 0, onTime: 0, rate: null });
  });
});
