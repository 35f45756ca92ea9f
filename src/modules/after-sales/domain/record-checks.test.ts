import { checkComplaintParties } from './record-checks';

describe('complaint parties', () => {
  it("is about an order or a customer, the order's customer when both", () => {
    expect(checkComplaintParties({ hasOrder: true, orderCustomerId: 3, customerId: 3 })).toEqual([]);
    expect(checkComplaintParties({ hasOrder: false, orderCustomerId: null, customerId: 3 })).toEqual([]);
    expect(
      checkComplaintParties({ hasOrder: false, orderCustomerId: null, customerId: null }).map((v) => v.rule)
    ).toEqual(['order-required']);
    expect(checkComplaintParties({ hasOrder: true, orderCustomerId: 3, customerId: 4 }).map((v) => v.rule)).toEqual([
      'customer-of-order',
    ]);
  });
});
