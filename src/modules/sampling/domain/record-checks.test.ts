import { checkSample } from './record-checks';

describe('sample parties and dates', () => {
  const sample = {
    customerId: 3,
    styleCustomerId: 3,
    orderCustomerId: 3,
    requestedAt: '2026-11-02',
    dueAt: '2026-11-09',
  };

  it('is for one customer, whose style and order it names, due after it is asked for', () => {
    expect(checkSample(sample)).toEqual([]);
    expect(checkSample({ ...sample, dueAt: '2026-11-02' })).toEqual([]);
    expect(
      checkSample({ ...sample, styleCustomerId: 4, orderCustomerId: 5, dueAt: '2026-11-01' }).map((v) => v.rule)
    ).toEqual(['style-of-customer', 'order-of-customer', 'due-after-request']);
    expect(checkSample({ ...sample, customerId: null }).map((v) => v.rule)).toEqual(['customer-required']);
  });
});
