import { checkOrderHeader, type OrderSnapshot } from './order-header';

const base: OrderSnapshot = {
  market: null,
  channel: null,
  currency: 'USD',
  orderDate: '2026-09-01',
  exFactoryDate: '2026-11-30',
  customer: { id: 1, market: 'CA', channel: 'online' },
  style: { customerId: 1, sizeScale: ['S', 'M', 'L'] },
  lines: [
    { colour: 'Navy', size: 'M', quantity: 120 },
    { colour: 'Navy', size: 'L', quantity: 80 },
  ],
};

describe('checkOrderHeader', () => {
  it("defaults market and channel to the customer's and sums the lines", () => {
    expect(checkOrderHeader(base)).toEqual({
      derived: { market: 'CA', channel: 'online', totalQuantity: 200 },
      violations: [],
    });
  });

  it("keeps the order's own market and channel", () => {
    expect(checkOrderHeader({ ...base, market: 'DE', channel: 'regular' }).derived).toMatchObject({
      market: 'DE',
      channel: 'regular',
    });
  });

  it('needs a customer and a style of that customer', () => {
    const rules = (snapshot: OrderSnapshot) => checkOrderHeader(snapshot).violations.map((v) => v.rule);
    expect(rules({ ...base, customer: null, market: 'US' })).toEqual(['customer-required']);
    expect(rules({ ...base, style: null })).toEqual(['style-required']);
    expect(rules({ ...base, style: { customerId: 2, sizeScale: null } })).toEqual(['style-of-customer']);
  });

  it('refuses unknown markets and currencies', () => {
    const found = checkOrderHeader({ ...base, market: 'XX', currency: 'ABC' }).violations;
    expect(found.map((v) => v.path[0])).toEqual(['market', 'currency']);
  });

  it('flags lines whose size left the scale when the style changes', () => {
    const found = checkOrderHeader({ ...base, style: { customerId: 1, sizeScale: ['2T', '3T'] } }).violations;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: ['style'], rule: 'size-in-scale' });
  });
});
